"""The layers, as import-linter contracts (pyproject.toml): they hold, and each one can break.

import-linter reads every import (function-level ones too) and follows chains through other
modules. A contract that no planted import can break would state a rule without checking it, so
each one is shown failing on a copy of the package with one bad import added.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CONTRACTS = {"layers", "windows", "core-without-qt", "venue-without-qt", "no-cycles"}


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    """lint-imports as `make test` runs it, on the pyproject.toml and `kiosk` in ``folder``."""
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=folder, capture_output=True,
                          text=True, timeout=120)


def test_the_contracts_are_there() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]
    assert {c["id"] for c in config["contracts"]} == CONTRACTS
    forbidden = next(c for c in config["contracts"] if c["id"] == "core-without-qt")
    assert set(forbidden["forbidden_modules"]) >= {"PySide6", "shiboken6", "kiosk.ui", "kiosk.cli"}


def test_the_code_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout


# (the contract that must break, a module, the import planted in a function there).
PLANTED = [
    ("cli above ui", "ui/door/main.py", "from kiosk.cli.base import db_path"),
    ("cli above ui", "tickets_out/card.py", "from kiosk.ui.app import place"),
    ("cli above ui", "demo/build.py", "from kiosk.camera import decode"),
    ("windows stand alone", "ui/door/controller.py", "from kiosk.ui.stage import window"),
    ("domain imports no Qt", "core/scanner.py", "from PySide6 import QtCore"),
    ("domain imports no Qt", "core/clock.py", "import shiboken6"),
    # Through another module: the fonts are a layer above, and they bring Qt in.
    ("domain imports no Qt", "core/media.py", "from kiosk import fonts"),
    ("domain imports no Qt", "core/db.py", "from kiosk.cli import base"),
    # kiosk.core.event imports kiosk.core.keys: only the cycle contract sees this one.
    ("no two parts", "core/keys.py", "from kiosk.core import event"),
    # The venue: the domain gets the hub's answer as an input, the NATS client stays above it.
    ("domain imports no Qt", "core/replica.py", "import nats"),
    ("domain imports no Qt", "core/checkin.py", "from kiosk.venue import link"),
    ("venue link (NATS) imports no Qt", "venue/link.py", "from PySide6 import QtCore"),
]


@pytest.mark.parametrize(("contract", "where", "planted"), PLANTED,
                         ids=[f"{c}: {w}" for c, w, _ in PLANTED])
def test_each_contract_fails_on_a_planted_import(tmp_path: Path, contract: str, where: str,
                                                 planted: str) -> None:
    shutil.copytree(ROOT / "kiosk", tmp_path / "kiosk",
                    ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copy2(ROOT / "pyproject.toml", tmp_path)
    module = tmp_path / "kiosk" / where
    module.write_text(module.read_text("utf-8") + f"\n\ndef _planted():\n    {planted}\n", "utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if line.endswith(" BROKEN")]
    assert any(contract in line for line in broken), result.stdout


def test_importing_every_core_module_loads_no_qt() -> None:
    """What no static reading sees (an import by name at run time): a real interpreter."""
    core = ROOT / "kiosk" / "core"
    modules = ["kiosk.core." + ".".join(p.relative_to(core).with_suffix("").parts)
               for p in core.rglob("*.py") if p.name != "__init__.py"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith(('kiosk.ui', 'kiosk.cli'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
