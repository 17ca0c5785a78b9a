"""The one-folder bundle (``build.spec``) on disk, built in this run."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import row

ROOT = Path(__file__).resolve().parents[1]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        dist, work = Path(folder) / "dist", Path(folder) / "work"
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                        "ERROR", "--distpath", str(dist), "--workpath", str(work),
                        str(ROOT / "build.spec")], cwd=ROOT, check=True, capture_output=True,
                       timeout=900)
        bundle = dist / "station-app"
        size = sum(f.lstat().st_size for f in bundle.rglob("*")
                   if f.is_file() and not f.is_symlink())
    return [row("one-folder bundle on disk", size / 1e6, "MB", None, "≤ 150 MB (issue 12)")]


if __name__ == "__main__":
    for line in run():
        print(line)
