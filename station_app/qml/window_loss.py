"""Noticing that the window system has taken the kiosk's window away, so the kiosk can end.

A close *request* (Alt+F4 through a window manager, ``WM_DELETE_WINDOW``) is the kiosk's to
refuse, and it does (``ui/Main.qml``). On X11, though, any other client may destroy the
window outright (``xdotool windowclose`` is ``XDestroyWindow``) or unmap it (minimised, on
another virtual desktop), and Qt carries on without one: no close event, the window still
"visible", only no longer exposed. A kiosk without a window serves nobody and says nothing;
ending it lets the supervisor (the kiosk session, systemd) start it afresh
(``docs/kiosk-setup.md``).

Qt has no signal for either case, so a slow timer looks: an exposed window costs one call
to C++. An unexposed one is looked up at the X server: a window that no longer exists is
gone at once; one that exists but stays unmapped is taken as gone after ``UNMAPPED_GRACE``
(a window manager that takes the window into its frame unmaps it for a moment).

Only on X11 (Qt's ``xcb`` platform). A Wayland compositor cannot destroy a client's window,
it can only ask (and the kiosk refuses), and a Wayland window is legitimately unexposed
while the screen sleeps. When the connection to the X server itself breaks (``xdotool
windowkill``, a crashed X server), Qt says so ("The X11 connection broke") and ends the
event loop with status 1 by itself; the kiosk then leaves the same clean way.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow

__all__ = ["UNMAPPED_GRACE", "WindowLossWatch", "x_window_exists"]

UNMAPPED_GRACE = 3.0
"""Seconds an existing window may stay unmapped before the kiosk counts it as taken away."""

LOOK_INTERVAL_MS = 250
"""How often the watch looks; the kiosk ends within this much of losing its window."""

DESTROYED = "destroyed"
UNMAPPED = "unmapped"

_BAD_WINDOW = 3  # the X protocol's error code for a window id that does not exist


class _Cookie(ctypes.Structure):
    """libxcb's ``xcb_get_window_attributes_cookie_t``: the request's sequence number."""

    _fields_ = [("sequence", ctypes.c_uint)]


_libraries: dict[str, ctypes.CDLL] = {}


def _xcb() -> ctypes.CDLL | None:
    """libxcb (the library Qt's X11 platform talks through), loaded on first use."""
    if "xcb" not in _libraries:
        try:
            xcb = ctypes.CDLL("libxcb.so.1")  # by soname: find_library would run ldconfig
        except OSError:
            return None
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_window_attributes.restype = _Cookie
        xcb.xcb_get_window_attributes.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_get_window_attributes_reply.restype = ctypes.c_void_p
        xcb.xcb_get_window_attributes_reply.argtypes = [
            ctypes.c_void_p, _Cookie, ctypes.POINTER(ctypes.c_void_p)]
        libc = ctypes.CDLL(None)  # libxcb's replies are malloc()ed: free() from libc
        libc.free.argtypes = [ctypes.c_void_p]
        _libraries.update(xcb=xcb, libc=libc)
    return _libraries["xcb"]


def x_window_exists(window_id: int, display: str | None = None) -> bool | None:
    """Whether the X server still has this window; None when the server cannot be asked.

    A connection of its own (``display`` None: ``$DISPLAY``, as Qt's): window ids are the
    server's, so any client may look one up, and Qt's own connection is left alone.
    """
    xcb = _xcb()
    if xcb is None:
        return None
    free = _libraries["libc"].free
    connection = xcb.xcb_connect(display.encode() if display else None, None)
    try:
        if xcb.xcb_connection_has_error(connection):
            return None
        error = ctypes.c_void_p()
        cookie = xcb.xcb_get_window_attributes(connection, window_id)
        reply = xcb.xcb_get_window_attributes_reply(connection, cookie, ctypes.byref(error))
        if reply:
            free(reply)
            return True
        if not error.value:
            return None  # the connection broke: Qt finds out on its own
        # xcb_generic_error_t: response_type, then error_code.
        code = ctypes.c_uint8.from_address(error.value + 1).value
        free(error)
        return False if code == _BAD_WINDOW else None
    finally:
        xcb.xcb_disconnect(connection)


class WindowLossWatch(QObject):
    """Calls ``on_lost(reason)`` once, when the X server has taken the window away.

    ``reason`` is ``"destroyed"`` (the window no longer exists) or ``"unmapped"`` (it has
    stayed unmapped for ``grace`` seconds while the kiosk meant it to be shown). A window
    the application itself hides or closes is not watched. The grace is counted in looks,
    not read off a clock: each look comes in a pass of the event loop of its own, after Qt
    has read the X events before it, so a loop held up (compiling QML, say) cannot make a
    window that was mapped again meanwhile look unmapped for long.
    """

    def __init__(self, window: QWindow, on_lost: Callable[[str], None], *,
                 window_exists: Callable[[int], bool | None] = x_window_exists,
                 grace: float = UNMAPPED_GRACE) -> None:
        super().__init__(window)
        self._window = window
        self._on_lost = on_lost
        self._window_exists = window_exists
        self._grace_looks = max(1, math.ceil(grace * 1000 / LOOK_INTERVAL_MS))
        self._unmapped_looks = 0
        self.lost_reason = ""
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_INTERVAL_MS)
        self._timer.timeout.connect(self.look)

    def start(self) -> bool:
        """Start looking (only on X11); returns whether the watch runs."""
        if QGuiApplication.platformName() != "xcb":
            return False
        self._timer.start()
        return True

    @Slot()
    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def look(self) -> None:
        """One look at the window (the timer's; tests may call it directly)."""
        window = self._window
        if self.lost_reason or not window.isVisible() or window.isExposed():
            self._unmapped_looks = 0
            return
        if self._window_exists(int(window.winId())) is False:
            self._lose(DESTROYED)
            return
        # The first look starts the grace (it may also be the kiosk's start: the window is
        # shown, but the X server has not mapped it yet).
        self._unmapped_looks += 1
        if self._unmapped_looks > self._grace_looks:
            self._lose(UNMAPPED)

    def _lose(self, reason: str) -> None:
        self.lost_reason = reason
        self.stop()
        self._on_lost(reason)
