"""The Qt start-up the benchmarks share: as ``station-app run`` does it, offscreen."""

from __future__ import annotations

import os


def start_qt():
    """The application, with the kiosk's workarounds, environment and fonts in place.

    QtQuick is imported first so that the kiosk's window comes wrapped as a QQuickWindow
    (the kiosk itself avoids the import before its first frame)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow  # noqa: F401

    from station_app.app import load_fonts, prepare_qt_environment
    from station_app.qml.workarounds import install_workarounds

    install_workarounds()
    prepare_qt_environment()
    app = QGuiApplication.instance() or QGuiApplication([])
    load_fonts()
    return app
