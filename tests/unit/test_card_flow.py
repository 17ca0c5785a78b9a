"""The attendee's flow, Qt-free: steps, the draft, readiness, back and edit."""

from __future__ import annotations

import dataclasses

import pytest

from station_app.card_flow import CardFlow, flow_steps
from station_app.labels import LabelBook


@pytest.fixture
def flow(default_config) -> CardFlow:
    return CardFlow(default_config, LabelBook(default_config), contact_offered=True)


def test_steps_follow_the_configuration(default_config):
    assert flow_steps(default_config, contact_offered=True) == (
        "start", "prompt", "topic", "write", "details", "contact", "review", "thanks")
    no_details = dataclasses.replace(default_config, kiosk=dataclasses.replace(
        default_config.kiosk, ask_details=False))
    assert flow_steps(no_details, contact_offered=False) == (
        "start", "prompt", "topic", "write", "review", "thanks")


def test_unknown_ids_change_nothing(flow):
    assert not flow.choose_prompt("gibt-es-nicht")
    assert not flow.choose_topic("gibt-es-nicht")
    assert not flow.choose_district("atlantis")
    assert flow.draft.prompt_id == flow.draft.topic_id == flow.draft.district_id == ""
    assert flow.choose_prompt("idee") and not flow.choose_prompt("idee")  # changed only once
    assert flow.choose_topic("anderes")


@pytest.mark.parametrize(("text", "ready", "length"), [
    ("", False, 0), ("   \n\t ", False, 0),
    ("\u200b\u200b\u2060\ufeff", False, 0),          # only zero-width characters
    ("\u202eabc", True, 3),                            # bidi override removed, text kept
    ("Mehr Bäume 🌳", True, 12),
])
def test_text_readiness_uses_the_storage_rules(flow, text, ready, length):
    flow.set_text(text)
    assert flow.text_ready is ready
    assert flow.text_length == length


def test_too_long_is_not_ready(flow, default_config):
    flow.set_text("x" * (default_config.kiosk.max_text_length + 1))
    assert flow.text_too_long and not flow.text_ready


def test_next_back_and_editing_from_the_review(flow):
    assert flow.next_step("start") == "prompt"
    assert flow.next_step("write") == "details"
    assert flow.previous_step("details") == "write"
    assert flow.next_step("review") == "thanks"
    assert flow.edit_step("topic") == "topic" and flow.returning_to_review
    assert flow.next_step("topic") == "review" and not flow.returning_to_review
    assert flow.edit_step("nonsense") == "review"
    flow.edit_step("details")
    assert flow.previous_step("details") == "review"


def test_labels_come_in_the_attendees_language(flow):
    flow.choose_prompt("heute")
    flow.choose_topic("anderes")
    flow.choose_district("hoerde")
    assert flow.prompt_label() == "Was macht Dortmund heute aus?"
    assert flow.topic_label() == "Anderes Thema"
    assert flow.details_summary() == "Hörde · Alter: keine Angabe"
    flow.language = "en"
    assert flow.prompt_label() == "What makes Dortmund what it is today?"
    assert flow.topic_label() == "Other topic"
    assert flow.details_summary() == "Hörde · Age: prefer not to say"


def test_the_card_draft_and_the_opt_in(flow):
    flow.choose_prompt("idee")
    flow.choose_topic("wohnen")
    flow.set_text("Mehr Bänke")
    flow.language = "en"
    assert flow.opt_in() is None  # nothing given
    flow.contact = dataclasses.replace(flow.contact, email="Erika@Example.ORG")
    assert not flow.ready_to_hand_in and flow.contact.problem == "consent"
    flow.contact = dataclasses.replace(flow.contact, consent=True)
    assert flow.ready_to_hand_in
    opt_in = flow.opt_in()
    assert opt_in is not None and opt_in.email == "Erika@example.org"
    draft = flow.card_draft()
    assert (draft.prompt_id, draft.topic_id, draft.language, draft.source) == \
        ("idee", "wohnen", "en", "kiosk")
    assert draft.district_id is None
    flow.reset()
    assert flow.draft.text == "" and flow.opt_in() is None and flow.language == "en"


def test_no_opt_in_when_the_station_offers_no_mitmachpool(default_config):
    flow = CardFlow(default_config, LabelBook(default_config), contact_offered=False)
    flow.contact = dataclasses.replace(flow.contact, email="a@b.de", consent=True)
    assert flow.opt_in() is None


def test_the_mitmachpool_step_can_be_offered_later(default_config):
    flow = CardFlow(default_config, LabelBook(default_config), contact_offered=False)
    assert "contact" not in flow.steps
    assert flow.offer_contact(True) and flow.steps == flow_steps(default_config,
                                                                 contact_offered=True)
    assert flow.steps.index("contact") == flow.steps.index("review") - 1
    assert not flow.offer_contact(True)  # nothing changed the second time
