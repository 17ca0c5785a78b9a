"""JSON export: every field of every visible card, with labels, statistics and a version.

The layout is documented as a JSON Schema in ``docs/export-schema.json``; ``FORMAT`` changes
its number whenever a consumer would have to change. Cards are written one at a time, so the
file can hold 100,000 cards without building them in memory.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from station_app.export.common import ExportSource
from station_app.labels import KINDS
from station_app.protocol.files import atomic_file
from station_app.statistics import Tally
from station_app.storage.card_rows import CARD_COLUMNS

FORMAT = "station-export/1"


def write_json(source: ExportSource, path: Path) -> int:
    """Write the export document; returns the number of cards."""
    head = _head(source)
    # The head is dumped whole and its closing brace replaced by the streamed "cards" list.
    opening = json.dumps(head, ensure_ascii=False, indent=2).removesuffix("\n}")
    count = 0
    labels = source.labels
    with atomic_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        text.write(opening + ',\n  "cards": [')
        for row in source.raw_rows():
            card = dict(zip(CARD_COLUMNS, row, strict=True))
            card["prompt_label"] = labels.label("prompts", card["prompt_id"])
            card["topic_label"] = labels.label("topics", card["topic_id"])
            card["district_label"] = labels.label("districts", card["district_id"]) or None
            card["age_group_label"] = (labels.label("age_groups", card["age_group_id"])
                                       or None)
            text.write(("," if count else "") + "\n    ")
            text.write(json.dumps(card, ensure_ascii=False))
            count += 1
        text.write("\n  ]\n}\n" if count else "]\n}\n")
        text.flush()
        text.detach()
    return count


def _head(source: ExportSource) -> dict[str, Any]:
    config, scope, stats = source.config, source.scope, source.statistics()
    return {
        "format": FORMAT,
        "exported_at": source.exported_at.isoformat(),
        "event": {"name": config.event.name, "date": config.event.date.isoformat(),
                  "venue": config.event.venue},
        "station": {"id": config.station.id, "name": config.station.name},
        "scope": {"all_sessions": scope.session is None, "session_id": scope.session_id},
        "sessions": [{
            "id": s.id, "uuid": s.uuid, "name": s.name, "event_name": s.event_name,
            "opened_at": s.opened_at.isoformat(),
            "closed_at": s.closed_at.isoformat() if s.closed_at else None,
            "opened_automatically": s.opened_automatically,
        } for s in scope.sessions],
        "labels": {kind: source.labels.mapping(kind) for kind in KINDS},
        "statistics": {
            "visible": stats.visible, "hidden": stats.hidden,
            "first_at": stats.first_at.isoformat() if stats.first_at else None,
            "last_at": stats.last_at.isoformat() if stats.last_at else None,
            "by_prompt": _tallies(stats.by_prompt), "by_topic": _tallies(stats.by_topic),
            "by_district": _tallies(stats.by_district),
            "by_age_group": _tallies(stats.by_age_group),
            "by_source": _tallies(stats.by_source),
        },
    }


def _tallies(tallies: list[Tally]) -> list[dict[str, Any]]:
    return [{"id": t.id, "label": t.label, "count": t.count} for t in tallies]
