"""The office's HTML: escaped, labelled, in the kiosk's colours, readable (≥ 4.5:1)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from station_app.collector.office.audit import AuditEntry
from station_app.collector.office.templates import (
    Viewer,
    audit_page,
    landing_page,
    login_page,
    message_page,
)
from station_app.collector.pages import STYLE, THEME, PageSettings

SITE = PageSettings()
EVIL = '<script>alert(1)</script>"\'&'
THEME_QML = Path(__file__).resolve().parents[4] / "ui" / "Theme.qml"


def _pages(viewer: Viewer) -> list[str]:
    entry = AuditEntry(1, dt.datetime(2026, 9, 28, 10, 30, tzinfo=dt.UTC), EVIL,
                       "user.added", EVIL, {"name": EVIL}, {"role": EVIL}, EVIL)
    return [
        login_page("de", SITE, token="t0k", switch_href="/office/login?lang=en", name=EVIL,
                   error="Falsch"),
        landing_page("en", SITE, viewer, "/office/?lang=de"),
        audit_page("de", SITE, viewer, [entry], "/office/audit?lang=en", 1, True),
        message_page("de", SITE, "forbidden_title", "forbidden_role", "/x", viewer),
    ]


def test_markup_in_names_and_entries_is_escaped_everywhere():
    for page in _pages(Viewer(EVIL, "admin", "t0k")):
        assert "<script" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_every_form_carries_its_token_and_every_input_its_label():
    for page in _pages(Viewer("anna", "admin", "t0k")):
        for form in re.findall(r"<form.*?</form>", page, re.S):
            if 'method="post"' in form:
                assert '<input type="hidden" name="csrf_token" value="t0k">' in form
        for field in re.findall(r'<input id="([^"]+)"', page):
            assert f'<label for="{field}">' in page


def test_pages_are_documents_in_their_language_without_scripts():
    for page in _pages(Viewer("anna", "moderator", "t0k")):
        assert page.startswith("<!DOCTYPE html>")
        assert re.search(r'<html lang="(de|en)">', page)
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
        assert "<script" not in page and " on" not in re.sub(r">[^<]*<", "><", page)
        assert page.count("<h1>") == 1


def test_who_is_logged_in_is_on_every_page_behind_the_login():
    for page in _pages(Viewer("Jürgen", "moderator", "t0k"))[1:]:
        assert "<strong>Jürgen</strong>" in page
        assert "Abmelden" in page or "Log out" in page


def test_the_audit_link_is_for_admins_only():
    assert "/office/audit" in landing_page("de", SITE, Viewer("a", "admin", "t"), "/")
    assert "/office/audit" not in landing_page("de", SITE, Viewer("m", "moderator", "t"), "/")


def test_the_live_walls_approvals_are_an_area_only_where_the_wall_is_served():
    hub = PageSettings(wall=True)
    for role in ("admin", "moderator"):
        viewer = Viewer("a", role, "t")
        assert "/office/wall" in landing_page("de", hub, viewer, "/")
        assert '<a href="/office/wall?lang=de">Freigaben</a>' in message_page(
            "de", hub, "forbidden_title", "forbidden_role", "/", viewer)  # the navigation
        assert "/office/wall" not in landing_page("de", SITE, viewer, "/")


def test_the_audit_log_names_a_station_that_approved_a_card():
    entry = AuditEntry(2, dt.datetime(2026, 11, 14, 10, 5, tzinfo=dt.UTC), f"station:{EVIL}",
                       "card.wall_approved", "K7M-4QX-9TRP", {"wall_approved": False},
                       {"wall_approved": True}, "relay:hub-1")
    page = audit_page("de", SITE, Viewer("a", "admin", "t"), [entry], "/", None, False)
    assert "Station &lt;script&gt;" in page and "<script" not in page
    assert ">Für die Live-Wand freigegeben<" in page and ">relay:hub-1<" in page


def _theme_colours() -> dict[str, str]:
    text = THEME_QML.read_text(encoding="utf-8")
    return {name: value.upper() for name, value in re.findall(
        r'readonly property color (\w+): "(#[0-9A-Fa-f]{6})"', text)}


def test_the_stylesheet_uses_the_kiosks_colours():
    theme = _theme_colours()
    for web, qml in [("paper", "background"), ("surface", "surface"), ("ink", "ink"),
                     ("ink-muted", "inkMuted"), ("primary", "primary"), ("accent", "accent"),
                     ("focus", "focusRing"), ("notice-fill", "noticeFill"),
                     ("notice-ink", "noticeInk"), ("code-ink", "codeInk")]:
        assert THEME[web].upper() == theme[qml], web
        assert f"--{web}:{THEME[web]}" in STYLE


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    high, low = sorted([_luminance(one), _luminance(other)], reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("text,background", [
    ("ink", "paper"), ("ink", "surface"), ("ink-muted", "paper"), ("primary", "paper"),
    ("primary", "surface"), ("surface", "primary"), ("notice-ink", "notice-fill"),
    ("code-ink", "surface")])
def test_text_colours_are_readable(text, background):
    assert _contrast(THEME[text], THEME[background]) >= 4.5


def test_focus_is_visible():
    assert _contrast(THEME["focus"], THEME["paper"]) >= 3.0  # a non-text contrast
    assert "outline:3px solid var(--focus)" in STYLE
