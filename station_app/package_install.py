"""Installing a station package: from the command line, or from a USB stick.

``station-app install FILE`` and the dashboard's "Einrichtung" section share this.
``check_package`` reads the file and refuses it – a ``PackageRefused``, the station
unchanged – when it is not a package, damaged, tampered with, signed by another collector
than the one the station is enrolled at, for another station, or not newer than the
installed configuration; otherwise it says what would change (``CheckedPackage.changes``).
``apply_package`` then writes, into the data directory: the enrolment (when the package
brings keys), the configuration (``paths.installed_config_path``, which ``station-app run``
uses from then on), and last the record of what is installed (``station-package.json``,
no secrets), each file atomically; a failure puts back the files already written.

The station's identity, against which a package is checked: the installed package's
station, else the installed enrolment's, else the station of a configuration file given
with ``--config``; a fresh station (the embedded demo, nothing installed) takes any.

Like ``EnrolmentRefused``, a ``PackageRefused`` has the technical English sentence the
command line prints as ``str()`` and the catalogue's words for the dashboard as
``message``. The preview's lines are ``Change`` values, worded in any UI language
(``Change.text``; the command line prints them in English).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station_app.config import Choice, StationConfig, parse_config
from station_app.enrolled import ENROLMENT_FILE_NAME, enrolment_path
from station_app.enrolment_install import CONTEXT as ENROLMENT_CONTEXT
from station_app.enrolment_install import NOT_READABLE
from station_app.errors import ConfigError, UserError
from station_app.installed_package import (
    PENDING_FILE_NAME,
    RECORD_FILE_NAME,
    RECORD_FORMAT,
    InstalledRecord,
    installed_record,
    pending_path,
)
from station_app.paths import default_config_path, installed_config_path
from station_app.texts import QT_TRANSLATE_NOOP, Message, WordedError, fill, translate

if TYPE_CHECKING:
    from station_app.protocol.enrolment import Enrolment
    from station_app.protocol.package import StationPackage
    from station_app.storage.audit import AuditLog

CONTEXT = "PackageProblem"
NOT_PACKAGE = QT_TRANSLATE_NOOP("PackageProblem", "„%1“ ist kein Stationspaket einer "
                                "Sammelstelle")
NEWER_FORMAT = QT_TRANSLATE_NOOP("PackageProblem", "„%1“ stammt von einer neueren "
                                 "Sammelstelle: bitte die Stations-Software aktualisieren")
DAMAGED = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket „%1“ ist beschädigt: bitte "
                            "bei der Sammelstelle neu erstellen lassen")
TAMPERED = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket „%1“ wurde nach dem "
                             "Erstellen verändert und wird nicht übernommen")
BAD_CONFIG = QT_TRANSLATE_NOOP("PackageProblem", "Die Konfiguration im Stationspaket „%1“ "
                               "ist ungültig (Einstellung „%2“)")
OTHER_COLLECTOR = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket „%1“ stammt von "
                                    "einer anderen Sammelstelle als der, bei der diese "
                                    "Station angemeldet ist")
OTHER_STATION = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket „%1“ gehört zur "
                                  "Station „%2“, diese Station ist „%3“")
NOT_NEWER = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket „%1“ hat Version %2, "
                              "diese Station hat schon Version %3")
NOT_SAVED = QT_TRANSLATE_NOOP("PackageProblem", "Das Stationspaket ließ sich auf der "
                              "Station nicht speichern")

PREVIEW = "PackagePreview"
EVENT = QT_TRANSLATE_NOOP("PackagePreview", "Veranstaltung")
STATION = QT_TRANSLATE_NOOP("PackagePreview", "Station")
LANGUAGES = QT_TRANSLATE_NOOP("PackagePreview", "Sprachen")
PROMPTS = QT_TRANSLATE_NOOP("PackagePreview", "Fragen")
TOPICS = QT_TRANSLATE_NOOP("PackagePreview", "Themen")
COLLECTOR = QT_TRANSLATE_NOOP("PackagePreview", "Sammelstelle")
VERSION = QT_TRANSLATE_NOOP("PackagePreview", "Konfigurationsversion")
CHANGED = QT_TRANSLATE_NOOP("PackagePreview", "%1: %2 → %3")
SAME = QT_TRANSLATE_NOOP("PackagePreview", "%1: %2 (unverändert)")
ADDED = QT_TRANSLATE_NOOP("PackagePreview", "%1 hinzugefügt: %2")
REMOVED = QT_TRANSLATE_NOOP("PackagePreview", "%1 entfernt: %2")
RENAMED = QT_TRANSLATE_NOOP("PackagePreview", "%1 umbenannt: %2")
NONE = QT_TRANSLATE_NOOP("PackagePreview", "keine")



class PackageRefused(WordedError):
    """The package was not installed; the station's configuration is unchanged."""


