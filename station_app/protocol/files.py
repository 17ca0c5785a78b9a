"""Writing files so that a pulled USB stick, a full disk or a power cut never leaves half a file.

The content goes to a temporary file in the same folder, is flushed to the device, and is
then renamed over the final name (atomic on POSIX and on Windows); the folder is flushed
too where the platform allows it. Batch files, enrolment files, packages, exports and
receipt PDFs are all written here, so every one of them fails the same clear way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from station_app.errors import UserError


@contextlib.contextmanager
def atomic_file(path: Path, mode: int = 0o644, *,
                create_folder: bool = False) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces ``path`` only once it is complete.

    ``create_folder`` makes the folder first (batch and enrolment files); an export onto a
    USB stick does not, so a stick that is not mounted is reported, not silently replaced
    by a new folder. Raises ``UserError`` naming the file (a folder or a device where a
    file should be, a missing folder, a full disk, no permission); the temporary file is
    removed then, and an earlier file at ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise write_error(error, folder) from None
    _check_target(path, folder)
    temp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise write_error(error, folder) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # FAT sticks have no permissions
            os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as error:
        _remove(temp)
        raise write_error(error, path) from None
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(folder)


def atomic_write(path: Path, data: bytes, mode: int = 0o644, *,
                 create_folder: bool = False) -> None:
    """Write ``data`` to ``path`` completely or not at all (see ``atomic_file``)."""
    with atomic_file(path, mode, create_folder=create_folder) as handle:
        handle.write(data)


class FileProblem(UserError):
    """A file that cannot be written where it was asked for. ``kind`` says why, for a
    screen to word it in its language: ``disk_full``, ``read_only``, ``device_error``,
    ``is_folder``, ``not_a_file``, ``no_folder`` or ``other``; ``where`` is the path."""

    def __init__(self, detail: str, kind: str, where: Path) -> None:
        super().__init__(detail)
        self.kind = kind
        self.where = where


def _check_target(path: Path, folder: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise write_error(error, path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise FileProblem(f"{path}: is a folder; give a file name, e.g. {path / 'export.csv'}",
                          "is_folder", path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise FileProblem(f"{path}: is not a regular file (a device or a pipe); give a file "
                          "name", "not_a_file", path)
    if not folder.is_dir():
        raise FileProblem(f"{folder}: the folder does not exist", "no_folder", folder)


def write_error(error: OSError, where: Path) -> FileProblem:
    """One sentence for a failed write, naming the file or folder."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return FileProblem(f"{where}: the disk is full (free some space and try again)",
                           "disk_full", where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileProblem(f"{where}: cannot write here (read-only or no permission)",
                           "read_only", where)
    if error.errno == errno.EIO:
        return FileProblem(f"{where}: the device reported an input/output error "
                           "(pulled out, or damaged?)", "device_error", where)
    return FileProblem(f"{where}: cannot be written ({error.strerror or error})", "other",
                       where)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too; some file systems (FAT) cannot do this.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def batch_file_name(station_id: str, seq: int, batch_id: str) -> str:
    """Sortable and self-describing: ``<station>-<seq>-<batch>.batch.json``."""
    return f"{station_id}-{seq:06d}-{batch_id[:8]}.batch.json"
