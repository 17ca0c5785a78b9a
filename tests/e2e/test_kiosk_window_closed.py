"""The locked-down kiosk on a real X display when the window system takes its window away.

A close *request* (``WM_DELETE_WINDOW``, a window manager's close) is refused, as the
lock-down wants. A window that is destroyed (``xdotool windowclose``: ``XDestroyWindow``) or
kept unmapped (minimised) ends the kiosk with exit status 3 and one line on stderr, its
database closed, so that a supervisor starts it afresh (``docs/kiosk-setup.md``). Each test
has an Xvfb of its own; some add a window manager (matchbox, a small one made for kiosks).

Nothing sleeps: to know that the kiosk has dealt with a request, the test pings it
(``_NET_WM_PING``, which Qt answers in its event loop) and waits for the answer.
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.paths import database_path
from station_app.storage import integrity_problems, open_database
from tests.waiting import wait_until

from .cli_helpers import ROOT, child_env, station_app

pytestmark = pytest.mark.slow

TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool",
         "matchbox-window-manager": "matchbox-window-manager"}
DESTROYED_LINE = ("station-app: error: the window system destroyed the kiosk's window; "
                  "ending with exit status 3 so that the kiosk's supervisor starts it again")
HIDDEN_LINE = ("station-app: error: the window system has kept the kiosk's window hidden "
               "(minimised, unmapped or on another desktop); ending with exit status 3 so "
               "that the kiosk's supervisor starts it again")

CLIENT_MESSAGE = 33
SUBSTRUCTURE_NOTIFY = 1 << 19
SUBSTRUCTURE_REDIRECT = 1 << 20
STRUCTURE_NOTIFY = 1 << 17
CW_EVENT_MASK = 1 << 11
IS_VIEWABLE = 2


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


def _libxcb() -> ctypes.CDLL:
    xcb = ctypes.CDLL("libxcb.so.1")
    void_p, u8, u16, u32 = ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_uint32
    signatures = {
        "xcb_connect": (void_p, [ctypes.c_char_p, void_p]),
        "xcb_connection_has_error": (ctypes.c_int, [void_p]),
        "xcb_disconnect": (None, [void_p]),
        "xcb_flush": (ctypes.c_int, [void_p]),
        "xcb_get_file_descriptor": (ctypes.c_int, [void_p]),
        "xcb_get_setup": (void_p, [void_p]),
        "xcb_setup_roots_iterator": (_ScreenIterator, [void_p]),
        "xcb_intern_atom": (_Cookie, [void_p, u8, u16, ctypes.c_char_p]),
        "xcb_intern_atom_reply": (void_p, [void_p, _Cookie, void_p]),
        "xcb_send_event": (_Cookie, [void_p, u8, u32, u32, ctypes.c_char_p]),
        "xcb_change_window_attributes": (_Cookie, [void_p, u32, u32, ctypes.POINTER(u32)]),
        "xcb_get_window_attributes": (_Cookie, [void_p, u32]),
        "xcb_get_window_attributes_reply": (void_p, [void_p, _Cookie, void_p]),
        "xcb_get_property": (_Cookie, [void_p, u8, u32, u32, u32, u32, u32]),
        "xcb_get_property_reply": (void_p, [void_p, _Cookie, void_p]),
        "xcb_poll_for_event": (void_p, [void_p]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(xcb, name)
        function.restype, function.argtypes = result, arguments
    return xcb


class XClient:
    """A small X client of the test's own: sends close requests and pings, reads answers.

    It listens on the root window, where Qt sends its answer to a ``_NET_WM_PING``.
    """

    def __init__(self, display: str) -> None:
        self._xcb = _libxcb()
        self._free = ctypes.CDLL(None).free
        self._free.argtypes = [ctypes.c_void_p]
        self._connection = self._xcb.xcb_connect(display.encode(), None)
        if self._xcb.xcb_connection_has_error(self._connection):
            raise AssertionError(f"cannot connect to the X display {display}")
        setup = self._xcb.xcb_get_setup(self._connection)
        screen = self._xcb.xcb_setup_roots_iterator(setup).data
        self.root = ctypes.c_uint32.from_address(screen).value  # xcb_screen_t starts with root
        mask = (ctypes.c_uint32 * 1)(STRUCTURE_NOTIFY | SUBSTRUCTURE_NOTIFY)
        self._xcb.xcb_change_window_attributes(self._connection, self.root, CW_EVENT_MASK, mask)
        self._xcb.xcb_flush(self._connection)
        self._timestamp = 1000

    def close(self) -> None:
        self._xcb.xcb_disconnect(self._connection)

    def atom(self, name: str) -> int:
        cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(name), name.encode())
        reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
        try:
            return ctypes.c_uint32.from_address(reply + 8).value
        finally:
            self._free(reply)

    def _client_message(self, destination: int, mask: int, window: int, kind: str,
                        *data: int) -> None:
        values = [*data, 0, 0, 0, 0, 0][:5]
        event = struct.pack("<BBHII5I", CLIENT_MESSAGE, 32, 0, window, self.atom(kind),
                            *values)
        self._xcb.xcb_send_event(self._connection, 0, destination, mask, event)
        self._xcb.xcb_flush(self._connection)

    def ask_to_close(self, window: int) -> None:
        """``WM_DELETE_WINDOW``: what a window manager sends when someone closes a window."""
        self._client_message(window, 0, window, "WM_PROTOCOLS", self.atom("WM_DELETE_WINDOW"))

    def ask_window_manager_to_close(self, window: int) -> None:
        """``_NET_CLOSE_WINDOW`` to the window manager (as ``wmctrl -c`` and taskbars do)."""
        self._client_message(self.root, SUBSTRUCTURE_NOTIFY | SUBSTRUCTURE_REDIRECT, window,
                             "_NET_CLOSE_WINDOW", 0, 2)

    def ping(self, window: int) -> int:
        self._timestamp += 1
        self._client_message(window, 0, window, "WM_PROTOCOLS", self.atom("_NET_WM_PING"),
                             self._timestamp, window)
        return self._timestamp

    def wait_for_answer(self, window: int, timestamp: int | None, timeout: float) -> None:
        """Until the window's client answers a ping (ours with ``timestamp``, or any)."""
        ping = self.atom("_NET_WM_PING")
        deadline = time.monotonic() + timeout
        fd = self._xcb.xcb_get_file_descriptor(self._connection)
        while True:
            event = self._xcb.xcb_poll_for_event(self._connection)
            if not event:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no answer to _NET_WM_PING within {timeout:g} s: the "
                                         "kiosk closed, hid its window or hangs")
                select.select([fd], [], [], left)  # until the X server says something
                continue
            raw = ctypes.string_at(event, 32)
            self._free(event)
            if raw[0] & 0x7F != CLIENT_MESSAGE:
                continue
            target, = struct.unpack_from("<I", raw, 4)
            data = struct.unpack_from("<5I", raw, 12)
            answered = target == self.root and data[0] == ping and window in data[1:3]
            if answered and timestamp in (None, data[1]):
                return

    def has_dealt_with_everything_sent(self, window: int, timeout: float = 20) -> None:
        """Two pings, one after the other's answer: Qt answers a ping while it reads the
        X events, and delivers the close events those produced right after, before it
        reads again; so once the second answer is in, every earlier request was handled."""
        for _ in range(2):
            self.wait_for_answer(window, self.ping(window), timeout)

    def map_state(self, window: int) -> int:
        """0 unmapped, 1 unviewable, 2 viewable; -1 when the window no longer exists."""
        cookie = self._xcb.xcb_get_window_attributes(self._connection, window)
        reply = self._xcb.xcb_get_window_attributes_reply(self._connection, cookie, None)
        if not reply:
            return -1
        try:
            return ctypes.c_uint8.from_address(reply + 26).value
        finally:
            self._free(reply)

    def window_manager_running(self) -> bool:
        """Whether a window manager announces itself (``_NET_SUPPORTING_WM_CHECK``)."""
        atom_window = 33
        cookie = self._xcb.xcb_get_property(self._connection, 0, self.root,
                                            self.atom("_NET_SUPPORTING_WM_CHECK"),
                                            atom_window, 0, 1)
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, None)
        try:
            return bool(reply) and ctypes.c_uint32.from_address(reply + 16).value > 0
        finally:
            self._free(reply)


