"""The attendee flow end to end: what is tapped or typed ends up as a committed card."""

from __future__ import annotations

import json

import zxingcpp
from nacl.public import SealedBox
from PIL import Image
from PySide6.QtCore import Qt

from station_app.protocol.codes import parse_code


def _grab_qr_payload(driver) -> str:
    qr = driver.wait_for("thanksQr")
    driver.qtbot.waitUntil(
        lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    image = driver.window.grabWindow()
    top_left = qr.mapToScene(qr.boundingRect().topLeft()).toPoint()
    crop = image.copy(top_left.x() - 20, top_left.y() - 20,
                      int(qr.width()) + 40, int(qr.height()) + 40)
    data = crop.convertToFormat(crop.Format.Format_RGB888)
    pil = Image.frombytes("RGB", (data.width(), data.height()),
                          bytes(data.constBits())[: data.width() * data.height() * 3])
    results = zxingcpp.read_barcodes(pil)
    assert results, "no QR code found on the thank-you screen"
    return results[0].text


def test_whole_flow_by_touch_stores_the_card(open_kiosk, kiosk_config, collector_key):
    driver = open_kiosk(kiosk_config)

    driver.tap("startParticipate")
    driver.wait_step("prompt")
    driver.tap("prompt_idee")
    driver.wait_step("topic")
    driver.tap("topic_wohnen")
    driver.wait_step("write")
    assert driver.find("writeArea").property("placeholderText").startswith("Zum Beispiel")
    driver.tap("writeArea")
    driver.type("Mehr Bänke im Westpark – für Jung und Alt.")
    driver.qtbot.waitUntil(lambda: "42 von 1000" in driver.text_of("writeCounter"))
    driver.tap("write_next")

    driver.wait_step("details")
    driver.tap("district_hoerde")
    driver.tap("age_30-44")
    driver.tap("details_next")

    driver.wait_step("contact")
    driver.tap("contactEmail")
    driver.type("erika@example.org")
    assert not driver.find("contact_next").isEnabled()  # consent not yet given
    driver.tap("contactConsent")
    driver.tap("contact_next")

    driver.wait_step("review")
    assert driver.text_of("review_value_write") == "Mehr Bänke im Westpark – für Jung und Alt."
    assert driver.text_of("review_value_details") == "Hörde · 30–44"
    assert driver.stored_cards() == []
    driver.tap("review_next")

    driver.wait_step("thanks")
    [card] = driver.stored_cards()
    assert card["prompt_id"] == "idee"
    assert card["topic_id"] == "wohnen"
    assert card["text"] == "Mehr Bänke im Westpark – für Jung und Alt."
    assert card["district_id"] == "hoerde"
    assert card["age_group_id"] == "30-44"
    assert card["language"] == "de"
    assert card["source"] == "kiosk"
    shown = driver.text_of("thanksCode")
    assert shown == card["code"] and parse_code(shown) == shown
    assert _grab_qr_payload(driver) == f"http://127.0.0.1:8787/k/{card['code']}"

    [contact] = driver.stored_contacts()
    assert b"erika" not in contact["sealed"]
    opened = json.loads(SealedBox(collector_key).decrypt(contact["sealed"]))
    assert opened["email"] == "erika@example.org"
    assert opened["consent_version"] == contact["consent_version"] == "2026-1"
    assert "Mitmachpool" in opened["consent_text"]
    assert contact["consented_at"]


def test_whole_flow_by_keyboard(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)

    driver.key(Qt.Key.Key_Return)  # "Mitmachen" has the focus
    driver.wait_step("prompt")
    driver.press_by_keyboard("prompt_erhalten")
    driver.wait_step("topic")
    driver.press_by_keyboard("topic_kultur")
    driver.wait_step("write")
    assert driver.window.activeFocusItem().objectName() == "writeArea"
    driver.type("Das Dortmunder U und die Nordstadt-Feste.")
    driver.press_by_keyboard("write_next")
    driver.wait_step("details")
    driver.press_by_keyboard("district_eving")
    driver.press_by_keyboard("details_next")
    driver.wait_step("contact")
    driver.press_by_keyboard("contact_skip")
    driver.wait_step("review")
    driver.press_by_keyboard("review_next")
    driver.wait_step("thanks")

    [card] = driver.stored_cards()
    assert (card["prompt_id"], card["topic_id"], card["district_id"], card["age_group_id"]) == \
        ("erhalten", "kultur", "eving", None)
    assert card["text"] == "Das Dortmunder U und die Nordstadt-Feste."
    assert driver.stored_contacts() == []


def test_other_topic_skip_and_edit_from_review(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.write_card("herausforderungen", "anderes", "Hitze im Sommer")
    driver.tap("district_brackel")
    driver.tap("details_skip")  # one tap: nothing about me
    driver.wait_step("contact")
    driver.tap("contact_skip")
    driver.wait_step("review")
    assert driver.text_of("review_value_topic") == "Anderes Thema"

    driver.tap("review_edit_write")
    driver.wait_step("write")
    driver.type(" in der Innenstadt")
    driver.tap("write_next")
    driver.wait_step("review")  # back to the review, not on to the details
    driver.tap("review_next")
    driver.wait_step("thanks")

    [card] = driver.stored_cards()
    assert card["topic_id"] == "anderes"
    assert card["text"] == "Hitze im Sommer in der Innenstadt"
    assert card["district_id"] is None and card["age_group_id"] is None


def test_storage_failure_keeps_the_draft_and_retry_works(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.station.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON cards BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    driver.write_card("heute", "arbeit", "Der Hafen")
    driver.tap("details_next")
    driver.tap("contact_next")
    driver.wait_step("review")
    driver.tap("review_next")

    message = driver.wait_for("submitFailedMessage")
    assert "nicht gespeichert" in message.property("text")
    assert driver.step == "review"
    assert driver.text_of("review_value_write") == "Der Hafen"
    assert driver.stored_cards() == []

    driver.station.db.execute("DROP TRIGGER refuse")
    driver.tap("review_next")
    driver.wait_step("thanks")
    assert [c["text"] for c in driver.stored_cards()] == ["Der Hafen"]


def test_email_helpers_insert_at_the_cursor_and_keep_the_keyboard(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.write_card("idee", "wohnen", "Mehr Bänke")
    driver.tap("details_next")
    driver.wait_step("contact")
    driver.tap("contactEmail")
    driver.type("erika")
    driver.tap("emailInsert_at")
    driver.type("rathaus")
    driver.tap("emailInsert_de")
    field = driver.find("contactEmail")
    assert field.property("text") == "erika@rathaus.de"
    assert field.hasActiveFocus() and driver.window.property("keyboardVisible")
    field.setProperty("cursorPosition", len("erika"))
    driver.tap("emailInsert_com")  # at the cursor, not at the end
    assert field.property("text") == "erika.com@rathaus.de"
    assert driver.kiosk.bridges.contact.property("email") == "erika.com@rathaus.de"
    driver.tap("contactConsent")  # only while the address is being written
    driver.qtbot.waitUntil(lambda: driver.gone("emailHelpers"))


def test_mitmachpool_step_is_hidden_without_a_sealing_key(open_kiosk, default_config):
    driver = open_kiosk(default_config)
    assert "contact" not in driver.kiosk.kiosk.property("steps")
    driver.write_card("heute", "bildung", "Schulen")
    driver.tap("details_next")
    driver.wait_step("review")
    assert driver.find("review_edit_contact") is None


def test_another_card_and_automatic_return(open_kiosk, kiosk_config):
    from station_app.app import KioskTiming

    driver = open_kiosk(kiosk_config, timing=KioskTiming(60_000, 20, 1500, 10))
    for text in ("Erste Karte", "Zweite Karte"):
        if driver.step == "start":
            driver.tap("startParticipate")
        driver.tap("prompt_heute")
        driver.tap("topic_innovation")
        driver.wait_step("write")
        assert driver.find("writeArea").property("text") == ""
        driver.type(text)
        driver.tap("write_next")
        driver.tap("details_next")
        driver.tap("contact_next")
        driver.tap("review_next")
        driver.wait_step("thanks")
        if text == "Erste Karte":
            driver.tap("thanksAnother")
            driver.wait_step("prompt")
    driver.wait_step("start")  # the thank-you screen goes back by itself
    assert [c["text"] for c in driver.stored_cards()] == ["Erste Karte", "Zweite Karte"]
    assert driver.kiosk.kiosk.property("lastCode") == ""
