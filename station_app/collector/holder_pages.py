"""The forms behind the follow-up page: withdraw a card (with a confirmation step) or
correct its text, and the worded answers when that cannot be done.

No account: the code is the key. Every form carries a token bound to the code
(``followup_routes.HolderTokens``) and the page language; what was typed survives every
refusal. Nothing here scripts anything.
"""

from __future__ import annotations

from station_app.collector.followup_pages import card_href
from station_app.collector.office.cases import Case
from station_app.collector.office.csrf import FIELD
from station_app.collector.office.holder import MAX_CORRECTION, MAX_CORRECTIONS
from station_app.collector.pages import (
    PUBLIC_STYLE,
    PageSettings,
    document,
    escape,
    format_time,
)
from station_app.collector.pages import TEXT as FRAME_TEXT

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "your_text": "Ihr Text",
        "withdraw_title": "Karte zurückziehen?",
        "withdraw_intro": "Sie sind dabei, Ihre Karte {code} zurückzuziehen.",
        "what": "Was dann geschieht",
        "what_text": "Der Text Ihrer Karte wird gelöscht, mit allen Korrekturen. Das lässt "
                     "sich nicht rückgängig machen.",
        "what_status": "Auf der Seite Ihrer Karte steht danach „Zurückgezogen“, mit dem "
                       "Datum.",
        "what_counts": "In den Zahlen der Veranstaltung bleibt sie als eingegangene Karte "
                       "mitgezählt – ohne Text und in keiner Auswertung.",
        "withdraw_yes": "Ja, Karte zurückziehen",
        "withdraw_no": "Nein, zurück",
        "correct_title": "Text korrigieren",
        "correct_intro": "Schreiben Sie hier die neue Fassung Ihrer Karte.",
        "correct_note": "Ihr ursprünglicher Text bleibt für die Mitarbeiterinnen und "
                        "Mitarbeiter der Stadt sichtbar; die Korrektur wird daneben "
                        "gespeichert. Auf der Seite Ihrer Karte erscheint die neue Fassung.",
        "hidden_note": "Ihre Karte wurde von der Moderation ausgeblendet; ihr bisheriger "
                       "Text wird deshalb hier nicht gezeigt. Auch eine Korrektur bleibt "
                       "ausgeblendet.",
        "new_text": "Neuer Text",
        "limit": "Höchstens {max} Zeichen.",
        "left": "Sie können noch {left} Korrekturen senden.",
        "left_one": "Sie können noch eine Korrektur senden.",
        "save": "Korrektur speichern",
        "cancel": "Abbrechen",
        "err_text_needed": "Bitte schreiben Sie einen Text: Ein leeres Feld kann nicht "
                           "gespeichert werden.",
        "err_too_long": "Der Text ist zu lang: höchstens {max} Zeichen. Bitte kürzen Sie ihn.",
        "err_token": "Das Formular war abgelaufen oder kam nicht von dieser Seite (Schutz "
                     "gegen untergeschobene Anfragen). An Ihrer Karte hat sich nichts "
                     "geändert. Bitte senden Sie es noch einmal.",
        "withdrawn_title": "Diese Karte ist zurückgezogen",
        "withdrawn_text": "Die Karte wurde am {date} zurückgezogen und ihr Text gelöscht. "
                          "Sie kann nicht mehr geändert und nicht noch einmal zurückgezogen "
                          "werden.",
        "too_many_title": "Keine weitere Korrektur möglich",
        "too_many_text": "Der Text dieser Karte wurde schon {max}-mal korrigiert. Weitere "
                         "Korrekturen sind nicht möglich; die letzte Fassung bleibt "
                         "gespeichert.",
        "foreign_title": "Anfrage abgelehnt",
        "foreign_text": "Diese Anfrage kam nicht von einer Seite der Sammelstelle und wurde "
                        "deshalb nicht ausgeführt. An Ihrer Karte hat sich nichts geändert.",
        "bad_form_title": "Anfrage nicht lesbar",
        "bad_form_text": "Das Formular kam nicht so an, wie die Sammelstelle es erwartet. An "
                         "Ihrer Karte hat sich nichts geändert. Bitte öffnen Sie die Seite "
                         "neu und versuchen Sie es noch einmal.",
        "failed_title": "Das hat nicht geklappt",
        "failed_text": "An Ihrer Karte hat sich nichts geändert.",
        "back": "Zurück zur Karte",
    },
    "en": {
        "your_text": "Your text",
        "withdraw_title": "Withdraw the card?",
        "withdraw_intro": "You are about to withdraw your card {code}.",
        "what": "What happens then",
        "what_text": "The text of your card is deleted, with all its corrections. This cannot "
                     "be undone.",
        "what_status": "The page of your card will then say “Withdrawn”, with the date.",
        "what_counts": "The event's figures keep counting it as a card received – without "
                       "its text and in no evaluation.",
        "withdraw_yes": "Yes, withdraw the card",
        "withdraw_no": "No, go back",
        "correct_title": "Correct the text",
        "correct_intro": "Write the new version of your card here.",
        "correct_note": "Your original text stays visible to the city's staff; the "
                        "correction is kept beside it. The page of your card shows the new "
                        "version.",
        "hidden_note": "Your card was hidden by the moderators, so its text is not shown "
                       "here. A correction stays hidden, too.",
        "new_text": "New text",
        "limit": "At most {max} characters.",
        "left": "You can send {left} more corrections.",
        "left_one": "You can send one more correction.",
        "save": "Save the correction",
        "cancel": "Cancel",
        "err_text_needed": "Please write a text: an empty field cannot be saved.",
        "err_too_long": "The text is too long: at most {max} characters. Please shorten it.",
        "err_token": "The form had expired or did not come from this page (a protection "
                     "against forged requests). Nothing about your card has changed. Please "
                     "send it again.",
        "withdrawn_title": "This card has been withdrawn",
        "withdrawn_text": "The card was withdrawn on {date} and its text deleted. It can no "
                          "longer be changed, nor withdrawn again.",
        "too_many_title": "No further correction possible",
        "too_many_text": "The text of this card has been corrected {max} times already. No "
                         "more corrections are possible; the latest version stays saved.",
        "foreign_title": "Request refused",
        "foreign_text": "This request did not come from a page of the central office, so it "
                        "was not carried out. Nothing about your card has changed.",
        "bad_form_title": "Request not readable",
        "bad_form_text": "The form did not arrive as the central office expects. Nothing "
                         "about your card has changed. Please reload the page and try again.",
        "failed_title": "That did not work",
        "failed_text": "Nothing about your card has changed.",
        "back": "Back to the card",
    },
}

