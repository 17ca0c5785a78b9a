"""The centre's casework over a real collector store: status, moderation, answers, groups,
and what the holder of a receipt can do with its code."""

from __future__ import annotations

import json

import pytest

from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_search import CardFilter, CardSearch
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.casework import CaseRefused, Casework
from station_app.collector.office.holder import MAX_CORRECTIONS, CardHolder
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.store import CollectorStore
from tests.support.collector_cards import card, receive

WHO = {"actor": "moritz", "client": "10.0.0.7"}


@pytest.fixture
def work(store, clock) -> Casework:
    return Casework(store, StatusCatalogue(), AuditLog(store, clock), clock)


def test_a_received_card_starts_as_received_and_moves_on_with_a_dated_timeline(
        store, work, clock):
    shade = card("Mehr Bäume auf dem Spielplatz")
    receive(store, [shade], at=clock())
    files = CaseFiles(store)
    assert files.by_code(shade["code"]).status == "received"
    clock.advance(3600)
    assert work.set_status(shade["uuid"], "in_progress", **WHO)
    assert not work.set_status(shade["uuid"], "in_progress", **WHO)  # no second entry
    clock.advance(3600)
    work.set_status(shade["uuid"], "adopted", **WHO)
    case = files.by_code(shade["code"])
    assert [(e.status, e.at[11:16]) for e in case.public_timeline] == [
        ("received", "10:30"), ("in_progress", "11:30"), ("adopted", "12:30")]
    assert all(entry.actor == "" for entry in case.public_timeline)
    assert [e.actor for e in case.timeline][1:] == ["moritz", "moritz"]
    entry = AuditLog(store).latest()[0]
    assert (entry.action, entry.target, entry.before, entry.after) == (
        "card.status", shade["code"], {"status": "in_progress"}, {"status": "adopted"})
    with pytest.raises(CaseRefused, match="no_status"):
        work.set_status(shade["uuid"], "withdrawn", **WHO)


def test_station_and_office_moderation_are_one_history_where_the_latest_wins(store, work,
                                                                           clock):
    rude = card("Beleidigung")
    receive(store, [rude])
    assert work.set_hidden(rude["uuid"], True, "Beleidigend oder diskriminierend", **WHO)
    assert CaseFiles(store).by_uuid(rude["uuid"]).hidden
    # Later the station's facilitator shows it again (its decision is newer): it shows.
    receive(store, [], moderation=[{"uuid": "7a0c4a30-0d3e-4e0c-9f53-8d2f1a3b9c11",
                                    "card_uuid": rude["uuid"], "hidden": False,
                                    "reason": "Doppelt", "at": "2026-12-01T09:00:00+00:00"}])
    case = CaseFiles(store).by_uuid(rude["uuid"])
    assert not case.hidden
    assert [(m.hidden, m.source) for m in case.moderation] == [
        (True, "office:moritz"), (False, "station")]
    # An older station decision arriving late does not override a newer one.
    receive(store, [], moderation=[{"uuid": "8b1d5b41-1e4f-4f1d-8a64-9e3a2b4cad22",
                                    "card_uuid": rude["uuid"], "hidden": True,
                                    "reason": "Werbung", "at": "2026-11-20T09:00:00+00:00"}])
    assert not CaseFiles(store).by_uuid(rude["uuid"]).hidden
    with pytest.raises(CaseRefused, match="reason_needed"):
        work.set_hidden(rude["uuid"], True, "   ", **WHO)
    hidden = CardSearch(store).page(CardFilter(visibility="hidden"))
    assert hidden.total == 0


def test_a_group_answer_reaches_every_card_but_a_cards_own_answer_comes_first(store, work):
    one, two, own = card("Schatten bitte"), card("Sonnensegel"), card("Bäume!")
    receive(store, [one, two, own])
    group = work.create_group("  Mehr Schatten   auf Spielplätzen ", **WHO)
    assert work.assign([one["uuid"], two["uuid"], own["uuid"]], group, **WHO) == 3
    work.answer_group(group, "Wir pflanzen 2027 zwanzig Bäume.", **WHO)
    work.answer_card(own["uuid"], "Ihr Spielplatz ist als erster dran.", **WHO)
    files = CaseFiles(store)
    first = files.by_code(one["code"])
    assert first.group_name == "Mehr Schatten auf Spielplätzen"
    assert (first.answer.text, first.answer.from_group) == (
        "Wir pflanzen 2027 zwanzig Bäume.", True)
    assert files.by_code(own["code"]).answer.text == "Ihr Spielplatz ist als erster dran."
    assert work.set_group_status(group, "in_strategy", **WHO) == 3
    assert files.by_code(two["code"]).status == "in_strategy"
    assert [g.cards for g in files.groups()] == [3]
    assert work.assign([one["uuid"]], None, **WHO) == 1
    assert files.by_code(one["code"]).answer is None
    with pytest.raises(CaseRefused, match="no_group"):
        work.assign([one["uuid"]], 999, **WHO)


