"""Exports from the dashboard: pick a USB stick or the data folder, write off the GUI thread.

There is no file dialog: the facilitator chooses a format and one of ``export_targets``; the
file name is made up from station, session and time. The export runs in a ``QThreadPool``
worker and reports back with ``finished`` or ``failed``, so the dashboard stays responsive
while a large PDF is laid out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QLocale, QObject, QThreadPool, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.errors import UserError
from station_app.export import FORMATS
from station_app.export.exporter import Exporter, ExportResult
from station_app.export.problems import export_problem
from station_app.export.targets import ExportTarget, export_targets
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.jobs import JobRunner

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ExportBridge"]

@QmlElement
@QmlUncreatable("ExportBridge is provided by the facilitator bridge")
class ExportBridge(QObject):
    """Export formats, targets and the running export.

    Target labels and free space are worded in the UI language (``set_language``); the
    failure reasons of the core (``UserError``) are worded in the UI language
    (``export/problems.py``).

    Signals:
        targetsChanged: the list of drives changed (after ``refreshTargets``) or its
            wording (language).
        busyChanged: an export started or ended.
        finished(path, cards, hidden): the file is complete on the target.
        failed(reason): nothing (or the previous file) is on the target; ``reason`` says why.
    """

    targetsChanged = Signal()
    busyChanged = Signal()
    finished = Signal(str, int, int, arguments=["path", "cards", "hidden"])
    failed = Signal(str, arguments=["reason"])

    def __init__(self, exporter: Exporter, data_dir: Path,
                 pool: QThreadPool | None = None, parent: QObject | None = None,
                 find_targets: Callable[[Path], list[ExportTarget]] = export_targets) -> None:
        super().__init__(parent)
        self._exporter = exporter
        self._data_dir = data_dir
        self._jobs = JobRunner(pool, self)
        self._find_targets = find_targets
        self._targets: list[ExportTarget] = []
        self._language = "de"
        self._busy = False
        self.refreshTargets()

    @Property("QStringList", constant=True)
    def formats(self) -> list[str]:
        return list(FORMATS)

    @Property("QVariantList", notify=targetsChanged)
    def targets(self) -> list[dict]:
        return [{"label": self._label(t), "path": str(t.path), "removable": t.removable,
                 "free": self._free(t), "writable": t.writable} for t in self._targets]

    def set_language(self, language: str) -> None:
        """Word the targets for ``language``."""
        self._language = language
        self.targetsChanged.emit()

    def _label(self, target: ExportTarget) -> str:
        if target.removable:
            return self.tr("USB-Stick „%1“").replace("%1", target.name)
        return self.tr("Datenordner der Station")

    def _free(self, target: ExportTarget) -> str:
        """Free space with the language's decimal separator: ``15,4 GB frei``."""
        locale = QLocale(self._language)
        gigabytes = target.free_bytes / 1e9
        if gigabytes >= 1:
            return self.tr("%1 GB frei").replace("%1", locale.toString(gigabytes, "f", 1))
        return self.tr("%1 MB frei").replace(
            "%1", locale.toString(target.free_bytes / 1e6, "f", 0))

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def refreshTargets(self) -> None:
        """Look for USB sticks again (the facilitator just plugged one in)."""
        self._targets = self._find_targets(self._data_dir)
        self.targetsChanged.emit()

    @Slot(str, int, int, bool, result=bool)
    def start(self, fmt: str, target_index: int, session_id: int, all_sessions: bool) -> bool:
        """Begin writing; ``session_id`` < 0 means the current session. False if refused."""
        if self._busy:
            self.failed.emit(self.tr("Es läuft schon ein Export."))
            return False
        if fmt not in FORMATS or not 0 <= target_index < len(self._targets):
            self.failed.emit(self.tr("Bitte ein Format und ein Ziel wählen."))
            return False
        target = self._targets[target_index]
        session = session_id if session_id >= 0 else None
        try:
            scope = self._exporter.scope(session, all_sessions)
        except UserError as error:
            self.failed.emit(self._worded(error))
            return False
        path = target.path / self._exporter.suggested_name(fmt, scope)
        self._set_busy(True)
        self._jobs.run(lambda: self._exporter.write(fmt, path, session_id=session,
                                                    all_sessions=all_sessions,
                                                    actor="facilitator"),
                       self._on_done, self._on_error, "export")
        return True

    def _on_done(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.finished.emit(str(result.path), result.cards, result.hidden)

    def _on_error(self, error: UserError) -> None:
        self._set_busy(False)
        self.failed.emit(self._worded(error))

    def _worded(self, error: UserError) -> str:
        message = export_problem(error)
        return message.text(self._language) if message is not None else str(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
