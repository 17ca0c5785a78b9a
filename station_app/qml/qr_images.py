"""QR codes for QML: ``Image { source: "image://qr/" + encodeURIComponent(url) }``."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from station_app.receipts.qr import QUIET_ZONE, qr_matrix

PROVIDER_ID = "qr"


class QrImageProvider(QQuickImageProvider):
    """Draws QR codes off the GUI thread (the engine loads them asynchronously)."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image,
                         QQuickImageProvider.Flag.ForceAsynchronousImageLoading)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        matrix = qr_matrix(unquote(image_id))  # the same symbol the receipt prints
        modules = matrix.size + 2 * QUIET_ZONE
        wanted = max(requested.width(), requested.height(), 0) or modules * 8
        scale = max(1, wanted // modules)
        image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        # Filled rectangles need no pen: PySide's ``Qt`` namespace (Qt.PenStyle) would build
        # all of its ~110 enums on first use, ~70 ms before the kiosk is ready.
        painter = QPainter(image)
        black = QColor("black")
        for row, start, length in matrix.dark_runs():
            painter.fillRect((start + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale,
                             length * scale, scale, black)
        painter.end()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
