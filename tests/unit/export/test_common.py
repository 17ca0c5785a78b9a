"""What all exports share: atomic files, the scope, clear errors, the audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.errors import UserError
from station_app.export.common import safe_file_name
from station_app.export.exporter import Exporter
from station_app.intake import CardDraft


def _card(station, text="Mehr Bänke im Park"):
    return station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen", text=text))


def test_default_scope_is_the_open_session_else_the_latest(station, clock, tmp_path):
    exporter = Exporter(station.db, station.config, clock)
    with pytest.raises(UserError, match="no sessions yet"):
        exporter.scope()
    first = station.sessions.open("Vormittag")
    _card(station)
    assert exporter.scope().session == first
    station.sessions.close()
    assert exporter.scope().session.id == first.id  # closed, but still the latest
    second = station.sessions.open("Nachmittag")
    assert exporter.scope().session == second
    assert exporter.scope(session_id=first.id).session.id == first.id
    assert exporter.scope(all_sessions=True).session is None
    with pytest.raises(UserError, match="there is no session 42"):
        exporter.scope(session_id=42)
    with pytest.raises(UserError, match="unknown export format"):
        exporter.write("docx", tmp_path / "x.docx")


def test_export_is_recorded_in_the_audit_log(station, clock, tmp_path):
    station.sessions.open("Vormittag")
    _card(station)
    Exporter(station.db, station.config, clock).write("csv", tmp_path / "a.csv", actor="Lea")
    entry = station.audit.entries(limit=1)[0]
    assert (entry.action, entry.actor) == ("export.write", "Lea")
    assert entry.details["format"] == "csv" and entry.details["cards"] == 1
    assert entry.details["file"] == "a.csv"


def test_export_from_a_file_database_reads_on_its_own_connection(tmp_path):
    from station_app.station import Station

    station = Station.open(data_dir=tmp_path / "data")
    try:
        station.sessions.open("Vormittag")
        _card(station)
        exporter = Exporter(station.db, station.config)
        result = exporter.write("json", tmp_path / "out.json")
        assert result.cards == 1
        assert station.audit.entries(limit=1)[0].action == "export.write"
        assert not station.db.conn.in_transaction
    finally:
        station.close()


def test_suggested_names_are_safe_for_usb_sticks(station, clock):
    station.sessions.open("Vormittag")
    exporter = Exporter(station.db, station.config, clock)
    name = exporter.suggested_name("pdf", exporter.scope())
    assert name.startswith("buergerhalle-1_sitzung-1_2026-09-28_") and name.endswith(".pdf")
    assert safe_file_name('Bericht: "Wohnen"/Nord?.pdf') == "Bericht_Wohnen_Nord_.pdf"
    assert Path(safe_file_name("..")).name == "export"
