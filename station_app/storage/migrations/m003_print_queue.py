"""The persistent print queue: one row per receipt job, surviving restarts."""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE print_jobs (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL REFERENCES cards(code),
            reason TEXT NOT NULL CHECK (reason IN ('receipt', 'reprint')),
            state TEXT NOT NULL
                CHECK (state IN ('queued', 'printing', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            next_attempt_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX print_jobs_due ON print_jobs(state, next_attempt_at)")
    db.execute("CREATE INDEX print_jobs_code ON print_jobs(code)")
