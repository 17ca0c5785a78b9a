"""Transcribed paper cards from a CSV file: all rows are stored, or none.

Columns (header row required, any order): ``prompt``, ``topic``, ``text`` and optionally
``district``, ``age_group``, ``language``. Semicolons or commas; UTF-8 with or without BOM,
as German Excel writes it. The first bad row is named by its line number.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from station_app.cards import Card
from station_app.errors import UserError
from station_app.intake import CardDraft, CardIntake

REQUIRED = ("prompt", "topic", "text")
OPTIONAL = ("district", "age_group", "language")
MAX_FILE_BYTES = 50 * 1024 * 1024


def read_paper_cards(path: Path, intake: CardIntake, session_id: int) -> list[CardDraft]:
    """Parse and validate every row; ``UserError`` naming file and line on the first bad one."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{path.name}: the file is larger than 50 MB")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{path.name}: not UTF-8 text (byte {error.start}); "
                        "save the file as 'CSV UTF-8'") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror})") from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise UserError(f"{path.name}: line 1: missing column(s) {', '.join(missing)}")
    for position, name in enumerate(header, start=1):
        if not name:
            raise UserError(f"{path.name}: line 1: column {position} has no name")
        if name not in REQUIRED + OPTIONAL:
            raise UserError(f"{path.name}: line 1: unknown column {name!r}")
        if header.index(name) < position - 1:
            raise UserError(f"{path.name}: line 1: the column {name!r} appears twice")
    reader.fieldnames = header
    drafts: list[CardDraft] = []
    blank = [not physical.strip() for physical in io.StringIO(text, newline="")]
    ended = reader.line_num  # the header's last line
    try:
        for row in reader:
            # A quoted text may span lines: name the line where the card begins.
            line = _first_line_of_row(blank, ended)
            ended = reader.line_num
            if None in row or any(value is None for value in row.values()):
                raise UserError(f"{path.name}: line {line}: wrong number of fields")
            draft = CardDraft(
                prompt_id=row["prompt"].strip(), topic_id=row["topic"].strip(),
                text=row["text"], district_id=(row.get("district") or "").strip() or None,
                age_group_id=(row.get("age_group") or "").strip() or None,
                language=(row.get("language") or "").strip() or "de", source="paper",
            )
            try:
                intake.build(draft, session_id)
            except UserError as error:
                raise UserError(f"{path.name}: line {line}: {error}") from None
            drafts.append(draft)
    except csv.Error as error:
        reason = str(error)
        if "end of data" in reason:
            reason = "a quoted text is not closed (a \" is missing)"
        line = _first_line_of_row(blank, ended)
        raise UserError(f"{path.name}: line {line}: {reason}") from None
    if not drafts:
        raise UserError(f"{path.name}: no cards in the file")
    return drafts


def _first_line_of_row(blank: list[bool], previous_end: int) -> int:
    """The line a row starts on: the csv module skips blank lines between rows."""
    line = previous_end + 1
    while line <= len(blank) and blank[line - 1]:
        line += 1
    return line


def import_paper_cards(path: Path, intake: CardIntake, session_id: int) -> list[Card]:
    """Validate the whole file first, then commit all cards in one transaction."""
    return intake.submit_all(read_paper_cards(path, intake, session_id))