@dataclass(frozen=True)
class PackageFile:
    """A candidate on a USB stick: the file and the stick it is on (its mount's name)."""

    path: Path
    stick: str


@dataclass(frozen=True)
class Change:
    """One line of the preview: a label (German source), the line's form, its values
    (``None`` is worded "keine")."""

    label: str
    form: str
    values: tuple[str | None, ...]

    def text(self, language: str) -> str:
        words = [translate(PREVIEW, NONE, language) if value is None else value
                 for value in self.values]
        return fill(translate(PREVIEW, self.form, language),
                    (translate(PREVIEW, self.label, language), *words))


@dataclass(frozen=True)
class CheckedPackage:
    """A package that may be installed on this station, and what it would change."""

    source: Path
    package: StationPackage
    config: StationConfig
    """The package's configuration, as the station will load it once installed."""
    previous_version: int | None
    changes: list[Change]


@dataclass(frozen=True)
class InstalledPackage:
    """What ``apply_package`` installed."""

    station_id: str
    event_name: str
    config_version: int
    previous_version: int | None
    collector_url: str
    with_keys: bool
    source: Path
    config_path: Path


# --- finding and reading ---------------------------------------------------------------


def find_package_files(mounts: Iterable[Path], depth: int = 2) -> list[PackageFile]:
    """``*.station-package`` files on the given sticks, in the top folder or ``depth - 1``
    folders below (hidden ones left out)."""
    found: list[PackageFile] = []
    for mount in mounts:
        found.extend(PackageFile(path, mount.name) for path in _package_files(mount, depth))
    return found


def _package_files(folder: Path, depth: int) -> list[Path]:
    from station_app.protocol.package import SUFFIX

    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        return []
    files: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_file() and entry.name.lower().endswith(SUFFIX):
                files.append(entry)
            elif depth > 1 and entry.is_dir() and not entry.is_symlink():
                files.extend(_package_files(entry, depth - 1))
        except OSError:
            continue
    return files


