"""What a printing problem means for the facilitator, in the words of the catalogue.

The printer path words its problems in English for the command line and the log, and the
print queue keeps the last one per job (``print_jobs.last_error``). The dashboard says the
same in the UI language, without exception names: ``printer_problem`` sorts such a sentence
into one of the catalogue's messages below. The sentences it recognises are the ones
``printing.py``, ``worker.py``, ``service.py`` and the print queue write; anything else is
"not accepted" (the details are in the log).
"""

from __future__ import annotations

import re

from station_app.texts import QT_TRANSLATE_NOOP, Message

CONTEXT = "PrinterProblem"

NO_PRINTER = QT_TRANSLATE_NOOP("PrinterProblem", "Kein Belegdrucker eingerichtet")
NOT_FOUND = QT_TRANSLATE_NOOP("PrinterProblem", "Drucker „%1“ nicht gefunden")
STOPPED = QT_TRANSLATE_NOOP("PrinterProblem", "Drucker „%1“ ist angehalten oder gesperrt")
ABORTED = QT_TRANSLATE_NOOP("PrinterProblem", "Drucker „%1“ hat den letzten Auftrag "
                            "abgebrochen")
PAPER = QT_TRANSLATE_NOOP("PrinterProblem", "Der Drucker nimmt das Papierformat %1 nicht an")
CANNOT_OPEN = QT_TRANSLATE_NOOP("PrinterProblem", "Der Drucker lässt sich nicht öffnen")
NOT_ACCEPTED = QT_TRANSLATE_NOOP("PrinterProblem", "Der Drucker hat den Auftrag nicht "
                                 "angenommen")
FONT = QT_TRANSLATE_NOOP("PrinterProblem", "Die Schrift für den Beleg fehlt auf der Station")
NO_CARD = QT_TRANSLATE_NOOP("PrinterProblem", "Keine Karte mit dem Code %1 auf dieser Station")
NOT_A_CODE = QT_TRANSLATE_NOOP("PrinterProblem", "„%1“ ist kein Kartencode (so sieht einer "
                               "aus: K7M-4QX-9TRP)")
INTERRUPTED = QT_TRANSLATE_NOOP("PrinterProblem", "Der Druck wurde durch einen Neustart "
                                "unterbrochen")
UNEXPECTED = QT_TRANSLATE_NOOP("PrinterProblem", "Unerwarteter Druckerfehler, Einzelheiten "
                               "stehen im Protokoll der Station")

_NAME = r"""(?:'([^']*)'|"([^"]*)")"""
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"no printer named in the configuration"), NO_PRINTER),
    (re.compile(rf"printer {_NAME} not found"), NOT_FOUND),
    (re.compile(rf"printer {_NAME} is stopped or disabled"), STOPPED),
    (re.compile(rf"printer {_NAME} aborted its last job"), ABORTED),
    (re.compile(r"does not accept (\S+) paper"), PAPER),
    (re.compile(r"cannot be opened$"), CANNOT_OPEN),
    (re.compile(r"spooler did not accept"), NOT_ACCEPTED),
    (re.compile(r"receipt font .* cannot be loaded"), FONT),
    (re.compile(r"^no card with code (\S+)"), NO_CARD),
    (re.compile(rf"^{_NAME} is not a card code"), NOT_A_CODE),
    (re.compile(r"interrupted by a restart"), INTERRUPTED),
    (re.compile(r"^unexpected failure|^[A-Z]\w*(?:Error|Exception)\b"), UNEXPECTED),
]


def printer_problem(error: str) -> Message:
    """The catalogue's message for a printing error sentence (``NOT_ACCEPTED`` if unknown)."""
    sentence = error.strip()
    for pattern, source in _RULES:
        found = pattern.search(sentence)
        if found:
            return Message(CONTEXT, source, tuple(g for g in found.groups() if g is not None))
    return Message(CONTEXT, NOT_ACCEPTED)
