"""Packaging: a wheel built from the checkout carries resources/ and db/ and works elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, cwd: Path, env: dict | None = None, timeout: float = 120):
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env=env)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_builds_the_demo(tmp_path: Path) -> None:
    # 1. Build the wheel from the checkout.
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT),
         cwd=tmp_path)
    [wheel] = dist.glob("kiosk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "kiosk/_data/db/0001_event.sql" in names
    assert "kiosk/_data/resources/qml/Kiosk/Theme.qml" in names
    assert any(n.startswith("kiosk/_data/resources/fonts/") for n in names)
    assert any(n.startswith("kiosk/_data/resources/i18n/") and n.endswith(".qm") for n in names)
    assert not any(n.startswith(("tests/", "out/", ".venv/")) for n in names)

    # 2. A fresh virtual environment; its dependencies (Qt...) come from this environment's
    #    site-packages through a .pth line, so nothing is downloaded again.
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(target)
    python = target / "bin" / "python"
    purelib = Path(_run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                        cwd=tmp_path).stdout.strip())
    (purelib / "_kiosk_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
         "-q", str(wheel), cwd=tmp_path)

    # 3. From another folder, with nothing of the checkout on the path.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KIOSK_DB")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = json.loads(_run(str(python), "-c", (
        "import json, kiosk, kiosk.paths as p;"
        "print(json.dumps({'package': kiosk.__file__, 'resources': str(p.resources_dir()),"
        " 'db': str(p.migrations_dir())}))"), cwd=work, env=env).stdout)
    installed = purelib / "kiosk"
    assert Path(where["package"]).parent == installed
    assert Path(where["resources"]) == installed / "_data" / "resources"
    assert Path(where["db"]) == installed / "_data" / "db"

    kiosk = target / "bin" / "kiosk"
    assert kiosk.exists()
    db = work / "demo.db"
    result = _run(str(kiosk), "demo", "--build-only", "--db", str(db), cwd=work, env=env)
    summary = json.loads(result.stdout)
    assert summary["guests"] > 700 and summary["legends"] >= 20
    version = _run(str(kiosk), "--version", cwd=work, env=env).stdout
    assert version.startswith("kiosk ")
    shown = _run(str(kiosk), "--db", str(db), "control", "--screenshot", str(work / "c.png"),
                 cwd=work, env=env)
    assert (work / "c.png").stat().st_size > 10_000, shown.stderr
