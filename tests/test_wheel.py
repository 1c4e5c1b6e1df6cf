"""Packaging: a wheel built from the checkout carries resources/ and db/ and works elsewhere, on
every Python our users have."""

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
from wheel_support import QT_SOUNDNESS, RUNNING, SUPPORTED, find_python, install_fresh, pinned, run


def _elsewhere(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder outside the checkout and an environment with nothing of it on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KIOSK_DB")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    work = tmp_path / "elsewhere"
    work.mkdir()
    return work, env


def _demo(kiosk: Path, db: Path, work: Path, env: dict[str, str]) -> None:
    summary = json.loads(run(kiosk, "demo", "--build-only", "--db", db, cwd=work, env=env).stdout)
    assert summary["guests"] > 700 and summary["legends"] >= 20


def _screenshot(kiosk: Path, db: Path, work: Path, env: dict[str, str]) -> None:
    shown = run(kiosk, "--db", db, "control", "--screenshot", work / "c.png", cwd=work, env=env)
    assert (work / "c.png").stat().st_size > 10_000, shown.stderr


def test_the_wheel_carries_resources_and_migrations_and_nothing_else(kiosk_wheel: Path) -> None:
    names = zipfile.ZipFile(kiosk_wheel).namelist()
    assert "kiosk/_data/db/0001_event.sql" in names
    assert "kiosk/_data/resources/qml/Kiosk/Theme.qml" in names
    assert any(n.startswith("kiosk/_data/resources/fonts/") for n in names)
    assert any(n.startswith("kiosk/_data/resources/i18n/") and n.endswith(".qm") for n in names)
    assert not any(n.startswith(("tests/", "out/", ".venv/")) for n in names)


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_finds_its_resources(kiosk_wheel: Path,
                                                                  tmp_path: Path) -> None:
    # A fresh virtual environment; its dependencies (Qt...) come from this environment's
    # site-packages through a .pth line, so nothing is downloaded again.
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(target)
    python = target / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                       cwd=tmp_path).stdout.strip())
    (purelib / "_kiosk_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "-q", kiosk_wheel, cwd=tmp_path)

    # From another folder, with nothing of the checkout on the path.
    work, env = _elsewhere(tmp_path)
    where = json.loads(run(python, "-c", (
        "import json, kiosk, kiosk.paths as p;"
        "print(json.dumps({'package': kiosk.__file__, 'resources': str(p.resources_dir()),"
        " 'db': str(p.migrations_dir())}))"), cwd=work, env=env).stdout)
    installed = purelib / "kiosk"
    assert Path(where["package"]).parent == installed
    assert Path(where["resources"]) == installed / "_data" / "resources"
    assert Path(where["db"]) == installed / "_data" / "db"

    # The demo build from the wheel runs on the other Pythons (below): an empty event is enough.
    kiosk = target / "bin" / "kiosk"
    assert kiosk.exists()
    db = work / "gala.db"
    run(kiosk, "init", "--name", "Wheel Gala", "--db", db, cwd=work, env=env)
    assert run(kiosk, "--version", cwd=work, env=env).stdout.startswith("kiosk ")
    _screenshot(kiosk, db, work, env)


OTHER_PYTHONS = [v for v in SUPPORTED if v != RUNNING]


@pytest.mark.slow
@pytest.mark.parametrize("version", OTHER_PYTHONS)
def test_pip_installs_the_wheel_on_every_python_our_users_have(version: str, kiosk_wheel: Path,
                                                               tmp_path: Path) -> None:
    python = find_python(version)
    assert python, (f"Python {version} is needed to check that kiosk installs on it: put "
                    f"python{version} on PATH (Debian/Ubuntu: apt install python{version}-venv; "
                    f"or pyenv install {version})")
    # pip resolves the wheel's dependencies for that Python, its markers included.
    bin_dir = install_fresh(python, version, kiosk_wheel, tmp_path / "venv")
    work, env = _elsewhere(tmp_path)
    # PySide6 must survive void calls there too; run it beside the demo build.
    soundness = subprocess.Popen([bin_dir / "python", QT_SOUNDNESS], cwd=work, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        installed = json.loads(run(bin_dir / "python", "-c", (
            "import json, sys, importlib.metadata as m, kiosk;"
            "print(json.dumps({'python': '%d.%d' % sys.version_info[:2], 'kiosk': kiosk.__file__,"
            " 'qt': {n: m.version(n) for n in ('pyside6-essentials', 'pyside6-addons',"
            " 'shiboken6')}}))"), cwd=work, env=env).stdout)
        assert installed["python"] == version
        assert Path(installed["kiosk"]).is_relative_to(tmp_path / "venv")
        assert installed["qt"] == {n: pinned(version)[n] for n in installed["qt"]}

        kiosk = bin_dir / "kiosk"
        db = work / "demo.db"
        _demo(kiosk, db, work, env)
        first = run(kiosk, "--db", db, "tickets", "--payloads", cwd=work, env=env).stdout
        guest, payload = first.splitlines()[0].split("\t")
        scan = json.loads(run(kiosk, "--db", db, "scan", payload, cwd=work, env=env).stdout)
        assert (scan["status"], scan["guest"]["id"]) == ("admitted", int(guest))
        _screenshot(kiosk, db, work, env)
        out, err = soundness.communicate(timeout=120)
    finally:
        soundness.kill()
    assert (soundness.returncode, out.strip()) == (0, "survived"), err


def test_pythons_are_found_by_what_they_run_not_by_name() -> None:
    # A pyenv shim named python3.12 that is not selected fails: the version is asked, not assumed.
    assert find_python(RUNNING) and find_python("3.99") is None
