"""``station-app run --smoke-test``: the real kiosk process starts headless and says when."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_smoke_test_prints_first_frame_time(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "station_app", "run", "--smoke-test", "--data-dir", str(tmp_path)],
        cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    match = re.search(r"first frame of the start screen after (\d+) ms since process start",
                      result.stdout)
    assert match, result.stdout
    assert 0 < int(match.group(1)) < 60_000
    assert "Traceback" not in result.stderr
    assert (tmp_path / "station.db").exists()
