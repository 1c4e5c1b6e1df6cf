"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 void Qt calls ("none_dealloc"); ours must not.

This checks the Python running the suite; tests/test_wheel.py runs the same script in fresh
3.12 and 3.13 environments, where pyproject.toml's markers pick another PySide6.
"""

from __future__ import annotations

import subprocess
import sys

from wheel_support import QT_SOUNDNESS


def test_a_hundred_thousand_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run([sys.executable, str(QT_SOUNDNESS)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"
