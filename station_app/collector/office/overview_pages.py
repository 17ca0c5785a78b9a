"""The overview's page, and the table pieces the admins' pages share with it.

Tables have captions and header cells with their scope; the wide ones are ``.entries``
tables that stack into one block per row on a phone (each cell then says which column it
is), as the audit log does. State is said in words (``vollständig``), never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from station_app.clock import utc_now
from station_app.collector.office import templates
from station_app.collector.office.cases import Event
from station_app.collector.office.overview import (
    COUNTED_KINDS,
    CardCounts,
    Count,
    EventLine,
    StationLine,
)
from station_app.collector.office.overview_texts import TEXT
from station_app.collector.pages import MONTHS_EN, PageSettings, escape, format_time

STYLE = """
.entries th[scope=row]{font-weight:700}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}
.counts td.number,.entries td.number{text-align:right;font-variant-numeric:tabular-nums}
.filter{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.25rem 1rem;margin:1rem 0}
.filter p{margin:0;min-width:0}.filter p:first-child{flex:0 1 32rem}
select{font-size:1.125rem;padding:.5rem;min-height:44px;width:100%;
border:2px solid var(--ink-muted);background:var(--surface);color:var(--ink)}
.state{font-weight:700}
.via{font-weight:400;font-size:1rem}
@media (max-width:48rem){
.entries th[scope=row]{display:block;border:0;padding:.4rem .75rem;background:none;
font-size:1.125rem}
.entries td.number{text-align:left}}
"""
MAX_LISTED = 30
"""Batch numbers listed in a cell; more are summed up as "and N more"."""


def number(value: int, lang: str) -> str:
    """``20000`` as ``20.000`` (German) or ``20,000`` (English)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def event_name(event: Event, lang: str) -> str:
    """The event's name as HTML (escaped), or words saying the batch named none."""
    return escape(event.name) if event.name else TEXT[lang]["no_event_name"]


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def day_text(value: str, lang: str) -> str:
    """A day as ``14.11.2026`` or ``14 November 2026``; "no date" if unreadable."""
    day = _day(value)
    if day is None:
        return TEXT[lang]["no_date"]
    return (day.strftime("%d.%m.%Y") if lang == "de"
            else f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}")


def event_date(value: str, lang: str) -> str:
    """A day as ``<time>`` (see ``day_text``)."""
    day = _day(value)
    if day is None:
        return TEXT[lang]["no_date"]
    return f'<time datetime="{day.isoformat()}">{day_text(value, lang)}</time>'


def moment(value: str | None, lang: str, absent: str) -> str:
    """A stored UTC time as ``<time>`` in Europe/Berlin; ``absent`` (HTML) if there is none."""
    if not value:
        return absent
    try:
        iso, text = format_time(value, lang)
    except ValueError:
        return escape(value)
    return f'<time datetime="{escape(iso)}">{escape(text)}</time>'


