"""Where the dashboard may write an export: USB sticks and the station's data folder.

The kiosk has no native file dialog (an attendee could browse the file system with it), so
the facilitator picks from this short list instead. Sticks are found where Linux desktops
and udisks mount them: ``/media/<user>/<label>``, ``/run/media/<user>/<label>`` and ``/mnt``.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MOUNTS_FILE = Path("/proc/self/mounts")
EXPORT_FOLDER = "exports"


@dataclass(frozen=True)
class ExportTarget:
    """One place to write to, as the facilitator sees it.

    ``name`` is a stick's own name (its mount folder, e.g. ``STADT-DO``) and '' for the data
    folder; the dashboard words it in the UI language ("USB-Stick „STADT-DO“").
    """

    name: str
    path: Path
    removable: bool
    free_bytes: int
    writable: bool


def mount_roots(user: str | None = None) -> list[Path]:
    """The folders under which removable drives appear on this machine."""
    user = user or _user()
    return [Path("/media") / user, Path("/media"), Path("/run/media") / user, Path("/mnt")]


def removable_mounts(mounts_text: str | None = None,
                     roots: Iterable[Path] | None = None) -> list[Path]:
    """Mount points below the removable-drive roots, from ``/proc/self/mounts``."""
    if mounts_text is None:
        try:
            mounts_text = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts_text = ""
    roots = list(roots if roots is not None else mount_roots())
    found: list[Path] = []
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        # /proc/mounts escapes spaces and tabs in paths as octal (\040, \011).
        mount_point = Path(_unescape(fields[1]))
        if any(mount_point.parent == root or (root == Path("/mnt") and mount_point == root)
               for root in roots) and mount_point not in found:
            found.append(mount_point)
    return found


def export_targets(data_dir: Path, mounts_text: str | None = None,
                   roots: Iterable[Path] | None = None) -> list[ExportTarget]:
    """USB sticks first (that is where results go home), then the data folder."""
    targets = [_target(mount.name, mount, True)
               for mount in removable_mounts(mounts_text, roots)]
    exports = data_dir / EXPORT_FOLDER
    with contextlib.suppress(OSError):
        exports.mkdir(parents=True, exist_ok=True)
    targets.append(_target("", exports, False))
    return targets


def _target(name: str, path: Path, removable: bool) -> ExportTarget:
    try:
        free = shutil.disk_usage(path).free
    except OSError:
        free = 0
    return ExportTarget(name, path, removable, free,
                        path.is_dir() and os.access(path, os.W_OK))


def _unescape(value: str) -> str:
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        value = value.replace(code, char)
    return value


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")
