"""A real PostgreSQL server for the collector's tests, started by the suite itself.

Debian's ``postgresql`` package (tools/install-debian-packages) brings ``initdb`` and
``pg_ctl`` under ``/usr/lib/postgresql/<version>/bin``; no system service or cluster is
used. Once per session ``initdb`` makes a cluster in a fresh temporary folder and ``pg_ctl -w``
starts it there: it listens on a unix socket in that folder only (``listen_addresses = ''``),
with fsync off, and it is stopped and the folder removed when the session ends, also after
failed tests. ``initdb`` refuses to run as root, so under root (as in CI) the server runs as
the ``postgres`` user the package creates (or ``nobody``), and the folder belongs to that user.

Each test gets a database of its own, copied from the empty template ``TEMPLATE_DATABASE``
(``CREATE DATABASE … TEMPLATE``), and dropped after the test. If the binaries are missing the
fixtures fail with one line saying how to install them; they never skip.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest

from tests.waiting import wait_until

if TYPE_CHECKING:
    from psycopg import sql

DEBIAN_BINARIES = Path("/usr/lib/postgresql")
SUPERUSER = "postgres"
TEMPLATE_DATABASE = "station_template"
# Users a root test run hands the server to (initdb will not run as root).
SERVER_USERS = ("postgres", "nobody")
START_TIMEOUT = 60
MISSING = ("PostgreSQL's initdb and pg_ctl are missing (Debian package postgresql): "
           "run `make test` or tools/install-debian-packages")


def find_binaries(root: Path = DEBIAN_BINARIES) -> Path:
    """The ``bin`` folder of the newest PostgreSQL under ``root`` that has initdb and pg_ctl."""
    candidates: list[tuple[tuple[int, ...], Path]] = []
    for folder in root.glob("*/bin") if root.is_dir() else ():
        version = folder.parent.name
        if version.replace(".", "").isdigit() and all(
                os.access(folder / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            candidates.append((tuple(int(part) for part in version.split(".")), folder))
    if not candidates:
        pytest.fail(MISSING, pytrace=False)
    return max(candidates)[1]


def _free_port() -> int:
    """A port number nothing listens on over TCP, so a TCP probe of it is meaningful."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class ServerUser:
    """Whom the server's processes run as: this process's user, or one root hands it to."""

    uid: int
    gid: int

    @classmethod
    def choose(cls) -> ServerUser:
        if os.geteuid() != 0:
            return cls(os.geteuid(), os.getegid())
        for name in SERVER_USERS:
            with contextlib.suppress(KeyError):
                entry = pwd.getpwnam(name)
                return cls(entry.pw_uid, entry.pw_gid)
        pytest.fail(f"running as root, and none of the users {', '.join(SERVER_USERS)} "
                    "exists to run PostgreSQL as (initdb refuses root)", pytrace=False)

    def popen_arguments(self) -> dict[str, Any]:
        """``subprocess`` arguments that run a command as this user."""
        if self.uid == os.geteuid():
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


@dataclass
class PostgresServer:
    """One running cluster: where it lives, how to reach it, and its databases."""

    binaries: Path
    base: Path
    port: int
    user: ServerUser
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def major_version(self) -> int:
        """From the Debian folder's name, ``/usr/lib/postgresql/<version>/bin``."""
        return int(self.binaries.parent.name.split(".")[0])

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base

    @property
    def socket_path(self) -> Path:
        return self.socket_dir / f".s.PGSQL.{self.port}"

    @property
    def log_path(self) -> Path:
        return self.base / "server.log"

    def url(self, database: str = "postgres") -> str:
        """A libpq URL for ``database`` over the unix socket (``host=`` the socket folder)."""
        return (f"postgresql://{SUPERUSER}@/{quote(database, safe='')}"
                f"?host={quote(str(self.socket_dir), safe='/')}&port={self.port}")

    def postmaster_pid(self) -> int | None:
        """The server's main process id while its pid file is there."""
        try:
            return int((self.data_dir / "postmaster.pid").read_text().split()[0])
        except (FileNotFoundError, IndexError, ValueError):
            return None

    def run(self, *arguments: str, timeout: float = START_TIMEOUT) -> str:
        """Run one of the server's programs as the server's user; fail with its output."""
        command = [str(self.binaries / arguments[0]), *arguments[1:]]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8",
               "HOME": str(self.base), "TZ": "UTC"}
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                env=env, cwd=self.base, check=False, **self.user.popen_arguments())
        if result.returncode != 0:
            log = (self.log_path.read_text(errors="replace")[-2000:]
                   if self.log_path.exists() else "")
            pytest.fail(f"{' '.join(arguments)} failed ({result.returncode}): "
                        f"{(result.stderr or result.stdout).strip()} {log.strip()}", pytrace=False)
        return result.stdout

    def admin(self, *statements: sql.Composable) -> None:
        """Run statements in the ``postgres`` database outside a transaction."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self, template: str = TEMPLATE_DATABASE) -> str:
        """A new database copied from ``template``; returns its name."""
        from psycopg import sql

        name = f"test_{next(self._names)}"
        # FILE_COPY (PostgreSQL 15+) copies the template's files, cheap with fsync off; the
        # default WAL_LOG writes every block of the copy through the WAL.
        strategy = sql.SQL(" STRATEGY FILE_COPY" if self.major_version >= 15 else "")
        self.admin(sql.SQL("CREATE DATABASE {} TEMPLATE {}{}").format(
            sql.Identifier(name), sql.Identifier(template), strategy))
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection a test left open."""
        from psycopg import sql

        self.admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))


