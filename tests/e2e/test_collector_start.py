"""The collector's own start: every problem in one line, exit 2, before it says "listening"."""

from __future__ import annotations

import socket

import pytest

from .cli_helpers import assert_one_line_error, station_app


@pytest.fixture
def busy_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        yield sock.getsockname()[1]


@pytest.mark.parametrize(("options", "said"), [
    (["--page-rate", "nan"], "--page-rate must be a number"),
    (["--page-rate", "-3"], "--page-rate must be a number"),
    (["--page-rate", "inf"], "--page-rate must be a number"),
    (["--clock-skew-hours", "1e20"], "--clock-skew-hours must be between"),
    (["--clock-skew-hours", "nan"], "--clock-skew-hours must be between"),
    (["--port", "70000"], "--port must be between"),
    (["--host", "10.99.99.99"], "not an address of this machine"),
    (["--host", "no-such-host.invalid"], "not an address of this machine"),
])
def test_bad_options_end_in_one_line(tmp_path, options, said):
    result = station_app("collector", "serve", "--db", str(tmp_path / "c.db"), *options,
                         data_dir=tmp_path, timeout=30)
    line = assert_one_line_error(result)
    assert said in line
    assert b"listening" not in result.stdout


def test_a_port_in_use_ends_in_one_line(tmp_path, busy_port):
    result = station_app("collector", "serve", "--db", str(tmp_path / "c.db"), "--port",
                         str(busy_port), data_dir=tmp_path, timeout=30)
    line = assert_one_line_error(result)
    assert f"port {busy_port}" in line and "already in use" in line
    assert b"listening" not in result.stdout
