"""The live wall as HTML: the list of walls (``/wall/``), one event's wall for a projector
(``/wall/{event}``), its changing part (what the live stream sends) and its small script.

Made for a 1920×1080 projector read from ten metres: the type grows with the screen (about
34 px for a card's text at 1920×1080, never below 16 px), dark ink on the kiosk's light
paper, the newest cards in two columns that never cut a card in half (a card that does not
fit goes out of sight whole), the topics with bars, and a word cloud. On a phone the same
page is one column that scrolls. No code, no station, no contact: only what the cards say,
their topic and their language. Every text a person wrote is escaped.

With JavaScript, ``wall.js`` opens the live stream and swaps the changing part in; without
it, the page reloads itself every 30 seconds (``<noscript>``).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from station_app.collector.pages import (
    PUBLIC_STYLE,
    THEME,
    PageSettings,
    document,
    escape,
    format_date,
)
from station_app.collector.wall import WallEvent, WallView
from station_app.collector.wall_words import Word

RELOAD_SECONDS = 30
"""Without JavaScript, the page reloads itself this often."""

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "title": "Live-Wand: {event}",
        "switch": "English", "switch_lang": "en",
        "cards_one": "1 Karte", "cards_many": "{n} Karten",
        "newest": "Die neuesten Karten",
        "topics": "Themenfelder",
        "words": "Häufige Wörter",
        "words_none": "Sobald Karten da sind, stehen hier ihre häufigsten Wörter.",
        "empty": "Noch keine Karten. Die ersten erscheinen hier wenige Sekunden, nachdem "
                 "sie an einer Station abgegeben wurden.",
        "empty_premoderated": "Noch keine freigegebenen Karten. Karten erscheinen hier, "
                              "sobald die Moderation sie freigegeben hat.",
        "live_note": "Neue Karten erscheinen nach wenigen Sekunden.",
        "premoderated_note": "Karten erscheinen nach Freigabe durch die Moderation.",
        "list_title": "Live-Wände",
        "list_intro": "Jede Veranstaltung hat eine Live-Wand für den Beamer im Saal: Sie "
                      "zeigt die neuesten Karten, wie viele es je Themenfeld sind, und die "
                      "häufigsten Wörter. Ausgeblendete Karten erscheinen nicht.",
        "list_empty": "Noch sind keine Karten angekommen, also gibt es noch keine "
                      "Live-Wand.",
        "open": "Live-Wand öffnen: {event}",
        "when_where": "{date} · {venue}",
        "missing_title": "Diese Live-Wand gibt es nicht",
        "missing_text": "Für diese Adresse gibt es keine Veranstaltung.",
        "all_walls": "Alle Live-Wände",
        "no_date": "ohne Datum",
    },
    "en": {
        "title": "Live wall: {event}",
        "switch": "Deutsch", "switch_lang": "de",
        "cards_one": "1 card", "cards_many": "{n} cards",
        "newest": "The newest cards",
        "topics": "Topics",
        "words": "Frequent words",
        "words_none": "As soon as there are cards, their most frequent words appear here.",
        "empty": "No cards yet. The first ones appear here a few seconds after they are "
                 "handed in at a station.",
        "empty_premoderated": "No approved cards yet. Cards appear here as soon as the "
                              "moderators have approved them.",
        "live_note": "New cards appear within a few seconds.",
        "premoderated_note": "Cards appear once the moderators have approved them.",
        "list_title": "Live walls",
        "list_intro": "Every event has a live wall for the projector in the hall: it shows "
                      "the newest cards, how many there are per topic, and the most "
                      "frequent words. Hidden cards do not appear.",
        "list_empty": "No cards have arrived yet, so there is no live wall yet.",
        "open": "Open the live wall: {event}",
        "when_where": "{date} · {venue}",
        "missing_title": "There is no such live wall",
        "missing_text": "There is no event at this address.",
        "all_walls": "All live walls",
        "no_date": "no date",
    },
}

WALL_STYLE = ":root{" + ";".join(f"--{name}:{value}" for name, value in THEME.items()) + "}" + """
html{font-size:clamp(16px,min(1.75vw,3.1vh),48px)}
body{margin:0;font-family:"Noto Sans","DejaVu Sans",system-ui,sans-serif;line-height:1.3;
color:var(--ink);background:var(--paper)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
a{color:var(--primary)}
a:focus{outline:3px solid var(--focus);outline-offset:2px}
.top{display:flex;align-items:baseline;gap:.5rem 1.5rem;flex-wrap:wrap;
padding:.6rem 1.2rem .5rem;border-bottom:.2rem solid var(--accent);background:var(--surface)}
h1{font-size:1.25rem;line-height:1.15;margin:0;flex:1 1 20rem}
.note{margin:0;color:var(--ink-muted);font-size:.7rem}
.switch{font-size:.6rem;display:inline-flex;align-items:center;min-height:44px}
main{padding:.8rem 1.2rem;box-sizing:border-box}
.cards{list-style:none;margin:0;padding:0}
.card{background:var(--surface);border-left:.3rem solid var(--primary);
padding:.45rem .7rem .5rem;margin:0 0 .7rem;break-inside:avoid;
box-shadow:0 .05rem .15rem rgba(27,34,39,.2)}
.card.new{border-left-color:var(--accent);background:var(--notice-fill)}
.card p{margin:0}
.card .text{font-size:1rem;overflow-wrap:anywhere}
.card .topic{margin-top:.3rem;font-size:.72rem;font-weight:700;color:var(--primary)}
.empty{font-size:1.1rem;max-width:30rem}
.side h2{font-size:.8rem;margin:0 0 .35rem;color:var(--ink-muted);text-transform:uppercase;
letter-spacing:.04em}
.count{font-size:1.6rem;font-weight:700;margin:0 0 .6rem;color:var(--primary)}
.topics{list-style:none;margin:0 0 .9rem;padding:0}
.topics li{display:flex;justify-content:space-between;gap:.6rem;font-size:.82rem;
padding:.1rem .4rem .4rem;margin-bottom:.25rem;background:var(--surface)
linear-gradient(var(--primary),var(--primary)) no-repeat left bottom/var(--share) .25rem}
.topics .n{font-weight:700;font-variant-numeric:tabular-nums}
.cloud{margin:0;padding:0;list-style:none;line-height:1.15}
.cloud li{display:inline-block;margin:0 .45rem .25rem 0;font-weight:700}
.w1{font-size:.78rem;color:var(--ink-muted)}.w2{font-size:.98rem;color:var(--ink)}
.w3{font-size:1.2rem;color:var(--primary)}.w4{font-size:1.5rem;color:var(--ink)}
.w5{font-size:1.85rem;color:var(--primary)}
.muted{color:var(--ink-muted)}
@media (min-width:900px){
body{height:100vh;display:flex;flex-direction:column;overflow:hidden}
main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,1fr) 34%;gap:1.4rem}
.newest{min-height:0;overflow:hidden}
.newest .cards{columns:2;column-gap:1rem;column-fill:auto;height:100%}
.side{min-height:0;display:flex;flex-direction:column;overflow:hidden}
.side .words{flex:1;min-height:0;display:flex;flex-direction:column}
.side .cloud{flex:1;min-height:0;columns:1;column-fill:auto;overflow:hidden}
}
@media (prefers-reduced-motion:no-preference){.card{transition:background-color 2s}}
"""
"""The wall's own stylesheet (the kiosk's colours; ink, primary and muted ink on paper,
surface and notice fill are among the Theme's checked contrast pairs, ≥ 4.5:1)."""

