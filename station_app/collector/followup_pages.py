"""The follow-up page behind the receipt's QR code: one card as its holder sees it.

What the card says now (its latest correction, marked as such), where it stands (the
public status timeline, without who set a status), the city's official answer (the card's
own, or the one for its group of similar cards, named), and a link to the event's
published results. Below, the two things the code allows: withdraw the card, or correct
its text (``holder_pages.py``). A hidden card keeps its text to itself; a withdrawn card
shows no text and no forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from station_app.collector.office.cases import Case, TimelineEntry
from station_app.collector.office.holder import MAX_CORRECTIONS
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.pages import (
    PUBLIC_STYLE,
    PageSettings,
    document,
    escape,
    format_time,
    safe_url,
)
from station_app.collector.pages import TEXT as FRAME_TEXT

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "prompt": "Frage", "topic": "Themenfeld", "text": "Ihr Text",
        "received": "Eingegangen", "status": "Status", "event": "Veranstaltung",
        "group": "Gruppe ähnlicher Karten",
        "corrected": "korrigiert am {date}",
        "status_received": "Eingegangen bei der Sammelstelle. Ihre Karte fließt in die "
                           "Auswertung des Stadtgesprächs ein.",
        "status_hidden": "Diese Karte wurde von der Moderation ausgeblendet und wird nicht "
                         "veröffentlicht.",
        "status_withdrawn": "Sie haben diese Karte am {date} zurückgezogen. Ihr Text ist "
                            "gelöscht und wird nirgends mehr gezeigt.",
        "timeline": "Verlauf",
        "answered": "Antwort veröffentlicht",
        "answer_removed": "Antwort zurückgenommen",
        "answer": "Antwort der Stadt",
        "answer_own": "Die Stadt hat Ihre Karte am {date} beantwortet.",
        "answer_group": "Diese Antwort vom {date} gilt für die ganze Gruppe ähnlicher Karten "
                        "„{group}“, zu der Ihre Karte gehört.",
        "results": "Ergebnisse der Veranstaltung",
        "results_text": "Die Stadt hat die Ergebnisse dieser Veranstaltung veröffentlicht: "
                        "wie viele Karten zu welcher Frage, zu welchem Themenfeld und aus "
                        "welchem Stadtbezirk kamen, und die Antworten der Stadt.",
        "results_link": "Ergebnisse von „{event}“ ansehen",
        "next": "So geht es weiter",
        "next_text": "Alle Karten werden gesammelt, ausgewertet und in die Stadtstrategie "
                     "eingebracht. Über die Online-Beteiligung erfahren Sie, was aus den "
                     "Ergebnissen wird, und können sich weiter beteiligen.",
        "yours": "Ihre Karte zurückziehen oder ändern",
        "yours_text": "Mit dem Kartencode von Ihrem Beleg können Sie Ihre Karte zurückziehen "
                      "oder ihren Text korrigieren. Der Code ist persönlich: Wer ihn kennt, "
                      "kann das auch.",
        "withdraw": "Karte zurückziehen",
        "correct": "Text korrigieren",
        "no_more": "Sie haben den Text schon {count}-mal korrigiert; weitere Korrekturen "
                   "sind nicht möglich.",
        "done_withdrawn": "Ihre Karte ist zurückgezogen. Ihr Text wurde gelöscht.",
        "done_corrected": "Ihre Korrektur ist gespeichert. Sie sehen unten die neue Fassung.",
    },
    "en": {
        "prompt": "Question", "topic": "Topic", "text": "Your text",
        "received": "Received", "status": "Status", "event": "Event",
        "group": "Group of similar cards",
        "corrected": "corrected on {date}",
        "status_received": "Received by the central office. Your card is part of the "
                           "evaluation of the Stadtgespräch.",
        "status_hidden": "This card was hidden by the moderators and will not be published.",
        "status_withdrawn": "You withdrew this card on {date}. Its text has been deleted and "
                            "is not shown anywhere any more.",
        "timeline": "History",
        "answered": "Answer published",
        "answer_removed": "Answer withdrawn by the city",
        "answer": "The city's answer",
        "answer_own": "The city answered your card on {date}.",
        "answer_group": "This answer of {date} is for the whole group of similar cards "
                        "“{group}” that your card belongs to.",
        "results": "Results of the event",
        "results_text": "The city has published the results of this event: how many cards "
                        "came in for each question, topic and district, and the city's "
                        "answers.",
        "results_link": "See the results of “{event}”",
        "next": "What happens next",
        "next_text": "All cards are collected, evaluated and fed into the city strategy. The "
                     "online participation portal tells you what becomes of the results and "
                     "how to take part further.",
        "yours": "Withdraw or change your card",
        "yours_text": "With the card code on your receipt you can withdraw your card or "
                      "correct its text. The code is personal: anyone who knows it can do "
                      "the same.",
        "withdraw": "Withdraw card",
        "correct": "Correct the text",
        "no_more": "You have corrected the text {count} times already; no more corrections "
                   "are possible.",
        "done_withdrawn": "Your card has been withdrawn. Its text has been deleted.",
        "done_corrected": "Your correction has been saved. The new version is shown below.",
    },
}

DONE = ("withdrawn", "corrected")
"""The confirmations ``?done=`` may ask the page to show after a form was sent."""
_CODE = re.compile(r"[A-Z0-9-]{1,40}")
"""A code as stored, which needs no quoting in a path."""


@dataclass(frozen=True)
class CardView:
    """What the follow-up page needs besides the card: the site, the status names, and a
    confirmation to show (``done``: one of ``DONE``, or empty)."""

    site: PageSettings
    statuses: StatusCatalogue
    done: str = ""


def card_href(code: str, lang: str, suffix: str = "", done: str = "") -> str:
    """The follow-up page of ``code`` (or one of its forms: ``suffix`` "/withdraw"), in
    ``lang`` (de or en), with a confirmation (one of ``DONE``) to show."""
    path = code if _CODE.fullmatch(code) else quote(code, safe="")
    return f"/k/{path}{suffix}?lang={lang}" + (f"&done={done}" if done in DONE else "")


def _time(iso: str, lang: str) -> str:
    # Both texts are made here from a parsed time (digits, month names): nothing to escape.
    machine, human = format_time(iso, lang)
    return f'<time datetime="{machine}">{human}</time>'


def _step(entry: TimelineEntry, lang: str, statuses: StatusCatalogue) -> str:
    t = TEXT[lang]
    name = statuses.label(entry.status, lang) if entry.kind == "status" else \
        t.get(entry.kind, entry.kind)
    return f"<li>{escape(name)}{_time(entry.at, lang)}</li>"


def timeline_html(case: Case, lang: str, statuses: StatusCatalogue) -> str:
    steps = "\n".join(_step(entry, lang, statuses) for entry in case.public_timeline)
    return f'<h2>{TEXT[lang]["timeline"]}</h2>\n<ol class="timeline">\n{steps}\n</ol>'


def _answer_html(case: Case, lang: str) -> str:
    if case.answer is None:
        return ""
    t = TEXT[lang]
    date = format_time(case.answer.at, lang)[1]
    if case.answer.from_group:
        about = t["answer_group"].format(date=escape(date), group=escape(case.group_name or ""))
    else:
        about = t["answer_own"].format(date=escape(date))
    return (f"<h2>{t['answer']}</h2>\n<p>{about}</p>\n"
            f'<div class="text">{escape(case.answer.text)}</div>')


def _text_row(case: Case, lang: str) -> str:
    t = TEXT[lang]
    note = ""
    if case.corrections:
        date = format_time(case.corrections[-1].at, lang)[1]
        note = f'<p class="muted">({t["corrected"].format(date=escape(date))})</p>'
    return f'<div class="text">{escape(case.current_text)}</div>{note}'


def _status_row(case: Case, lang: str, statuses: StatusCatalogue) -> str:
    t = TEXT[lang]
    name = f"<strong>{escape(statuses.label(case.status, lang))}</strong>"
    if case.withdrawn and case.withdrawn_at:
        date = format_time(case.withdrawn_at, lang)[1]
        return f"{name}<br>{t['status_withdrawn'].format(date=escape(date))}"
    if case.hidden:
        return f"{name}<br>{t['status_hidden']}"
    if case.status == "received":
        return f"{name}<br>{t['status_received']}"
    return name


def _holder_html(case: Case, lang: str) -> str:
    t = TEXT[lang]
    correct = (f'<a class="button" href="{card_href(case.code, lang, "/correct")}">'
               f'{t["correct"]}</a>')
    more = ""
    if len(case.corrections) >= MAX_CORRECTIONS:
        correct, more = "", f"<p>{t['no_more'].format(count=len(case.corrections))}</p>\n"
    return (f"<h2>{t['yours']}</h2>\n<p>{t['yours_text']}</p>\n{more}"
            f'<div class="actions">'
            f'<a class="button" href="{card_href(case.code, lang, "/withdraw")}">'
            f'{t["withdraw"]}</a>{correct}</div>')


def card_page(case: Case, lang: str, view: CardView) -> str:
    """The page for a card the collector holds."""
    t, frame = TEXT[lang], FRAME_TEXT[lang]
    rows = [
        (frame["code"], f'<span class="code">{escape(case.code)}</span>'),
        (t["prompt"], escape(case.label("prompt", lang) or case.prompt_id)),
        (t["topic"], escape(case.label("topic", lang) or case.topic_id)),
    ]
    if not case.hidden and not case.withdrawn:
        rows.append((t["text"], _text_row(case, lang)))
    if case.event.name:
        rows.append((t["event"], escape(case.event.name)))
    rows.append((t["received"], _time(case.received_at, lang)))
    rows.append((t["status"], _status_row(case, lang, view.statuses)))
    if case.group_name:
        rows.append((t["group"], f"„{escape(case.group_name)}“" if lang == "de"
                     else f"“{escape(case.group_name)}”"))
    items = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    notice = ""
    if view.done in DONE:
        notice = f'<p class="info" role="status">{t["done_" + view.done]}</p>\n'
    results = ""
    if case.event.results_public:
        href = f"/results/{quote(case.event.key, safe='-')}?lang={lang}"
        results = (f"<h2>{t['results']}</h2>\n<p>{t['results_text']}</p>\n"
                   f'<p><a href="{escape(href)}">'
                   f'{t["results_link"].format(event=escape(case.event.name or case.event.key))}'
                   "</a></p>\n")
    url = safe_url(case.event.participation_url) or view.site.participation_url
    next_steps = f"<h2>{t['next']}</h2>\n<p>{t['next_text']}</p>\n"
    body = (
        f"<h1>{frame['card_title']}</h1>\n{notice}<dl>\n{items}\n</dl>\n"
        f"{timeline_html(case, lang, view.statuses)}\n{_answer_html(case, lang)}\n{results}"
        f"{'' if case.withdrawn else next_steps}"
        f'<p><a href="{escape(url)}">{frame["participate"]}</a></p>\n'
        f"{'' if case.withdrawn else _holder_html(case, lang)}"
    )
    other = frame["switch_lang"]
    switch = card_href(case.code, other, done=view.done)
    return document(lang, f"{frame['card_title']} {case.code}", body,
                    site_name=view.site.site_name, switch_href=switch, style=PUBLIC_STYLE)