def config_from_text(text: str, name: str, source: Path | None = None) -> StationConfig:
    """A configuration's TOML text validated by the one schema (``config.py``)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(name, "", f"TOML syntax error: {error}") from None
    return parse_config(data, name, source=source)


def station_of_config(text: str, source: Path) -> str:
    """The ``[station] id`` of a configuration's TOML text, validated by the station's
    schema (``ConfigError`` names file, key and problem) – the collector's check before it
    packages a configuration."""
    return config_from_text(text, str(source), source).station.id


# --- checking --------------------------------------------------------------------------


def check_package(source: Path, current: StationConfig | None,
                  data_dir: Path) -> CheckedPackage:
    """Read ``source`` and check it against this station (``current``: the configuration
    it runs on now, None when that cannot be loaded). ``PackageRefused`` says why not."""
    package = _read(source)
    name = source.name
    try:
        config = config_from_text(package.config_toml, name, installed_config_path(data_dir))
    except ConfigError as error:
        raise PackageRefused(f"{source}: the configuration inside is invalid: {error}",
                             Message(CONTEXT, BAD_CONFIG, (name, error.key or "-"))) from None
    if config.station.id != package.station_id:
        raise PackageRefused(
            f"{source}: its configuration is for station {config.station.id!r}, the "
            f"package for {package.station_id!r}", Message(CONTEXT, DAMAGED, (name,)))
    record = installed_record(data_dir)
    enrolment = _installed_enrolment(current, data_dir)
    me = _identity(current, record, enrolment, data_dir)
    if me is not None and me != package.station_id:
        raise PackageRefused(
            f"{source} is for station {package.station_id!r}, but this station is {me!r}",
            Message(CONTEXT, OTHER_STATION, (name, package.station_id, me)))
    _check_collector(source, package, record, enrolment)
    if record is not None and package.config_version <= record.config_version:
        raise PackageRefused(
            f"{source} has configuration version {package.config_version}, not newer than "
            f"the installed version {record.config_version}",
            Message(CONTEXT, NOT_NEWER, (name, str(package.config_version),
                                         str(record.config_version))))
    previous = record.config_version if record is not None else None
    changes = preview(current, config, package, previous, _enrolled_url(current, data_dir))
    return CheckedPackage(source, package, config, previous, changes)


def _read(source: Path) -> StationPackage:
    from station_app.protocol.package import MAX_PACKAGE_BYTES, PackageError, read_package

    name = source.name
    try:
        with source.open("rb") as file:
            raw = file.read(MAX_PACKAGE_BYTES + 1)
    except OSError as error:
        raise PackageRefused(f"{source}: cannot be read ({error.strerror or error})",
                             Message(ENROLMENT_CONTEXT, NOT_READABLE, (name,))) from None
    try:
        return read_package(raw)
    except PackageError as error:
        words = {"not_package": NOT_PACKAGE, "newer_format": NEWER_FORMAT,
                 "tampered": TAMPERED}.get(error.kind, DAMAGED)
        what = "not a station package" if error.kind == "not_package" else \
            "refused station package"
        raise PackageRefused(f"{source}: {what}: {error}",
                             Message(CONTEXT, words, (name,))) from None


def _check_collector(source: Path, package: StationPackage, record: InstalledRecord | None,
                     enrolment: Enrolment | None) -> None:
    """Refuse a package of another collector than the station's: the installed package's
    key must sign it, the enrolment's collector key must be the package's, and the
    collector must vouch for the package key to the station's key."""
    other = PackageRefused(f"{source} is signed by another collector than the one this "
                           "station is enrolled at",
                           Message(CONTEXT, OTHER_COLLECTOR, (source.name,)))
    if record is not None and record.package_key != package.package_key_b64:
        raise other
    if enrolment is not None and enrolment.collector_public_key != package.collector_public_key:
        raise other
    station_key = package.enrolment.signing_key if package.enrolment is not None else \
        enrolment.signing_key if enrolment is not None else None
    if station_key is not None and not package.endorsed_for(station_key):
        if enrolment is not None or record is not None:
            raise other
        raise PackageRefused(f"{source}: refused station package: its endorsement does not "
                             "match its keys", Message(CONTEXT, TAMPERED, (source.name,)))


def _enrolment_file(current: StationConfig | None, data_dir: Path) -> Path:
    if current is None:
        return data_dir / ENROLMENT_FILE_NAME
    return enrolment_path(current, data_dir)


def _installed_enrolment(current: StationConfig | None, data_dir: Path) -> Enrolment | None:
    from station_app.protocol.enrolment import read_enrolment

    path = _enrolment_file(current, data_dir)
    if not path.is_file():
        return None
    try:
        return read_enrolment(path)
    except UserError:
        return None


def _enrolled_url(current: StationConfig | None, data_dir: Path) -> str:
    enrolment = _installed_enrolment(current, data_dir)
    return enrolment.collector_url if enrolment is not None else ""


