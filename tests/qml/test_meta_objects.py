"""Every bridge keeps the meta-object its class declared.

PySide6 gives a class a new meta-object when a signal is first connected to one of its
methods that is no ``@Slot``: it adds that method as a slot at run time and frees the old
meta-object. QML keeps what it learnt of a meta-object by its address, for the whole
process; a later class whose meta-object lands on the freed address is then read through
the stale entry (seen in CI: the dashboard's ``SyncBridge`` without its properties and
signals, in whichever later test the address came round again). So every method a signal
is connected to is a declared slot, and this test keeps it so.
"""

from __future__ import annotations

import gc
import types

import shiboken6
from PySide6.QtCore import QObject

from station_app.app import KioskTiming
from tests.qml.conftest import walk_every_screen


def _grown() -> dict[str, list[str]]:
    """Our QObject classes whose instances' meta-objects hold a method of ours that is no
    declared slot (one PySide added when a signal was connected to it), with those
    methods."""
    grown: dict[str, list[str]] = {}
    for obj in gc.get_objects():
        if not isinstance(obj, QObject) or not type(obj).__module__.startswith("station_app") \
                or not shiboken6.isValid(obj):
            continue
        meta = obj.metaObject()
        qt_class = next(cls for cls in type(obj).__mro__ if cls.__module__.startswith("PySide6"))
        for index in range(qt_class.staticMetaObject.methodCount(), meta.methodCount()):
            signature = meta.method(index).methodSignature().data().decode()
            found = getattr(type(obj), signature.partition("(")[0], None)
            if isinstance(found, types.FunctionType) and not hasattr(found, "_slots"):
                grown.setdefault(type(obj).__qualname__, []).append(signature)
    return grown


def test_no_bridge_gains_a_slot_while_the_kiosk_and_its_dashboard_run(open_kiosk,
                                                                      default_config):
    kiosk = open_kiosk(default_config, timing=KioskTiming(inactivity_ms=60_000,
                                                          warning_seconds=20,
                                                          thank_you_ms=1500, tick_ms=10))
    kiosk.tap("language_en")
    kiosk.qtbot.waitUntil(lambda: kiosk.text_of("startParticipate") == "Take part")
    kiosk.tap("language_de")
    walk_every_screen(kiosk, lambda _name: None)  # a whole card, its receipt, the PIN pad
    kiosk.wait_step("start", timeout=30_000)  # the thank-you screen goes back by itself
    kiosk.open_dashboard()
    for page in ("nav_cards", "nav_devices", "nav_overview"):
        kiosk.tap(page)
    grown = _grown()
    assert not grown, f"signals connected to methods that are no @Slot: {grown}"


def test_no_bridge_gains_a_slot_in_the_dashboard_on_its_own(dashboard):
    dashboard.switch_language("en")
    dashboard.switch_language("de")
    for page in ("nav_cards", "nav_devices", "nav_sessions", "nav_overview"):
        dashboard.tap(page)
    grown = _grown()
    assert not grown, f"signals connected to methods that are no @Slot: {grown}"
