"""Batch files from a USB stick: each file imported or refused on its own, with the reason.

The same checks as an upload (``BatchIngest``), plus what a file can do that a request
cannot: be a device or a pipe, be huge, vanish, or be unreadable. A bad file never stops
the good ones, and nothing is read beyond the size limit. A venue hub's relay files
(``collector relay --to-dir``) are imported the same way, told apart by their content,
and so are the stations' heartbeat files (``sync --to-dir`` writes one beside the batches)
and a hub's decisions files.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from station_app.clock import utc_now
from station_app.collector.heartbeats import HeartbeatRefused, receive_heartbeat
from station_app.collector.hub_decisions import HubDecisions
from station_app.collector.ingest import BatchIngest, IngestError
from station_app.protocol.heartbeat import FORMAT as HEARTBEAT_FORMAT
from station_app.protocol.heartbeat import MAX_HEARTBEAT_BYTES
from station_app.protocol.hub_decisions import is_decisions_document
from station_app.protocol.relay import is_relay_document

MAX_FILE_BYTES = 32 * 1024 * 1024
"""The largest batch file (the same limit as an upload), and relay file."""


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: ``stored``, ``already-received``, ``heartbeat`` (a
    station's heartbeat, kept), ``decisions`` (a hub's decisions, applied) or
    ``refused``."""

    path: Path
    status: str
    message: str


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def refused(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == "refused")

    def summary(self) -> str:
        stored = sum(1 for outcome in self.outcomes if outcome.status == "stored")
        seen = sum(1 for outcome in self.outcomes if outcome.status == "already-received")
        beats = sum(1 for outcome in self.outcomes if outcome.status == "heartbeat")
        heartbeats = f", {beats} heartbeat(s)" if beats else ""
        decided = sum(1 for outcome in self.outcomes if outcome.status == "decisions")
        decisions = f", {decided} file(s) of a hub's decisions" if decided else ""
        return (f"{len(self.outcomes)} file(s): {stored} imported, {seen} received before"
                f"{heartbeats}{decisions}, {self.refused} refused")


def read_batch_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; ``ValueError`` with a reason for anything that is not a batch file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ValueError("not found") from None
    except OSError as error:
        raise ValueError(f"cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ValueError("is a folder, not a batch file")
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("is not a regular file (a device or a pipe)")
    if info.st_size > limit:
        raise ValueError(f"is too large ({info.st_size / 2**20:.1f} MB; at most "
                         f"{limit / 2**20:.0f} MB)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ValueError("is not a regular file (a device or a pipe)")
            data = handle.read(limit + 1)
    except OSError as error:
        raise ValueError(f"cannot be read ({error.strerror})") from None
    if len(data) > limit:
        raise ValueError(f"is too large (more than {limit / 2**20:.0f} MB)")
    return data


def is_heartbeat(raw: bytes) -> bool:
    """A station's heartbeat file (it travels beside the batch files on a stick)."""
    return HEARTBEAT_FORMAT.encode() in raw[:4096] and len(raw) <= MAX_HEARTBEAT_BYTES


def _heartbeat(ingest: BatchIngest, path: Path, raw: bytes) -> FileOutcome:
    try:
        heartbeat = receive_heartbeat(ingest.store, raw, utc_now(), by_file=True)
    except HeartbeatRefused as refused:
        return FileOutcome(path, "refused", f"{path}: refused heartbeat ({refused})")
    return FileOutcome(path, "heartbeat", f"{path.name}: heartbeat of station "
                       f"{heartbeat.station_id} ({heartbeat.sent_at.isoformat()})")


def _decisions(ingest: BatchIngest, path: Path, raw: bytes) -> FileOutcome:
    try:
        ack = HubDecisions(ingest).receive(raw, via="file")
    except IngestError as error:
        return FileOutcome(path, "refused", f"{path}: refused ({error})")
    refused = "".join(f"; {decision_id}: {reason}"
                      for decision_id, reason in list(ack.refused.items())[:3])
    return FileOutcome(path, "decisions", f"{path.name}: hub {ack.hub_id}: "
                       f"{len(ack.applied)} decision(s) applied, {len(ack.already)} applied "
                       f"before, {len(ack.refused)} refused{refused}")


def import_batch_files(ingest: BatchIngest, paths: list[Path],
                       limit: int = MAX_FILE_BYTES) -> ImportReport:
    """Import every file on its own; the report says what happened to each. A hub's
    decisions files come after all the others, so that their cards are there."""
    report = ImportReport()
    later: list[tuple[Path, bytes]] = []
    for path in paths:
        try:
            raw = read_batch_file(path, limit)
        except ValueError as error:
            report.outcomes.append(FileOutcome(path, "refused", f"{path}: {error}"))
            continue
        if is_heartbeat(raw):
            report.outcomes.append(_heartbeat(ingest, path, raw))
            continue
        if is_decisions_document(raw):
            later.append((path, raw))
            continue
        try:
            if is_relay_document(raw):
                result = ingest.ingest_relay(raw, via="file")
            else:
                result = ingest.ingest(raw, via="file")
        except IngestError as error:
            report.outcomes.append(FileOutcome(path, "refused", f"{path}: refused ({error})"))
            continue
        where = f"{path.name}: station {result.station_id} batch {result.seq}"
        if result.status == "stored":
            message = (f"{where}: {result.cards_stored} card(s) stored, "
                       f"{result.cards_already_present} already present")
        else:
            message = f"{where}: received before, nothing changed"
        report.outcomes.append(FileOutcome(path, result.status, message))
    for path, raw in later:
        report.outcomes.append(_decisions(ingest, path, raw))
    return report