def _require_tools() -> None:
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"missing Debian packages {', '.join(missing)} (tools/debian-packages.txt;"
                    " make test installs them)", pytrace=False)


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """An Xvfb of this test's own, on a display number it picks itself (-displayfd).

    ``-noreset``: by default an X server resets whenever its last client leaves, and a
    client connecting meanwhile is turned away (each ``xdotool`` call is such a client).
    """
    _require_tools()
    read_end, write_end = os.pipe()
    with (tmp_path / "xvfb.log").open("wb") as log:
        server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-noreset",
                                   "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                  pass_fds=(write_end,), stdout=log, stderr=log)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()  # written once the server accepts clients
        if not number:
            pytest.fail("Xvfb did not start", pytrace=False)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def x_client(x_display: str) -> Iterator[XClient]:
    client = XClient(x_display)
    yield client
    client.close()


@pytest.fixture
def window_manager(x_display: str, x_client: XClient) -> Iterator[None]:
    """matchbox-window-manager on the test's display, up before the kiosk starts."""
    manager = subprocess.Popen(["matchbox-window-manager", "-use_titlebar", "no",
                                "-display", x_display],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(x_client.window_manager_running, 30, "the window manager to start")
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=30)


@dataclass
class KioskProcess:
    """``station-app run`` (locked down, full screen) as a real process on the display."""

    process: subprocess.Popen[bytes]
    display: str
    data_dir: Path
    stderr_path: Path

    def window(self) -> int:
        """The kiosk's window, once it is on screen."""
        def search() -> int:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                    str(self.process.pid)], capture_output=True, text=True,
                                   env={**os.environ, "DISPLAY": self.display}, timeout=30,
                                   check=False).stdout.split()
            assert self.process.poll() is None, self.stderr()
            return int(found[0]) if found else 0

        window = wait_until(search, 60, "the kiosk's window")
        wait_until(lambda: database_path(self.data_dir).exists(), 60, "the station to open")
        return window

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                       check=True, timeout=30)

    def exit_status(self, timeout: float = 20) -> int:
        return self.process.wait(timeout=timeout)

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def start_kiosk(x_display: str, tmp_path: Path) -> Iterator[Callable[..., KioskProcess]]:
    started: list[KioskProcess] = []

    def start(*options: str) -> KioskProcess:
        env = {**child_env(), "DISPLAY": x_display, "QT_QUICK_BACKEND": "software"}
        for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        data_dir = tmp_path / "data"
        stderr_path = tmp_path / "kiosk.stderr"
        with stderr_path.open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "station_app", "run", *options, "--data-dir",
                 str(data_dir)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        kiosk = KioskProcess(process, x_display, data_dir, stderr_path)
        started.append(kiosk)
        return kiosk

    yield start
    for kiosk in started:
        if kiosk.process.poll() is None:
            kiosk.process.kill()
            kiosk.process.wait(timeout=30)


