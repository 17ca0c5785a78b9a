"""The rooms of the house: who may import whom (read from the source, nothing imported)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "station_app"

SHARED = {"station_app", "station_app.errors", "station_app.clock",
          "station_app.durable_sqlite"}
"""Neutral modules both deployables may use."""


def imports_of(folder: str) -> dict[str, set[str]]:
    """Every module a package's files import (including imports inside functions)."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE.parent))] = names
    return found


def _outside(names: set[str], allowed_prefixes: tuple[str, ...]) -> set[str]:
    return {name for name in names if name.startswith("station_app")
            and name not in SHARED and not name.startswith(allowed_prefixes)}


def test_the_protocol_imports_only_itself_and_the_shared_modules() -> None:
    for module, names in imports_of("protocol").items():
        assert not _outside(names, ("station_app.protocol",)), module


def test_the_collector_never_reaches_into_the_station() -> None:
    """No kiosk, storage, sync, config or export code: the collector runs on its own."""
    for module, names in imports_of("collector").items():
        assert not _outside(names, ("station_app.protocol", "station_app.collector")), module


@pytest.mark.parametrize("folder", ["protocol", "collector", "storage", "sync", "export",
                                    "receipts", "cli"])
def test_the_core_never_imports_qt(folder: str) -> None:
    for module, names in imports_of(folder).items():
        if module == "station_app/receipts/printing.py":
            continue  # the one place that needs Qt's print system (design rule 1)
        assert not {n for n in names if n.startswith("PySide6")}, module


def test_the_top_level_core_modules_never_import_qt() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "app.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("PySide6"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("PySide6") for a in node.names), path.name


def test_the_unit_tests_mirror_the_package():
    """tests/unit/<package>/test_<module>.py for station_app/<package>/<module>.py."""
    tests = Path(__file__).resolve().parent
    strays = []
    for test in sorted(tests.rglob("test_*.py")):
        if test == Path(__file__).resolve():
            continue
        module = PACKAGE / test.relative_to(tests).parent / test.name.removeprefix("test_")
        if not module.exists():
            strays.append(str(test.relative_to(tests)))
    assert strays == [], "name these after the module they test"
