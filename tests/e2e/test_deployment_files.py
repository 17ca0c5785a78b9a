"""docs/deployment.md and the files in docs/deployment/ stay true to the real collector.

- Every ``station-app …`` (or ``python -m station_app …``) command line in the guide's code
  blocks, in the systemd units and in the Containerfile is parsed by the real argument
  parser (``station_app.cli.build_parser``). Placeholders ``<…>`` and shell substitutions
  ``$(…)`` are replaced by a word first; a line ends at a shell operator (``|``, ``&&``,
  ``>`` …). A ``postgresql://`` URL given to ``--db`` must come through as it is written.
- The unit files pass ``systemd-analyze verify`` (with the install prefix pointed at this
  venv, whose ``bin/station-app`` exists; verify insists that the program does). Where the
  machine has no ``systemd-analyze``, the same test checks them with a small INI parse
  instead: sections and known keys. Their hardening and paths are checked either way.
- The Containerfile exposes the port its command serves on, checks ``/api/v1/health``
  there, runs as a non-root user and keeps the data directory in a volume.
- nginx's ``client_max_body_size`` and Caddy's ``max_size`` hold the largest body the
  collector takes (a batch, plus what a hub's relay document adds); the wall's stream is
  not buffered; both proxy to the units' port.
- The guide's PostgreSQL setup (createuser, createdb, the SQL) run against a real server
  gives a role that can create the collector's schema and has no other privilege.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.cli import build_parser
from station_app.collector.app import RELAY_ALLOWANCE, CollectorSettings
from tests.support.postgres import PostgresServer

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "docs" / "deployment.md"
FILES = REPO / "docs" / "deployment"
UNITS = ("station-collector.service", "station-relay.service")
INSTALL_PREFIX = "/opt/station-collector"
LARGEST_BODY = CollectorSettings().max_batch_bytes + RELAY_ALLOWANCE
OPERATORS = {"|", "||", "&&", ";", "&", "2>&1"}


@dataclass(frozen=True)
class CommandLine:
    where: str
    args: list[str]


def _without_substitutions(text: str) -> str:
    """``$(…)`` (nested parentheses included) and ``<placeholder>`` as plain words."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("$(", i):
            depth, i = 1, i + 2
            while i < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[i], 0)
                i += 1
            out.append("substituted")
            continue
        out.append(text[i])
        i += 1
    return re.sub(r"<[^<>\s]+>", "placeholder", "".join(out))


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with their backslash continuations joined, with the first line's number."""
    joined: list[tuple[int, str]] = []
    pending: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not pending:
            start = number
        if line.endswith("\\"):
            pending.append(line[:-1])
            continue
        joined.append((start, " ".join([*pending, line])))
        pending = []
    if pending:
        joined.append((start, " ".join(pending)))
    return joined


def _is_program(tokens: list[str], index: int) -> bool:
    token = tokens[index]
    return (token == "station-app" or token.endswith("/bin/station-app")
            or (token == "station_app" and index > 0 and tokens[index - 1] == "-m"))


def commands_in(text: str, where: str, first_line: int = 1) -> list[CommandLine]:
    """Every station-app command line in a piece of shell, unit or Containerfile text
    (``first_line``: the text's first line number in its file)."""
    found = []
    for number, line in _logical_lines(text):
        number += first_line - 1
        if "station-app" not in line and "station_app" not in line:
            continue
        try:
            tokens = shlex.split(_without_substitutions(line), comments=True)
        except ValueError as error:
            pytest.fail(f"{where}:{number}: cannot read the command line ({error}): {line}")
        for index in range(len(tokens)):
            if not _is_program(tokens, index):
                continue
            args = []
            for token in tokens[index + 1:]:
                if token in OPERATORS or re.match(r"\d*[<>]", token):
                    break
                args.append(token)
            found.append(CommandLine(f"{where}:{number}", args))
    return found


@dataclass(frozen=True)
class Block:
    line: int
    info: str
    body: str


def guide_blocks() -> list[Block]:
    """The guide's fenced code blocks."""
    blocks = []
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            start, body = i + 1, []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            blocks.append(Block(start + 1, lines[start - 1][3:].strip(), "\n".join(body)))
        i += 1
    return blocks


def guide_commands() -> list[CommandLine]:
    commands = []
    for block in guide_blocks():
        commands += commands_in(block.body, "docs/deployment.md", block.line)
    return commands


