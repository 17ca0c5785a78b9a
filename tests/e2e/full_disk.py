"""Commands on a full disk: real ENOSPC from a small tmpfs in a private mount namespace.

``run_on_full_disks`` mounts one tmpfs per named disk (``unshare --map-root-user
--mount``, nothing on the machine changes), copies a prepared folder onto it, fills it
until only ``free`` bytes are left and runs the command; ``{name}`` in the command is the
disk's path. What the command left on the disks is copied to ``results``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.collector_process import cli_env

RUNNER = Path(__file__).with_name("full_disk_runner.py")


@dataclass(frozen=True)
class Disk:
    free: int = 0
    copy_from: Path | None = None
    hold_open: str | None = None
    """A database on the disk that another process (the kiosk) has open while it fills."""


@dataclass(frozen=True)
class FullDiskRun:
    returncode: int
    stdout: str
    stderr: str
    files: dict[str, int]
    """What is on the disks afterwards: ``disk/relative path`` → size in bytes."""
    results: Path
    """Copies of those files, under the same relative paths."""


def run_on_full_disks(command: list[str], disks: dict[str, Disk], work: Path) -> FullDiskRun:
    work.mkdir(parents=True, exist_ok=True)
    spec = {
        "base": str(work / "disks"), "results": str(work / "results"),
        "disks": {name: {"free": disk.free, "hold_open": disk.hold_open,
                         "copy_from": str(disk.copy_from) if disk.copy_from else None}
                  for name, disk in disks.items()},
        "command": command, "env": cli_env(),
    }
    spec_file = work / "spec.json"
    spec_file.write_text(json.dumps(spec), "utf-8")
    done = subprocess.run(["unshare", "--map-root-user", "--mount", sys.executable,
                           str(RUNNER), str(spec_file)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, f"the full-disk runner failed: {done.stderr}"
    outcome = json.loads(done.stdout)
    return FullDiskRun(outcome["returncode"], outcome["stdout"], outcome["stderr"],
                       outcome["files"], work / "results")


def station_app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "station_app", *args]
