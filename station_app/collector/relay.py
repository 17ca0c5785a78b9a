"""A venue's hub forwards its stations' batches to the city's collector.

The hub is enrolled at the city like a station (``collector add-station HUB-ID`` there; its
enrolment file names the hub, holds the hub's signing key, the city's public key and URL).
For every batch the city has not acknowledged yet, the hub sends a ``station-relay/1``
document (``protocol/relay.py``): the station's batch exactly as the station signed it,
the hub's registration of the station's key, and the batch's Mitmachpool contacts sealed
anew for the city's key, all signed with the hub's key. The city checks the station's own
signature, so the hub can forge no card; it stores each card once by its UUID, whichever
way it arrives (relayed, synced by the station, imported from a USB stick).

Progress is per batch in the hub's database (``relay_outbox``): a run cut short by a
crash or a lost network resumes with the next unacknowledged batch, and a batch the city
refuses (a conflict) is recorded with its reason while the others still go.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.public

from station_app.clock import utc_now
from station_app.collector.database import database_errors
from station_app.collector.relay_client import (
    RelayClient,
    RelayConflict,
    RelayError,
    RelayRefused,
    RelayTransient,
)
from station_app.collector.relay_decisions import acknowledge, pending_decisions
from station_app.collector.relay_outbox import OutboxBatch, RelayOutbox
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.canonical import b64encode
from station_app.protocol.enrolment import Enrolment, read_enrolment
from station_app.protocol.files import atomic_write
from station_app.protocol.hub_decisions import (
    MAX_DECISIONS,
    decisions_document,
    decisions_file_name,
)
from station_app.protocol.relay import relay_document, relay_file_name
from station_app.protocol.signatures import sign_document


def load_target(path: Path, url: str | None = None) -> tuple[Enrolment, str]:
    """The hub's enrolment at the city and the city's URL (``url``, else the file's);
    ``UserError`` in one line."""
    enrolment = read_enrolment(path)
    target = (url or enrolment.collector_url).rstrip("/")
    if not target:
        raise UserError(f"{path}: names no URL of the city's collector (give --to URL)")
    if not target.startswith(("http://", "https://")):
        raise UserError("the city's URL must start with http:// or https://")
    return enrolment, target


class Backoff:
    """Delays after consecutive failures: ``base * 2**(n-1)`` up to ``cap``, with equal
    jitter (half fixed, half random), so hubs coming back online spread out."""

    def __init__(self, base: float = 1.0, cap: float = 60.0,
                 rng: random.Random | None = None) -> None:
        if base <= 0 or cap < base:
            raise ValueError("need 0 < base <= cap")
        self.base, self.cap = base, cap
        self._rng = rng or random.Random()

    def delay(self, failures: int) -> float:
        ceiling = min(self.cap, self.base * 2 ** min(max(failures - 1, 0), 30))
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)


@dataclass
class RelayReport:
    """The outcome of one run: batches the city acknowledged, problems one line each."""

    relayed: int = 0
    cards: int = 0
    errors: list[str] = field(default_factory=list)
    transient: bool = False
    pending: int = 0
    decisions: int = 0
    """Decisions of the hub's own office the city holds now (applied or known before)."""

    @property
    def ok(self) -> bool:
        return not self.errors


def _where(batch: OutboxBatch) -> str:
    return f"batch {batch.seq} of {batch.station_id}"


class HubRelay:
    """Relays one hub database to one city collector."""

    def __init__(self, store: CollectorStore, enrolment: Enrolment, url: str, *,
                 client: RelayClient | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.outbox = RelayOutbox(store)
        self.enrolment = enrolment
        self.url = url
        self._client = client
        self._clock = clock
        self._city_box = nacl.public.SealedBox(enrolment.collector_public_key)
        if store.station(enrolment.station_id) is not None:
            raise UserError(f"{enrolment.station_id!r} is a station of this hub; the hub's "
                            "enrolment at the city needs an id of its own")
        store.mark_hub(clock())

    @property
    def hub_id(self) -> str:
        return self.enrolment.station_id

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def envelope(self, batch: OutboxBatch) -> bytes:
        """The signed relay document for one kept batch."""
        document = batch.parsed()
        hub_box = nacl.public.SealedBox(self.store.private_key())
        contacts = []
        for contact in document["contacts"]:
            try:  # the hub opened every one when it stored the batch
                opened = hub_box.decrypt(base64.b64decode(contact["sealed"]))
            except nacl.exceptions.CryptoError:
                raise UserError(f"{_where(batch)}: a Mitmachpool contact does not open with "
                                "this hub's key (another database's batch?)") from None
            contacts.append({"uuid": contact["uuid"],
                             "sealed": b64encode(self._city_box.encrypt(opened))})
            del opened
        registration = {"station_id": batch.station_id, "verify_key": batch.verify_key,
                        "enrolled_at": batch.enrolled_at}
        unsigned = relay_document(self.hub_id, self._clock().astimezone(dt.UTC).isoformat(),
                                  registration, document, contacts)
        return sign_document(unsigned, self.enrolment.signing_key)

    def _client_for_city(self) -> RelayClient:
        if self._client is None:
            self._client = RelayClient(self.url)
        return self._client

    def relay_once(self) -> RelayReport:
        """Send every unacknowledged batch in the order it reached the hub.

        A network or server problem ends the run (the next one retries with backoff); a
        conflict or another refusal of one batch is recorded with its reason and the
        others still go, except when the city refuses the hub itself (then every batch
        would be refused the same way: one line, and the run ends).
        """
        report = RelayReport()
        client = self._client_for_city()
        for waiting in self.outbox.pending():
            batch = self.outbox.get(waiting.batch_id)
            if batch is None or batch.document is None:
                continue  # acknowledged meanwhile (by another relay of this database)
            body = self.envelope(batch)
            try:
                ack = client.post(body, self.hub_id, self.enrolment.signing_key)
            except RelayTransient as error:
                self._fail(report, batch, str(error))
                report.transient = True
                break
            except RelayConflict as error:
                self._fail(report, batch, str(error))
                continue
            except RelayRefused as error:
                if error.status in (401, 403) and (self.hub_id in str(error)
                                                   or "upload's signature" in str(error)):
                    self._fail(report, batch, f"{error} (enrol this hub at the city: "
                               f"'collector add-station {self.hub_id}' there, and give its "
                               "file with --enrolment)")
                    break
                self._fail(report, batch, str(error))
                continue
            document = batch.parsed()
            if ack.batch_id != batch.batch_id or \
                    ack.manifest_sha256 != document["manifest_sha256"]:
                self._fail(report, batch, "the city acknowledged a different batch; it will "
                           "be sent again")
                report.transient = True
                continue
            self.outbox.note_attempt(batch.batch_id, self._clock(), None)
            opened = ack.contacts_opened >= batch.contact_count
            self.outbox.acknowledge(batch.batch_id, self._clock(), ack.status, [
                contact["uuid"] for contact in document["contacts"]] if opened else [])
            report.relayed += 1
            report.cards += batch.card_count
        if not report.transient:
            self._relay_decisions(client, report)
        report.pending = len(self.outbox.pending())
        return report

    def decisions_document(self, decisions: list[dict[str, Any]]) -> bytes:
        """The signed ``hub-decisions/1`` document for some of the hub office's decisions."""
        created = self._clock().astimezone(dt.UTC).isoformat()
        return sign_document(decisions_document(self.hub_id, created, decisions),
                             self.enrolment.signing_key)

    def _relay_decisions(self, client: RelayClient, report: RelayReport) -> None:
        """After the batches: the decisions of the hub's own office, a document at a time,
        until none is left that the city has not answered in this run."""
        answered: set[str] = set()
        while True:
            decisions = [d for d in pending_decisions(self.store) if d["id"] not in answered]
            if not decisions:
                return
            try:
                answer = client.post_decisions(self.decisions_document(decisions),
                                               self.hub_id, self.enrolment.signing_key)
            except RelayTransient as error:
                report.errors.append(f"the hub's decisions: {error}")
                report.transient = True
                return
            except RelayError as error:
                report.errors.append(f"the hub's decisions: {error}")
                return
            acknowledge(self.store, answer.applied, answer.refused, self._clock())
            report.decisions += len(answer.applied)
            for decision_id, reason in answer.refused.items():
                report.errors.append(f"decision {decision_id}: {reason}")
            answered.update(d["id"] for d in decisions)

    def _fail(self, report: RelayReport, batch: OutboxBatch, problem: str) -> None:
        message = f"{_where(batch)}: {problem}"
        report.errors.append(message)
        self.outbox.note_attempt(batch.batch_id, self._clock(), message)

    def write_files(self, folder: Path) -> list[Path]:
        """Write every unacknowledged batch as a relay file into ``folder`` (each file
        atomically), and the decisions of the hub's own office in decisions files. All
        stay pending: a USB stick cannot tell the hub that the city imported them, so the
        next relay over the network sends them again and the city answers "already
        received"."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(f"{folder}: cannot create the folder ({error.strerror})") from None
        written = []
        for waiting in self.outbox.pending():
            batch = self.outbox.get(waiting.batch_id)
            if batch is None or batch.document is None:
                continue
            path = folder / relay_file_name(self.hub_id, batch.station_id, batch.seq,
                                            batch.batch_id)
            atomic_write(path, self.envelope(batch))
            self.outbox.note_written(batch.batch_id, str(path))
            written.append(path)
        decisions = pending_decisions(self.store, limit=1_000_000, after_batches=False)
        for start in range(0, len(decisions), MAX_DECISIONS):
            chunk = decisions[start:start + MAX_DECISIONS]
            body = self.decisions_document(chunk)
            path = folder / decisions_file_name(self.hub_id, chunk[0]["at"], chunk[0]["id"])
            atomic_write(path, body)
            written.append(path)
        return written


def relay_with_retries(relay: HubRelay, attempts: int = 5, backoff: Backoff | None = None,
                       wait: Callable[[float], object] | None = None) -> RelayReport:
    """Relay until nothing is pending or a run fails for a reason retrying cannot fix;
    network problems are retried up to ``attempts`` times with backoff."""
    backoff = backoff or Backoff()
    wait = wait or threading.Event().wait
    failures = 0
    while True:
        report = relay.relay_once()
        if not report.transient:
            return report
        failures += 1
        if failures >= attempts:
            return report
        wait(backoff.delay(failures))


def relay_loop(make_relay: Callable[[], HubRelay], stop: threading.Event,
               interval: float = 5.0, backoff: Backoff | None = None,
               say: Callable[[str], None] = print) -> None:
    """Relay until ``stop`` is set: every ``interval`` seconds while all goes well, with
    backoff after a network problem. Each new problem is said once (one line), not again
    on every retry; a problem in the hub's own database ends the loop with one line."""
    backoff = backoff or Backoff(base=min(1.0, interval), cap=max(60.0, interval))
    failures = 0
    said: set[str] = set()
    try:
        relay = make_relay()
    except UserError as error:
        say(f"relay: {error}")
        return
    try:
        while not stop.is_set():
            try:
                report = relay.relay_once()
            except UserError as error:
                say(f"relay: {error}")
                return
            except database_errors() as error:  # the hub's database busy or full: try again
                report = RelayReport(errors=[f"the hub's database: {error}"], transient=True)
            for line in report.errors:
                if line not in said:
                    said.add(line)
                    say(f"relay: {line}")
            if report.relayed or report.decisions:
                said.clear()
                say(f"relay: {report.relayed} batch(es) with {report.cards} card(s) "
                    f"acknowledged by the city, {report.pending} pending"
                    + (f"; {report.decisions} decision(s) of this hub's office"
                       if report.decisions else ""))
            failures = failures + 1 if report.transient else 0
            stop.wait(backoff.delay(failures) if failures else interval)
    finally:
        relay.close()