def _identity(current: StationConfig | None, record: InstalledRecord | None,
              enrolment: Enrolment | None, data_dir: Path) -> str | None:
    """This station's id, or None for a fresh station (which takes any package)."""
    if record is not None:
        return record.station_id
    if enrolment is not None:
        return enrolment.station_id
    if current is not None and not is_embedded(current) \
            and current.source != installed_config_path(data_dir):
        return current.station.id
    return None


def is_embedded(config: StationConfig) -> bool:
    """Whether ``config`` is the embedded demo station's file."""
    try:
        return config.source.resolve() == default_config_path().resolve()
    except OSError:
        return False


# --- what changes ----------------------------------------------------------------------


def preview(current: StationConfig | None, new: StationConfig, package: StationPackage,
            previous_version: int | None, enrolled_url: str = "") -> list[Change]:
    """The preview's lines: event, station, languages, prompts and topics added, removed
    or renamed, collector, configuration version."""
    lines = [_line(EVENT, _event(current), _event(new)),
             _line(STATION, current.station.id if current else None, new.station.id),
             _line(LANGUAGES, ", ".join(current.kiosk.languages) if current else None,
                   ", ".join(new.kiosk.languages))]
    lines += _choices(PROMPTS, current.prompts if current else [], new.prompts)
    lines += _choices(TOPICS, current.topics if current else [], new.topics)
    old_url = (current.sync.collector_url if current else "") or enrolled_url
    lines.append(_line(COLLECTOR, old_url or None,
                       new.sync.collector_url or package.collector_url or None))
    lines.append(_line(VERSION, str(previous_version) if previous_version else None,
                       str(package.config_version)))
    return lines


def _event(config: StationConfig | None) -> str | None:
    if config is None:
        return None
    return f"{config.event.name}, {config.event.date.isoformat()}"


def _line(label: str, old: str | None, new: str | None) -> Change:
    if old == new:
        return Change(label, SAME, (new,))
    return Change(label, CHANGED, (old, new))


def _choices(label: str, old: list[Choice], new: list[Choice]) -> list[Change]:
    before = {choice.id: choice.label for choice in old}
    after = {choice.id: choice.label for choice in new}
    added = [f"„{text}“" for key, text in after.items() if key not in before]
    removed = [f"„{text}“" for key, text in before.items() if key not in after]
    renamed = [f"„{before[key]}“ → „{text}“" for key, text in after.items()
               if key in before and before[key] != text]
    lines = [Change(label, form, ("; ".join(items),))
             for form, items in ((ADDED, added), (REMOVED, removed), (RENAMED, renamed))
             if items]
    return lines or [Change(label, SAME, (str(len(new)),))]


# --- applying --------------------------------------------------------------------------


def apply_package(checked: CheckedPackage, data_dir: Path, *, audit: AuditLog | None = None,
                  actor: str = "cli") -> InstalledPackage:
    """Install a checked package: enrolment, configuration, record (see the module).

    ``PackageRefused`` when a newer package was installed since the check, or the files
    cannot be written; then every file is as it was.
    """
    from station_app.protocol.enrolment import write_enrolment
    from station_app.protocol.files import atomic_write

    package, source = checked.package, checked.source
    record = installed_record(data_dir)
    if record is not None and package.config_version <= record.config_version:
        raise PackageRefused(
            f"{source}: version {record.config_version} was installed meanwhile",
            Message(CONTEXT, NOT_NEWER, (source.name, str(package.config_version),
                                         str(record.config_version))))
    config_path = installed_config_path(data_dir)
    targets = [config_path, data_dir / RECORD_FILE_NAME]
    if package.enrolment is not None:
        targets.insert(0, enrolment_path(checked.config, data_dir))
    before = {path: _bytes_of(path) for path in targets}
    try:
        if package.enrolment is not None:
            write_enrolment(package.enrolment, targets[0])  # atomic, owner-only
        atomic_write(config_path, package.config_toml.encode("utf-8"), create_folder=True)
        atomic_write(data_dir / RECORD_FILE_NAME, _record(package), create_folder=True)
    except UserError as error:
        _restore(before)
        raise PackageRefused(f"{source}: not installed: {error}",
                             Message(CONTEXT, NOT_SAVED)) from None
    installed = InstalledPackage(
        package.station_id, checked.config.event.name, package.config_version,
        checked.previous_version, checked.config.sync.collector_url or package.collector_url,
        package.enrolment is not None, source, config_path)
    if audit is not None:
        record_installed(audit, installed, actor)
    return installed


