"""The kiosk's screen check: missing X11 libraries and an absent display in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from station_app.display import (
    choose_display,
    debian_package,
    missing_libraries,
    missing_xcb_packages,
    qt_plugin,
)
from station_app.errors import UserError


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libEGL.so.1", "libegl1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_debian_package_names_follow_debian_policy(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def _library_with_missing_dependency(folder: Path) -> Path:
    """A real shared object that links against a library which is gone afterwards."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    assert gcc, "a C compiler is part of the machine"
    (folder / "stub.c").write_text("int stub_symbol(void) { return 1; }\n")
    (folder / "plugin.c").write_text("int stub_symbol(void);\nint use(void) "
                                     "{ return stub_symbol(); }\n")
    stub = folder / "libxcb-vanished.so.7"
    subprocess.run([gcc, "-shared", "-fPIC", "-Wl,-soname,libxcb-vanished.so.7",
                    "-o", str(stub), str(folder / "stub.c")], check=True)
    (folder / "libxcb-vanished.so").symlink_to(stub.name)
    plugin = folder / "libqfake.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-o", str(plugin), str(folder / "plugin.c"),
                    f"-L{folder}", "-lxcb-vanished"], check=True)
    stub.unlink()
    return plugin


def test_a_missing_library_is_named_with_its_debian_package(tmp_path: Path) -> None:
    plugin = _library_with_missing_dependency(tmp_path)
    assert missing_libraries(plugin) == ["libxcb-vanished.so.7"]
    assert "libxcb-vanished7" in missing_xcb_packages(plugin)


def test_this_machine_has_everything_the_x11_plugin_needs() -> None:
    """`make test` installs the packages the README lists for `make run`."""
    plugin = qt_plugin("xcb")
    assert plugin is not None and plugin.exists()
    assert missing_xcb_packages(plugin) == []


def test_no_display_is_one_clear_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(UserError, match="no screen"):
        choose_display(smoke_test=False)
    choose_display(smoke_test=True)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_an_unreachable_x_display_is_reported_before_qt_aborts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":93"  # no X server there
    result = subprocess.run(
        [sys.executable, "-m", "station_app", "run", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot connect to the X display ':93'" in lines[0]
