"""`kiosk checkin --camera`: webcam frames through Qt Multimedia, decoded on a worker thread."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from kiosk.camera.worker import FrameWorker


def image_to_gray(image: QImage) -> np.ndarray:
    """A QImage as an 8-bit grey numpy array (copied: the frame's memory is reused by Qt)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].copy()


class CameraReader(QObject):
    """Feeds the default camera's frames to a decoding thread; emits ``decoded`` on the GUI thread."""

    decoded = Signal(str)
    _found = Signal(str)
    statusChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found.connect(self.decoded, Qt.ConnectionType.QueuedConnection)
        self.worker = FrameWorker(self._found.emit)
        self.camera = None
        self.session = None
        self.sink = None
        self.status = "off"

    def start(self) -> bool:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self._set_status("no camera")
            return False
        self.camera = QCamera(device, self)
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(lambda _e, text: self._set_status(text))
        self.camera.start()
        self._set_status("on")
        return True

    def _set_status(self, text: str) -> None:
        self.status = text
        self.statusChanged.emit(text)

    def _frame(self, frame) -> None:  # noqa: ANN001 - QVideoFrame
        if not self.worker.idle():
            return  # the decoder is busy: skip this frame, never queue up latency
        image = frame.toImage()
        if not image.isNull():
            self.feed(image)

    def feed(self, image: QImage) -> None:
        """Hand one frame to the decoder (also how tests drive this without a camera)."""
        self.worker.submit(image_to_gray(image))

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.worker.stop()
