"""``station-app cards add | import | list``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from station_app.cli.common import add_command, open_station
from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.paper_import import import_paper_cards

ORDER = 30


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "cards", "add, import and list participation cards", None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = add_command(actions, "add", "add one card (e.g. a transcribed paper card)", _add)
    add.add_argument("--prompt", required=True, metavar="ID", help="prompt id from the config")
    add.add_argument("--topic", required=True, metavar="ID", help="topic id from the config")
    add.add_argument("--text", required=True, help="the card's text; '-' reads standard input")
    add.add_argument("--district", metavar="ID", help="district id (optional)")
    add.add_argument("--age-group", metavar="ID", help="age group id (optional)")
    add.add_argument("--language", default="de", help="language of the card (default: de)")
    add.add_argument("--source", choices=("kiosk", "paper"), default="paper",
                     help="where the card came from (default: paper)")
    imported = add_command(actions, "import",
                           "import transcribed paper cards from CSV, all or nothing", _import)
    imported.add_argument("file", type=Path, metavar="FILE.csv",
                          help="columns prompt, topic, text[, district, age_group, language]")
    listed = add_command(actions, "list", "list cards", _list)
    listed.add_argument("--session", type=int, metavar="ID", help="only this session")
    listed.add_argument("--json", action="store_true", help="every field, as JSON")


def _read_text(value: str) -> str:
    if value != "-":
        return value
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("the text is not valid UTF-8") from None


def _add(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        card = station.intake.submit(CardDraft(
            prompt_id=args.prompt, topic_id=args.topic, text=_read_text(args.text),
            district_id=args.district, age_group_id=args.age_group,
            language=args.language, source=args.source,
        ))
        print(f"card {card.code} stored ({card.uuid})", flush=True)
        return 0


def _import(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        session = station.sessions.current_or_open()
        cards = import_paper_cards(args.file, station.intake, session.id)
        station.audit.record("cli", "cards.import", {"file": args.file.name, "count": len(cards)})
        print(f"{len(cards)} cards imported from {args.file.name} into session {session.id}")
        return 0


def _list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        if args.session is not None:
            station.sessions.get(args.session)  # names a missing session clearly
        cards = station.archive.iter(args.session)
        if args.json:
            sys.stdout.write("[")
            for i, card in enumerate(cards):
                sys.stdout.write(("," if i else "") + "\n  " +
                                 json.dumps(card.as_dict(), ensure_ascii=False))
            sys.stdout.write("\n]\n")
            return 0
        count = 0
        for card in cards:
            count += 1
            when = card.created_at.astimezone().strftime("%d.%m. %H:%M")
            excerpt = " ".join(card.text.split())
            excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
            print(f"{card.code}  {when}  {card.prompt_id:<18} {card.topic_id:<12} {excerpt}")
        if not count:
            print("no cards yet")
        return 0
