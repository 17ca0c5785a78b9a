"""The published results as pages: the list of published events (``/results``) and one
event's figures, answered groups and – if the city allows – its cards (``/results/{event}``).

Plain HTML in the follow-up pages' frame, German first and English available. Every text a
person wrote (a card, an answer, a group's or an event's name) is escaped. Each page says
when it was put together ("Stand"), since it is kept for a minute.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from station_app.collector.office.cases import Event
from station_app.collector.pages import (
    PUBLIC_STYLE,
    PageSettings,
    document,
    escape,
    format_date,
    format_time,
)
from station_app.collector.pages import TEXT as FRAME_TEXT
from station_app.collector.results import Count, EventResults

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "list_title": "Veröffentlichte Ergebnisse",
        "list_intro": "Hier veröffentlicht die Stadt, was bei den Veranstaltungen des "
                      "Stadtgesprächs auf den Beteiligungskarten stand.",
        "list_empty": "Noch sind keine Ergebnisse veröffentlicht.",
        "title": "Ergebnisse: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Stand: {time}.",
        "received": "Eingegangene Karten: {received}. Davon in den Zahlen unten: "
                    "{counted} – zurückgezogene und von der Moderation ausgeblendete Karten "
                    "sind nicht dabei.",
        "by_prompt": "Karten nach Frage",
        "by_topic": "Karten nach Themenfeld",
        "by_district": "Karten nach Stadtbezirk",
        "prompt": "Frage", "topic": "Themenfeld", "district": "Stadtbezirk",
        "cards": "Karten", "share": "Anteil",
        "no_district": "keine Angabe",
        "none_yet": "Noch keine Karten.",
        "answers": "Antworten der Stadt",
        "answers_intro": "Ähnliche Karten fasst die Stadt zu Gruppen zusammen und beantwortet "
                         "sie gemeinsam.",
        "answers_none": "Noch hat die Stadt keine Gruppe von Karten dieser Veranstaltung "
                        "beantwortet.",
        "group_meta": "{cards} Karten dieser Veranstaltung · Antwort vom {date}",
        "group_meta_one": "1 Karte dieser Veranstaltung · Antwort vom {date}",
        "the_cards": "Die Karten",
        "the_cards_intro": "Was auf den Karten steht, in der jeweils neuesten Fassung.",
        "status": "Status", "corrected": "korrigiert",
        "page_of": "Seite {page} von {pages}",
        "pages": "Seiten",
        "previous": "Vorige Seite", "next": "Nächste Seite",
        "all_events": "Alle veröffentlichten Ergebnisse",
        "missing_title": "Diese Ergebnisse sind noch nicht veröffentlicht",
        "missing_text": "Für diese Adresse gibt es (noch) keine veröffentlichten Ergebnisse. "
                        "Die Stadt veröffentlicht die Ergebnisse einer Veranstaltung, "
                        "sobald sie ausgewertet sind.",
    },
    "en": {
        "list_title": "Published results",
        "list_intro": "Here the city publishes what the participation cards said at the "
                      "events of the Stadtgespräch.",
        "list_empty": "No results have been published yet.",
        "title": "Results: {event}",
        "when_where": "{date} · {venue}",
        "stand": "As of {time}.",
        "received": "Cards received: {received}. In the figures below: {counted} – cards "
                    "withdrawn by their writers and cards hidden by the moderators are "
                    "left out.",
        "by_prompt": "Cards by question",
        "by_topic": "Cards by topic",
        "by_district": "Cards by district",
        "prompt": "Question", "topic": "Topic", "district": "District",
        "cards": "Cards", "share": "Share",
        "no_district": "not given",
        "none_yet": "No cards yet.",
        "answers": "The city's answers",
        "answers_intro": "The city gathers similar cards into groups and answers them "
                         "together.",
        "answers_none": "The city has not answered a group of this event's cards yet.",
        "group_meta": "{cards} cards of this event · answered on {date}",
        "group_meta_one": "1 card of this event · answered on {date}",
        "the_cards": "The cards",
        "the_cards_intro": "What the cards say, each in its latest version.",
        "status": "Status", "corrected": "corrected",
        "page_of": "Page {page} of {pages}",
        "pages": "Pages",
        "previous": "Previous page", "next": "Next page",
        "all_events": "All published results",
        "missing_title": "These results have not been published yet",
        "missing_text": "There are no published results at this address (yet). The city "
                        "publishes an event's results once they have been evaluated.",
    },
}


def results_href(key: str | None, lang: str, page: int = 1) -> str:
    """The list of published events (``key`` None), or one event's results page."""
    path = "/results" if key is None else f"/results/{quote(key, safe='-')}"
    query = {"lang": lang, **({"page": str(page)} if page > 1 else {})}
    return f"{path}?{urlencode(query)}"


