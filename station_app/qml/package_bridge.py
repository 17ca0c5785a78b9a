"""Setting the station up from a station package on a USB stick, in the dashboard.

Wraps ``package_install`` (the same functions ``station-app install`` calls) in two steps:
``check(index)`` reads the tapped file and shows what it would change (or why it is
refused), ``confirm()`` installs it, ``cancel()`` leaves everything as it is. Reading the
stick, checking and writing run off the GUI thread; the audit entry is written on it. The
running kiosk keeps its configuration until the start screen shows next with nobody in the
flow (``qml/config_update.py``: a card in progress is never switched to another event), or
– in a kiosk that does not switch (``--config FILE``) – until it is started again:
``restartNeeded`` and ``restartText`` say so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.package_install import (
    CONTEXT,
    NOT_SAVED,
    CheckedPackage,
    InstalledPackage,
    InstalledRecord,
    PackageFile,
    PackageRefused,
    apply_package,
    check_package,
    find_package_files,
    installed_record,
    record_installed,
)
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.enrolment_bridge import usb_sticks
from station_app.qml.jobs import JobRunner
from station_app.qml.language import FollowsLanguage
from station_app.storage.audit import AuditLog
from station_app.texts import Message

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "PackageBridge"]

Checked = CheckedPackage | PackageRefused
Applied = InstalledPackage | PackageRefused


@QmlElement
@QmlUncreatable("PackageBridge is provided by the sync bridge")
class PackageBridge(QObject, FollowsLanguage):
    """Station packages on USB sticks: the preview of one, installing it, the outcome.

    Signals:
        filesChanged: the sticks were searched again (``files``, ``searching``).
        stateChanged: a check or install started or ended, or the wording changed.
        installed(stationId, configVersion): a package was installed.
        notice(text, isError): a line for the dashboard's status bar, in the UI language.
    """

    filesChanged = Signal()
    stateChanged = Signal()
    installed = Signal(str, int, arguments=["stationId", "configVersion"])
    notice = Signal(str, bool, arguments=["text", "isError"])

    def __init__(self, config: StationConfig, data_dir: Path, audit: AuditLog, *,
                 parent: QObject | None = None,
                 find_sticks: Callable[[], list[Path]] = usb_sticks) -> None:
        super().__init__(parent)
        self._config = config
        self._data_dir = data_dir
        self._audit = audit
        self._find_sticks = find_sticks
        self._files: list[PackageFile] = []
        self._searching = False
        self._busy = False
        self._checked: CheckedPackage | None = None
        self._installed: InstalledPackage | None = None
        self._problem: Message | None = None
        self._record: InstalledRecord | None = installed_record(data_dir)
        self._language = "de"
        self._jobs = JobRunner(parent=self)
        self._at_start_screen = False

    def apply_at_start_screen(self) -> None:
        """The running kiosk takes an installed package when the start screen shows next
        (no restart by hand)."""
        self._at_start_screen = True
        self.stateChanged.emit()

    def set_language(self, language: str) -> None:
        self._language = language
        self.stateChanged.emit()

    # --- finding ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Look for station packages on the USB sticks again, off the GUI thread."""
        if self._searching:
            return
        self._searching = True
        self.filesChanged.emit()
        self._jobs.run(lambda: find_package_files(self._find_sticks()), self._found,
                       self._not_found, "looking for station packages")

    def _found(self, files: list[PackageFile]) -> None:
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

    # --- checking and installing ------------------------------------------------------

    @Slot(int)
    def check(self, index: int) -> None:
        """Read the ``index``-th file of ``files`` and show what it would change."""
        if self._busy or not 0 <= index < len(self._files):
            return
        source = self._files[index].path
        self._start()
        self._jobs.run(lambda: self._checking(source), self._checked_out, self._crashed,
                       "checking a station package")

    def _checking(self, source: Path) -> Checked:
        try:
            return check_package(source, self._config, self._data_dir)
        except PackageRefused as refused:
            return refused

    def _checked_out(self, outcome: Checked) -> None:
        self._busy = False
        if isinstance(outcome, PackageRefused):
            self._refused(outcome)
            return
        self._checked = outcome
        self.stateChanged.emit()

    @Slot()
    def confirm(self) -> None:
        """Install the package shown in the preview."""
        checked = self._checked
        if self._busy or checked is None:
            return
        self._start()
        self._jobs.run(lambda: self._applying(checked), self._applied, self._crashed,
                       "installing a station package")

    def _applying(self, checked: CheckedPackage) -> Applied:
        try:
            return apply_package(checked, self._data_dir)
        except PackageRefused as refused:
            return refused

    def _applied(self, outcome: Applied) -> None:
        self._busy = False
        if isinstance(outcome, PackageRefused):
            self._refused(outcome)
            return
        record_installed(self._audit, outcome, "facilitator")
        self._installed = outcome
        self._record = installed_record(self._data_dir)
        self.stateChanged.emit()
        self.installed.emit(outcome.station_id, outcome.config_version)
        self.notice.emit(self.resultText, False)

    @Slot()
    def cancel(self) -> None:
        """Leave the previewed package uninstalled."""
        if self._busy:
            return
        self._checked = None
        self.stateChanged.emit()

    def _start(self) -> None:
        self._busy, self._checked, self._installed, self._problem = True, None, None, None
        self.stateChanged.emit()

    def _refused(self, refused: PackageRefused) -> None:
        self._problem = refused.message
        self.stateChanged.emit()
        self.notice.emit(self.resultText, True)

    def _crashed(self, _error: UserError) -> None:
        self._busy, self._problem = False, Message(CONTEXT, NOT_SAVED)
        self.stateChanged.emit()

    # --- what the dashboard shows -----------------------------------------------------

    @Property(str, notify=stateChanged)
    def currentText(self) -> str:
        """Which package the station has installed, in one line."""
        if self._record is None:
            return self.tr("Kein Stationspaket installiert: die Station läuft mit „%1“."
                           ).replace("%1", self._config.source.name)
        return self.tr("Installiert: Stationspaket für „%1“, Konfigurationsversion %2"
                       ).replace("%1", self._record.station_id).replace(
                           "%2", str(self._record.config_version))

    @Property(bool, notify=stateChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=stateChanged)
    def previewing(self) -> bool:
        """A checked package waits for "Übernehmen" or "Abbrechen"."""
        return self._checked is not None

    @Property(str, notify=stateChanged)
    def previewTitle(self) -> str:
        if self._checked is None:
            return ""
        return self.tr("„%1“ ändert an dieser Station:").replace(
            "%1", self._checked.source.name)

    @Property("QStringList", notify=stateChanged)
    def previewLines(self) -> list[str]:
        """What the checked package would change, one line each, in the UI language."""
        if self._checked is None:
            return []
        return [change.text(self._language) for change in self._checked.changes]

    @Property(bool, notify=stateChanged)
    def resultOk(self) -> bool:
        return self._installed is not None

    @Property(str, notify=stateChanged)
    def resultText(self) -> str:
        """What the last install did, or why not ('' before the first or while previewing)."""
        if self._problem is not None:
            return self.tr("Nicht übernommen: %1").replace(
                "%1", self._problem.text(self._language))
        if self._installed is None:
            return ""
        return self.tr("Übernommen: Station „%1“, %2, Konfigurationsversion %3").replace(
            "%1", self._installed.station_id).replace("%2", self._installed.event_name
                                                      ).replace(
            "%3", str(self._installed.config_version))

    @Property(bool, notify=stateChanged)
    def restartNeeded(self) -> bool:
        """The running kiosk still asks the old configuration's questions (until the start
        screen shows next, or until it is started again)."""
        return self._installed is not None

    @Property(str, notify=stateChanged)
    def restartText(self) -> str:
        """When the installed package takes effect ('' before an install)."""
        if self._installed is None:
            return ""
        if self._at_start_screen:
            return self.tr("Die Station fragt nach der neuen Konfiguration, sobald wieder der "
                           "Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).")
        return self.tr("Die Station fragt nach dem nächsten Start nach der neuen "
                       "Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.")
