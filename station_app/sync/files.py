"""Writing files so that a pulled USB stick or a power cut never leaves half a file.

The content goes to a temporary file in the same folder, is flushed to the device, and is
then renamed over the final name (atomic on POSIX and on Windows); the folder is flushed
too where the platform allows it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` completely or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # FAT sticks have no permissions
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def batch_file_name(station_id: str, seq: int, batch_id: str) -> str:
    """Sortable and self-describing: ``<station>-<seq>-<batch>.batch.json``."""
    return f"{station_id}-{seq:06d}-{batch_id[:8]}.batch.json"
