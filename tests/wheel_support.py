"""Packaging support: the supported Pythons, finding them, and installing the wheel into fresh venvs.

What the wheel depends on (Qt is ~150 MB of wheels, ~400 MB unpacked) is kept between test
sessions, in ~/.cache/kiosk-tests: the wheels pip downloaded (a wheelhouse: pip's own cache may be
off), and per Python the environment pip installed them into the first time it saw that set of
dependencies. Every run still installs the wheel with pip into a new virtual environment.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))

# The Pythons our users have: 3.11 (Debian 12), 3.12 (Ubuntu 24.04), 3.13 (Debian 13).
SUPPORTED = ("3.11", "3.12", "3.13")
RUNNING = f"{sys.version_info.major}.{sys.version_info.minor}"
# The script both the 3.11 suite and the fresh 3.12/3.13 venvs run: PySide6 must survive it.
QT_SOUNDNESS = Path(__file__).resolve().parent / "qt_soundness.py"

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kiosk-tests"
WHEELHOUSE = CACHE / "wheels"


def run(*args: str | Path, cwd: Path, env: dict | None = None,
        timeout: float = 180) -> subprocess.CompletedProcess:
    """Run a command that must succeed; on failure the assertion shows its output."""
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, env=env)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` across processes (the xdist workers of one session)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pinned(python_version: str) -> dict[str, str]:
    """The exact versions pyproject.toml pins for ``python_version`` (after its markers)."""
    pins = {}
    for spec in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(spec)
        if requirement.marker and not requirement.marker.evaluate({"python_version": python_version}):
            continue
        exact = [s.version for s in requirement.specifier if s.operator == "=="]
        if exact:
            pins[requirement.name] = exact[0]
    return pins


def _version_of(python: str) -> str | None:
    try:
        out = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30)
    except OSError:
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def find_python(version: str) -> str | None:
    """An interpreter for ``version`` ("3.12"): ``python3.12`` on PATH if it runs (a pyenv shim
    for a version that is not selected does not), else the newest in pyenv's versions folder."""
    candidates = [shutil.which(f"python{version}")]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    patch = re.compile(rf"{re.escape(version)}\.(\d+)$")
    found = [(int(m.group(1)), d) for d in pyenv.glob(f"{version}.*") if (m := patch.match(d.name))]
    candidates += [str(d / "bin" / f"python{version}") for _, d in sorted(found, reverse=True)]
    for candidate in candidates:
        if candidate and _version_of(candidate) == version:
            return candidate
    return None


def build_wheel(dist: Path) -> Path:
    """The kiosk wheel built from the checkout into ``dist`` (by the backend the test extra
    installs: no isolated build environment to download and set up)."""
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist,
        ROOT, cwd=dist.parent)
    [wheel] = dist.glob("kiosk-*.whl")
    return wheel


def _pip_install(venv: Path, wheel: Path) -> None:
    """pip installs ``wheel`` and what it needs into ``venv``, from the wheelhouse; what the
    wheelhouse lacks is first fetched from the index."""
    pip = [sys.executable, "-m", "pip", "--python", venv / "bin" / "python"]
    offline = [*pip, "install", "-q", "--no-compile", "--no-index", "--find-links", WHEELHOUSE, wheel]
    first = subprocess.run([str(a) for a in offline], capture_output=True, text=True, timeout=300)
    if first.returncode != 0:
        with locked(WHEELHOUSE / ".lock"):
            # A kiosk wheel of the same name left there by another checkout would be taken for
            # this one ("already downloaded"), with its older dependencies.
            (WHEELHOUSE / wheel.name).unlink(missing_ok=True)
            run(*pip, "download", "-q", "-d", WHEELHOUSE, "--find-links", WHEELHOUSE, wheel,
                cwd=venv.parent, timeout=600)
        run(*offline, cwd=venv.parent, timeout=300)


def _purelib(venv: Path) -> Path:
    return Path(run(venv / "bin" / "python", "-c",
                    "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                    cwd=venv.parent).stdout.strip())


def _requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(metadata).decode("utf-8").splitlines()
    return sorted(line for line in lines if line.startswith("Requires-Dist:") and "extra ==" not in line)


def dependencies(python: str, version: str, wheel: Path) -> Path:
    """The site-packages of an environment where pip installed ``wheel``'s dependencies for
    ``python``: made by a whole ``pip install`` of the wheel the first time these dependencies
    are seen on this machine, then kept (Qt is ~400 MB unpacked: not rewritten on every run)."""
    key = hashlib.sha256("\n".join([version, *_requirements(wheel)]).encode()).hexdigest()[:12]
    deps = CACHE / f"deps-{version}-{key}"
    done = deps / "complete"
    with locked(CACHE / f"deps-{version}.lock"):  # builds for this Python happen under this lock
        if not done.exists():
            shutil.rmtree(deps, ignore_errors=True)  # a try that broke off
            run(python, "-m", "venv", "--without-pip", deps, cwd=CACHE)
            _pip_install(deps, wheel)
            run(sys.executable, "-m", "pip", "--python", deps / "bin" / "python", "uninstall",
                "-q", "-y", "kiosk", cwd=CACHE)
        done.touch()  # last used now
        # Other sets may serve other checkouts' runs at this moment: only unused ones go.
        unused = time.time() - 7 * 86400
        for other in CACHE.glob(f"deps-{version}-*/"):
            mark = other / "complete"
            if other != deps and (not mark.exists() or mark.stat().st_mtime < unused):
                shutil.rmtree(other, ignore_errors=True)
    return _purelib(deps)


def install_fresh(python: str, version: str, wheel: Path, target: Path) -> Path:
    """A new virtual environment of ``python`` at ``target`` where pip installs ``wheel``,
    resolving its dependencies (markers included) against those pip installed for that Python
    before (a .pth line puts them on the path); its bin folder."""
    site = dependencies(python, version, wheel)
    run(python, "-m", "venv", "--without-pip", target, cwd=target.parent)
    (_purelib(target) / "_kiosk_test_deps.pth").write_text(f"{site}\n")
    _pip_install(target, wheel)
    return target / "bin"
