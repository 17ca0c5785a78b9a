"""A real collector process on loopback for end-to-end tests.

Started as ``python -m station_app collector serve`` on a free port; ready when
``/api/v1/health`` answers (polled with a deadline, never a fixed sleep).
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import httpx

from tests.waiting import wait_until

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def query(db: Path | str, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    """Read a collector's database beside its running process: a file (read-only) or a
    ``postgresql://`` URL. The same SQL on both, ``?`` placeholders too (SQLite's JSON
    functions exist there)."""
    if isinstance(db, str):
        import psycopg

        from station_app.collector.database import to_pyformat

        with psycopg.connect(db) as conn:
            return [tuple(row) for row in conn.execute(to_pyformat(sql), list(params))]
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, params).fetchall()


def cli_env() -> dict[str, str]:
    """The environment for a ``python -m station_app`` child: this checkout first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_cli(*args: str, cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m station_app ARGS`` and capture its output."""
    return subprocess.run([sys.executable, "-m", "station_app", *args], cwd=cwd,
                          env=cli_env(), capture_output=True, text=True, timeout=timeout)


class CollectorProcess:
    """Start, stop, kill and restart one collector on a fixed port and database."""

    def __init__(self, db: Path | str, port: int | None = None, *extra: str,
                 command: list[str] | None = None, env: dict[str, str] | None = None,
                 log: Path | None = None) -> None:
        """``db`` is a file or a ``postgresql://`` URL (then ``log`` names the log file);
        ``command`` is how to call ``station-app`` (default: this checkout's module)."""
        self.command = command or [sys.executable, "-m", "station_app"]
        self.env = env or cli_env()
        self.db = db
        self.port = port or free_port()
        self.extra = list(extra)
        self.process: subprocess.Popen[bytes] | None = None
        if log is None and not isinstance(db, Path):
            raise ValueError("a collector on a database URL needs log=PATH")
        self.log = log or Path(db).with_suffix(".log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> CollectorProcess:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*self.command, "collector", "serve", "--db",
                 str(self.db), "--host", "127.0.0.1", "--port", str(self.port), *self.extra],
                env=self.env, stdout=log, stderr=subprocess.STDOUT)
        def healthy() -> bool:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"collector exited: {self.log.read_text()[-2000:]}")
            try:
                return httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        try:
            wait_until(healthy, timeout, "the collector's health check")
        except AssertionError:
            self.stop()
            raise TimeoutError(f"collector not healthy after {timeout}s: "
                               f"{self.log.read_text()}") from None
        return self

    def stop(self, kill: bool = False) -> None:
        """End the process: SIGTERM (graceful) or SIGKILL (a crash)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def restart(self, kill: bool = False) -> None:
        self.stop(kill=kill)
        self.start()

    def __enter__(self) -> CollectorProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
