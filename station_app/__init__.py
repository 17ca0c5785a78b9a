"""Beteiligungsstation: an offline-first kiosk for digital participation cards.

The package is split into a Qt-free core (configuration, cards, storage, receipts, export,
sync, collector) and a thin Qt layer (``qml/`` and ``app.py``) that exposes the core to the
QML user interface in ``ui/``.
"""

__version__ = "0.1.0"
