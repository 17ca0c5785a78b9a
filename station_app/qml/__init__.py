"""The bridge between the Qt-free core and the QML user interface.

One thin ``QObject`` wrapper per core service, each registered with ``@QmlElement`` under
the QML module ``Station.Bridge`` so that QML can name its type. Instances are built once in
``station_app.app`` and handed to ``ui/Main.qml`` as required properties (constructor
injection, no globals). Importing a module here registers its types.
"""

from __future__ import annotations

import ctypes
import sys

QML_IMPORT_NAME = "Station.Bridge"
QML_IMPORT_MAJOR_VERSION = 1


def guard_singleton_refcounts() -> None:
    """Work around a reference-counting bug in PySide6 6.12 on Python < 3.12.

    ``Signal.emit()`` returns ``True`` without taking a reference, and wrapped calls that
    return a null pointer (``findChild`` finding nothing, the root item's ``parentItem()``)
    return ``None`` the same way. Each such call takes one reference from the singleton;
    a kiosk emits thousands of signals an hour, so after a while the interpreter aborts
    ("deallocating True"). Giving the three singletons a reserve far larger than any
    run can use makes the bug harmless; from Python 3.12 on they are immortal anyway.
    """
    if sys.version_info >= (3, 12) or getattr(guard_singleton_refcounts, "done", False):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    guard_singleton_refcounts.done = True  # type: ignore[attr-defined]


guard_singleton_refcounts()
