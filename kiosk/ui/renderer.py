"""Which renderer draws Qt Quick: the software scene graph wherever no GPU does.

Without a GPU driver Qt picks OpenGL on Mesa's llvmpipe: every animation frame then runs
the whole GL pipeline on the CPU (a still stage card cost 55-180 % of a core, the software
scene graph under 1 %), and the QML's "no GPU" paths, which test `GraphicsInfo.api ===
GraphicsInfo.Software`, never apply. So every window process chooses at start-up, before
its first window, unless the operator chose a backend themselves.
"""

from __future__ import annotations

import functools
import glob
import os
import sys
from collections.abc import Mapping

# Qt's own variables: whoever sets one has chosen, and is obeyed.
OPERATOR_VARIABLES = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND")
# OpenGL renderers that draw on the CPU (Mesa's, and Windows' fallback).
SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer",
                      "gdi generic", "microsoft basic render")
# Device nodes of a GPU on Linux (Mesa's drivers open a DRM node; NVIDIA's its own).
GPU_DEVICES = ("/dev/dri/renderD*", "/dev/dri/card*", "/dev/nvidia[0-9]*")
GL_RENDERER = 0x1F01


def operator_chose(env: Mapping[str, str]) -> bool:
    return any(env.get(name, "").strip() for name in OPERATOR_VARIABLES)


def use_software(renderer: str | None, env: Mapping[str, str]) -> bool:
    """Whether to draw with the software scene graph, given the OpenGL renderer's name.

    ``renderer`` is None where no GPU can draw (no GPU device, or no usable OpenGL at all).
    """
    if operator_chose(env):
        return False
    if renderer is None:
        return True
    name = renderer.lower()
    return any(word in name for word in SOFTWARE_RENDERERS)


def has_gpu_device() -> bool:
    """False when this Linux machine has no GPU device: OpenGL here can only be software.

    Checked first because it costs nothing, where loading OpenGL to ask it costs 0.1-0.3 s
    and 60 MB (Mesa's LLVM) on a machine without a GPU.
    """
    if not sys.platform.startswith("linux"):
        return True
    return any(glob.glob(pattern) for pattern in GPU_DEVICES)


def gl_renderer() -> str | None:
    """The name of the OpenGL renderer a window would get; None where no GPU can draw."""
    return probe_gl() if has_gpu_device() else None


def probe_gl() -> str | None:
    """Ask OpenGL its renderer's name (None: no usable OpenGL). Needs the QGuiApplication,
    whose platform plugin opens the context."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    context = QOpenGLContext()
    if not context.create():
        return None
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return None
        name = context.functions().glGetString(GL_RENDERER)
        context.doneCurrent()
        return str(name) if name else None
    finally:
        surface.destroy()


@functools.cache
def choose() -> bool:
    """Set the software scene graph where no GPU draws; True when it did. Once per process,
    after the QGuiApplication, before the first Qt Quick window."""
    if operator_chose(os.environ) or not use_software(gl_renderer(), os.environ):
        return False
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    return True
