"""Cards straight into a collector store, as a received batch would put them there.

For the office's tests and benchmarks: many cards in little time, without a station to
write and sign them (the ingest path itself is tested with real signed batches).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuid_module
from typing import Any

import nacl.signing

from station_app.collector.store import CollectorStore
from station_app.protocol.codes import new_code

EVENT = {"name": "Stadtkonferenz Ausgangsbilder", "date": "2026-11-14",
         "venue": "Bürgerhalle", "participation_url": "https://www.dortmund.de/stadtgespraech"}
LABELS = {
    "prompt": {"p1": {"de": "Was wünschen Sie sich?", "en": "What do you wish for?"},
               "p2": {"de": "Was stört Sie?", "en": "What bothers you?"}},
    "topic": {"gruen": {"de": "Grün und Klima", "en": "Green and climate"},
              "mobil": {"de": "Mobilität", "en": "Mobility"}},
    "district": {"innenstadt-west": {"de": "Innenstadt-West", "en": "Innenstadt-West"}},
    "age_group": {"30-49": {"de": "30–49 Jahre", "en": "30–49 years"}},
}


def card(text: str, *, prompt: str = "p1",
         topic: str = "gruen", district: str | None = "innenstadt-west",
         age_group: str | None = "30-49", source: str = "kiosk", hidden: bool = False,
         created_at: dt.datetime | None = None, code: str | None = None) -> dict[str, Any]:
    """One card as a batch carries it."""
    moment = created_at or dt.datetime(2026, 11, 14, 10, 0, tzinfo=dt.UTC)
    labels = {"prompt": LABELS["prompt"][prompt], "topic": LABELS["topic"][topic]}
    if district:
        labels["district"] = LABELS["district"].get(district, {"de": district})
    if age_group:
        labels["age_group"] = LABELS["age_group"].get(age_group, {"de": age_group})
    return {"uuid": str(uuid_module.uuid4()), "code": code or new_code(), "session_id": 1,
            "station_id": "", "created_at": moment.isoformat(), "prompt_id": prompt,
            "topic_id": topic, "district_id": district, "age_group_id": age_group,
            "language": "de", "source": source, "text": text, "labels": labels,
            "session": {"uuid": str(uuid_module.uuid4()), "name": "Vormittag"},
            "hidden": hidden}


def receive(store: CollectorStore, cards: list[dict[str, Any]], *,
            station_id: str = "buergerhalle-1", event: dict[str, Any] | None = None,
            seq: int | None = None, moderation: list[dict[str, Any]] | None = None,
            at: dt.datetime | None = None) -> str:
    """Store ``cards`` as one batch of ``station_id`` (which they then belong to);
    returns the batch id."""
    if store.station(station_id) is None:
        store.add_station(station_id, nacl.signing.SigningKey.generate().verify_key,
                          dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    if seq is None:
        seq = store.db.execute("SELECT COUNT(*) + 1 FROM batches WHERE station_id = ?",
                               [station_id]).fetchone()[0]
    for one in cards:
        one["station_id"] = station_id
    batch_id = str(uuid_module.uuid4())
    document = {"batch_id": batch_id, "station_id": station_id, "seq": seq,
                "created_at": "2026-11-14T18:00:00+00:00", "event": event or EVENT,
                "totals": {"batches_sealed": seq}, "cards": cards, "contacts": [],
                "manifest_sha256": hashlib.sha256(batch_id.encode()).hexdigest(),
                "moderation": moderation or []}
    store.store_batch(document, "http", at or dt.datetime(2026, 11, 14, 18, 5, tzinfo=dt.UTC),
                      cards)
    return batch_id
