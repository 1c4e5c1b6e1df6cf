"""Which renderer a window gets: Qt's software scene graph wherever no GPU draws, unless the
operator chose; and a window started as a user starts it gets it on this GPU-less machine."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from xsession import kiosk_process

from kiosk.ui.renderer import OPERATOR_VARIABLES, has_gpu_device, probe_gl, use_software

MESA_CPU = ["llvmpipe (LLVM 15.0.6, 256 bits)", "softpipe", "Software Rasterizer",
            "Mesa X11 swrast", "GDI Generic", "Microsoft Basic Render Driver"]
GPUS = ["Mesa Intel(R) UHD Graphics 620 (KBL GT2)", "AMD Radeon RX 6600 (radeonsi, navi23, "
        "LLVM 15.0.6, DRM 3.49, 6.1.0-18-amd64)", "NVIDIA GeForce GTX 1650/PCIe/SSE2",
        "virgl (Intel(R) UHD Graphics 630)", "Mali-G52 (Panfrost)"]


@pytest.mark.parametrize("renderer", MESA_CPU)
def test_opengl_on_the_cpu_gets_the_software_scene_graph(renderer: str) -> None:
    assert use_software(renderer, {}) is True


def test_no_opengl_at_all_gets_the_software_scene_graph() -> None:
    assert use_software(None, {}) is True


@pytest.mark.parametrize("renderer", GPUS)
def test_a_gpu_keeps_qts_own_choice(renderer: str) -> None:
    assert use_software(renderer, {}) is False


@pytest.mark.parametrize("variable", OPERATOR_VARIABLES)
@pytest.mark.parametrize("renderer", [None, "llvmpipe (LLVM 15.0.6, 256 bits)", GPUS[0]])
def test_an_operators_choice_wins(variable: str, renderer: str | None) -> None:
    assert use_software(renderer, {variable: "opengl"}) is False
    # Set but empty is not a choice (Qt reads it the same way).
    assert use_software(renderer, {variable: ""}) is use_software(renderer, {})


def test_the_probe_reads_this_machines_opengl(qapp) -> None:
    """The OpenGL probe itself, run here even though the device check would skip it."""
    renderer = probe_gl()
    assert renderer is None or renderer.strip()
    if not has_gpu_device():
        assert use_software(renderer, {}) is True


def _threads(pid: int) -> set[str]:
    names = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            names.add((task / "comm").read_text().strip())
        except OSError:
            pass
    return names


@pytest.mark.e2e
@pytest.mark.parametrize(("command", "title"), [
    (["stage"], "Kiosk Stage audience"),
    (["checkin"], "Kiosk Door"),
    (["slideshow"], "Kiosk Slideshow"),
])
def test_a_window_started_as_a_user_starts_it_gets_the_software_scene_graph(
        xserver, demo_db_path, command: list[str], title: str) -> None:
    # As from a user's shell: no backend chosen (a developer's own choice is blanked here).
    env = {name: "" for name in OPERATOR_VARIABLES if name in xserver.env}
    env["QSG_INFO"] = "1"  # Qt Quick says which backend it loads (diagnostics only)
    with kiosk_process(xserver, "--db", str(demo_db_path), *command, env=env) as proc:
        xserver.wait_window(title)
        threads = _threads(proc.pid)
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        os.killpg(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert "Loading backend software" in err, err[-2000:]
    assert "Creating QRhi" not in err
    # No OpenGL render thread, no llvmpipe threads drawing on the CPU.
    assert "QSGRenderThread" not in threads and not any(t.startswith("llvmpipe") for t in threads)
    if not has_gpu_device():
        # Nothing to ask where there is no GPU: OpenGL was not even loaded to find out.
        assert "libGLX_mesa" not in maps and "swrast" not in maps and "libgallium" not in maps
