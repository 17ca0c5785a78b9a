"""The PyInstaller bundle from build.spec starts the real kiosk headless."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_helpers import ROOT

pytestmark = pytest.mark.slow


def test_bundle_builds_and_passes_the_smoke_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, check=True, capture_output=True, timeout=900)
    bundle = dist / "station-app"
    executable = bundle / "station-app"
    assert executable.is_file()
    internal = bundle / "_internal"
    # What the kiosk needs is inside; what it does not use is left out.
    assert (internal / "ui" / "Main.qml").is_file()
    assert (internal / "resources" / "stations" / "dortmund-stadtgespraech.toml").is_file()
    qt = internal / "PySide6" / "Qt"
    assert list((qt / "plugins" / "platforminputcontexts").glob("*virtualkeyboard*"))
    assert list((qt / "plugins" / "printsupport").glob("*cups*"))
    assert list((qt / "plugins" / "imageformats").glob("*jpeg*"))  # PNG is built into QtGui
    assert not list(qt.glob("lib/libQt6WebEngine*"))
    assert not list(qt.glob("lib/libQt63D*"))
    assert not (qt / "qml" / "QtQuick3D").exists()
    assert not list((internal / "PySide6").glob("QtQuick.*.so"))  # QR codes as data URLs
    assert (qt / "lib" / "libicudata.so.73").stat().st_size < 12 * 2**20  # trimmed ICU data

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    env.pop("PYTHONPATH", None)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    smoke = subprocess.run(
        [str(executable), "run", "--smoke-test", "--data-dir", str(tmp_path / "data")],
        cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stderr
    assert re.search(r"first frame of the start screen after \d+ ms", smoke.stdout)
    check = subprocess.run([str(executable), "check", "--data-dir", str(tmp_path / "data")],
                           cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "configuration ok" in check.stdout
    size_mb = sum(f.lstat().st_size for f in bundle.rglob("*")
                  if f.is_file() and not f.is_symlink()) / 2**20
    print(f"bundle size: {size_mb:.0f} MiB")  # the figure is make bench's (bench_bundle)
    assert size_mb < 200


ICU_CHECK = """
import functools, json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
def ordered(words, locale):
    return sorted(words, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))
zone = QTimeZone(b"Europe/Berlin")
print(json.dumps({
    "de": ordered(["Zebra", "Äpfel", "Apfel", "öde", "Ofen", "Straße", "Strasse"], "de_DE"),
    "ru": ordered(["ёлка", "еда", "яблоко", "арбуз"], "ru_RU"),
    "ar": ordered(["ب", "أ", "ت"], "ar"),
    "tr": QLocale("tr_TR").toUpper("istanbul ıi"),
    "zone": zone.displayName(QTimeZone.TimeType.StandardTime,
                             QTimeZone.NameType.LongName, QLocale("de_DE")),
}, ensure_ascii=False))
"""


def test_the_trimmed_icu_data_answers_as_the_full_one(tmp_path):
    """Collation, Turkish casing and time zone names in the kiosk's languages are unchanged."""
    sys.path.insert(0, str(ROOT / "tools"))
    import PySide6
    from trim_icu_data import trim

    original = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    trimmed = trim(original, tmp_path)
    assert trimmed.stat().st_size < original.stat().st_size / 3
    full = subprocess.run([sys.executable, "-c", ICU_CHECK], capture_output=True, text=True,
                          check=True).stdout
    small = subprocess.run([sys.executable, "-c", ICU_CHECK], capture_output=True, text=True,
                           check=True, env=dict(os.environ, LD_PRELOAD=str(trimmed))).stdout
    assert json.loads(small) == json.loads(full)
    assert json.loads(small)["tr"] == "İSTANBUL Iİ"
    maps = subprocess.run([sys.executable, "-c", "import PySide6.QtCore as q; "
                           "q.QCollator(q.QLocale('de')).compare('a', 'b'); "
                           "print(open('/proc/self/maps').read())"], capture_output=True,
                          text=True, check=True, env=dict(os.environ, LD_PRELOAD=str(trimmed)))
    assert str(trimmed) in maps.stdout  # the trimmed library was the one that answered
