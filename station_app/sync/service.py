"""One sync run on the station: seal what is pending, upload what is unacknowledged.

The command line, the background worker and the tests all call ``StationSync``. Progress is
per batch and lives in the database, so a run cut short by a crash, a power cut or a lost
network resumes with the next unacknowledged batch, re-sending exactly the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.enrolled import enrolment_path
from station_app.errors import UserError
from station_app.protocol.enrolment import Enrolment, read_enrolment
from station_app.protocol.files import atomic_write, batch_file_name
from station_app.protocol.signatures import SignatureError, sign_document, verify_signature
from station_app.storage.sync_state import BatchRecord, SyncLedger, SyncStatus
from station_app.sync.sealer import BatchSealer
from station_app.sync.transport import (
    BatchConflict,
    CollectorClient,
    RejectedError,
    TransientError,
    TransportError,
)

HEARTBEAT_SECONDS = 60
"""The least time between two heartbeats of one station (a live station syncs every few
seconds)."""


@dataclass
class SyncReport:
    """The outcome of one run."""

    sealed: int = 0
    acknowledged: int = 0
    cards_acknowledged: int = 0
    errors: list[str] = field(default_factory=list)
    transient: bool = False
    heartbeat_sent: bool = False
    update_version: int | None = None
    """A newer configuration the collector had, now waiting to be installed."""

    @property
    def ok(self) -> bool:
        return not self.errors


class NotEnrolled(UserError):
    """The station has no enrolment yet: batch files for a USB stick are the only way."""


def load_station_enrolment(config: StationConfig, data_dir: Path) -> Enrolment:
    """The enrolment for this station; ``NotEnrolled`` if there is none yet, ``UserError``
    if it is damaged or for another station."""
    path = enrolment_path(config, data_dir)
    if not path.exists():
        raise NotEnrolled(f"{path}: this station is not registered with a collection point "
                          "yet (install its enrolment or station package)")
    enrolment = read_enrolment(path)
    if enrolment.station_id != config.station.id:
        raise UserError(f"the enrolment file is for station {enrolment.station_id!r}, "
                        f"but this station is {config.station.id!r}")
    return enrolment


class StationSync:
    """Seals, uploads and writes batch files for one station database."""

    def __init__(self, config: StationConfig, db: sqlite_utils.Database,
                 enrolment: Enrolment, *, clock: Callable[[], dt.datetime] = utc_now,
                 client: CollectorClient | None = None, owns_db: bool = False,
                 data_dir: Path | None = None) -> None:
        """``data_dir``: the station's data folder (its heartbeat names the free space
        there and the installed configuration version)."""
        self._config = config
        self._data_dir = data_dir
        self._heartbeat_sent: dt.datetime | None = None
        self._db = db
        self._owns_db = owns_db
        self._enrolment = enrolment
        self._clock = clock
        self.ledger = SyncLedger(db)
        self.sealer = BatchSealer(config, db, enrolment.signing_key, clock)
        self.collector_url = config.sync.collector_url or enrolment.collector_url
        self._client = client
        self._seen_version: int | None = None

    def close(self) -> None:
        """Close the HTTP client (and the database, if this object opened it)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._owns_db:
            self._db.close()
            self._owns_db = False

    def status(self) -> SyncStatus:
        return self.ledger.status()

    @staticmethod
    def status_of(db: sqlite_utils.Database) -> SyncStatus:
        """The sync status of a station database, without needing its enrolment."""
        return SyncLedger(db).status()

    def _data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def has_news(self) -> bool:
        """Whether another connection committed to the station database since the last run
        began (the kiosk stored a card, a facilitator hid one): ``PRAGMA data_version``, no
        table read and no write, so the live worker may ask twice a second. This object's
        own writes do not count."""
        return self._data_version() != self._seen_version

    def _collector(self) -> CollectorClient:
        if self._client is None:
            if not self.collector_url:
                raise UserError("no collector URL: set [sync] collector_url or use an "
                                "enrolment file with one (or use 'sync --to-dir DIR')")
            self._client = CollectorClient(self.collector_url)
        return self._client

    def upload_once(self) -> SyncReport:
        """Seal what is pending, then upload every unacknowledged batch in sequence order.

        A network or server problem stops the run (the next run retries with backoff); a
        batch the collector refuses (a conflict, a contact it cannot open, …) is recorded
        with its reason and the remaining batches still go, so one bad batch never blocks
        the later ones. A batch sealed under an earlier enrolment is signed anew with the
        current key before it is sent (``collector add-station --replace``).
        """
        self._seen_version = self._data_version()  # what others commit from now on is news
        report = SyncReport(sealed=len(self.sealer.seal_pending()))
        try:
            client = self._collector()
        except UserError as error:
            report.errors.append(str(error))
            self.ledger.note_run(self._clock(), str(error))
            raise
        for batch in self.ledger.unacknowledged():
            if batch.document is None:  # cannot happen: only acknowledged batches drop it
                continue
            now = self._clock()
            document = self._signed_by_current_key(batch)
            try:
                ack = client.post_batch(document, self._config.station.id,
                                        self._enrolment.signing_key)
            except TransientError as error:
                self._fail(report, batch.batch_id, f"batch {batch.seq}: {error}")
                report.transient = True
                break
            except BatchConflict as error:
                self._fail(report, batch.batch_id, f"batch {batch.seq}: {error}")
                continue
            except RejectedError as error:
                self._fail(report, batch.batch_id, f"batch {batch.seq}: {error}")
                continue
            if ack.batch_id != batch.batch_id or ack.manifest_sha256 != batch.manifest_sha256:
                self._fail(report, batch.batch_id, f"batch {batch.seq}: the collector "
                           "acknowledged a different manifest; the batch will be sent again")
                report.transient = True
                continue
            self.ledger.note_attempt(batch.batch_id, now, None)
            # Sealed contacts are forgotten only once the collector has opened every one.
            opened = ack.contacts_opened is not None and ack.contacts_opened >= \
                batch.contact_count
            self.ledger.acknowledge(batch.batch_id, self._clock(), purge_contacts=opened)
            report.acknowledged += 1
            report.cards_acknowledged += batch.card_count
        self.ledger.note_run(self._clock(), report.errors[0] if report.errors else None)
        if not report.transient:
            self._send_heartbeat(client, report)
        return report

    def heartbeat_file(self, folder: Path) -> Path:
        from station_app.protocol.heartbeat import HEARTBEAT_SUFFIX

        return folder / f"{self._config.station.id}{HEARTBEAT_SUFFIX}"

    def heartbeat(self, last_error: str | None = None) -> bytes:
        """The station's signed heartbeat as of now (``protocol/heartbeat.py``)."""
        from station_app.protocol.heartbeat import build_heartbeat
        from station_app.sync.heartbeat import gather

        return build_heartbeat(gather(self._config, self._db, self._data_dir, self._clock(),
                                      last_error), self._enrolment.signing_key)

    def _send_heartbeat(self, client: CollectorClient, report: SyncReport) -> None:
        """After the batches, at most once every ``HEARTBEAT_SECONDS`` (a live station syncs
        every few seconds); a heartbeat that does not arrive is tried again next time and
        never fails the sync."""
        now = self._clock()
        if self._heartbeat_sent is not None and \
                (now - self._heartbeat_sent).total_seconds() < HEARTBEAT_SECONDS:
            return
        try:
            latest = client.post_heartbeat(self.heartbeat(report.errors[0] if report.errors
                                                          else ""))
        except TransportError:
            return
        self._heartbeat_sent = now
        report.heartbeat_sent = True
        self._take_update(client, latest, report)

    def _take_update(self, client: CollectorClient, latest: int, report: SyncReport) -> None:
        """A newer configuration at the collector: fetch its package, check it as
        ``station-app install`` would, and keep it as the pending update
        (``report.update_version``): the running kiosk takes it when its start screen shows
        next (``qml/config_update.py``), a kiosk started later before its first attendee."""
        if self._data_dir is None:
            return
        from station_app.installed_package import running_version
        from station_app.package_install import keep_pending, pending_version
        from station_app.protocol.package import build_request

        have = max(running_version(self._config, self._data_dir) or 0,
                   pending_version(self._data_dir) or 0)
        if latest <= have:
            return
        request = build_request(self._config.station.id, have, self._clock(),
                                self._enrolment.signing_key)
        try:
            raw = client.fetch_package(request)
        except TransportError as error:
            report.errors.append(f"configuration update: {error}")
            return
        if raw is None:
            return
        try:
            report.update_version = keep_pending(raw, self._config, self._data_dir)
        except UserError as error:
            report.errors.append(f"configuration update refused: {error}")

    def _signed_by_current_key(self, batch: BatchRecord) -> bytes:
        """The batch's bytes, signed anew if an earlier enrolment's key sealed them."""
        assert batch.document is not None
        document = json.loads(batch.document)
        key = self._enrolment.signing_key
        try:
            verify_signature(document, key.verify_key)
        except SignatureError:
            resigned = sign_document(document, key)
            self.ledger.replace_document(batch.batch_id, resigned)
            return resigned
        return batch.document

    def _fail(self, report: SyncReport, batch_id: str, message: str) -> None:
        report.errors.append(message)
        self.ledger.note_attempt(batch_id, self._clock(), message)

    def write_files(self, folder: Path) -> list[Path]:
        """Seal pending cards and write every unacknowledged batch as a file in ``folder``;
        returns those. The station's heartbeat goes beside them (``heartbeat_file``), so
        the office sees a station that syncs by USB stick only.

        Files are written atomically; cards stay pending until a collector acknowledges
        them over the network (a USB import cannot tell the station).
        """
        self.sealer.seal_pending()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(f"{folder}: cannot create the folder ({error.strerror})") from None
        atomic_write(self.heartbeat_file(folder), self.heartbeat())
        written = []
        for batch in self.ledger.unacknowledged():
            if batch.document is None:
                continue
            path = folder / batch_file_name(self._config.station.id, batch.seq, batch.batch_id)
            atomic_write(path, batch.document)
            self.ledger.note_written(batch.batch_id, str(path), self._clock())
            written.append(path)
        return written
