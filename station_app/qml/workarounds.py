"""Workarounds for bugs in the libraries under the kiosk, each installed explicitly.

``install_workarounds()`` is called once at start-up (``app.run_kiosk``, right after the
start screen's first frame, and the QML test suite), never as an import side effect. Each
workaround is gated on the versions that need it, and ``tests/qml/test_workarounds.py``
holds a control test per bug that fails once upstream has fixed it, so we notice when a
workaround can go (qutebrowser's habit).
"""

from __future__ import annotations

import sys

import PySide6

REFCOUNT_BUG_VERSIONS = ((6, 12), (6, 13))
"""PySide6 from 6.12 up to (not including) 6.13 on CPython before 3.12 (where the
singletons became immortal)."""

_installed: set[str] = set()


def pyside_version() -> tuple[int, int]:
    major, minor = PySide6.__version__.split(".")[:2]
    return int(major), int(minor)


def needs_refcount_guard(version: tuple[int, int] | None = None,
                         python: tuple[int, int] | None = None) -> bool:
    """Whether this PySide6 on this Python has the ``Signal.emit`` refcount bug."""
    low, high = REFCOUNT_BUG_VERSIONS
    version = version or pyside_version()
    python = python or (sys.version_info.major, sys.version_info.minor)
    return low <= version < high and python < (3, 12)


def guard_singleton_refcounts() -> bool:
    """Work around a reference-counting bug in PySide6 6.12 on Python < 3.12.

    ``Signal.emit()`` returns ``True`` without taking a reference, and wrapped calls that
    return a null pointer (``findChild`` finding nothing, the root item's ``parentItem()``)
    return ``None`` the same way. Each such call takes one reference from the singleton;
    a kiosk emits thousands of signals an hour, so after a while the interpreter aborts
    ("deallocating True"). Giving the three singletons a reserve far larger than any run
    can use makes the bug harmless. Returns whether the guard was installed now.
    """
    if "refcount" in _installed or not needs_refcount_guard():
        return False
    import ctypes  # only here: 2 ms the start screen need not wait for

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _installed.add("refcount")
    return True


def install_workarounds() -> list[str]:
    """Install every workaround this machine's library versions need; returns their names."""
    guard_singleton_refcounts()
    return sorted(_installed)
