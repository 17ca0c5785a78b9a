"""Running ``station-app`` as a real child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("STATION_APP_DATA_DIR", None)
    if data_dir is not None:
        env["STATION_APP_DATA_DIR"] = str(data_dir)
    return env


def station_app(*args: str | bytes, data_dir: Path, stdin: bytes | None = None,
                timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """``python -m station_app ARGS --data-dir DATA_DIR`` with its output captured as bytes."""
    command: list[str | bytes] = [sys.executable, "-m", "station_app", *args,
                                  "--data-dir", str(data_dir)]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=timeout,
                          env=child_env(), cwd=ROOT, check=False)


def assert_one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    """Exit status 2, one line on stderr, no traceback; returns that line."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, stderr)
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("station-app: error: ")
    return lines[0]
