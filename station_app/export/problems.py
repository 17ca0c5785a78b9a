"""What a failed export means for the facilitator, in the words of the catalogue.

The file layer (``protocol/files.py``) says why a file cannot be written in English and
with a ``kind`` (``FileProblem``); the dashboard says it in the UI language, naming the
file, never the operating system's error text.
"""

from __future__ import annotations

from station_app.errors import UserError
from station_app.protocol.files import FileProblem
from station_app.texts import QT_TRANSLATE_NOOP, Message

CONTEXT = "ExportProblem"

_KINDS = {
    "disk_full": QT_TRANSLATE_NOOP("ExportProblem", "Der Speicher ist voll: %1 wurde nicht "
                                   "gespeichert. Bitte Platz schaffen oder einen anderen "
                                   "USB-Stick nehmen."),
    "read_only": QT_TRANSLATE_NOOP("ExportProblem", "Hier darf nicht geschrieben werden "
                                   "(schreibgeschützt): %1"),
    "device_error": QT_TRANSLATE_NOOP("ExportProblem", "Der USB-Stick meldet einen Fehler "
                                      "(abgezogen oder beschädigt?): %1"),
    "is_folder": QT_TRANSLATE_NOOP("ExportProblem", "%1 ist ein Ordner, keine Datei."),
    "not_a_file": QT_TRANSLATE_NOOP("ExportProblem", "%1 ist keine gewöhnliche Datei."),
    "no_folder": QT_TRANSLATE_NOOP("ExportProblem", "Den Ordner %1 gibt es nicht (USB-Stick "
                                   "abgezogen?)."),
    "other": QT_TRANSLATE_NOOP("ExportProblem", "%1 konnte nicht geschrieben werden."),
}


def export_problem(error: UserError) -> Message | None:
    """The catalogue's message for ``error``: its own, or one for a file that could not be
    written; None when the core did not word it."""
    if error.message is not None:
        return error.message
    if isinstance(error, FileProblem):
        return Message(CONTEXT, _KINDS.get(error.kind, _KINDS["other"]), (str(error.where),))
    return None
