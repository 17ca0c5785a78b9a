"""The frame of the collector's public pages, in German with English available: the
stylesheet, the language choice, escaping, times and dates, and the pages for a code that
is mistyped or unknown and for too many requests.

Plain, small, accessible HTML: a real heading structure, a language switch with ``hreflang``,
a skip link, visible focus, text that reflows on a phone, and no scripts. Every value from
a batch is escaped. An unknown or mistyped code gets a page that says what to do, with a
form to type the code again. The follow-up page itself is ``followup_pages.py``, its forms
``holder_pages.py``, the published results ``results_pages.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import zoneinfo
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

LANGUAGES = ("de", "en")
TIME_ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "skip": "Zum Inhalt springen",
        "switch": "English", "switch_lang": "en", "switch_label": "Sprache",
        "card_title": "Ihre Beteiligungskarte",
        "code": "Kartencode",
        "participate": "Zur Online-Beteiligung der Stadt Dortmund",
        "unknown_title": "Diese Karte haben wir (noch) nicht gefunden",
        "unknown_text": "Der Code ist richtig geschrieben, aber die Karte ist noch nicht bei "
                        "uns angekommen. Die Stationen übertragen ihre Karten oft erst nach "
                        "der Veranstaltung. Bitte versuchen Sie es in ein paar Tagen noch "
                        "einmal.",
        "typo_title": "Dieser Kartencode stimmt nicht",
        "typo_text": "Der Code ist unvollständig oder enthält einen Tippfehler. Ein "
                     "Kartencode hat zehn Zeichen in drei Gruppen, zum Beispiel "
                     "K7M-4QX-9TRP. Die Ziffern 0 und 1 und die Buchstaben O, I und L kommen "
                     "nicht vor.",
        "again": "Code noch einmal eingeben",
        "hint": "Sie finden den Code unter dem QR-Code auf Ihrem Beleg.",
        "show": "Karte anzeigen",
        "missing_title": "Diese Seite gibt es nicht",
        "missing_text": "Bitte prüfen Sie die Adresse. Den Kartencode auf Ihrem Beleg können "
                        "Sie hier eingeben:",
        "limited_title": "Zu viele Anfragen",
        "limited_text": "Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
        "limited_minutes": "Bitte warten Sie {minutes} Minuten und versuchen Sie es dann "
                           "noch einmal.",
        "time_suffix": " Uhr",
    },
    "en": {
        "skip": "Skip to content",
        "switch": "Deutsch", "switch_lang": "de", "switch_label": "Language",
        "card_title": "Your participation card",
        "code": "Card code",
        "participate": "To the City of Dortmund's online participation",
        "unknown_title": "We have not found this card (yet)",
        "unknown_text": "The code is spelled correctly, but the card has not reached us yet. "
                        "Stations often send their cards after the event. Please try again "
                        "in a few days.",
        "typo_title": "This card code is not right",
        "typo_text": "The code is incomplete or contains a typing error. A card code has ten "
                     "characters in three groups, for example K7M-4QX-9TRP. The digits 0 "
                     "and 1 and the letters O, I and L are never used.",
        "again": "Enter the code again",
        "hint": "The code is printed below the QR code on your receipt.",
        "show": "Show card",
        "missing_title": "There is no such page",
        "missing_text": "Please check the address. You can type the card code from your "
                        "receipt here:",
        "limited_title": "Too many requests",
        "limited_text": "Please wait a minute, then try again.",
        "limited_minutes": "Please wait {minutes} minutes, then try again.",
        "time_suffix": "",
    },
}

THEME = {
    "paper": "#F4F1EA", "surface": "#FFFFFF", "ink": "#1B2227", "ink-muted": "#4A545C",
    "line": "#CFC8BA", "primary": "#00506E", "primary-pressed": "#003A52",
    "accent": "#B8102C", "focus": "#9A4A00", "notice-fill": "#FFF1D6",
    "notice-ink": "#5C3300", "code-ink": "#00374C",
}
"""The kiosk's colours (``ui/Theme.qml``), so every page of the collector looks like the
station; the text pairs used below are among the Theme's checked contrast pairs (≥ 4.5:1)."""

