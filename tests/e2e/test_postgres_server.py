"""The PostgreSQL server the suite starts itself (tests/support/postgres.py).

Its URL reaches a real server over the unix socket, with psycopg and with a pool; every test
database is separate; the server has no TCP port; and it is stopped and its folder removed
when the session ends, also when a test failed.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool

from tests.support.postgres import (
    MISSING,
    TEMPLATE_DATABASE,
    PostgresServer,
    find_binaries,
    running_postgres,
)

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(180)


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


def _server_pids(postmaster: int) -> list[int]:
    """The postmaster and its children (backends, checkpointer, …)."""
    pids = [postmaster]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if int(fields[1]) == postmaster:
                pids.append(int(entry.name))
    return pids


def _socket_inodes(pids: list[int]) -> set[str]:
    inodes: set[str] = set()
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except FileNotFoundError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except FileNotFoundError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
    return inodes


def _inodes_in(table: str, column: int) -> dict[str, str]:
    """Socket inode → the line describing it in ``/proc/net/<table>``."""
    path = Path("/proc/net") / table
    if not path.exists():
        return {}
    lines = path.read_text().splitlines()[1:]
    return {line.split()[column]: line for line in lines if len(line.split()) > column}


def test_the_url_connects_over_the_socket_with_psycopg_and_a_pool(
        postgres_url: str, postgres_server: PostgresServer) -> None:
    assert postgres_url.startswith("postgresql://")
    params = conninfo_to_dict(postgres_url)
    assert params["host"] == str(postgres_server.socket_dir)

    with psycopg.connect(postgres_url) as connection:
        database, address, encoding = connection.execute(
            "SELECT current_database(), inet_server_addr(), current_setting('server_encoding')"
        ).fetchone() or ()
        connection.execute("CREATE TABLE probe (id integer PRIMARY KEY, note text)")
    assert database == params["dbname"]
    assert address is None  # a unix socket, not TCP
    assert encoding == "UTF8"

    pool = ConnectionPool(postgres_url, min_size=2, max_size=4, open=False, timeout=30)
    with pool:
        pool.wait(timeout=30)
        with pool.connection() as first, pool.connection() as second:
            first.execute("INSERT INTO probe VALUES (1, 'Grüße aus Dortmund')")
            first.commit()
            note = second.execute("SELECT note FROM probe WHERE id = 1").fetchone()
            pids = {first.info.backend_pid, second.info.backend_pid}
    assert note == ("Grüße aus Dortmund",)
    assert len(pids) == 2


def test_every_database_is_separate_and_the_template_stays_empty(
        postgres_server: PostgresServer) -> None:
    names = [postgres_server.create_database(), postgres_server.create_database()]
    try:
        first, second = (postgres_server.url(name) for name in names)
        with psycopg.connect(first) as connection:
            connection.execute("CREATE TABLE only_here (id integer)")
        with psycopg.connect(second) as connection:
            connection.execute("CREATE TABLE only_there (id integer)")
        assert _tables(first) == {"only_here"}
        assert _tables(second) == {"only_there"}
        assert _tables(postgres_server.url(TEMPLATE_DATABASE)) == set()
    finally:
        for name in names:
            postgres_server.drop_database(name)
    with psycopg.connect(postgres_server.url()) as connection:
        left = connection.execute("SELECT datname FROM pg_database WHERE datname = ANY(%s)",
                                  (names,)).fetchall()
    assert left == []


def test_the_server_listens_on_no_tcp_port(postgres_server: PostgresServer) -> None:
    with psycopg.connect(postgres_server.url()) as connection:
        assert connection.execute("SHOW listen_addresses").fetchone() == ("",)
    assert stat.S_ISSOCK(postgres_server.socket_path.stat().st_mode)

    postmaster = postgres_server.postmaster_pid()
    assert postmaster is not None
    inodes = _socket_inodes(_server_pids(postmaster))
    unix = _inodes_in("unix", 6)
    assert any(unix[inode].endswith(str(postgres_server.socket_path))
               for inode in inodes if inode in unix), "the server's unix socket"
    for table in ("tcp", "tcp6", "udp", "udp6"):
        found = inodes & _inodes_in(table, 9).keys()
        assert not found, f"the server has {table} sockets: {found}"

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe, \
            pytest.raises(ConnectionRefusedError):
        probe.settimeout(10)
        probe.connect(("127.0.0.1", postgres_server.port))


def test_a_second_server_is_stopped_and_removed_on_leaving() -> None:
    with running_postgres() as second:
        pid = second.postmaster_pid()
        assert pid is not None
        assert second.socket_path.exists()
        with psycopg.connect(second.url()) as connection:
            assert connection.execute("SELECT 1").fetchone() == (1,)
    assert not second.base.exists()
    assert not Path(f"/proc/{pid}").exists() or "postgres" not in Path(
        f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(second.url(), connect_timeout=5)


@pytest.mark.slow
def test_the_session_server_is_gone_after_a_failing_session(tmp_path: Path) -> None:
    record = tmp_path / "server.json"
    (tmp_path / "test_tiny.py").write_text(textwrap.dedent(f"""
        import json
        from pathlib import Path


        def test_uses_the_server_and_fails(postgres_server, postgres_url):
            Path({str(record)!r}).write_text(json.dumps({{
                "url": postgres_url, "base": str(postgres_server.base),
                "pid": postgres_server.postmaster_pid()}}))
            raise AssertionError("this test fails on purpose")
    """))
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull,
         "--rootdir", str(tmp_path), "-p", "tests.support.postgres", str(tmp_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=150, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed" in result.stdout

    seen = json.loads(record.read_text())
    assert seen["url"].startswith("postgresql://")
    assert not Path(seen["base"]).exists()
    pid = seen["pid"]
    assert not Path(f"/proc/{pid}").exists() or "postgres" not in Path(
        f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(seen["url"], connect_timeout=5)


def test_missing_binaries_fail_with_one_line_naming_the_install(tmp_path: Path) -> None:
    (tmp_path / "15" / "bin").mkdir(parents=True)
    with pytest.raises(pytest.fail.Exception) as failure:
        find_binaries(tmp_path)
    message = str(failure.value)
    assert message == MISSING
    assert "\n" not in message
    assert "make test" in message and "tools/install-debian-packages" in message
    with pytest.raises(pytest.fail.Exception):
        find_binaries(tmp_path / "absent")