def test_withdrawing_by_code_erases_the_text_everywhere_and_locks_the_card(store, work):
    mine = card("Mein Nachbar Herr Müller parkt immer falsch")
    receive(store, [mine])
    holder = CardHolder(store, AuditLog(store))
    holder.correct(mine["code"], "Es wird oft falsch geparkt.")
    holder.withdraw(mine["code"])
    case = CaseFiles(store).by_code(mine["code"])
    assert case.withdrawn and case.status == "withdrawn"
    assert case.text == "" and case.corrections == []
    raw = store.db.execute("SELECT data FROM cards").fetchone()[0]
    assert "Müller" not in raw and json.loads(raw)["text"] == ""
    assert CardSearch(store).page(CardFilter(text="Müller")).total == 0
    assert CardSearch(store).page(CardFilter(text="geparkt")).total == 0
    for attempt in (lambda: work.set_status(mine["uuid"], "adopted", **WHO),
                    lambda: work.answer_card(mine["uuid"], "Danke", **WHO),
                    lambda: holder.withdraw(mine["code"]),
                    lambda: holder.correct(mine["code"], "doch nicht")):
        with pytest.raises(CaseRefused, match="withdrawn"):
            attempt()
    entry = AuditLog(store).latest()[0]
    assert (entry.actor, entry.action, entry.client) == ("attendee", "card.withdrawn", "-")


def test_a_correction_is_kept_beside_the_original_and_found_by_search(store):
    typo = card("Mehr Radwgee")
    receive(store, [typo])
    holder = CardHolder(store, AuditLog(store))
    holder.correct(typo["code"], "Mehr Radwege\r\nin der Nordstadt")
    case = CaseFiles(store).by_code(typo["code"])
    assert case.text == "Mehr Radwgee"
    assert case.current_text == "Mehr Radwege\nin der Nordstadt"
    assert CardSearch(store).page(CardFilter(text="nordstadt")).total == 1
    assert CardSearch(store).page(CardFilter(text="Radwgee")).total == 1
    for _ in range(MAX_CORRECTIONS - 1):
        holder.correct(typo["code"], "noch einmal")
    with pytest.raises(CaseRefused, match="too_many_corrections"):
        holder.correct(typo["code"], "und noch einmal")
    with pytest.raises(CaseRefused, match="no_card"):
        holder.correct("K7M-4QX-9TRP", "fremd")


def test_the_card_list_filters_searches_and_pages_by_key(store):
    import datetime as dt

    base = dt.datetime(2026, 11, 14, 9, 0, tzinfo=dt.UTC)
    cards = [card(f"Karte {n} über {'Radwege' if n % 3 == 0 else 'Bäume'}",
                  topic="mobil" if n % 3 == 0 else "gruen",
                  source="paper" if n % 5 == 0 else "kiosk",
                  district=None if n % 4 == 0 else "innenstadt-west",
                  created_at=base + dt.timedelta(minutes=n)) for n in range(120)]
    receive(store, cards[:60])
    receive(store, cards[60:], station_id="nordstadt-2")
    search = CardSearch(store, page_size=25)
    first = search.page(CardFilter())
    assert first.total == 120 and len(first.rows) == 25
    assert first.rows[0].text == "Karte 119 über Bäume"
    seen = [row.uuid for row in first.rows]
    after = first.next_after
    while after:
        page = search.page(CardFilter(), after)
        seen += [row.uuid for row in page.rows]
        after = page.next_after
    assert len(seen) == len(set(seen)) == 120
    assert search.page(CardFilter(topic="mobil")).total == 40
    assert search.page(CardFilter(topic="mobil", source="paper")).total == 8
    assert search.page(CardFilter(station="nordstadt-2", text="radweg")).total == 20
    assert search.page(CardFilter(district="none")).total == 30
    assert search.page(CardFilter(text="üb")).total == 120  # shorter than the index's three
    assert search.page(CardFilter(text='"; DROP TABLE cards; --')).total == 0
    assert search.page(CardFilter(), after="kein-Schlüssel").total == 120


def test_an_older_database_is_indexed_when_it_is_opened(tmp_path):
    path = tmp_path / "collector.db"
    with CollectorStore.open(path) as store:
        kept = card("Vorher angekommen")
        receive(store, [kept])
        store.db.execute("DELETE FROM office_cards")
        store.db.execute("DELETE FROM office_card_text")
    with CollectorStore.open(path) as store:
        assert CaseFiles(store).by_code(kept["code"]).event.name == (
            "Stadtkonferenz Ausgangsbilder")
        assert CardSearch(store).page(CardFilter(text="vorher")).total == 1