def _parse(args: list[str]) -> tuple[object | None, str]:
    """The parsed namespace, or None and the parser's complaint."""
    stderr, stdout = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            return build_parser().parse_args(args), ""
    except SystemExit as end:
        if end.code == 0 and any(a in args for a in ("--version", "--help", "-h")):
            return None, ""
        return None, stderr.getvalue().strip() or f"exit status {end.code}"


def check_command(command: CommandLine) -> object:
    """Parse one command line as the real CLI would; fail with where it is written."""
    url = next((a.removeprefix("--db=") for a in command.args
                if a.removeprefix("--db=").startswith(("postgresql://", "postgres://"))), None)
    parsed, problem = _parse(command.args)
    assert not problem, f"{command.where}: station-app {' '.join(command.args)}: {problem}"
    if url:
        assert getattr(parsed, "db", None) == url, \
            f"{command.where}: --db lost its URL: {getattr(parsed, 'db', None)}"
    return parsed


def test_every_command_line_in_the_guide_parses() -> None:
    commands = guide_commands()
    assert len(commands) >= 15, [c.where for c in commands]
    actions = set()
    for command in commands:
        parsed = check_command(command)
        actions.add(getattr(parsed, "action", None))
    assert {"serve", "relay", "backup", "reconcile", "add-user", "add-station"} <= actions


