"""The neutral description of a setting: plain data, a known kind, walked depth first."""

from __future__ import annotations

import pytest

from station_app.protocol.setting_fields import KINDS, ROWS, TEXT, SettingField, walk


def test_a_field_has_a_known_kind():
    assert len(set(KINDS)) == len(KINDS) == 10
    with pytest.raises(ValueError, match="unknown kind 'colour' of x"):
        SettingField("x", "x", "colour", "X", "an x")


def test_walk_gives_every_field_with_its_children_after_it():
    label = SettingField("prompts[].label", "label", TEXT, "Text", "German label")
    ident = SettingField("prompts[].id", "id", TEXT, "Kennung", "Stable id")
    prompts = SettingField("prompts", "prompts", ROWS, "Fragen", "Questions",
                           children=(ident, label), row_label="Frage")
    name = SettingField("name", "name", TEXT, "Name", "A name")
    assert [one.key for one in walk((prompts, name))] == [
        "prompts", "prompts[].id", "prompts[].label", "name"]
    assert prompts.child("label") is label and prompts.child("example") is None
