"""QR codes for QML: ``Image { source: "image://qr/" + encodeURIComponent(url) }``."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

PROVIDER_ID = "qr"
QUIET_ZONE = 4
"""Modules of white border around the code, as the QR standard asks."""


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), quiet zone included."""
    import qrcode  # imported on first use: the start screen appears without it
    import qrcode.constants

    code = qrcode.QRCode(border=QUIET_ZONE,
                         error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


class QrImageProvider(QQuickImageProvider):
    """Draws QR codes off the GUI thread (the engine loads them asynchronously)."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image,
                         QQuickImageProvider.Flag.ForceAsynchronousImageLoading)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        matrix = qr_matrix(unquote(image_id))
        modules = len(matrix)
        wanted = max(requested.width(), requested.height(), 0) or modules * 8
        scale = max(1, wanted // modules)
        image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, cells in enumerate(matrix):
            for column, dark in enumerate(cells):
                if dark:
                    painter.drawRect(column * scale, row * scale, scale, scale)
        painter.end()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
