"""``station-app check``: is this station ready for an event?"""

from __future__ import annotations

import argparse

from station_app.cli.common import add_command, open_station
from station_app.config import prepared_languages, translation_gaps
from station_app.errors import UserError
from station_app.logos import logo_warnings
from station_app.paths import database_path
from station_app.receipts.readiness import printer_readiness
from station_app.storage.database import damaged_copies
from station_app.sync.readiness import sync_readiness

ORDER = 20


def register(commands: argparse._SubParsersAction) -> None:
    add_command(commands, "check",
                "validate the configuration, the database's integrity and the printer", _check)


def _check(args: argparse.Namespace) -> int:
    with open_station(args) as station:  # validates the configuration first
        config = station.config
        print(f"configuration ok: {config.source} – {config.event.name}, station "
              f"{config.station.id}, {len(config.prompts)} prompts, {len(config.topics)} topics")
        for line in logo_warnings(config):  # not fatal: made without the logo
            print(f"warning: {line}")
        for line in translation_gaps(config):  # not fatal: the German text is shown
            print(f"warning: {line}")
        prepared = prepared_languages(config)
        if prepared:
            print(f"note: translated for {', '.join(prepared)} as well, not offered yet "
                  "(add them to kiosk.languages to offer them)")
        from station_app.storage import integrity_problems

        problems = integrity_problems(station.db)
        if problems:
            raise UserError(f"database damaged: {problems[0]} (make a copy of "
                            f"{station.data_dir} before doing anything else)")
        print(f"database ok: {station.archive.count()} cards in {station.data_dir}")
        for damaged in damaged_copies(database_path(station.data_dir)):
            print(f"warning: a damaged database was set aside as {damaged} – keep a copy "
                  "and have its cards recovered")
        print(printer_readiness(station))
        print(sync_readiness(station))
        print(_speech_readiness(list(config.kiosk.languages)))
        return 0


def _speech_readiness(languages: list[str]) -> str:
    """One line on speech output; Qt only when it is installed (imported on use)."""
    try:
        from station_app.qml.speech import speech_readiness
    except ImportError:  # no PySide6: no Qt TextToSpeech either
        from station_app.speech_script import readiness_line

        return readiness_line(None, [], [])
    return speech_readiness(languages)
