"""Lint every QML file of ui/ with qmllint, knowing the Python bridges' types.

qmllint reads types from ``.qmltypes`` files, which the Python bridges (registered with
``@QmlElement`` at run time) do not have. Like ``pyside6-project`` does, this generates
them: ``pyside6-metaobjectdump`` describes each bridge module, ``pyside6-qmltyperegistrar``
turns that into ``.qmltypes`` of the QML module ``Station.Bridge``, and qmllint runs with
that module on its import path. Any warning fails (exit status 1): ``make test`` runs this.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BRIDGES = ROOT / "station_app" / "qml"
IMPORT_NAME = "Station.Bridge"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def qt_metatypes() -> list[Path]:
    """Qt's own metatypes (QtCore, QtGui, QtQml, QtQuick), for the bridges' base classes."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    wanted = ("qt6core_", "qt6gui_", "qt6qml_", "qt6quick_")
    return sorted(p for p in folder.glob("*.json") if p.name.startswith(wanted))


def generate_types(out: Path) -> Path:
    """Write ``Station/Bridge/{qmldir,bridges.qmltypes}`` below ``out``; returns ``out``.

    All bridge modules go through one registrar run, so a type that one module uses and
    another defines (``ChoiceListModel``) is described once, fully.
    """
    module = out.joinpath(*IMPORT_NAME.split("."))
    module.mkdir(parents=True, exist_ok=True)
    described: list[object] = []
    for source in sorted(BRIDGES.glob("*.py")):
        if "@QmlElement" not in source.read_text(encoding="utf-8"):
            continue
        dump = subprocess.run([tool("pyside6-metaobjectdump"), "--quiet", str(source)],
                              check=True, capture_output=True, text=True)
        described += json.loads(dump.stdout)
    metatypes = module / "bridges.json"
    metatypes.write_text(json.dumps(described), encoding="utf-8")
    foreign = ",".join(str(p) for p in qt_metatypes())
    subprocess.run([tool("pyside6-qmltyperegistrar"), "--generate-qmltypes",
                    str(module / "bridges.qmltypes"), "-o", str(module / "bridges.cpp"),
                    "--import-name", IMPORT_NAME, "--major-version", "1",
                    "--minor-version", "0", f"--foreign-types={foreign}", str(metatypes)],
                   check=True, capture_output=True)
    (module / "qmldir").write_text(f"module {IMPORT_NAME}\ntypeinfo bridges.qmltypes\n",
                                   encoding="utf-8")
    return out


def lint(files: list[Path], types: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("pyside6-qmllint"), "-I", str(types), "-I", str(ROOT),
                           *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def main() -> int:
    files = sorted((ROOT / "ui").rglob("*.qml"))
    with tempfile.TemporaryDirectory(prefix="qmllint-") as folder:
        result = lint(files, generate_types(Path(folder)))
    output = (result.stdout + result.stderr).strip()
    if output or result.returncode:
        print(output or f"qmllint failed with exit status {result.returncode}")
        return 1
    print(f"qmllint: {len(files)} QML files, no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