def test_a_city_can_name_its_own_steps_and_bad_files_say_what_is_wrong(tmp_path):
    from station_app.collector.office.statuses import load_statuses
    from station_app.errors import UserError

    good = tmp_path / "status.toml"
    good.write_text('[[status]]\nkey = "received"\nde = "Angekommen"\nen = "Arrived"\n'
                    '[[status]]\nkey = "checked"\nde = "Geprüft"\nen = "Checked"\n')
    catalogue = load_statuses(good)
    assert catalogue.label("checked", "de") == "Geprüft" and "checked" in catalogue
    assert catalogue.label("withdrawn", "en") == "Withdrawn"
    bad = tmp_path / "bad.toml"
    for text, said in (('[[status]]\nkey = "checked"\nde = "x"\nen = "y"\n', "first status"),
                       ("[[status]]\nkey = 'Received!'\n", "lower-case"),
                       ("nur Unsinn [", "not a valid TOML"), ("", r"no \[\[status\]\]")):
        bad.write_text(text)
        with pytest.raises(UserError, match=said):
            load_statuses(bad)
    with pytest.raises(UserError, match="cannot read"):
        load_statuses(tmp_path / "fehlt.toml")


def test_the_list_stops_counting_at_its_limit_and_says_more_than(store, monkeypatch):
    from station_app.collector.office import card_search

    monkeypatch.setattr(card_search, "COUNT_LIMIT", 30)
    receive(store, [card(f"Radwege {n}") for n in range(45)])
    search = CardSearch(store, page_size=20)
    page = search.page(CardFilter(text="radwege"))
    assert (page.total, page.more_than_total, len(page.rows)) == (30, True, 20)
    exact = search.page(CardFilter(text="Radwege 4"))  # 4 and 40–44
    assert (exact.total, exact.more_than_total) == (6, False)


def test_odd_filter_values_count_as_any_instead_of_failing():
    odd = CardFilter.from_query({"group": "²", "visibility": "alles", "source": "fax",
                                 "text": "  Mehr \n Bäume  "})
    assert (odd.group, odd.visibility, odd.source, odd.text) == ("", "all", "", "Mehr Bäume")
    assert CardFilter.from_query({"group": "9" * 30}).group == ""
    assert CardFilter.from_query({"group": "12"}).group == "12"


def casework_of(store, card_uuid: str) -> int:
    return store.db.execute("SELECT casework FROM office_cards WHERE uuid = ?",
                            [card_uuid]).fetchone()[0]


def test_the_holders_read_skips_the_history_only_while_there_is_none(store, work, clock):
    quiet, busy, grouped = card("Ruhig"), card("Viel los"), card("In einer Gruppe")
    receive(store, [quiet, busy, grouped], at=clock())
    files = CaseFiles(store)
    assert [casework_of(store, c["uuid"]) for c in (quiet, busy, grouped)] == [0, 0, 0]
    work.set_status(busy["uuid"], "in_progress", **WHO)
    work.answer_card(busy["uuid"], "Danke, wir prüfen das.", **WHO)
    CardHolder(store, AuditLog(store, clock), clock).correct(busy["code"], "Viel mehr los")
    group = work.create_group("Schatten", **WHO)
    work.assign([grouped["uuid"]], group, **WHO)
    work.answer_group(group, "Die Stadt pflanzt Bäume.", **WHO)  # the group's, not the card's
    assert [casework_of(store, c["uuid"]) for c in (quiet, busy, grouped)] == [0, 3, 0]
    read = files.by_code(busy["code"])
    assert (read.status, read.answer.text, read.current_text) == (
        "in_progress", "Danke, wir prüfen das.", "Viel mehr los")
    assert files.by_code(grouped["code"]).answer.text == "Die Stadt pflanzt Bäume."
    assert files.by_code(quiet["code"]).timeline == files.by_uuid(quiet["uuid"]).timeline


def test_an_older_database_gets_its_casework_counted_on_open(tmp_path, clock):
    path = tmp_path / "collector.db"
    with CollectorStore.open(path) as store:
        one, two = card("Eins"), card("Zwei")
        receive(store, [one, two], at=clock())
        Casework(store, StatusCatalogue(), AuditLog(store, clock), clock).answer_card(
            one["uuid"], "Eine Antwort", **WHO)
        with store.transaction() as tx:  # as a database written before the column was
            for statement in ("DROP TABLE collector_schema",  # (and before the record)
                              "DROP TRIGGER office_casework_office_status_events",
                              "DROP TRIGGER office_casework_office_answers",
                              "DROP TRIGGER office_casework_office_corrections",
                              "ALTER TABLE office_cards DROP COLUMN casework"):
                tx.execute(statement)
    with CollectorStore.open(path) as store:
        assert casework_of(store, one["uuid"]) == 1 and casework_of(store, two["uuid"]) == 0
        assert CaseFiles(store).by_code(one["code"]).answer.text == "Eine Antwort"