def unit_values(name: str) -> dict[str, dict[str, list[str]]]:
    """A unit file as {section: {key: [values]}}; fails on text outside a section."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, line in _logical_lines((FILES / name).read_text(encoding="utf-8")):
        text = line.strip()
        if not text or text.startswith(("#", ";")):
            continue
        if text.startswith("[") and text.endswith("]"):
            current = sections.setdefault(text[1:-1], {})
            continue
        assert current is not None and "=" in text, f"{name}:{number}: not a setting: {text}"
        key, value = text.split("=", 1)
        current.setdefault(key.strip(), []).append(" ".join(value.split()))
    return sections


KNOWN_KEYS = {
    "Unit": {"Description", "Documentation", "Wants", "Requires", "After", "Before",
             "BindsTo", "PartOf", "Conflicts"},
    "Service": {
        "Type", "User", "Group", "WorkingDirectory", "ExecStart", "ExecStartPre",
        "ExecStop", "Environment", "EnvironmentFile", "Restart", "RestartSec",
        "RestartPreventExitStatus", "SuccessExitStatus", "TimeoutStopSec", "KillMode",
        "StandardOutput", "StandardError", "SyslogIdentifier", "UMask", "StateDirectory",
        "StateDirectoryMode", "ReadWritePaths", "ReadOnlyPaths", "NoNewPrivileges",
        "ProtectSystem", "ProtectHome", "PrivateTmp", "PrivateDevices",
        "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs",
        "ProtectControlGroups", "ProtectClock", "ProtectHostname", "ProtectProc",
        "RestrictAddressFamilies", "RestrictNamespaces", "RestrictRealtime",
        "RestrictSUIDSGID", "LockPersonality", "RemoveIPC", "CapabilityBoundingSet",
        "AmbientCapabilities", "SystemCallArchitectures", "SystemCallFilter",
        "SystemCallErrorNumber"},
    "Install": {"WantedBy", "RequiredBy", "Alias"},
}


def _check_known_keys(name: str) -> None:
    sections = unit_values(name)
    assert set(sections) == set(KNOWN_KEYS), f"{name}: sections {sorted(sections)}"
    for section, values in sections.items():
        unknown = set(values) - KNOWN_KEYS[section]
        assert not unknown, f"{name} [{section}]: unknown keys {sorted(unknown)}"


def test_the_unit_files_are_valid(tmp_path: Path) -> None:
    """``systemd-analyze verify`` where the machine has it; else the INI check (the
    check runs either way, so a unit never goes unchecked)."""
    for name in UNITS:
        _check_known_keys(name)
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return  # the INI check above is this machine's check (no systemd-analyze here)
    venv = Path(sys.prefix)
    assert (venv / "bin" / "station-app").exists(), f"no station-app in {venv}"
    for name in UNITS:
        text = (FILES / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace(INSTALL_PREFIX, str(venv)), encoding="utf-8")
    result = subprocess.run([analyze, "verify", *(str(tmp_path / n) for n in UNITS)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def unit_command(name: str) -> CommandLine:
    commands = commands_in("\n".join(unit_values(name)["Service"]["ExecStart"]), name)
    assert len(commands) == 1, commands
    return commands[0]


@pytest.mark.parametrize(("name", "action"), [("station-collector.service", "serve"),
                                              ("station-relay.service", "relay")])
def test_a_unit_runs_its_command_hardened(name: str, action: str) -> None:
    command = unit_command(name)
    parsed = check_command(command)
    assert parsed.command == "collector" and parsed.action == action
    service = unit_values(name)["Service"]
    assert service["ExecStart"][0].startswith(f"{INSTALL_PREFIX}/bin/station-app ")
    assert service["User"] == ["station-collector"]
    data_dir = str(parsed.data_dir)
    assert str(parsed.db).startswith(data_dir + "/")
    assert data_dir in " ".join(service["ReadWritePaths"]).split()
    assert service["WorkingDirectory"] == [data_dir]
    expected = {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes",
                "Restart": "on-failure", "StandardOutput": "journal",
                "StandardError": "journal", "UMask": "0077"}
    for key, value in expected.items():
        assert service[key] == [value], f"{name}: {key}={service.get(key)}"
    assert "2" in service["RestartPreventExitStatus"][0].split()
    assert set(service["RestrictAddressFamilies"][0].split()) <= {"AF_UNIX", "AF_INET",
                                                                  "AF_INET6"}


def containerfile() -> list[tuple[int, str, str]]:
    """(line, instruction, rest) for each instruction of the Containerfile."""
    found = []
    for number, line in _logical_lines((FILES / "Containerfile").read_text(encoding="utf-8")):
        text = line.strip()
        if text and not text.startswith("#"):
            instruction, _, rest = text.partition(" ")
            found.append((number, instruction.upper(), " ".join(rest.split())))
    return found


def test_the_containerfile_serves_what_it_exposes_and_checks() -> None:
    lines = containerfile()
    last = {instruction: rest for _number, instruction, rest in lines}
    entrypoint, cmd = json.loads(last["ENTRYPOINT"]), json.loads(last["CMD"])
    assert entrypoint == ["station-app"]
    served = CommandLine("Containerfile CMD", cmd)
    parsed = check_command(served)
    assert parsed.action == "serve" and parsed.host == "0.0.0.0"
    assert last["EXPOSE"] == str(parsed.port)
    assert f"127.0.0.1:{parsed.port}/api/v1/health" in last["HEALTHCHECK"]
    assert last["FROM"].startswith("docker.io/library/debian:") and "slim" in last["FROM"]
    assert last["USER"] not in ("root", "0")
    assert str(parsed.data_dir) in json.loads(last["VOLUME"])
    assert str(parsed.db).startswith(f"{parsed.data_dir}/")
    runs = []
    for number, instruction, rest in lines:
        if instruction == "RUN":
            runs += commands_in(rest, f"Containerfile:{number}")
    assert runs, "the build runs station-app once to show it works"
    for command in runs:
        check_command(command)


def _bytes(size: str) -> int:
    match = re.fullmatch(r"(\d+)\s*([kKmMgG]i?[bB]?)?", size.strip())
    assert match, size
    number, unit = int(match.group(1)), (match.group(2) or "").lower()
    base = 1024 if unit.endswith("ib") or len(unit) == 1 else 1000
    power = {"": 0, "k": 1, "m": 2, "g": 3}[unit[:1]]
    return number * base ** power


def _served_port() -> int:
    parsed = check_command(unit_command("station-collector.service"))
    return int(parsed.port)


def test_nginx_takes_the_largest_batch_and_streams_the_wall() -> None:
    text = (FILES / "nginx.conf").read_text(encoding="utf-8")
    sizes = re.findall(r"^\s*client_max_body_size\s+(\w+);", text, re.M)
    assert sizes and all(_bytes(size) >= LARGEST_BODY for size in sizes), sizes
    stream = re.search(r"location ~ \^/wall/\[\^/\]\+/stream\$ \{(.*?)\}", text, re.S)
    assert stream, "a location for the wall's server-sent events"
    assert "proxy_buffering off;" in stream.group(1)
    timeout = re.search(r"proxy_read_timeout (\d+)([smh]);", stream.group(1))
    assert timeout and int(timeout.group(1)) * {"s": 1, "m": 60, "h": 3600}[
        timeout.group(2)] > 60
    assert "proxy_set_header Host $http_host;" in text
    assert f"server 127.0.0.1:{_served_port()};" in text


def test_caddy_takes_the_largest_batch_and_flushes_the_wall() -> None:
    text = (FILES / "Caddyfile").read_text(encoding="utf-8")
    sizes = re.findall(r"^\s*max_size\s+(\w+)\s*$", text, re.M)
    assert sizes and all(_bytes(size) >= LARGEST_BODY for size in sizes), sizes
    assert re.search(rf"^\s*reverse_proxy 127\.0\.0\.1:{_served_port()} \{{", text, re.M)
    assert re.search(r"^\s*flush_interval -1\s*$", text, re.M)


def test_the_proxies_name_the_client_the_collector_believes_from_them_only() -> None:
    """nginx sets X-Forwarded-For to the peer, Caddy appends it; the unit trusts the
    proxies on the machine (loopback) and nothing else, so each attendee keeps a limit of
    their own and nobody can claim an address."""
    import ipaddress

    nginx = (FILES / "nginx.conf").read_text(encoding="utf-8")
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert "$proxy_add_x_forwarded_for" not in nginx
    trusted = check_command(unit_command("station-collector.service")).trusted_proxy
    assert trusted and all(ipaddress.ip_network(entry).is_loopback for entry in trusted)
    assert "reverse_proxy 127.0.0.1" in (FILES / "Caddyfile").read_text(encoding="utf-8")


def _setup_block() -> Block:
    blocks = [block for block in guide_blocks() if "createuser" in block.body]
    assert len(blocks) == 1, "one block in docs/deployment.md sets up PostgreSQL"
    return blocks[0]


def _run_setup(server: PostgresServer) -> None:
    """The guide's setup block, as the server's administrator. ``--pwprompt`` is left out:
    the test server trusts its socket and there is no terminal to type a password in."""
    connection = ["--host", str(server.socket_dir), "--port", str(server.port),
                  "--username", "postgres"]
    raw = _setup_block().body.splitlines()
    i = 0
    while i < len(raw):
        line, i = raw[i], i + 1
        while line.endswith("\\") and i < len(raw):
            line, i = line[:-1] + " " + raw[i], i + 1
        if not line.strip():
            continue
        tokens = shlex.split(line, comments=True)
        assert tokens[:3] == ["sudo", "-u", "postgres"], line
        tool, args = tokens[3], [t for t in tokens[4:] if t != "--pwprompt"]
        assert tool in ("createuser", "createdb", "psql"), line
        heredoc = [t for t in args if t.startswith("<<")]
        if heredoc:
            args.remove(heredoc[0])
            end = raw.index(heredoc[0][2:], i)
            script = server.base / "deployment-setup.sql"
            script.write_text("\n".join(raw[i:end]) + "\n", encoding="utf-8")
            script.chmod(0o644)
            args += ["--file", str(script)]
            i = end + 1
        server.run(tool, *connection, *args)


@pytest.mark.slow
def test_the_postgres_setup_gives_a_role_with_least_privilege(
        postgres_server: PostgresServer) -> None:
    import psycopg
    from psycopg import sql

    from station_app.collector.store import CollectorStore

    url = (f"postgresql://station_collector@/station_collector?host={postgres_server.socket_dir}"
           f"&port={postgres_server.port}")
    try:
        _run_setup(postgres_server)
        with CollectorStore.open(url) as store:
            store.private_key()
            assert store.counts()["stations"] == 0
        with psycopg.connect(url) as connection:
            row = connection.execute(
                "SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls"
                " FROM pg_roles WHERE rolname = current_user").fetchone()
            assert row == (False, False, False, False, False)
            assert connection.execute(
                "SELECT has_database_privilege(current_database(), 'CREATE'),"
                " has_schema_privilege('public', 'CREATE')").fetchone() == (False, False)
            assert connection.execute(
                "SELECT pg_encoding_to_char(encoding), datcollate FROM pg_database"
                " WHERE datname = current_database()").fetchone() in (
                ("UTF8", "C"), ("UTF8", "C.UTF-8"), ("UTF8", "C.utf8"))
            tables = connection.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'station_collector'"
                " AND tableowner = current_user").fetchone()[0]
            assert tables >= 10
    finally:
        postgres_server.admin(
            sql.SQL("DROP DATABASE IF EXISTS station_collector WITH (FORCE)"),
            sql.SQL("DROP ROLE IF EXISTS station_collector"))
