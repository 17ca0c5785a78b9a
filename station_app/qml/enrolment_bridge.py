"""Setting the station up without a command line: its enrolment file from a USB stick.

Wraps ``enrolment_install`` (the same function ``station-app sync --install-enrolment``
calls): the dashboard lists the enrolment files on the mounted sticks, installs the one the
facilitator taps, and says what was installed, or why not, in the UI language. Reading the
stick and writing the file run off the GUI thread; the audit entry is written on it.
``installed`` tells the wiring to let sync use the new enrolment at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.config import StationConfig
from station_app.enrolment_install import (
    CONTEXT,
    NOT_SAVED,
    EnrolmentFile,
    EnrolmentRefused,
    InstalledEnrolment,
    Mitmachpool,
    current_enrolment,
    find_enrolment_files,
    install_enrolment,
    mitmachpool_after,
    record_installed,
)
from station_app.errors import UserError
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.jobs import JobRunner
from station_app.qml.language import FollowsLanguage
from station_app.storage.audit import AuditLog
from station_app.texts import Message

if TYPE_CHECKING:
    pass

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "EnrolmentBridge"]


def usb_sticks() -> list[Path]:
    """The mounted USB sticks, where the export page finds them (``export/targets.py``)."""
    from station_app.export import targets

    return targets.removable_mounts()


Outcome = InstalledEnrolment | EnrolmentRefused


@QmlElement
@QmlUncreatable("EnrolmentBridge is provided by the sync bridge")
class EnrolmentBridge(QObject, FollowsLanguage):
    """Enrolment files on USB sticks, installing one, and what it changed.

    Signals:
        filesChanged: the sticks were searched again (``files``, ``searching``).
        resultChanged: an install started or ended, or the wording changed (language).
        installed(stationId, collectorUrl): an enrolment was installed.
        notice(text, isError): a line for the dashboard's status bar, in the UI language.
    """

    filesChanged = Signal()
    resultChanged = Signal()
    installed = Signal(str, str, arguments=["stationId", "collectorUrl"])
    notice = Signal(str, bool, arguments=["text", "isError"])

    def __init__(self, config: StationConfig, data_dir: Path, audit: AuditLog, *,
                 running_key: str = "", parent: QObject | None = None,
                 find_sticks: Callable[[], list[Path]] = usb_sticks,
                 seal_with: Callable[[str], bool] | None = None) -> None:
        """``running_key``: the collector key the running kiosk seals Mitmachpool contacts
        with ('' when it offers no Mitmachpool step). ``seal_with(key)`` makes the running
        kiosk seal with an installed enrolment's key at once (True when it did)."""
        super().__init__(parent)
        self._config = config
        self._data_dir = data_dir
        self._audit = audit
        self._running_key = running_key
        self._seal_with = seal_with
        self._find_sticks = find_sticks
        self._files: list[EnrolmentFile] = []
        self._searching = False
        self._busy = False
        self._installed: InstalledEnrolment | None = None
        self._problem: Message | None = None
        self._mitmachpool: Mitmachpool = "off"
        self._current = current_enrolment(config, data_dir)
        self._language = "de"
        self._jobs = JobRunner(parent=self)

    # --- language ---------------------------------------------------------------------


    def set_language(self, language: str) -> None:
        self._language = language
        self.resultChanged.emit()


    # --- finding ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Look for enrolment files on the USB sticks again, off the GUI thread."""
        if self._searching:
            return
        self._searching = True
        self.filesChanged.emit()
        self._jobs.run(lambda: find_enrolment_files(self._find_sticks()), self._found,
                       self._not_found, "looking for enrolment files")

    def _found(self, files: list[EnrolmentFile]) -> None:
        self._files, self._searching = files, False
        self.filesChanged.emit()

    def _not_found(self, _error: UserError) -> None:
        self._files, self._searching = [], False
        self.filesChanged.emit()

    @Property("QVariantList", notify=filesChanged)
    def files(self) -> list[dict[str, str]]:
        """Each candidate: its file name, the stick it is on, its path."""
        return [{"name": f.path.name, "stick": f.stick, "path": str(f.path)}
                for f in self._files]

    @Property(bool, notify=filesChanged)
    def searching(self) -> bool:
        return self._searching

    # --- installing -------------------------------------------------------------------

    @Slot(int)
    def install(self, index: int) -> None:
        """Install the ``index``-th file of ``files`` (checked first), off the GUI thread."""
        if self._busy or not 0 <= index < len(self._files):
            return
        source = self._files[index].path
        self._busy, self._installed, self._problem = True, None, None
        self.resultChanged.emit()
        self._jobs.run(lambda: self._attempt(source), self._settled, self._crashed,
                       "installing an enrolment")

    def _attempt(self, source: Path) -> Outcome:
        try:
            return install_enrolment(self._config, self._data_dir, source)
        except EnrolmentRefused as refused:
            return refused

    def _settled(self, outcome: Outcome) -> None:
        self._busy = False
        if isinstance(outcome, EnrolmentRefused):
            self._problem = outcome.message
            self.resultChanged.emit()
            self.notice.emit(self.resultText, True)
            return
        record_installed(self._audit, outcome, "facilitator")
        self._installed = outcome
        self._current = (outcome.station_id, outcome.collector_url)
        self._mitmachpool = mitmachpool_after(self._config, outcome, self._running_key)
        key = outcome.collector_public_key
        if self._mitmachpool == "restart" and self._seal_with is not None \
                and self._seal_with(key):
            self._running_key, self._mitmachpool = key, "ready"
        self.resultChanged.emit()
        self.installed.emit(outcome.station_id, outcome.collector_url)
        self.notice.emit(self.resultText, False)

    def _crashed(self, _error: UserError) -> None:
        self._busy, self._problem = False, Message(CONTEXT, NOT_SAVED)
        self.resultChanged.emit()

    # --- what the dashboard shows -----------------------------------------------------

    @Property(str, constant=True)
    def stationId(self) -> str:
        """This station's id, which an enrolment file must be for."""
        return self._config.station.id

    @Property(bool, notify=resultChanged)
    def enrolled(self) -> bool:
        return self._current is not None

    @Property(str, notify=resultChanged)
    def currentText(self) -> str:
        """Which enrolment the station has now, in one line."""
        if self._current is None:
            return self.tr("Die Station ist noch bei keiner Sammelstelle angemeldet.")
        station_id, url = self._current
        if not url:
            return self.tr("Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)"
                           ).replace("%1", station_id)
        return self.tr("Angemeldet als „%1“ bei %2").replace("%1", station_id).replace(
            "%2", url)

    @Property(bool, notify=resultChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=resultChanged)
    def resultOk(self) -> bool:
        return self._installed is not None

    @Property(str, notify=resultChanged)
    def resultText(self) -> str:
        """What the last install did, or why it did not ('' before the first)."""
        if self._problem is not None:
            return self.tr("Nicht eingerichtet: %1").replace(
                "%1", self._problem.text(self._language))
        if self._installed is None:
            return ""
        url = self._installed.collector_url or self.tr("keine (nur USB-Stick)")
        return self.tr("Eingerichtet: Station „%1“, Sammelstelle %2").replace(
            "%1", self._installed.station_id).replace("%2", url)

    @Property(str, notify=resultChanged)
    def mitmachpoolText(self) -> str:
        """What the installed enrolment means for the Mitmachpool step ('' if nothing)."""
        if self._installed is None:
            return ""
        if self._mitmachpool == "ready":
            return self.tr("Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.")
        if self._mitmachpool == "restart":
            return self.tr("Der Mitmachpool gilt für diese Sammelstelle erst nach einem "
                           "Neustart: bitte „Kiosk verlassen“ und die Station neu starten.")
        if self._mitmachpool == "configured":
            return self.tr("Achtung: Die Konfiguration nennt den Schlüssel einer anderen "
                           "Sammelstelle (contact.collector_public_key). Diese Sammelstelle "
                           "könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung "
                           "entfernen.")
        return ""

    @Property(bool, notify=resultChanged)
    def restartNeeded(self) -> bool:
        return self._installed is not None and self._mitmachpool == "restart"
