"""Every bridge of the kiosk, built in one place, in a fixed order (Electrum's ``qeapp``).

Two moments: ``start_screen_bridges`` builds what the start screen needs from the
configuration alone (language, card flow, Mitmachpool step, idle watch, PIN door); once the
station's database is open, ``attach_station`` plugs the core services in and builds the
facilitator's bridges – receipt printer, sync, dashboard – in this order, and connects them
to the kiosk's signals. Nothing is discovered by scanning packages; what QML gets is typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlEngine

from station_app.card_flow import CardFlow
from station_app.config import StationConfig
from station_app.contacts import offers_contact
from station_app.labels import LabelBook
from station_app.qml.contact import ContactBridge
from station_app.qml.idle import IdleWatch
from station_app.qml.kiosk import KioskBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.pin import PinBridge
from station_app.qml.speech import SpeechBridge

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

    from station_app.qml.facilitator import FacilitatorBridge
    from station_app.qml.receipt_bridge import ReceiptPrinterBridge
    from station_app.qml.sync_status import SyncBridge
    from station_app.station import Station


@dataclass(frozen=True)
class KioskTiming:
    """How long the kiosk waits; tests shorten these, the station takes them from config."""

    inactivity_ms: int
    warning_seconds: int
    thank_you_ms: int
    tick_ms: int = 1000
    dashboard_ms: int = 600_000
    """The facilitator dashboard's own, longer idle time (0: it never locks by itself)."""

    @classmethod
    def from_config(cls, config: StationConfig) -> KioskTiming:
        kiosk = config.kiosk
        return cls(kiosk.inactivity_seconds * 1000, kiosk.warning_seconds,
                   kiosk.thank_you_seconds * 1000,
                   dashboard_ms=kiosk.dashboard_inactivity_seconds * 1000)


@dataclass
class KioskBridges:
    """The bridges QML sees; the last three exist once the station is open."""

    language: LanguageBridge
    flow: CardFlow
    contact: ContactBridge
    kiosk: KioskBridge
    idle: IdleWatch
    pin: PinBridge
    speech: SpeechBridge
    """Speech output; its engine loads after the kiosk has started (``attach_speech``)."""
    printer: ReceiptPrinterBridge | None = None
    sync: SyncBridge | None = None
    facilitator: FacilitatorBridge | None = None
    waiting_for_receipts: list[str] = field(default_factory=list)
    """Cards handed in before the receipt printer attached (their UUIDs)."""

    def start_screen(self) -> dict[str, QObject]:
        """``ui/Main.qml``'s required properties."""
        return {"kiosk": self.kiosk, "language": self.language, "contact": self.contact,
                "pin": self.pin, "idle": self.idle, "speech": self.speech}


def start_screen_bridges(config: StationConfig, engine: QQmlEngine, timing: KioskTiming,
                         leave: Callable[[], None], facilitator_home_url: str,
                         translations_dir: Path) -> KioskBridges:
    """What the start screen needs, from the configuration alone (no database yet)."""
    language = LanguageBridge(engine, config.kiosk.languages, translations_dir, engine)
    flow = CardFlow(config, LabelBook(config), contact_offered=offers_contact(config.contact))
    contact = ContactBridge(config.contact, flow, language, engine)
    kiosk = KioskBridge(config, flow, LabelBook(config), contact, language, engine)
    idle = IdleWatch(timing.inactivity_ms, timing.warning_seconds, timing.thank_you_ms,
                     timing.tick_ms, engine, dashboard_ms=timing.dashboard_ms)
    pin = PinBridge(leave, facilitator_home_url, engine)
    speech = SpeechBridge(engine)
    speech.follow(language)
    return KioskBridges(language, flow, contact, kiosk, idle, pin, speech)


def attach_speech(bridges: KioskBridges, window: QWindow, then: Callable[[], None]) -> None:
    """Speech output: load the engine (speech-dispatcher's on a thread of its own; the
    control appears when it has a voice), read held controls, count a held touch as
    activity; ``then`` once the engine is there (or cannot be)."""
    speech = bridges.speech
    speech.watch(window)  # after the IdleWatch: sees each press before it
    speech.held.connect(lambda *_: bridges.idle.extend())
    speech.start(then)