def stacked_table(lang: str, caption: str, columns: Sequence[str],
                  rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """A wide table (cells given as HTML) whose rows stack into blocks on a phone; the first
    cell of each row heads it. ``numeric`` are the columns aligned as numbers."""
    heads = "".join(f'<th scope="col" role="columnheader">{escape(name)}</th>'
                    for name in columns)
    lines = []
    for row in rows:
        cells = [f'<th scope="row" role="rowheader">{row[0]}</th>']
        for index, (name, cell) in enumerate(zip(columns[1:], row[1:], strict=True), 1):
            kind = ' class="number"' if index in numeric else ""
            cells.append(f'<td role="cell" data-label="{escape(name)}"{kind}>{cell}</td>')
        lines.append('<tr role="row">' + "".join(cells) + "</tr>")
    region = TEXT[lang]["table_region"].format(caption=caption)
    return (f'<div class="table" role="region" aria-label="{escape(region)}" tabindex="0">\n'
            f'<table class="entries" role="table">\n<caption>{escape(caption)}</caption>\n'
            f'<thead role="rowgroup"><tr role="row">{heads}</tr></thead>\n'
            f'<tbody role="rowgroup">\n' + "\n".join(lines) + "\n</tbody>\n</table>\n</div>\n")


def missing_page(lang: str, site: PageSettings, viewer: templates.Viewer, switch_href: str,
                 *, title_key: str, text_key: str, back: tuple[str, str], current: str
                 ) -> str:
    """A 404 page of these areas: what was not found, and the way back (path, text key)."""
    t = TEXT[lang]
    body = (f"<h1>{t[title_key]}</h1>\n<p>{t[text_key]}</p>\n"
            f'<p><a href="{escape(templates.link(back[0], lang))}">{t[back[1]]}</a></p>')
    return templates.frame(lang, t[title_key], body, site, switch_href, viewer,
                           current=current, style=STYLE)


# --- the overview's parts -------------------------------------------------------------

def _results(event: Event, lang: str) -> str:
    t = TEXT[lang]
    if not event.results_public:
        return t["not_published"]
    href = templates.link(f"/results/{event.key}", lang)
    state = t["published_with_cards"] if event.cards_public else t["published"]
    label = t["results_link"].format(name=event_name(event, lang))
    return f'{state}<br><a href="{escape(href)}">{label}</a>'


def _events(lines: list[EventLine], lang: str) -> str:
    t = TEXT[lang]
    if not lines:
        return f"<p>{t['events_empty']}</p>\n"
    rows = []
    for line in lines:
        event = line.event
        href = templates.link("/office/cards", lang, event=event.key)
        cards = (f'{number(line.cards, lang)}<br><a href="{escape(href)}">'
                 f'{t["cards_link"].format(name=event_name(event, lang))}</a>')
        rows.append([event_name(event, lang), event_date(event.date, lang),
                     escape(event.venue) if event.venue else t["no_venue"], cards,
                     _results(event, lang)])
    columns = [t[key] for key in ("col_event", "col_date", "col_venue", "col_cards",
                                  "col_results")]
    return (stacked_table(lang, t["events_caption"], columns, rows)
            + f"<p>{t['events_cards_note']}</p>\n")


def _seqs(values: list[int], lang: str) -> str:
    t = TEXT[lang]
    if not values:
        return t["none"]
    shown = ", ".join(str(value) for value in values[:MAX_LISTED])
    if len(values) > MAX_LISTED:
        return t["more"].format(shown=shown, n=number(len(values) - MAX_LISTED, lang))
    return shown


def _stations(lines: list[StationLine], lang: str, narrowed: bool) -> str:
    t = TEXT[lang]
    intro = f"<p>{t['stations_intro']}</p>\n"
    if narrowed:
        intro += f'<p class="info">{t["stations_all_events"]}</p>\n'
    if not lines:
        return intro + f"<p>{t['stations_empty']}</p>\n"
    rows = []
    for line in lines:
        rec, last = line.reconciliation, line.last_batch
        state = t["complete"] if rec.complete else t["incomplete"]
        name = escape(rec.station_id)
        if rec.hubs:
            name += (f'<br><span class="via">'
                     f'{t["via_hub"].format(hubs=escape(", ".join(rec.hubs)))}</span>')
        if rec.relays_for and not rec.batches_received:
            state = t["hub_state"]
            name += (f'<br><span class="via">'
                     f'{t["hub_relays"].format(stations=escape(", ".join(rec.relays_for)))}'
                     '</span>')
        arrived = (t["last_batch"].format(seq=last.seq,
                                          time=moment(last.received_at, lang, ""))
                   if last is not None else t["no_batch"])
        rows.append([name, f'<span class="state">{state}</span>',
                     number(rec.batches_received, lang), _seqs(rec.missing_seqs, lang),
                     _seqs(rec.duplicate_seqs, lang), number(rec.cards_claimed, lang),
                     number(rec.cards_stored, lang), number(rec.conflicts, lang), arrived])
    columns = [t[key] for key in ("col_station", "col_state", "col_batches", "col_missing",
                                  "col_duplicates", "col_claimed", "col_stored",
                                  "col_conflicts", "col_last")]
    return intro + stacked_table(lang, t["stations_caption"], columns, rows,
                                 numeric=(2, 5, 6, 7))


def _filter(lines: list[EventLine], chosen: Event | None, lang: str) -> str:
    t = TEXT[lang]
    options = [f'<option value=""{"" if chosen else " selected"}>{t["filter_all"]}</option>']
    for line in lines:
        event = line.event
        mark = " selected" if chosen is not None and chosen.key == event.key else ""
        day = f" ({day_text(event.date, lang)})" if _day(event.date) else ""
        options.append(f'<option value="{escape(event.key)}"{mark}>'
                       f'{event_name(event, lang)}{day}</option>')
    return (f'<form method="get" action="/office/overview" class="filter">\n'
            f'<p><label for="event">{t["filter_label"]}</label><br>\n'
            f'<select id="event" name="event">{"".join(options)}</select></p>\n'
            f'{templates.hidden("lang", lang)}\n'
            f'<p><button type="submit">{t["filter_show"]}</button></p>\n</form>\n')


def _count_table(kind: str, counts: list[Count], labels: dict[str, str], lang: str) -> str:
    t = TEXT[lang]
    if not counts:
        return (f'<table>\n<caption>{t[f"caption_{kind}"]}</caption>\n<tbody><tr>'
                f'<td>{t["counts_empty"]}</td></tr></tbody>\n</table>\n')
    rows = []
    for count in counts:
        name = (t["not_given"] if count.id is None
                else escape(labels.get(count.id) or count.id))
        rows.append(f'<tr><th scope="row">{name}</th>'
                    f'<td class="number">{number(count.cards, lang)}</td></tr>')
    return (f'<table>\n<caption>{t[f"caption_{kind}"]}</caption>\n<thead><tr>'
            f'<th scope="col">{t[f"col_{kind}"]}</th><th scope="col">{t["col_count"]}</th>'
            "</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n")


def _counts(counts: CardCounts, labels: dict[str, dict[str, str]], lines: list[EventLine],
            chosen: Event | None, lang: str) -> str:
    t = TEXT[lang]
    scope = (t["counts_for_event"].format(name=event_name(chosen, lang)) if chosen
             else t["counts_for_all"])
    totals = (f'<ul>\n<li>{t["counted"].format(n=number(counts.counted, lang))}</li>\n'
              f'<li>{t["hidden"].format(n=number(counts.hidden, lang))}</li>\n'
              f'<li>{t["withdrawn"].format(n=number(counts.withdrawn, lang))}</li>\n</ul>\n')
    tables = "".join(
        f'<div class="table">{_count_table(kind, counts.by_kind[kind], labels[kind], lang)}'
        "</div>\n" for kind in COUNTED_KINDS)
    return (_filter(lines, chosen, lang) + f"<p>{scope}</p>\n" + totals
            + f'<div class="counts">\n{tables}</div>\n')


def overview_page(lang: str, site: PageSettings, viewer: templates.Viewer, switch_href: str,
                  *, events: list[EventLine], stations: list[StationLine],
                  counts: CardCounts, labels: dict[str, dict[str, str]],
                  chosen: Event | None) -> str:
    """The overview: events, the reconciliation per station, the counts (of ``chosen``, or
    of every event); ``labels`` is kind → id → label."""
    from station_app.collector.office.fleet_pages import fleet_section  # it uses this one's

    t = TEXT[lang]
    body = (f"<h1>{t['overview_title']}</h1>\n<p>{t['overview_intro']}</p>\n"
            f"<h2>{t['events_heading']}</h2>\n{_events(events, lang)}"
            f"<h2>{t['stations_heading']}</h2>\n"
            f"{_stations(stations, lang, chosen is not None)}"
            f"{fleet_section(stations, utc_now(), lang)}"
            f'<h2 id="counts">{t["counts_heading"]}</h2>\n'
            f"{_counts(counts, labels, events, chosen, lang)}")
    return templates.frame(lang, t["overview_title"], body, site, switch_href, viewer,
                           wide=True, current="/office/overview", style=STYLE)