def _page(lang: str, site: PageSettings, title: str, body: str, switch: str) -> str:
    return document(lang, title, body, site_name=site.site_name, switch_href=switch,
                    style=PUBLIC_STYLE)


def _stand(lang: str, now_iso: str) -> str:
    machine, human = format_time(now_iso, lang)
    text = TEXT[lang]["stand"].format(time=f'<time datetime="{escape(machine)}">'
                                           f"{escape(human)}</time>")
    return f'<p class="muted">{text}</p>\n'


def _when_where(event: Event, lang: str) -> str:
    parts = [escape(format_date(event.date, lang)) if event.date else "",
             escape(event.venue)]
    return " · ".join(part for part in parts if part)


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def _share(value: int, total: int, lang: str) -> str:
    text = f"{100 * value / total:.0f} %" if total else "–"
    return text if lang == "de" else text.replace(" %", "%")


def _table(anchor: str, caption: str, head: str, counts: list[Count], total: int,
           lang: str) -> str:
    t = TEXT[lang]
    heading = f'<h2 id="{anchor}">{caption}</h2>\n'
    if not counts:
        return f"{heading}<p>{t['none_yet']}</p>\n"
    rows = "\n".join(
        f'<tr><th scope="row">{escape(count.label)}</th>'
        f'<td class="number">{_number(count.cards, lang)}</td>'
        f'<td class="number">{_share(count.cards, total, lang)}</td></tr>'
        for count in counts)
    return (f'{heading}<div class="table">\n<table aria-labelledby="{anchor}">\n'
            f'<thead><tr><th scope="col">{head}</th><th scope="col" class="number">'
            f'{t["cards"]}</th><th scope="col" class="number">{t["share"]}</th></tr></thead>'
            f"\n<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n")


def _groups(results: EventResults, lang: str) -> str:
    t = TEXT[lang]
    if not results.groups:
        return f"<h2>{t['answers']}</h2>\n<p>{t['answers_none']}</p>\n"
    items = []
    for group in results.groups:
        date = escape(format_time(group.at, lang)[1])
        meta = (t["group_meta_one"].format(date=date) if group.cards == 1
                else t["group_meta"].format(cards=_number(group.cards, lang), date=date))
        items.append(f"<h3>{escape(group.name)}</h3>\n<p class=\"muted\">{meta}</p>\n"
                     f'<div class="text">{escape(group.answer)}</div>')
    return (f"<h2>{t['answers']}</h2>\n<p>{t['answers_intro']}</p>\n"
            + "\n".join(items) + "\n")