def _initialise(server: PostgresServer) -> None:
    server.run("initdb", "--pgdata", str(server.data_dir), "--username", SUPERUSER,
               "--auth", "trust", "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync",
               "--no-instructions")
    settings = {
        "listen_addresses": "''",
        "unix_socket_directories": f"'{server.socket_dir}'",
        "unix_socket_permissions": "0700",
        "port": str(server.port),
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "shared_buffers": "'32MB'",
        "max_connections": "200",
        "timezone": "'UTC'",
        "logging_collector": "off",
    }
    with (server.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# tests/support/postgres.py\n")
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def _stop(server: PostgresServer) -> None:
    """Stop the server (fast, then by signal) and wait until its main process is gone."""
    pid = server.postmaster_pid()
    if pid is None:
        return
    command = [str(server.binaries / "pg_ctl"), "stop", "--pgdata", str(server.data_dir),
               "--mode", "fast", "--wait", "--timeout", "30", "--silent"]
    with contextlib.suppress(subprocess.TimeoutExpired, OSError):
        subprocess.run(command, capture_output=True, timeout=40, check=False,
                       **server.user.popen_arguments())
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        wait_until(lambda: not _alive(pid), 10, f"PostgreSQL's process {pid} to end")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(FileNotFoundError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


@contextlib.contextmanager
def running_postgres(binaries: Path | None = None) -> Iterator[PostgresServer]:
    """A fresh cluster, started and ready; stopped and removed on leaving, whatever happened."""
    binaries = binaries or find_binaries()
    user = ServerUser.choose()
    base = Path(tempfile.mkdtemp(prefix="station-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    server = PostgresServer(binaries=binaries, base=base, port=_free_port(), user=user)
    try:
        os.chown(base, user.uid, user.gid)
        _initialise(server)
        server.run("pg_ctl", "start", "--pgdata", str(server.data_dir), "--wait",
                   "--timeout", str(START_TIMEOUT), "--silent", "--log", str(server.log_path))
        from psycopg import sql

        template = sql.Identifier(TEMPLATE_DATABASE)
        server.admin(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(template),
                     sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true").format(template))
        yield server
    finally:
        try:
            _stop(server)
        finally:
            shutil.rmtree(base)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (started on first use)."""
    with running_postgres() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A ``postgresql://`` URL of an empty database of this test's own."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def postgres_databases(postgres_server: PostgresServer) -> Iterator[Callable[[], str]]:
    """Makes as many empty databases as a test needs (a hub's and a city's); each a
    ``postgresql://`` URL, all dropped after the test."""
    names: list[str] = []

    def make() -> str:
        names.append(postgres_server.create_database())
        return postgres_server.url(names[-1])

    yield make
    for name in names:
        postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def collector_template(postgres_server: PostgresServer) -> str:
    """A template database that holds the collector's schema already (made once per
    session), so that a test's collector database is a cheap copy of it."""
    from psycopg import sql

    from station_app.collector.store import CollectorStore

    name = postgres_server.create_database()
    CollectorStore.open(postgres_server.url(name)).close()
    postgres_server.admin(sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true").format(
        sql.Identifier(name)))
    return name


@pytest.fixture
def collector_databases(postgres_server: PostgresServer,
                        collector_template: str) -> Iterator[Callable[[], str]]:
    """Like ``postgres_databases``, with the collector's schema in place."""
    names: list[str] = []

    def make() -> str:
        names.append(postgres_server.create_database(collector_template))
        return postgres_server.url(names[-1])

    yield make
    for name in names:
        postgres_server.drop_database(name)
