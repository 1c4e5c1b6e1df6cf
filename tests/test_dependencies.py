"""Every third-party module the product imports is one that `pip install .` brings.

The test environment has the test extras too (numpy, pillow…), so a forgotten runtime
dependency would pass every other test and fail on a venue PC: check the source against
pyproject.toml instead.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions, version
from pathlib import Path

from packaging.specifiers import SpecifierSet
from wheel_support import PYPROJECT, ROOT, RUNNING, SUPPORTED, pinned

# (Python, PySide6) pairs known to abort: see tests/qt_soundness.py.
ABORTS = {("3.11", "6.12.0")}


def _top_level_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def _declared() -> set[str]:
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")
            for spec in PYPROJECT["project"]["dependencies"]}


def test_every_imported_package_is_a_declared_dependency() -> None:
    declared = _declared()
    providers = packages_distributions()
    missing: dict[str, list[str]] = {}
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        for name in _top_level_imports(path):
            if name in sys.stdlib_module_names or name == "kiosk" or name == "__future__":
                continue
            dists = {d.lower().replace("_", "-") for d in providers.get(name, [name])}
            if not dists & declared:
                missing.setdefault(name, []).append(str(path.relative_to(ROOT)))
    assert missing == {}, f"imported but not in pyproject.toml's dependencies: {missing}"


def test_every_supported_python_gets_a_sound_pyside6_and_the_metadata_says_so() -> None:
    for python in SUPPORTED:
        pins = pinned(python)
        qt = {pins[name] for name in ("pyside6-essentials", "pyside6-addons", "shiboken6")}
        assert len(qt) == 1, f"Python {python}: PySide6's three wheels must share a version: {pins}"
        assert (python, *qt) not in ABORTS, f"Python {python} would get PySide6 {qt}"
    assert pinned("3.11")["shiboken6"] == "6.11.3"
    assert pinned("3.12")["shiboken6"] == pinned("3.13")["shiboken6"] == "6.12.0"

    project = PYPROJECT["project"]
    accepted = SpecifierSet(project["requires-python"])
    assert [v for v in ("3.10", *SUPPORTED, "3.14") if accepted.contains(f"{v}.0")] == list(SUPPORTED)
    listed = [c.rsplit(" :: ", 1)[1] for c in project["classifiers"]
              if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    assert listed == list(SUPPORTED)
    # Code must keep running on the oldest: ruff's rewrites target it.
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + SUPPORTED[0].replace(".", "")


def test_this_environment_has_the_pyside6_its_python_is_pinned_to() -> None:
    pins = pinned(RUNNING)
    for name in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        assert version(name) == pins[name], f"{name}: run 'make test' to reinstall .venv"