def _cards(results: EventResults, lang: str) -> str:
    t = TEXT[lang]
    if results.cards is None:
        return ""
    if not results.cards:
        return f"<h2>{t['the_cards']}</h2>\n<p>{t['none_yet']}</p>\n"
    items = "\n".join(
        f'<li><div class="text">{escape(card.text)}</div>'
        f'<p class="muted">{escape(card.topic)} · {escape(card.prompt)} · '
        f'{t["status"]}: {escape(card.status)}'
        f'{" · " + t["corrected"] if card.corrected else ""}</p></li>'
        for card in results.cards)
    nav = ""
    if results.pages > 1:
        key, links = results.event.key, []
        if results.page > 1:
            links.append(f'<a href="{escape(results_href(key, lang, results.page - 1))}" '
                         f'rel="prev" class="tap">{t["previous"]}</a>')
        links.append(t["page_of"].format(page=results.page, pages=results.pages))
        if results.page < results.pages:
            links.append(f'<a href="{escape(results_href(key, lang, results.page + 1))}" '
                         f'rel="next" class="tap">{t["next"]}</a>')
        nav = f'<nav aria-label="{t["pages"]}"><p>{" · ".join(links)}</p></nav>\n'
    return (f"<h2 id=\"cards\">{t['the_cards']}</h2>\n<p>{t['the_cards_intro']}</p>\n{nav}"
            f'<ul class="cards">\n{items}\n</ul>\n{nav}')


CARDS_STYLE = "ul.cards{list-style:none;padding:0}ul.cards li{margin:0 0 1rem}" \
              "ul.cards .muted{margin:.25rem 0 0;font-size:1rem}"


def event_page(results: EventResults, lang: str, site: PageSettings, now_iso: str) -> str:
    """One published event: who, when, where; the figures; the answers; the cards."""
    t = TEXT[lang]
    event = results.event
    name = event.name or event.key
    received = t["received"].format(received=_number(results.received, lang),
                                    counted=_number(results.counted, lang))
    body = (
        f"<h1>{t['title'].format(event=escape(name))}</h1>\n"
        f"<p>{_when_where(event, lang)}</p>\n{_stand(lang, now_iso)}"
        f"<p>{received}</p>\n"
        + _table("by-prompt", t["by_prompt"], t["prompt"], results.prompts, results.counted,
                 lang)
        + _table("by-topic", t["by_topic"], t["topic"], results.topics, results.counted, lang)
        + _table("by-district", t["by_district"], t["district"], results.districts,
                 results.counted, lang)
        + _groups(results, lang) + _cards(results, lang)
        + f'<p><a href="{escape(results_href(None, lang))}">{t["all_events"]}</a></p>'
    )
    switch = results_href(event.key, FRAME_TEXT[lang]["switch_lang"], results.page)
    return document(lang, t["title"].format(event=name), body, site_name=site.site_name,
                    switch_href=switch, style=PUBLIC_STYLE + CARDS_STYLE)


def list_page(events: list[Event], lang: str, site: PageSettings, now_iso: str) -> str:
    """Every event with published results, the latest first."""
    t = TEXT[lang]
    if events:
        items = "\n".join(
            f'<li><a href="{escape(results_href(event.key, lang))}">'
            f"{escape(event.name or event.key)}</a>"
            f"{'<br>' + _when_where(event, lang) if event.date or event.venue else ''}</li>"
            for event in events)
        listing = f"<ul>\n{items}\n</ul>\n"
    else:
        listing = f"<p>{t['list_empty']}</p>\n"
    body = (f"<h1>{t['list_title']}</h1>\n<p>{t['list_intro']}</p>\n{_stand(lang, now_iso)}"
            f"{listing}"
            f'<p><a href="{escape(site.participation_url)}">'
            f'{FRAME_TEXT[lang]["participate"]}</a></p>')
    return _page(lang, site, t["list_title"], body,
                 results_href(None, FRAME_TEXT[lang]["switch_lang"]))


def missing_page(key: str, lang: str, site: PageSettings) -> str:
    """The friendly 404: not (yet) published, or no such event."""
    t = TEXT[lang]
    body = (f"<h1>{t['missing_title']}</h1>\n<p>{t['missing_text']}</p>\n"
            f'<p><a href="{escape(results_href(None, lang))}">{t["all_events"]}</a></p>')
    switch = f"/results/{quote(key[:100], safe='')}?lang={FRAME_TEXT[lang]['switch_lang']}"
    return _page(lang, site, t["missing_title"], body, switch)
