"""Runs inside a private mount namespace (``unshare --map-root-user --mount``): mounts a
small tmpfs per disk, fills it to the given free space, runs one command, copies what the
command left on the disks back out and prints the outcome as JSON.

Not a test module: ``tests/e2e/full_disk.py`` starts it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

FILLER = ".filler"


def mount_disk(point: Path, copy_from: str | None, free: int,
               hold_open: str | None) -> sqlite3.Connection | None:
    """Mount, copy, optionally open a database (as a running kiosk has it), then fill."""
    point.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m,mode=0755", "tmpfs", str(point)],
                   check=True)
    if copy_from:
        shutil.copytree(copy_from, point, dirs_exist_ok=True)
    held = None
    if hold_open:
        held = sqlite3.connect(point / hold_open)
        held.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()  # WAL and -shm exist
    filler = point / FILLER
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    for size in (2**20, 2**16, 2**12, 2**9):  # until not even 512 bytes fit
        block = b"\0" * size
        while True:
            try:
                os.write(fd, block)
            except OSError:
                break
    os.close(fd)
    with filler.open("r+b") as handle:
        handle.truncate(max(0, filler.stat().st_size - free))
    return held


def main() -> int:
    spec = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    base = Path(spec["base"])
    points = {name: base / name for name in spec["disks"]}
    held = [mount_disk(points[name], disk.get("copy_from"), disk["free"], disk.get("hold_open"))
            for name, disk in spec["disks"].items()]
    command = [part.format(**points) for part in spec["command"]]
    result = subprocess.run(command, capture_output=True, text=True, env=spec["env"],
                            cwd=spec.get("cwd") or str(base), timeout=120, check=False)
    for connection in held:
        if connection is not None:
            connection.close()
    files: dict[str, int] = {}
    results = Path(spec["results"])
    for name, point in points.items():
        for path in sorted(point.rglob("*")):
            if path.name == FILLER or not path.is_file():
                continue
            relative = f"{name}/{path.relative_to(point)}"
            files[relative] = path.stat().st_size
            (results / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, results / relative)
    print(json.dumps({"returncode": result.returncode, "stdout": result.stdout,
                      "stderr": result.stderr, "files": files}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