SCRIPT = """\
(function () {
  "use strict";
  var live = document.getElementById("wall-live");
  if (!live || !window.EventSource) { return; }
  var address = live.getAttribute("data-stream");
  var seen = {};
  var FRESH = 10000;
  function cards() { return live.querySelectorAll("[data-card]"); }
  function mark() {
    var now = Date.now();
    Array.prototype.forEach.call(cards(), function (card) {
      var id = card.getAttribute("data-card");
      if (!(id in seen)) { seen[id] = now; }
      var left = seen[id] + FRESH - now;
      if (left > 0) {
        card.classList.add("new");
        window.setTimeout(function () { card.classList.remove("new"); }, left);
      }
    });
  }
  Array.prototype.forEach.call(cards(), function (card) {
    seen[card.getAttribute("data-card")] = 0;
  });
  function open() {
    var source = new EventSource(address);
    source.addEventListener("wall", function (event) {
      live.innerHTML = event.data;
      mark();
    });
    source.addEventListener("error", function () {
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(open, 5000);
      }
    });
  }
  open();
}());
"""
"""``/wall/wall.js``: opens the live stream and swaps each new changing part in; a card
that was not there before stands out for ten seconds. ``EventSource`` reconnects by itself
(after a restart of the hub, too); a refused stream is opened again after five seconds."""


def wall_href(key: str | None, lang: str) -> str:
    """The list of walls (``key`` None) or one event's wall, in ``lang``."""
    path = "/wall/" if key is None else f"/wall/{quote(key, safe='-')}"
    return f"{path}?{urlencode({'lang': lang})}"


def stream_href(key: str, lang: str, version: str) -> str:
    return f"/wall/{quote(key, safe='-')}/stream?{urlencode({'lang': lang, 'v': version})}"


