"""Every third-party module the product imports is one that `pip install .` brings.

The test environment has the test extras too (numpy, pillow…), so a forgotten runtime
dependency would pass every other test and fail on a venue PC: check the source against
pyproject.toml instead.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _top_level_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")
            for spec in project["dependencies"]}


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
