"""A station's core services, built once from its configuration and data directory.

The command line and the kiosk (``app.py``) both start from ``Station.open`` and then use
the same services, so every path through the product shares one code path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from station_app.clock import utc_now
from station_app.config import StationConfig, load_config
from station_app.contacts import ContactPool
from station_app.enrolled import with_enrolled_key
from station_app.errors import DamagedDatabase
from station_app.facilitator_pin import FacilitatorPin
from station_app.intake import CardIntake
from station_app.labels import LabelBook
from station_app.paths import database_path, default_config_path, default_data_dir
from station_app.statistics import CardStatistics
from station_app.storage import (
    AuditLog,
    CardArchive,
    SessionBook,
    open_database,
    write_transaction,
)
from station_app.storage.contacts import ContactStore
from station_app.storage.database import quick_check, set_aside
from station_app.storage.moderation import Moderation
from station_app.storage.state import StationState


@dataclass
class Station:
    """Configuration, database and the services on top of them.

    The kiosk's bridges, the command line and the tests all use these services; none of
    them opens the database or builds a service of its own.
    """

    config: StationConfig
    data_dir: Path
    db: sqlite_utils.Database
    labels: LabelBook
    sessions: SessionBook
    archive: CardArchive
    contacts: ContactPool
    intake: CardIntake
    audit: AuditLog
    state: StationState
    pin: FacilitatorPin
    moderation: Moderation
    statistics: CardStatistics
    set_aside: Path | None = None
    """A damaged database this start renamed out of the way (its cards need recovering)."""

    @classmethod
    def open(cls, config_path: Path | None = None, data_dir: Path | None = None,
             clock: Callable[[], dt.datetime] = utc_now) -> Station:
        """Load and validate the configuration, then open (and migrate) the database."""
        return cls.open_with(load_config(config_path or default_config_path()), data_dir, clock)

    @classmethod
    def open_with(cls, config: StationConfig, data_dir: Path | None = None,
                  clock: Callable[[], dt.datetime] = utc_now, *,
                  set_aside_damaged: bool = False) -> Station:
        """Open (and migrate) the database for an already loaded configuration.

        With ``set_aside_damaged`` (the kiosk: it must keep taking cards) a database that
        is not a database any more, or fails its quick check, is renamed out of the way –
        never written into, never deleted – and a fresh one takes the cards from then on;
        ``set_aside`` names the old file for the facilitator.
        """
        data_dir = data_dir or default_data_dir()
        config = with_enrolled_key(config, data_dir)
        path = database_path(data_dir)
        set_aside_at: Path | None = None
        try:
            db = open_database(path)
            problem = quick_check(db) if set_aside_damaged else None
            if problem is not None:
                db.close()
                raise DamagedDatabase(f"{path}: the database is damaged ({problem})")
        except DamagedDatabase:
            if not set_aside_damaged:
                raise
            set_aside_at = set_aside(path, clock())
            db = open_database(path)
        from station_app.installed_package import running_version

        station = cls.assemble(config, data_dir, db, clock,
                               config_version=running_version(config, data_dir))
        if set_aside_at is not None:
            station.set_aside = set_aside_at
            station.audit.record("kiosk", "database.set_aside", {"file": set_aside_at.name})
        return station

    @classmethod
    def assemble(cls, config: StationConfig, data_dir: Path, db: sqlite_utils.Database,
                 clock: Callable[[], dt.datetime] = utc_now, *,
                 config_version: int | None = None) -> Station:
        """Build the services over an already open database (tests use ``:memory:``);
        ``config_version``: the station package's version of ``config`` (cards record it)."""
        sessions = SessionBook(db, config.station.id, config.event.name, clock)
        archive = CardArchive(db, config_version)
        audit = AuditLog(db, clock)
        state = StationState(db)
        contacts = ContactPool(config.contact, config.station.id, sessions, ContactStore(db),
                               clock)
        intake = CardIntake(config, sessions, archive, clock, contacts=contacts, audit=audit,
                            transaction=lambda: write_transaction(db))
        return cls(
            config=config, data_dir=data_dir, db=db, labels=LabelBook(config),
            sessions=sessions, archive=archive, contacts=contacts, intake=intake, audit=audit,
            state=state, pin=FacilitatorPin(state, audit, clock),
            moderation=Moderation(db, audit), statistics=CardStatistics(db, config),
        )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
