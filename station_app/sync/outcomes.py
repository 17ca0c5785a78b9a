"""What a sync problem means for the facilitator, in the words of the catalogue.

The sync layer words its problems in English for the command line and the log, and the
station database keeps the last one (``sync_status.last_error``). The dashboard must say
the same in the UI language, without URLs, exception names or file paths it has no use for:
``sync_problem`` sorts such a sentence into one of the catalogue's messages below. The
sentences it recognises are the ones ``transport.py``, ``service.py``, ``worker.py`` and
``protocol/files.py`` write; anything else is "unexpected" (the details are in the log).
"""

from __future__ import annotations

import re

from station_app.texts import QT_TRANSLATE_NOOP, Message

CONTEXT = "SyncProblem"

UNREACHABLE = QT_TRANSLATE_NOOP("SyncProblem", "Sammelstelle nicht erreichbar")
BUSY = QT_TRANSLATE_NOOP("SyncProblem", "Sammelstelle vorübergehend gestört (Antwort %1), "
                         "neuer Versuch folgt")
UNREADABLE_ANSWER = QT_TRANSLATE_NOOP("SyncProblem", "Antwort der Sammelstelle unlesbar "
                                      "(Anmeldeseite im Netz?), neuer Versuch folgt")
OTHER_ACK = QT_TRANSLATE_NOOP("SyncProblem", "Die Sammelstelle hat einen anderen Stapel "
                              "bestätigt, er wird erneut gesendet")
CONFLICT = QT_TRANSLATE_NOOP("SyncProblem", "Die Sammelstelle hat schon eine Karte mit "
                             "gleicher Kennung, aber anderem Inhalt")
NOT_KNOWN = QT_TRANSLATE_NOOP("SyncProblem", "Die Sammelstelle kennt diese Station oder ihren "
                              "Schlüssel nicht: bitte die Anmeldedatei prüfen")
OTHER_COLLECTOR_KEY = QT_TRANSLATE_NOOP("SyncProblem", "Mitmachpool-Kontakte sind für eine "
                                        "andere Sammelstelle verschlüsselt")
REFUSED = QT_TRANSLATE_NOOP("SyncProblem", "Die Sammelstelle hat einen Stapel abgelehnt "
                            "(Antwort %1)")
NO_COLLECTOR = QT_TRANSLATE_NOOP("SyncProblem", "Keine Sammelstelle eingerichtet")
NOT_ENROLLED = QT_TRANSLATE_NOOP("SyncProblem", "Die Station ist noch bei keiner Sammelstelle "
                                 "angemeldet")
OTHER_STATION = QT_TRANSLATE_NOOP("SyncProblem", "Die Anmeldedatei gehört zur Station „%1“, "
                                  "diese Station ist „%2“")
DAMAGED_ENROLMENT = QT_TRANSLATE_NOOP("SyncProblem", "Die Anmeldedatei der Station ist "
                                      "beschädigt")
DISK_FULL = QT_TRANSLATE_NOOP("SyncProblem", "Der Datenträger ist voll")
READ_ONLY = QT_TRANSLATE_NOOP("SyncProblem", "Der Datenträger ist schreibgeschützt")
DEVICE_ERROR = QT_TRANSLATE_NOOP("SyncProblem", "Der Datenträger meldet einen Lese- oder "
                                 "Schreibfehler")
NO_FOLDER = QT_TRANSLATE_NOOP("SyncProblem", "Der Ordner ist nicht (mehr) da – USB-Stick "
                              "abgezogen?")
NOT_WRITTEN = QT_TRANSLATE_NOOP("SyncProblem", "Die Datei ließ sich nicht schreiben")
UNEXPECTED = QT_TRANSLATE_NOOP("SyncProblem", "Unerwarteter Fehler, Einzelheiten stehen im "
                               "Protokoll der Station")

_BATCH = re.compile(r"^batch \d+: ")
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"collector not reachable"), UNREACHABLE),
    (re.compile(r"collector answered (\d{3})"), BUSY),
    (re.compile(r"unreadable acknowledgement"), UNREADABLE_ANSWER),
    (re.compile(r"acknowledged a different manifest"), OTHER_ACK),
    (re.compile(r"collector reports a conflict"), CONFLICT),
    (re.compile(r"refused the batch \(\d{3}\): .*sealed for another collector"),
     OTHER_COLLECTOR_KEY),
    (re.compile(r"refused the batch \(40[13]\)"), NOT_KNOWN),
    (re.compile(r"refused the batch \((\d{3})\)"), REFUSED),
    (re.compile(r"^no collector URL"), NO_COLLECTOR),
    (re.compile(r"not registered with a collection point"), NOT_ENROLLED),
    (re.compile(r"enrolment file is for station '([^']*)', but this station is '([^']*)'"),
     OTHER_STATION),
    (re.compile(r"enrolment file|signing_key|collector_public_key|collector_url|verify_key"),
     DAMAGED_ENROLMENT),
    (re.compile(r"the disk is full"), DISK_FULL),
    (re.compile(r"read-only or no permission"), READ_ONLY),
    (re.compile(r"input/output error"), DEVICE_ERROR),
    (re.compile(r"the folder does not exist|cannot create the folder"), NO_FOLDER),
    (re.compile(r"cannot be written"), NOT_WRITTEN),
]


def sync_problem(error: str) -> Message:
    """The catalogue's message for a sync error sentence (``UNEXPECTED`` if unknown)."""
    sentence = _BATCH.sub("", error.strip())
    for pattern, source in _RULES:
        found = pattern.search(sentence)
        if found:
            return Message(CONTEXT, source, found.groups())
    return Message(CONTEXT, UNEXPECTED)
