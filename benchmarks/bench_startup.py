"""Process start to first frame: the kiosk's smoke test vs a bare QML ApplicationWindow."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import row

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
_MS = re.compile(r"after (\d+) ms")


def _first_frame_ms(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
               PYTHONPATH=str(ROOT))
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=120, check=True)
    return float(_MS.search(result.stdout).group(1))


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as data_dir:
        kiosk_cmd = [sys.executable, "-m", "station_app", "run", "--smoke-test",
                     "--data-dir", data_dir]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        _first_frame_ms(kiosk_cmd)  # first start creates the database: not what we measure
        kiosk, bare = [], []
        for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
            kiosk.append(_first_frame_ms(kiosk_cmd))
            bare.append(_first_frame_ms(bare_cmd))
    return [row("process start → first frame of the start screen", statistics.median(kiosk),
                "ms", statistics.median(bare), "≤ 2× (issue 3)",
                "bare QML ApplicationWindow, same measurement")]
