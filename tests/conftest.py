"""Shared fixtures: real SQLite files in temporary folders, the demo event, the kiosk CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as kiosk.ui.app.create_app does
os.environ["KIOSK_TEST"] = "1"
os.environ.pop("KIOSK_DB", None)
# The last event opened is remembered in the kiosk's data folder: the tests' own, not the user's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="kiosk-test-data-")


def _software_scene_graph() -> None:
    """Qt tests in this process draw with the software scene graph, as windows on a machine
    without a GPU do (kiosk/ui/renderer.py), whatever GPU the machine running the tests has.
    Set here, not in the environment: a kiosk process a test starts chooses as a user's does."""
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    from kiosk.ui.renderer import operator_chose

    if not operator_chose(os.environ):
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


_software_scene_graph()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the X server is end to end (`-m "not e2e"` leaves it out), marked or not."""
    for item in items:
        if "xserver" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh, initialised event database file."""
    from kiosk.core.event import InitRequest, init_event

    path = tmp_path / "event.db"
    init_event(InitRequest(path=path, name="Test Gala", venue="Test Hall", date="2017-11-24",
                           timezone="Europe/Paris")).close()
    return path


@pytest.fixture
def extra_guests() -> int:
    """How many filler guests `event` holds beside the six named ones: a test module overrides it."""
    return 0


@pytest.fixture
def event(tmp_path: Path, extra_guests: int) -> Path:
    """A small real event for the door: the guests of door_support.py (ids 1..6), both lists."""
    from door_support import build_event

    return build_event(tmp_path / "gala.db", extra=extra_guests)


@pytest.fixture
def db(db_path: Path):
    from kiosk.core.db import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, built once per test session."""
    from kiosk.demo.build import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo event (with its key and media folder) for one test."""
    from kiosk.core.keys import key_path

    target = tmp_path / "demo.db"
    shutil.copy2(demo_template, target)
    shutil.copy2(key_path(demo_template), key_path(target))
    media = demo_template.with_name(demo_template.stem + "-media")
    os.symlink(media, target.with_name(target.stem + "-media"))
    return target


def run_kiosk(*args: str, input: str | None = None, env: dict | None = None,
              timeout: float = 60, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real `kiosk` command in a child process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], input=input, capture_output=True,
                          text=True, env=full_env, timeout=timeout, cwd=cwd)


@pytest.fixture
def kiosk():
    return run_kiosk


@pytest.fixture(scope="session")
def kiosk_wheel(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The wheel built from the checkout, once per session (xdist workers share it)."""
    from wheel_support import build_wheel, locked

    # Every worker's base folder sits in the session's own one: build there, once, under a lock.
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    dist = shared / "kiosk-wheel"
    with locked(shared / "kiosk-wheel.lock"):
        built = sorted(dist.glob("kiosk-*.whl"))
        if built:
            return built[0]
        dist.mkdir(exist_ok=True)
        return build_wheel(dist)


@pytest.fixture(scope="session")
def xserver():
    """A real X server for end-to-end tests (installed by the test command)."""
    from xsession import XServer, have_x_tools

    if not have_x_tools():
        pytest.fail("Xvfb and xdotool are required for end-to-end tests: run 'make test'")
    server = XServer()
    yield server
    server.close()