def number(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def cards_count(value: int, lang: str) -> str:
    t = TEXT[lang]
    return t["cards_one"] if value == 1 else t["cards_many"].format(n=number(value, lang))


def event_title(event: WallEvent) -> str:
    return event.name or event.key


def _cards(view: WallView, labels: dict[str, str], lang: str) -> str:
    t = TEXT[lang]
    if not view.cards:
        empty = t["empty_premoderated" if view.event.premoderated else "empty"]
        return f'<p class="empty">{empty}</p>'
    items = []
    for card in view.cards:
        spoken = f' lang="{card.language}"' if card.language else ""
        topic = labels.get(card.topic_id, card.topic_id)
        items.append(f'<li class="card" data-card="{card.id}"><p class="text"{spoken} '
                     f'dir="auto">{escape(card.text)}</p><p class="topic">{escape(topic)}'
                     "</p></li>")
    return '<ol class="cards">' + "".join(items) + "</ol>"


def _topics(view: WallView, labels: dict[str, str], lang: str) -> str:
    if not view.topics:
        return ""
    most = max(count.cards for count in view.topics)
    rows = "".join(
        f'<li style="--share:{round(100 * count.cards / most)}%"><span>'
        f"{escape(labels.get(count.topic_id, count.topic_id))}</span>"
        f'<span class="n">{number(count.cards, lang)}</span></li>'
        for count in view.topics)
    return (f'<section class="topic-counts" aria-labelledby="topics-h">'
            f'<h2 id="topics-h">{TEXT[lang]["topics"]}</h2><ul class="topics">{rows}</ul>'
            "</section>")


def _words(words: list[Word], lang: str) -> str:
    t = TEXT[lang]
    cloud = ('<ul class="cloud">' + "".join(
        f'<li class="w{word.weight}" dir="auto">{escape(word.text)}</li>' for word in words)
        + "</ul>") if words else f'<p class="muted">{t["words_none"]}</p>'
    return (f'<section class="words" aria-labelledby="words-h">'
            f'<h2 id="words-h">{t["words"]}</h2>{cloud}</section>')


def live_part(view: WallView, labels: dict[str, str], lang: str) -> str:
    """What changes on the wall (the inside of ``#wall-live``): the newest cards, the count,
    the topics and the word cloud; ``labels`` names the topics in ``lang``. One line."""
    t = TEXT[lang]
    return (f'<section class="newest" aria-labelledby="newest-h"><h2 id="newest-h" '
            f'class="vh">{t["newest"]}</h2>{_cards(view, labels, lang)}</section>'
            f'<div class="side"><p class="count">{cards_count(view.total, lang)}</p>'
            f"{_topics(view, labels, lang)}{_words(view.words, lang)}</div>")


def wall_page(view: WallView, labels: dict[str, str], lang: str, site: PageSettings,
              version: str) -> str:
    """The whole wall as served: the current cards already in it, the stream's address
    (with the ``version`` the page shows, so the stream sends only what is newer)."""
    t = TEXT[lang]
    event = view.event
    title = t["title"].format(event=event_title(event))
    note = t["premoderated_note" if event.premoderated else "live_note"]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f'<noscript><meta http-equiv="refresh" content="{RELOAD_SECONDS}"></noscript>\n'
        f"<title>{escape(title)} – {escape(site.site_name)}</title>\n"
        f"<style>{WALL_STYLE}</style>\n"
        '<script src="/wall/wall.js" defer></script>\n</head>\n<body>\n'
        f'<header class="top"><h1>{escape(event_title(event))}</h1>'
        f'<p class="note">{note}</p>'
        f'<a class="switch" href="{escape(wall_href(event.key, t["switch_lang"]))}" '
        f'hreflang="{t["switch_lang"]}" lang="{t["switch_lang"]}">{t["switch"]}</a>'
        "</header>\n"
        f'<main id="wall-live" data-stream="{escape(stream_href(event.key, lang, version))}">'
        f"{live_part(view, labels, lang)}</main>\n</body>\n</html>\n"
    )


def _frame(lang: str, site: PageSettings, title: str, body: str, switch: str) -> str:
    return document(lang, title, body, site_name=site.site_name, switch_href=switch,
                    style=PUBLIC_STYLE + ".walls li{margin-bottom:1rem}")


def list_page(events: list[WallEvent], lang: str, site: PageSettings) -> str:
    """Every event's wall, the latest event first."""
    t = TEXT[lang]
    items = []
    for event in events:
        date = format_date(event.date, lang) if event.date else t["no_date"]
        where = t["when_where"].format(date=escape(date), venue=escape(event.venue)) \
            if event.venue else escape(date)
        items.append(f'<li><a class="tap" href="{escape(wall_href(event.key, lang))}">'
                     f"{escape(t['open'].format(event=event_title(event)))}</a><br>"
                     f'<span class="muted">{where}</span></li>')
    listing = f'<ul class="walls">{"".join(items)}</ul>' if items \
        else f"<p>{t['list_empty']}</p>"
    body = f"<h1>{t['list_title']}</h1>\n<p>{t['list_intro']}</p>\n{listing}"
    return _frame(lang, site, t["list_title"], body, wall_href(None, t["switch_lang"]))


def missing_page(lang: str, site: PageSettings) -> str:
    """The answer to a wall address without an event."""
    t = TEXT[lang]
    body = (f"<h1>{t['missing_title']}</h1>\n<p>{t['missing_text']}</p>\n"
            f'<p><a href="{escape(wall_href(None, lang))}">{t["all_walls"]}</a></p>')
    return _frame(lang, site, t["missing_title"], body, wall_href(None, t["switch_lang"]))
