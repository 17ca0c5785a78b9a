"""A failed export in the facilitator's words: the file layer's reason, worded per language."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from station_app.errors import UserError
from station_app.export.problems import export_problem
from station_app.protocol.files import FileProblem, atomic_file, write_error
from station_app.texts import QT_TRANSLATE_NOOP, Message

STICK = Path("/media/kiosk/STADT-DO/karten.csv")


@pytest.mark.parametrize(("number", "german", "english"), [
    (errno.ENOSPC, "Der Speicher ist voll: /media/kiosk/STADT-DO/karten.csv wurde nicht "
     "gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.",
     "The storage is full: /media/kiosk/STADT-DO/karten.csv was not saved. Please free "
     "some space or use another USB stick."),
    (errno.EROFS, "Hier darf nicht geschrieben werden (schreibgeschützt): "
     "/media/kiosk/STADT-DO/karten.csv",
     "Cannot write here (read-only): /media/kiosk/STADT-DO/karten.csv"),
    (errno.EIO, "Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): "
     "/media/kiosk/STADT-DO/karten.csv",
     "The USB stick reports an error (pulled out or damaged?): "
     "/media/kiosk/STADT-DO/karten.csv"),
    (errno.ENAMETOOLONG, "/media/kiosk/STADT-DO/karten.csv konnte nicht geschrieben werden.",
     "/media/kiosk/STADT-DO/karten.csv could not be written."),
])
def test_a_failed_write_is_worded_without_the_systems_text(number, german, english):
    problem = write_error(OSError(number, "Some system text"), STICK)
    message = export_problem(problem)
    assert message is not None
    assert (message.text("de"), message.text("en")) == (german, english)
    assert str(problem).startswith(f"{STICK}: ")  # the command line's English sentence
    assert "Some system text" not in message.text("de")


def test_a_missing_folder_is_worded_from_a_real_attempt(tmp_path: Path):
    gone = tmp_path / "stick"
    with pytest.raises(FileProblem) as raised, atomic_file(gone / "karten.csv"):
        pass
    message = export_problem(raised.value)
    assert message is not None
    assert message.text("de") == f"Den Ordner {gone} gibt es nicht (USB-Stick abgezogen?)."


def test_the_cores_own_words_come_first_and_unworded_errors_are_left_alone():
    own = Message("ExportProblem", QT_TRANSLATE_NOOP(
        "ExportProblem", "Es gibt noch keine Sitzung, also nichts zu exportieren."))
    assert export_problem(UserError("no sessions", own)) is own
    assert export_problem(UserError("something else")) is None