def assert_ended_for_want_of_a_window(kiosk: KioskProcess, line: str) -> None:
    """Exit status 3, the one line on stderr, and the database closed (nothing left open)."""
    assert kiosk.exit_status() == 3, kiosk.stderr()
    assert kiosk.stderr().strip().splitlines() == [line]
    assert_database_closed(kiosk.data_dir)


def assert_database_closed(data_dir: Path) -> None:
    """SQLite removes the write-ahead log when the last connection closes, not on a crash."""
    wal = database_path(data_dir).with_name(database_path(data_dir).name + "-wal")
    assert not wal.exists(), "the database was not closed (its write-ahead log is left)"


def _hand_in_card(kiosk: KioskProcess, text: str) -> None:
    """A card stored while the kiosk runs (a second writer, as a transcribing facilitator)."""
    added = station_app("cards", "add", "--prompt", "idee", "--topic", "wohnen", "--text",
                        text, data_dir=kiosk.data_dir)
    assert added.returncode == 0, added.stderr


def _stored_cards(data_dir: Path) -> list[str]:
    """The cards' texts, after checking the database file is sound."""
    db = open_database(database_path(data_dir))
    try:
        assert integrity_problems(db) == []
    finally:
        db.close()
    listed = station_app("cards", "list", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    return [card["text"] for card in json.loads(listed.stdout)]


def test_a_destroyed_window_ends_the_kiosk_with_status_3_and_its_cards_kept(start_kiosk,
                                                                            x_client):
    kiosk = start_kiosk()
    window = kiosk.window()
    _hand_in_card(kiosk, "Vor dem Fensterverlust")
    kiosk.xdotool("windowclose", str(window))
    assert_ended_for_want_of_a_window(kiosk, DESTROYED_LINE)
    assert x_client.map_state(window) == -1
    assert _stored_cards(kiosk.data_dir) == ["Vor dem Fensterverlust"]


def test_a_window_kept_unmapped_ends_the_kiosk(start_kiosk):
    kiosk = start_kiosk()
    window = kiosk.window()
    unmapped_at = time.monotonic()
    kiosk.xdotool("windowunmap", str(window))
    assert_ended_for_want_of_a_window(kiosk, HIDDEN_LINE)
    assert time.monotonic() - unmapped_at >= 3  # a window manager's brief unmap is allowed


def test_close_requests_without_a_window_manager_are_refused(start_kiosk, x_client):
    kiosk = start_kiosk()
    window = kiosk.window()
    kiosk.xdotool("key", "alt+F4", "Escape")  # without a window manager: keys to the kiosk
    x_client.ask_to_close(window)
    x_client.has_dealt_with_everything_sent(window)
    assert kiosk.process.poll() is None, kiosk.stderr()
    assert x_client.map_state(window) == IS_VIEWABLE
    # Still the kiosk it was: it notices when the window is then really taken away.
    kiosk.xdotool("windowclose", str(window))
    assert_ended_for_want_of_a_window(kiosk, DESTROYED_LINE)


@pytest.mark.parametrize("sender", ["the test", "the window manager"])
def test_the_same_requests_close_the_development_window(sender, start_kiosk, x_client,
                                                        request):
    """The control: the close requests here are real ones (``run --windowed`` obeys them)."""
    if sender == "the window manager":
        request.getfixturevalue("window_manager")
    kiosk = start_kiosk("--windowed")
    window = kiosk.window()
    if sender == "the test":
        x_client.ask_to_close(window)
    else:
        x_client.ask_window_manager_to_close(window)
    assert kiosk.exit_status() == 0, kiosk.stderr()
    assert "Traceback" not in kiosk.stderr()


@pytest.mark.usefixtures("window_manager")
def test_the_window_managers_close_is_refused_and_its_destroy_ends_the_kiosk(start_kiosk,
                                                                            x_client):
    kiosk = start_kiosk()
    window = kiosk.window()
    x_client.ask_window_manager_to_close(window)
    # The window manager sends WM_DELETE_WINDOW and then pings to see whether the window
    # is still alive; once the kiosk answers, it has had the close request.
    x_client.wait_for_answer(window, None, timeout=30)
    x_client.has_dealt_with_everything_sent(window)
    assert kiosk.process.poll() is None, kiosk.stderr()
    assert x_client.map_state(window) == IS_VIEWABLE
    kiosk.xdotool("windowclose", str(window))
    assert_ended_for_want_of_a_window(kiosk, DESTROYED_LINE)


@pytest.mark.usefixtures("window_manager")
def test_a_window_minimised_by_the_window_manager_ends_the_kiosk(start_kiosk):
    kiosk = start_kiosk()
    window = kiosk.window()
    kiosk.xdotool("windowminimize", str(window))
    assert_ended_for_want_of_a_window(kiosk, HIDDEN_LINE)


def test_a_killed_connection_ends_the_kiosk_with_status_1_and_its_cards_kept(start_kiosk):
    """``xdotool windowkill`` (XKillClient) cuts the kiosk's X connection: Qt says so in
    one line and ends the event loop with status 1 itself; the kiosk leaves the same clean
    way (database closed), and its supervisor restarts it just the same."""
    kiosk = start_kiosk()
    window = kiosk.window()
    _hand_in_card(kiosk, "Vor dem Verbindungsabbruch")
    kiosk.xdotool("windowkill", str(window))
    assert kiosk.exit_status() == 1, kiosk.stderr()
    assert kiosk.stderr().strip().splitlines() == [
        "The X11 connection broke (error 1). Did the X11 server die?"]
    assert_database_closed(kiosk.data_dir)
    assert _stored_cards(kiosk.data_dir) == ["Vor dem Verbindungsabbruch"]