def attach_station(bridges: KioskBridges, station: Station, engine: QQmlEngine,
                   stoppers: list[Callable[[], None]]) -> None:
    """Plug the open station in: intake and PIN first, then sync and the dashboard.

    ``stoppers`` collects what must be stopped when the kiosk ends (background threads).
    The receipt printer follows with ``attach_printer``; cards handed in until then are
    remembered and get their receipts when it attaches.
    """
    from station_app.export.exporter import Exporter
    from station_app.qml.enrolment_bridge import EnrolmentBridge
    from station_app.qml.facilitator import FacilitatorBridge
    from station_app.qml.facilitator_export import ExportBridge
    from station_app.qml.package_bridge import PackageBridge
    from station_app.qml.sync_status import SyncBridge
    from station_app.sync.control import SyncControl

    kiosk = bridges.kiosk
    kiosk.attach_intake(station.intake)
    bridges.pin.attach_pin(station.pin, station.audit)

    def remember(uuid: str, _code: str, _url: str) -> None:
        if bridges.printer is None:
            bridges.waiting_for_receipts.append(uuid)

    kiosk.cardSubmitted.connect(remember)

    control = SyncControl(station.config, station.data_dir, station.db)
    offered = "contact" in bridges.flow.steps
    enrolment = EnrolmentBridge(station.config, station.data_dir, station.audit, parent=engine,
                                running_key=station.config.contact.collector_public_key
                                if offered else "",
                                seal_with=lambda key: seal_contacts_with(bridges, station, key))
    enrolment.follow(bridges.language)
    package = PackageBridge(station.config, station.data_dir, station.audit, parent=engine)
    package.follow(bridges.language)
    sync = SyncBridge(control, parent=engine, enrolment=enrolment, package=package)
    sync.follow(bridges.language)
    bridges.sync = sync

    def enrolment_installed(*_: str) -> None:  # sync uploads with it from now on
        control.enrolment_changed()
        sync.refresh()

    enrolment.installed.connect(enrolment_installed)
    kiosk.cardSubmitted.connect(lambda *_: sync.refresh())
    control.start()
    stoppers.append(control.stop)

    exports = ExportBridge(Exporter(station.db, station.config), station.data_dir)
    facilitator = FacilitatorBridge.from_station(station, exports, parent=engine)
    facilitator.follow(bridges.language)
    kiosk.cardSubmitted.connect(lambda *_: facilitator.card_committed())
    bridges.facilitator = facilitator


def seal_contacts_with(bridges: KioskBridges, station: Station, key: str) -> bool:
    """An enrolment installed from the dashboard brought the collector's key: the
    Mitmachpool step is offered and seals for that collector from the next card on, without
    a restart. False when the configuration switches the step off."""
    settings = dataclasses.replace(station.config.contact, collector_public_key=key)
    if not offers_contact(settings):
        return False
    station.contacts.use_settings(settings)
    bridges.contact.use_settings(settings)
    if bridges.flow.offer_contact(True):
        bridges.kiosk.stepsChanged.emit()
    return True


def attach_printer(bridges: KioskBridges, station: Station, engine: QQmlEngine,
                   stoppers: list[Callable[[], None]]) -> ReceiptPrinterBridge:
    """A receipt for every card, its status on the thank-you screen, reprints.

    Attached right after the kiosk is ready for cards: Qt's print system is the slowest
    part of the start. With printing off, or with no printer named, chosen on the dashboard
    or set as the system default, the thank-you screen asks the attendee to note the code
    instead (the QR is on screen either way); a printer that fails later shows as "failed".
    The printer chosen on the dashboard is remembered and used from the next receipt on.
    """
    from station_app.qml.receipt_bridge import ReceiptPrinterBridge
    from station_app.receipts.printing import QtReceiptPrinter, printer_status
    from station_app.receipts.service import ReceiptService

    kiosk = bridges.kiosk
    settings = station.config.printer
    service = ReceiptService.for_station(station, QtReceiptPrinter(settings.name))
    default = printer_status("") if settings.enabled else None
    bridge = ReceiptPrinterBridge(service, parent=engine,
                                  default_printer=default.name if default and default.found
                                  else "")
    bridge.follow(bridges.language)
    waiting, bridges.waiting_for_receipts = bridges.waiting_for_receipts, []
    bridges.printer = bridge
    if not settings.enabled:
        kiosk.cardSubmitted.connect(lambda *_: kiosk.setReceiptStatus("disabled"))
        if waiting:
            kiosk.setReceiptStatus("disabled")
        return bridge

    def on_card(uuid: str, _code: str = "", _url: str = "") -> None:
        # No printer named, chosen or set as the default: the QR on screen is the receipt
        # (until a facilitator chooses a printer on the dashboard).
        if not bridge.configured:
            kiosk.setReceiptStatus("disabled")
            return
        card = station.archive.get(uuid)
        if card is not None and bridge.enqueue(card) is not None:
            kiosk.setReceiptStatus("printing")

    def on_finished(code: str, ok: bool, _message: str) -> None:
        if code == kiosk.lastCode:
            kiosk.setReceiptStatus("printed" if ok else "failed")

    kiosk.cardSubmitted.connect(on_card)
    bridge.jobFinished.connect(on_finished)
    for uuid in waiting:
        on_card(uuid)
    service.start()
    stoppers.append(service.stop)
    return bridge
