"""The bridge between the Qt-free core and the QML user interface.

One thin ``QObject`` wrapper per core service, each registered with ``@QmlElement`` under
the QML module ``Station.Bridge`` so that QML can name its type. Instances are built once in
``station_app.app`` and handed to ``ui/Main.qml`` as required properties (constructor
injection, no globals). Importing a module here registers its types.
"""

from __future__ import annotations

QML_IMPORT_NAME = "Station.Bridge"
QML_IMPORT_MAJOR_VERSION = 1