REFUSALS = {"withdrawn": ("withdrawn_title", "withdrawn_text"),
            "too_many_corrections": ("too_many_title", "too_many_text"),
            "foreign": ("foreign_title", "foreign_text"),
            "bad_form": ("bad_form_title", "bad_form_text")}
"""The reasons that end in a page of their own: its title and its text."""
FORM_ERRORS = ("text_needed", "too_long", "token")
"""The reasons that show the form again, with what was typed."""


def _page(lang: str, site: PageSettings, title: str, body: str, switch: str) -> str:
    return document(lang, title, body, site_name=site.site_name, switch_href=switch,
                    style=PUBLIC_STYLE)


def _alert(lang: str, error: str) -> str:
    if not error:
        return ""
    text = TEXT[lang][f"err_{error}"].format(max=MAX_CORRECTION)
    return f'<p class="notice" id="form-error" role="alert">{text}</p>\n'


def _code(code: str) -> str:
    return f'<span class="code">{escape(code)}</span>'


def _hidden(token: str, lang: str) -> str:
    return (f'<input type="hidden" name="{FIELD}" value="{escape(token)}">'
            f'<input type="hidden" name="lang" value="{lang}">')


def withdraw_page(case: Case, lang: str, site: PageSettings, token: str,
                  error: str = "") -> str:
    """The confirmation step: what withdrawing does, then yes (a POST) or no (a link)."""
    t = TEXT[lang]
    text = ""
    if not case.hidden:
        text = (f"<h2>{t['your_text']}</h2>\n"
                f'<div class="text">{escape(case.current_text)}</div>\n')
    action = escape(card_href(case.code, lang, "/withdraw"))
    body = (
        f"<h1>{t['withdraw_title']}</h1>\n{_alert(lang, error)}"
        f"<p>{t['withdraw_intro'].format(code=_code(case.code))}"
        f"</p>\n{text}<h2>{t['what']}</h2>\n<ul>\n<li>{t['what_text']}</li>\n"
        f"<li>{t['what_status']}</li>\n<li>{t['what_counts']}</li>\n</ul>\n"
        f'<div class="actions"><form method="post" action="{action}">{_hidden(token, lang)}'
        f'<button type="submit" class="danger">{t["withdraw_yes"]}</button></form>'
        f'<p><a class="tap" href="{escape(card_href(case.code, lang))}">'
        f'{t["withdraw_no"]}</a></p></div>'
    )
    return _page(lang, site, t["withdraw_title"], body,
                 card_href(case.code, FRAME_TEXT[lang]["switch_lang"], "/withdraw"))


