"""Every office text exists in German and English."""

from __future__ import annotations

from station_app.collector.office.texts import TEXT, action_label, role_label


def test_both_languages_say_the_same_things():
    assert set(TEXT["de"]) == set(TEXT["en"])
    assert all(value.strip() for lang in TEXT.values() for value in lang.values())


def test_labels_for_roles_and_actions():
    assert role_label("admin", "de") == "Administration"
    assert role_label("moderator", "en") == "Moderator"
    assert action_label("login.failed", "de") == "Anmeldung fehlgeschlagen"
    assert action_label("something.new", "en") == "something.new"
