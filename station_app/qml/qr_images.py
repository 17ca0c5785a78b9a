"""The thank-you screen's QR code as an image QML can show: a ``data:`` URL of a PNG.

Drawn with QtGui's ``QImage`` (thread-safe, so the kiosk renders it off the GUI thread) from
the same symbol the receipt prints (``receipts.qr``). A data URL needs no image provider,
so the kiosk never imports PySide's QtQuick module (and its QtOpenGL dependency).
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from station_app.receipts.qr import QUIET_ZONE, qr_matrix

MODULE_PIXELS = 8
"""Pixels per module: sharp at the 260 px the thank-you screen shows (QML scales down)."""


def qr_png(payload: str, module_pixels: int = MODULE_PIXELS) -> bytes:
    """The QR symbol for ``payload`` (quiet zone included) as PNG bytes."""
    matrix = qr_matrix(payload)
    side = (matrix.size + 2 * QUIET_ZONE) * module_pixels
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    # Filled rectangles need no pen: PySide's ``Qt`` namespace (Qt.PenStyle) would build
    # all of its ~110 enums on first use.
    painter = QPainter(image)
    black = QColor("black")
    for row, start, length in matrix.dark_runs():
        painter.fillRect((start + QUIET_ZONE) * module_pixels,
                         (row + QUIET_ZONE) * module_pixels,
                         length * module_pixels, module_pixels, black)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def qr_data_url(payload: str) -> str:
    """``data:image/png;base64,…`` for an ``Image { source: … }``."""
    return "data:image/png;base64," + base64.b64encode(qr_png(payload)).decode("ascii")
