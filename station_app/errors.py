"""Errors that reach a person: each carries one clear sentence, never a traceback.

The command line prints ``UserError`` messages on one line and exits 2; the kiosk shows them
as a calm message. Anything else is a bug and is logged in full to the station's log file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station_app.texts import Message


class UserError(Exception):
    """Bad input or a state the user can fix; ``str(error)`` is the whole message.

    ``message``, when given, is the same said to a person on screen, in the screen's
    language (``station_app.texts.Message``); ``str(error)`` stays the English sentence the
    command line prints and the log keeps.
    """

    def __init__(self, detail: str = "", message: Message | None = None) -> None:
        super().__init__(detail)
        self.message = message


class ConfigError(UserError):
    """The station configuration is unreadable or invalid.

    The message names the file, the key and the problem, e.g.
    ``stadtkonferenz.toml: topics[2].label: must not be empty``.
    """

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}: {key}: " if key else f"{file}: "
        super().__init__(f"{where}{problem}")


class CardRejected(UserError):
    """A card's text or fields cannot be stored as they are (empty, too long, unknown id)."""


class StorageError(UserError):
    """The database cannot be opened or written; the draft is kept by the caller."""


class DamagedDatabase(StorageError):
    """The database file is not a SQLite database any more, or fails its integrity check."""