def _record(package: StationPackage) -> bytes:
    data: dict[str, Any] = {
        "format": RECORD_FORMAT, "station_id": package.station_id,
        "config_version": package.config_version,
        "created_at": package.created_at.isoformat(),
        "package_key": package.package_key_b64,
        "collector_public_key": package.collector_public_key_b64,
        "collector_url": package.collector_url,
        "config_sha256": hashlib.sha256(package.config_toml.encode("utf-8")).hexdigest(),
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _bytes_of(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _restore(before: dict[Path, bytes | None]) -> None:
    """Put back what the files held before (best effort: the write that failed left its
    own file unchanged already)."""
    from station_app.protocol.files import atomic_write

    for path, content in before.items():
        if _bytes_of(path) == content:
            continue
        try:
            if content is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write(path, content, mode=0o600)
        except (OSError, UserError):
            continue


def record_installed(audit: AuditLog, installed: InstalledPackage, actor: str) -> None:
    """The audit entry for an installed package (never a key)."""
    audit.record(actor, "package.install", {
        "station_id": installed.station_id, "config_version": installed.config_version,
        "previous_version": installed.previous_version, "with_keys": installed.with_keys,
        "collector_url": installed.collector_url, "file": installed.source.name})


def with_source(config: StationConfig, source: Path) -> StationConfig:
    """``config`` as if loaded from ``source`` (relative paths resolve beside it)."""
    return dataclasses.replace(config, source=source)


# --- updates over the network ---------------------------------------------------------

def pending_version(data_dir: Path) -> int | None:
    """The configuration version of the pending update (None: there is none)."""
    from station_app.protocol.package import MAX_PACKAGE_BYTES, PackageError, read_package

    try:
        raw = pending_path(data_dir).read_bytes()[:MAX_PACKAGE_BYTES + 1]
        return read_package(raw).config_version
    except (OSError, PackageError):
        return None


def keep_pending(raw: bytes, current: StationConfig, data_dir: Path) -> int:
    """Check a package the collector sent as ``station-app install`` would and keep it as
    the pending update; returns its version. ``PackageRefused`` (nothing kept) otherwise."""
    from station_app.protocol.files import atomic_write

    part = data_dir / f"{PENDING_FILE_NAME}.part"
    atomic_write(part, raw, mode=0o600, create_folder=True)
    try:
        checked = check_package(part, current, data_dir)
        part.replace(pending_path(data_dir))
    except (PackageRefused, OSError):
        part.unlink(missing_ok=True)
        raise
    return checked.package.config_version


def apply_pending(data_dir: Path, current: StationConfig | None, *,
                  audit: AuditLog | None = None) -> InstalledPackage | PackageRefused | None:
    """Install the pending update, if there is one (``config_switch.take_pending``: as the
    kiosk starts, and at the start screen of a running kiosk); the installed package, the
    refusal (the pending file is then removed: the next sync fetches anew), or None when
    nothing is pending."""
    source = pending_path(data_dir)
    if not source.exists():
        return None
    try:
        installed = apply_package(check_package(source, current, data_dir), data_dir,
                                  audit=audit, actor="sync")
    except PackageRefused as refused:
        source.unlink(missing_ok=True)
        return refused
    source.unlink(missing_ok=True)
    return installed
