"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 void Qt calls ("none_dealloc"); ours must not."""

from __future__ import annotations

import subprocess
import sys


def test_a_hundred_thousand_void_qt_calls_do_not_abort_the_interpreter() -> None:
    code = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "print('survived')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"
