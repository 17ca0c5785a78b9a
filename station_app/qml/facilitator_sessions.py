"""The dashboard's session list: every session of the station, newest first, with counts.

Also home of ``local_time``, the dashboard's way of writing a moment in the UI language.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.choices import DISPLAY_ROLE, USER_ROLE
from station_app.storage.cards import CardArchive
from station_app.storage.sessions import Session, SessionBook

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SessionListModel", "SessionRole",
           "local_time"]


class SessionRole(IntEnum):
    """The roles a delegate can bind to."""

    SessionId = USER_ROLE + 1
    Name = USER_ROLE + 2
    OpenedAt = USER_ROLE + 3
    ClosedAt = USER_ROLE + 4
    IsOpen = USER_ROLE + 5
    CardCount = USER_ROLE + 6


_ROLE_NAMES = {
    SessionRole.SessionId: b"sessionId", SessionRole.Name: b"name",
    SessionRole.OpenedAt: b"openedAt", SessionRole.ClosedAt: b"closedAt",
    SessionRole.IsOpen: b"isOpen", SessionRole.CardCount: b"cardCount",
}


def local_time(moment: dt.datetime | None, pattern: str, language: str) -> str:
    """``moment`` in the station's local time as a Qt date ``pattern`` writes it in
    ``language`` (month names, digits); '' for no moment.

    The patterns themselves are translated strings (German ``dd.MM.yyyy HH:mm``, English
    ``d MMM yyyy HH:mm``), so a language without a translation keeps the German form.
    """
    if moment is None:
        return ""
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))
    return QLocale(language).toString(when, pattern)


def _when(session: Session, language: str, closed: bool = False) -> str:
    #: A Qt date format (QDateTime::toString): when a session opened or closed. Keep the
    #: time (HH:mm) last: the list shows only those five characters of the closing time.
    pattern = QCoreApplication.translate("SessionListModel", "dd.MM.yyyy HH:mm")
    return local_time(session.closed_at if closed else session.opened_at, pattern, language)


@QmlElement
@QmlUncreatable("SessionListModel is provided by the facilitator bridge")
class SessionListModel(QAbstractListModel):
    """Sessions newest first.

    Signals:
        countChanged: the number of sessions changed.

    Times are written in the UI language (``set_language``).
    """

    countChanged = Signal()

    def __init__(self, sessions: SessionBook, archive: CardArchive,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._archive = archive
        self._rows: list[tuple[Session, int]] = []
        self._language = "de"

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        session, count = self._rows[index.row()]
        values = {
            SessionRole.SessionId: session.id, SessionRole.Name: session.name,
            SessionRole.OpenedAt: _when(session, self._language),
            SessionRole.ClosedAt: _when(session, self._language, closed=True),
            SessionRole.IsOpen: session.is_open, SessionRole.CardCount: count,
        }
        if role == DISPLAY_ROLE:
            return session.name
        return values.get(role)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def set_language(self, language: str) -> None:
        """Write the times for ``language`` (the rows stay)."""
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [SessionRole.OpenedAt, SessionRole.ClosedAt])

    @Slot()
    def reload(self) -> None:
        before = len(self._rows)
        self.beginResetModel()
        self._rows = [(s, self._archive.count(s.id)) for s in reversed(self._sessions.all())]
        self.endResetModel()
        if before != len(self._rows):
            self.countChanged.emit()