def correct_page(case: Case, lang: str, site: PageSettings, token: str,
                 typed: str | None = None, error: str = "") -> str:
    """The correction form, with the current text (or what was typed) in it."""
    t = TEXT[lang]
    if typed is None:
        typed = "" if case.hidden else case.current_text
    left = MAX_CORRECTIONS - len(case.corrections)
    remaining = t["left_one"] if left == 1 else t["left"].format(left=left)
    described = "text-hint form-error" if error else "text-hint"
    invalid = ' aria-invalid="true"' if error in ("text_needed", "too_long") else ""
    action = escape(card_href(case.code, lang, "/correct"))
    body = (
        f"<h1>{t['correct_title']}</h1>\n{_alert(lang, error)}"
        f"<p>{t['correct_intro']}</p>\n<p>{t['correct_note']}</p>\n"
        f"{'<p>' + t['hidden_note'] + '</p>' if case.hidden else ''}\n"
        f'<form method="post" action="{action}">\n'
        f'<p><label for="text">{t["new_text"]}</label><br>\n'
        f'<textarea id="text" name="text" rows="8" maxlength="{MAX_CORRECTION}" required '
        # The parser drops one line break right after <textarea>: this one, never the text's.
        f'aria-describedby="{described}"{invalid}>\n{escape(typed)}</textarea></p>\n'
        f'<p id="text-hint" class="muted">{t["limit"].format(max=MAX_CORRECTION)} '
        f"{remaining}</p>\n{_hidden(token, lang)}\n"
        f'<div class="actions"><button type="submit">{t["save"]}</button>'
        f'<p><a class="tap" href="{escape(card_href(case.code, lang))}">{t["cancel"]}</a>'
        "</p></div>\n</form>"
    )
    return _page(lang, site, t["correct_title"], body,
                 card_href(case.code, FRAME_TEXT[lang]["switch_lang"], "/correct"))


def refused_page(code: str, reason: str, lang: str, site: PageSettings,
                 withdrawn_at: str | None = None) -> str:
    """Why nothing was done (a reason of ``REFUSALS``), with the way back to the card."""
    t = TEXT[lang]
    title_key, text_key = REFUSALS.get(reason, ("failed_title", "failed_text"))
    if reason == "withdrawn" and not withdrawn_at:
        title_key, text_key = "withdrawn_title", "failed_text"
    date = escape(format_time(withdrawn_at, lang)[1]) if withdrawn_at else ""
    text = t[text_key].format(max=MAX_CORRECTIONS, date=date)
    body = (f"<h1>{t[title_key]}</h1>\n<p>{text}</p>\n"
            f'<p><a href="{escape(card_href(code, lang))}">{t["back"]}</a></p>')
    return _page(lang, site, t[title_key], body,
                 card_href(code, FRAME_TEXT[lang]["switch_lang"]))
