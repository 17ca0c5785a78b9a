"""A smaller ICU data library for the kiosk bundle: only what Qt uses, in the kiosk's languages.

PySide6's QtCore links ICU; its data library (``libicudata.so.73``, ~30 MB) holds every
locale, every legacy code page, transliterators and CJK/Thai dictionaries. Qt asks ICU for
case mapping, normalisation, IDNA, collation (``QCollator``) and time zones; the kiosk's
own texts come from Qt's CLDR tables. This tool keeps the core tables (properties,
normalisation, IDNA, time zones, break rules and dictionaries, the root locale) and every
locale-dependent item for the kiosk's languages, drops the rest (other locales, legacy code
pages, transliterators), and builds a drop-in library with the same soname and
data symbol (an assembler ``.incbin``, linked by gcc). ``icupkg`` (Debian's icu-devtools)
does the unpacking and repacking.

    python tools/trim_icu_data.py ORIGINAL.so OUT_DIR   → OUT_DIR/libicudata.so.73
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The kiosk's languages (resources/translations): their locale data stays."""

LOCALE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]*)*$")
DROPPED_FOLDERS = ("translit/",)
"""Transliteration: Qt never asks ICU for it."""


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, its file offset and its size (from the ELF headers)."""
    symbols = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(library)], check=True,
                             capture_output=True, text=True).stdout
    match = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+\d+\s+"
                      r"(icudt\d+_dat)", symbols)
    if match is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True,
                              capture_output=True, text=True).stdout
    for line in sections.splitlines():
        parts = line.split()
        if ".rodata" in parts:
            i = parts.index(".rodata")
            section_address, section_offset = int(parts[i + 2], 16), int(parts[i + 3], 16)
            return name, address - section_address + section_offset, size
    raise SystemExit(f"{library}: no .rodata section")


def wanted(item: str) -> bool:
    """Whether one item of the ICU data package stays."""
    if item.startswith(DROPPED_FOLDERS):
        return False
    name = item.rpartition("/")[2]
    stem, _, suffix = name.rpartition(".")
    if suffix == "cnv":
        return False  # legacy code pages: Qt converts UTF and Latin-1 itself
    if suffix != "res" or not LOCALE.match(stem):
        return True   # core tables, rules, indexes, time zones, supplemental data
    if stem in ("root", "res_index", "pool"):
        return True
    return stem.split("_")[0] in LANGUAGES


def trim(original: Path, out_dir: Path) -> Path:
    name, offset, size = data_symbol(original)
    soname = original.name
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icu-") as work:
        folder = Path(work)
        package = folder / f"{name.removesuffix('_dat')}l.dat"
        with original.open("rb") as handle:
            handle.seek(offset)
            package.write_bytes(handle.read(size))
        items = subprocess.run(["icupkg", "-l", str(package)], check=True,
                               capture_output=True, text=True).stdout.split()
        removed = [item for item in items if not wanted(item)]
        (folder / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        result = subprocess.run(["icupkg", "-r", str(folder / "remove.txt"), str(package)],
                                capture_output=True, text=True, cwd=folder)
        if result.returncode:
            raise SystemExit(f"icupkg could not trim the data: {result.stderr.strip()}")
        assembly = folder / "icudata.S"
        assembly.write_text(
            '.section .note.GNU-stack,"",@progbits\n'
            ".section .rodata\n"
            f".globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n"
            f'.incbin "{package}"\n.size {name}, .-{name}\n', encoding="utf-8")
        target = out_dir / soname
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o",
                        str(target), str(assembly)], check=True)
    print(f"{soname}: {size / 2**20:.1f} MB → {target.stat().st_size / 2**20:.1f} MB "
          f"({len(items) - len(removed)} of {len(items)} items kept)")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    trim(Path(sys.argv[1]), Path(sys.argv[2]))