STYLE = ":root{" + ";".join(f"--{name}:{value}" for name, value in THEME.items()) + "}" + """
body{font-family:"Noto Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
line-height:1.5;margin:0;color:var(--ink);background:var(--paper);font-size:1.125rem}
header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;
gap:.5rem 1rem;border-bottom:4px solid var(--accent)}
.brand{font-weight:700;margin:0}
a{color:var(--primary)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,[tabindex]:focus{
outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--surface)}
dt{font-weight:700;margin-top:1rem}dd{margin:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--surface);padding:.75rem;
border-left:4px solid var(--primary)}
.code{font-family:ui-monospace,monospace;letter-spacing:.05em;color:var(--code-ink)}
input{font-size:1.25rem;padding:.5rem;border:2px solid var(--ink-muted);max-width:100%;
background:var(--surface);color:var(--ink);box-sizing:border-box}
button{font-size:1.125rem;padding:.6rem 1.2rem;margin-top:.5rem;background:var(--primary);
color:#fff;border:0;border-radius:4px;min-height:44px;cursor:pointer}
button:hover{background:var(--primary-pressed)}
footer{color:var(--ink-muted);font-size:.9rem}
"""

PUBLIC_STYLE = """
h1{font-size:1.75rem;line-height:1.25}
h2{font-size:1.35rem;line-height:1.3;margin-top:2rem}
h3{font-size:1.15rem;line-height:1.3;margin-bottom:.25rem}
.code{white-space:nowrap}
.notice{background:var(--notice-fill);color:var(--notice-ink);padding:.75rem 1rem;
border-left:4px solid var(--accent)}
.info{background:var(--surface);padding:.75rem 1rem;border-left:4px solid var(--primary)}
.muted{color:var(--ink-muted)}
label{font-weight:700}
textarea{font:inherit;width:100%;padding:.5rem;border:2px solid var(--ink-muted);
background:var(--surface);color:var(--ink);box-sizing:border-box}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
.actions form,.actions p{margin:0}
.actions button{margin-top:0}
a.button{display:inline-flex;align-items:center;min-height:44px;box-sizing:border-box;
padding:.5rem 1.1rem;border:2px solid var(--primary);border-radius:4px;
background:var(--surface);color:var(--primary);font-weight:700;text-decoration:none}
a.button:hover{background:var(--paper);text-decoration:underline}
a.tap{display:inline-flex;align-items:center;min-height:44px}
button.danger{background:var(--accent)}
button.danger:hover{background:var(--ink)}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--line)}
ol.timeline li{margin:0 0 .75rem;padding-left:1rem}
ol.timeline time{display:block;color:var(--ink-muted);font-size:1rem}
.table{overflow-x:auto}
table{border-collapse:collapse;min-width:100%;background:var(--surface);font-size:1rem}
caption{text-align:left;font-weight:700;padding:.5rem 0;background:var(--paper)}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:var(--paper)}
tbody th{font-weight:400;background:var(--surface)}
td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}
"""
"""What the public pages add to ``STYLE``: notices, forms, button-like links, the status
timeline and the results' tables (colour pairs from the Theme's checked contrast pairs)."""


@dataclass(frozen=True)
class PageSettings:
    """Collector-wide values shown on every page."""

    site_name: str = "Dortmunder Stadtgespräch"
    participation_url: str = "https://www.dortmund.de/stadtgespraech"
    wall: bool = False
    """This collector serves the live wall (``collector serve --wall``): pages link to it."""


def choose_language(query_lang: str | None, accept_language: str | None) -> str:
    """``?lang=`` wins; else the best of de/en in ``Accept-Language``; else German."""
    if query_lang in LANGUAGES:
        return query_lang  # type: ignore[return-value]
    return _from_accept_language(accept_language or "")


@functools.lru_cache(maxsize=256)
def _from_accept_language(accept_language: str) -> str:
    """The best of de/en in an ``Accept-Language`` header (browsers send a few distinct
    ones, so each is read once)."""
    best, best_q = "de", -1.0
    for part in accept_language[:1000].split(",")[:20]:
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower().split("-")[0]
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag in LANGUAGES and q > best_q:
            best, best_q = tag, q
    return best


def escape(value: Any) -> str:
    """Any value as HTML text or attribute value (quotes too). Most texts have nothing to
    escape and are handed back as they are: five scans cost less than five replacements,
    and a follow-up page escapes some twenty texts."""
    text = value if type(value) is str else str(value)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


_e = escape


