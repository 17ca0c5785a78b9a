"""Making sure the kiosk has a screen it can use, or saying in one line why not.

Qt aborts the process with a page of plugin messages when it finds no display, or when the
X11 platform plugin cannot load because a system library is missing (on a fresh Debian
desktop: ``libxcb-icccm4``, ``libxcb-keysyms1``, ``libxcb-cursor0`` …). Both are checked
here before Qt starts, without importing Qt, and reported as a ``UserError`` that names the
Debian packages to install. ctypes and subprocess load only on a desktop (an X display):
the headless smoke test and the Wayland kiosk do not pay for them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

from station_app.errors import UserError

# Qt 6.5+ opens libxcb-cursor at run time (dlopen), so ldd cannot see that it is missing.
RUNTIME_LIBRARIES = {"xcb-cursor": "libxcb-cursor.so.0"}

# Debian names a library package after its soname ("libxcb-icccm.so.4" → "libxcb-icccm4");
# the few that do not follow the rule are listed.
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
}


def debian_package(soname: str) -> str:
    """The Debian package that ships a shared library, by Debian's naming policy."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    match = re.fullmatch(r"(lib.+)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries(library: Path) -> list[str]:
    """Sonames that ``library`` links against and the dynamic loader cannot find."""
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None or not library.exists():
        return []
    try:
        result = subprocess.run([ldd, str(library)], capture_output=True, text=True,
                                timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    found = re.findall(r"^\s*(\S+)\s*=>\s*not found", result.stdout, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def qt_plugin(name: str) -> Path | None:
    """The path of one of PySide6's platform plugins (``xcb``), without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.exists() else None


def missing_xcb_packages(plugin: Path | None = None) -> list[str]:
    """Debian packages the X11 platform plugin needs and this machine lacks.

    Loading the plugin is the quick check (its libraries are needed anyway); only when
    that fails is ``ldd`` asked for the whole list.
    """
    import ctypes
    import ctypes.util

    plugin = plugin or qt_plugin("xcb")
    if plugin is None:
        return []
    try:
        ctypes.CDLL(str(plugin))
        missing = []
    except OSError:
        missing = missing_libraries(plugin)
    missing += [soname for short, soname in RUNTIME_LIBRARIES.items()
                if ctypes.util.find_library(short) is None]
    return sorted({debian_package(soname) for soname in missing})


def choose_display(*, smoke_test: bool) -> None:
    """Make sure Qt has a screen it can use, or say in one line why the kiosk cannot start.

    Without X11 or Wayland (e.g. over SSH) the smoke test runs headless; a kiosk set-up
    without a desktop names its platform itself (``QT_QPA_PLATFORM=eglfs`` or ``linuxfb``).
    """
    if not sys.platform.startswith("linux"):
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform.split(":")[0] != "xcb":
        return
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return  # Qt prefers Wayland then and falls back to X11 by itself
    if not os.environ.get("DISPLAY"):
        if smoke_test and not platform:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return
        raise UserError("there is no screen to show the kiosk on (neither DISPLAY nor "
                        "WAYLAND_DISPLAY is set): start it in the station's desktop session, "
                        "or set QT_QPA_PLATFORM (e.g. eglfs) for a set-up without a desktop")
    packages = missing_xcb_packages()
    if packages:
        raise UserError("Qt cannot open the X11 display: system libraries are missing; "
                        f"install them with: sudo apt-get install {' '.join(packages)}")
    if not x_display_reachable(os.environ["DISPLAY"]):
        raise UserError(f"cannot connect to the X display {os.environ['DISPLAY']!r}: is the "
                        "desktop session running, and may this user open windows on it?")


def x_display_reachable(display: str) -> bool:
    """Whether an X server answers on ``display`` (True when libxcb cannot be asked)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)
