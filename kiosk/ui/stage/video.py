"""A plain fallback for video on the software renderer, which cannot draw VideoOutput.

VideoOutput draws frames with shaders; Qt Quick's software renderer (no GPU, headless
tests) cannot, and would leave the audience looking at black. This item takes the
frames from a QVideoSink and paints them with QPainter instead.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickPaintedItem

QML_IMPORT_NAME = "Kiosk.StageVideo"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
class PaintedVideo(QQuickPaintedItem):
    """Shows the frames of its ``sink`` (give it to MediaPlayer.videoOutput), letterboxed."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._frame)
        self._image = QImage()
        self.setOpaquePainting(True)
        self.setFillColor(Qt.GlobalColor.black)

    def _get_sink(self) -> QObject:
        return self._sink

    sink = Property(QObject, _get_sink, constant=True)

    @Slot(QVideoFrame)
    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._image = frame.toImage()
            self.update()

    def paint(self, painter: QPainter) -> None:
        if self._image.isNull():
            return
        size = self._image.size().scaled(int(self.width()), int(self.height()),
                                         Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, y, size.width(), size.height()), self._image)


def register() -> None:
    """Importing this module registers the type; call before loading the stage QML."""
