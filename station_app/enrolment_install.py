"""Installing the station's enrolment file: from the command line, or from a USB stick.

``station-app sync --install-enrolment FILE`` and the dashboard's "Einrichtung" section
both call ``install_enrolment``: the file is checked (an enrolment, undamaged, for this
station) and copied to where the station looks for it (``enrolled.enrolment_path``),
atomically and readable by its owner only. The dashboard lists candidates on the mounted
USB sticks with ``find_enrolment_files``.

A refusal is an ``EnrolmentRefused``: its ``str()`` is the technical sentence the command
line prints, its ``message`` the catalogue's words for the dashboard.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from station_app.config import StationConfig
from station_app.enrolled import enrolment_path
from station_app.errors import UserError
from station_app.texts import QT_TRANSLATE_NOOP, Message, WordedError

if TYPE_CHECKING:
    from station_app.protocol.enrolment import Enrolment
    from station_app.storage.audit import AuditLog

CONTEXT = "EnrolmentProblem"
NOT_READABLE = QT_TRANSLATE_NOOP("EnrolmentProblem", "„%1“ lässt sich nicht lesen – ist der "
                                 "USB-Stick noch eingesteckt?")
NOT_ENROLMENT = QT_TRANSLATE_NOOP("EnrolmentProblem", "„%1“ ist keine Anmeldedatei einer "
                                  "Sammelstelle")
DAMAGED = QT_TRANSLATE_NOOP("EnrolmentProblem", "Die Anmeldedatei „%1“ ist beschädigt: bitte "
                            "bei der Sammelstelle neu erstellen lassen")
OTHER_STATION = QT_TRANSLATE_NOOP("EnrolmentProblem", "Die Anmeldedatei „%1“ gehört zur "
                                  "Station „%2“, diese Station ist „%3“")
NOT_SAVED = QT_TRANSLATE_NOOP("EnrolmentProblem", "Die Anmeldung ließ sich auf der Station "
                              "nicht speichern")

MAX_FILE_BYTES = 64 * 1024
"""An enrolment file is well under 1 KiB; anything this large is something else."""

Mitmachpool = Literal["off", "ready", "restart", "configured"]


class EnrolmentRefused(WordedError):
    """The file was not installed; the station keeps the enrolment it had."""


@dataclass(frozen=True)
class EnrolmentFile:
    """A candidate on a USB stick: the file and the stick it is on (its mount's name)."""

    path: Path
    stick: str


@dataclass(frozen=True)
class InstalledEnrolment:
    """What was installed, and where."""

    station_id: str
    collector_url: str
    collector_public_key: str
    """Base64, for the Mitmachpool."""
    source: Path
    target: Path


def find_enrolment_files(mounts: Iterable[Path], depth: int = 2) -> list[EnrolmentFile]:
    """Enrolment files on the given sticks: JSON files named like ``collector add-station``
    names them (``enrolment-ID.json``), or small JSON files that say they are one, in the
    stick's top folder or ``depth - 1`` folders below. Batch files are left out."""
    found: list[EnrolmentFile] = []
    for mount in mounts:
        for path in _json_files(mount, depth):
            if _looks_like_enrolment(path):
                found.append(EnrolmentFile(path, mount.name))
    return found


def _json_files(folder: Path, depth: int) -> list[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        return []
    files: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_file() and entry.suffix.lower() == ".json" \
                    and not entry.name.lower().endswith(".batch.json"):
                files.append(entry)
            elif depth > 1 and entry.is_dir() and not entry.is_symlink():
                files.extend(_json_files(entry, depth - 1))
        except OSError:
            continue
    return files


def _looks_like_enrolment(path: Path) -> bool:
    if "enrol" in path.name.lower():
        return True
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return False
        with path.open("rb") as file:
            return b"station-enrolment/" in file.read(MAX_FILE_BYTES)
    except OSError:
        return False


def install_enrolment(config: StationConfig, data_dir: Path, source: Path, *,
                      audit: AuditLog | None = None, actor: str = "cli") -> InstalledEnrolment:
    """Check ``source`` and install it as this station's enrolment (atomic, owner-only).

    ``EnrolmentRefused`` when it is unreadable, not an enrolment, damaged, for another
    station, or cannot be saved; then the installed enrolment (if any) is unchanged.
    """
    from station_app.protocol.enrolment import read_enrolment, write_enrolment

    try:
        enrolment = read_enrolment(source)
    except UserError as error:
        raise EnrolmentRefused(str(error), Message(CONTEXT, _why_unusable(source),
                                                   (source.name,))) from None
    if enrolment.station_id != config.station.id:
        raise EnrolmentRefused(
            f"{source} is for station {enrolment.station_id!r}, but this station is "
            f"{config.station.id!r}",
            Message(CONTEXT, OTHER_STATION,
                    (source.name, enrolment.station_id, config.station.id)))
    target = enrolment_path(config, data_dir)
    try:
        write_enrolment(enrolment, target)  # atomic, readable by its owner only
    except UserError as error:
        raise EnrolmentRefused(str(error), Message(CONTEXT, NOT_SAVED)) from None
    installed = _installed(enrolment, source, target)
    if audit is not None:
        record_installed(audit, installed, actor)
    return installed


def _why_unusable(source: Path) -> str:
    """Which words fit a file ``read_enrolment`` refused: unreadable, not an enrolment at
    all, or an enrolment that is damaged (it says it is one, but does not parse or check)."""
    from station_app.protocol.enrolment import FORMAT

    try:
        with source.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES)
    except OSError:
        return NOT_READABLE
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("format") == FORMAT:
        return DAMAGED
    return DAMAGED if FORMAT.encode() in raw else NOT_ENROLMENT


def record_installed(audit: AuditLog, installed: InstalledEnrolment, actor: str) -> None:
    """The audit entry for an installed enrolment (never the key itself)."""
    audit.record(actor, "enrolment.install", {
        "station_id": installed.station_id, "collector_url": installed.collector_url,
        "file": installed.source.name})


def _installed(enrolment: Enrolment, source: Path, target: Path) -> InstalledEnrolment:
    return InstalledEnrolment(enrolment.station_id, enrolment.collector_url,
                              enrolment.collector_public_key_b64, source, target)


def mitmachpool_after(config: StationConfig, installed: InstalledEnrolment,
                      running_key: str) -> Mitmachpool:
    """What the installed enrolment means for the Mitmachpool step of a running kiosk.

    ``off``: switched off in the configuration. ``configured``: the configuration file names
    another collector's key, which wins (contacts could not be opened by this collector).
    ``ready``: the kiosk already seals for this collector. ``restart``: the step seals for
    this collector after the kiosk is started again (its key is read at start).
    """
    if not config.contact.enabled:
        return "off"
    configured = configured_contact_key(config)
    if configured and configured != installed.collector_public_key:
        return "configured"
    return "ready" if running_key.strip() == installed.collector_public_key else "restart"


def configured_contact_key(config: StationConfig) -> str:
    """The collector key the configuration file itself names ('' when it leaves it to the
    enrolment); the loaded configuration may carry the enrolment's key instead."""
    from station_app.config import load_config

    if config.source.name == "<memory>" or not config.source.is_file():
        return ""
    try:
        return load_config(config.source).contact.collector_public_key.strip()
    except UserError:
        return ""


def current_enrolment(config: StationConfig, data_dir: Path) -> tuple[str, str] | None:
    """(station id, collector URL) of the installed enrolment, read lightly for display
    (no key checks: sync and ``check`` do those); None when there is none."""
    try:
        data = json.loads(enrolment_path(config, data_dir).read_text(encoding="utf-8"))
        station_id, url = data["station_id"], data.get("collector_url", "")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(station_id, str) or not isinstance(url, str):
        return None
    return station_id, url.rstrip("/")
