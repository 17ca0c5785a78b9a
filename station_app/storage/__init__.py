"""SQLite storage through sqlite-utils. The only package that speaks SQL."""

from station_app.storage.audit import AuditEntry, AuditLog
from station_app.storage.cards import CardArchive, card_from_row
from station_app.storage.database import integrity_problems, open_database, write_transaction
from station_app.storage.sessions import Session, SessionBook

__all__ = [
    "AuditEntry",
    "AuditLog",
    "CardArchive",
    "Session",
    "SessionBook",
    "card_from_row",
    "integrity_problems",
    "open_database",
    "write_transaction",
]