@functools.lru_cache(maxsize=4096)
def format_time(value: str, lang: str) -> tuple[str, str]:
    """(machine-readable ISO, human text) in Dortmund's local time. Kept for the times
    that come again and again (a batch's arrival, a group's answer)."""
    moment = dt.datetime.fromisoformat(value).astimezone(TIME_ZONE)
    if lang == "de":
        text = moment.strftime("%d.%m.%Y, %H:%M") + TEXT["de"]["time_suffix"]
    else:
        text = f"{moment.day} {MONTHS_EN[moment.month - 1]} {moment.year}, " \
               f"{moment.strftime('%H:%M')}"
    return moment.isoformat(), text


def format_date(value: str, lang: str) -> str:
    """A calendar date (``2026-11-14``) as people write it; anything else as it is."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def safe_url(url: str) -> str | None:
    """A link a page may carry: only http(s), never ``javascript:`` and the like."""
    return url if url.startswith(("https://", "http://")) else None


def document(lang: str, title: str, body: str, *, site_name: str, switch_href: str,
             header: str = "", style: str = "") -> str:
    """One whole page in the collector's frame: the shared stylesheet (plus ``style``), a
    skip link, the header with the site's name, ``header`` (HTML) and the language switch,
    ``body`` (HTML) as the main content, and the footer."""
    t = TEXT[lang]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{_e(title)} – {_e(site_name)}</title>\n"
        f"<style>{STYLE}{style}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#main">{t["skip"]}</a>\n'
        f'<header><p class="brand">{_e(site_name)}</p>{header}'
        f'<nav aria-label="{t["switch_label"]}"><a href="{_e(switch_href)}" '
        f'hreflang="{t["switch_lang"]}" lang="{t["switch_lang"]}">{t["switch"]}</a></nav>'
        f"</header>\n<main id=\"main\">\n{body}\n</main>\n"
        f"<footer><p>{_e(site_name)}</p></footer>\n</body>\n</html>\n"
    )


def _layout(lang: str, title: str, body: str, settings: PageSettings, switch_href: str) -> str:
    return document(lang, title, body, site_name=settings.site_name, switch_href=switch_href)


def not_found_page(typed: str, lang: str, settings: PageSettings, typo: bool | None) -> str:
    """The helpful page for a code that is mistyped (``typo``) or not (yet) known.

    ``typo=None`` is the plain code entry form, for people who type the code by hand.
    """
    t = TEXT[lang]
    if typo is None:
        title, intro = t["card_title"], f"<p>{t['hint']}</p>\n"
    else:
        title = t["typo_title"] if typo else t["unknown_title"]
        intro = f"<p>{t['typo_text'] if typo else t['unknown_text']}</p>\n"
    body = (
        f"<h1>{title}</h1>\n{intro}"
        f"<h2>{t['again'] if typo is not None else t['show']}</h2>\n"
        '<form action="/k" method="get">\n'
        f'<p><label for="code">{t["code"]}</label><br>\n'
        f'<input id="code" name="code" value="{_e(typed[:40])}" autocomplete="off" '
        'autocapitalize="characters" spellcheck="false" aria-describedby="code-hint" '
        'maxlength="40"></p>\n'
        f'<p id="code-hint">{t["hint"]}</p>\n'
        f'<input type="hidden" name="lang" value="{lang}">\n'
        f'<button type="submit">{t["show"]}</button>\n</form>\n'
        f'<p><a href="{_e(settings.participation_url)}">{t["participate"]}</a></p>'
    )
    switch = f"/k/{quote(typed[:40], safe='')}?lang={t['switch_lang']}" if typed \
        else f"/k?lang={t['switch_lang']}"
    return _layout(lang, title, body, settings, switch)


def missing_page(lang: str, settings: PageSettings) -> str:
    """The answer to an address the collector does not know (or a method it refuses)."""
    t = TEXT[lang]
    body = (f"<h1>{t['missing_title']}</h1>\n"
            f'<p>{t["missing_text"]} <a href="/k?lang={lang}">{t["show"]}</a></p>')
    return _layout(lang, t["missing_title"], body, settings, f"/k?lang={t['switch_lang']}")


def rate_limited_page(lang: str, settings: PageSettings, wait_seconds: float = 60.0) -> str:
    """The answer to one request too many; says how long to wait when it is minutes."""
    t = TEXT[lang]
    minutes = int(wait_seconds // 60) + (1 if wait_seconds % 60 else 0)
    text = t["limited_minutes"].format(minutes=minutes) if minutes > 1 else t["limited_text"]
    body = f"<h1>{t['limited_title']}</h1>\n<p>{text}</p>"
    return _layout(lang, t["limited_title"], body, settings, f"/k?lang={t['switch_lang']}")
