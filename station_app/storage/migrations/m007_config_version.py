"""The configuration version each card was written under (a station package's version).

Cards written before, or on a configuration no package installed (the embedded demo
station, a hand-edited file), have none (NULL).
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE cards ADD COLUMN config_version INTEGER")
