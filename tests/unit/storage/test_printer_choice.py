"""The printer chosen on the dashboard: remembered in the database, audited, wins over TOML."""

from __future__ import annotations

from station_app.storage import AuditLog, open_database
from station_app.storage.printer_choice import PrinterChoice


def test_a_choice_survives_a_restart_and_is_audited(tmp_path):
    path = tmp_path / "station.db"
    db = open_database(path)
    choice = PrinterChoice(db)
    assert choice.chosen() == "" and choice.effective("Bon") == "Bon"
    choice.choose("Kasse-Foyer")
    choice.choose("Buero")
    db.close()

    db = open_database(path)  # the station starts again
    try:
        again = PrinterChoice(db)
        assert again.chosen() == "Buero"
        assert again.effective("Bon") == "Buero" and again.effective("") == "Buero"
        entries = [(e.actor, e.action, e.details) for e in AuditLog(db).entries()]
        assert entries == [
            ("facilitator", "printer.choose", {"name": "Buero", "previous": "Kasse-Foyer"}),
            ("facilitator", "printer.choose", {"name": "Kasse-Foyer", "previous": ""}),
        ]
        again.choose("")  # back to the configuration
        assert again.effective("Bon") == "Bon"
    finally:
        db.close()
