"""Right to left: with Arabic chosen the whole flow is mirrored – measured on the screens,
against German on the same nine-language station.

On every screen the main action sits where a reader ends (German: right; Arabic: left),
"Zurück" where a reader starts, the "Große Schrift" toggle at the reading start of the
header; fields, the review's values and the event's (German) name begin at the reading
start too: right-aligned in Arabic, left-aligned in German. The on-screen keyboard keeps
its layout's own order (a keyboard is not mirrored), with Arabic letters.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from tests.qml.conftest import Driver

TOLERANCE = 2.0
ALIGN_LEFT, ALIGN_RIGHT = 0x1, 0x2
"""Qt.AlignLeft and Qt.AlignRight, as ``effectiveHorizontalAlignment`` reports them."""
TEXT = "Mehr Bänke im Westpark"


def qml_value(item: QQuickItem, expression: str) -> object:
    """``expression`` evaluated on ``item`` (an enum comes back as its number)."""
    result = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    return result[0] if isinstance(result, tuple) else result


def drawn(driver: Driver) -> None:
    """Wait for the next frame: every layout pass before it has run."""
    with driver.qtbot.waitSignal(driver.window.frameSwapped, timeout=2000):
        driver.window.update()


def rect(driver: Driver, name: str) -> QRectF:
    item = driver.wait_for(name)
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def go_to(driver: Driver, screen: str) -> None:
    """From the start screen along the flow to ``screen``."""
    path = [("prompt", "startParticipate"), ("topic", "prompt_herausforderungen"),
            ("write", "topic_bildung"), ("details", "write_next"),
            ("contact", "details_next"), ("review", "contact_next"), ("thanks", "review_next")]
    for step, tap in path:
        if driver.step == screen:
            return
        if step == "details":
            driver.tap("writeArea")
            driver.type(TEXT)
        if step == "review":
            driver.tap("contactEmail")
            driver.type("erika.mustermann@example.org")
            driver.tap("contactConsent")
        driver.tap(tap)
        driver.wait_step(step)
    assert driver.step == screen


@pytest.fixture(params=["de", "ar"])
def kiosk_in(request, open_kiosk, kiosk_config_nine):
    """A function opening the nine-language kiosk in German or Arabic at ``screen``."""
    language = request.param

    def open_at(screen: str) -> tuple[Driver, bool]:
        driver = open_kiosk(kiosk_config_nine)
        driver.tap(f"language_{language}")
        bridge = driver.kiosk.bridges.language
        driver.qtbot.waitUntil(lambda: bridge.property("language") == language)
        assert bridge.property("rightToLeft") is (language == "ar")
        go_to(driver, screen)
        drawn(driver)
        return driver, language == "ar"

    return open_at


def before(first: QRectF, second: QRectF, rtl: bool) -> bool:
    """Whether ``first`` comes before ``second`` in reading order (wholly, side by side)."""
    if rtl:
        return first.left() >= second.right() - TOLERANCE
    return first.right() <= second.left() + TOLERANCE


def at_reading_start(driver: Driver, name: str, rtl: bool, margin: float = 160) -> bool:
    """Whether the item ``name`` lies at the reading start of the window."""
    area = rect(driver, name)
    width = driver.window.width()
    return area.right() >= width - margin if rtl else area.left() <= margin


def aligned_to_reading_start(driver: Driver, name: str, rtl: bool) -> None:
    """The text of the field or text ``name`` begins at its reading-start edge."""
    item = driver.wait_for(name)
    drawn(driver)
    alignment = qml_value(item, "effectiveHorizontalAlignment")
    assert alignment == (ALIGN_RIGHT if rtl else ALIGN_LEFT), (name, alignment)
    if not item.inherits("QQuickText"):
        # a field: its (left-to-right) text ends at the right edge, or starts at the left
        length = len(item.property("text"))
        assert length > 0
        end = item.positionToRectangle(length) if rtl else item.positionToRectangle(0)
        left, right = item.property("leftPadding"), item.property("rightPadding")
        if item.inherits("QQuickTextInput"):  # its rectangles leave out the padding
            left, right = 0, left + right
        edge = item.width() - right if rtl else left
        assert abs(end.x() - edge) <= TOLERANCE, (name, end.x(), edge, item.width())


def footer_is_mirrored(driver: Driver, step: str, rtl: bool) -> None:
    back, forward = rect(driver, f"{step}_back"), rect(driver, f"{step}_next")
    assert before(back, forward, rtl), (back, forward)
    assert at_reading_start(driver, f"{step}_back", rtl)
    toggle = rect(driver, f"{step}_largeText")
    title_side = driver.window.width() / 2
    assert (toggle.center().x() < title_side) is rtl


def test_start(kiosk_in):
    driver, rtl = kiosk_in("start")
    assert at_reading_start(driver, "startParticipate", rtl)
    assert (rect(driver, "start_largeText").center().x() < driver.window.width() / 2) is rtl
    # the language pills flow in reading order: Deutsch first, then English …
    assert before(rect(driver, "language_de"), rect(driver, "language_en"), rtl)
    aligned_to_reading_start(driver, "startEventName", rtl)


def test_prompt(kiosk_in):
    driver, rtl = kiosk_in("prompt")
    footer_is_mirrored(driver, "prompt", rtl)


def test_topic(kiosk_in):
    driver, rtl = kiosk_in("topic")
    footer_is_mirrored(driver, "topic", rtl)
    first, second = rect(driver, "topic_arbeit"), rect(driver, "topic_innovation")
    assert abs(first.top() - second.top()) < TOLERANCE
    assert before(first, second, rtl)


def test_write(kiosk_in):
    driver, rtl = kiosk_in("write")
    driver.tap("writeArea")
    driver.type(TEXT)
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    footer_is_mirrored(driver, "write", rtl)
    aligned_to_reading_start(driver, "writeArea", rtl)
    # the counter stands at the reading end, below the field
    assert not at_reading_start(driver, "writeCounter", rtl, margin=400)
    # the keyboard: the layout of the language, not mirrored (its space bar in the middle)
    keyboard = driver.find("keyboard")
    space = next(placed.item for placed in driver.walk() if placed.in_keyboard
                 and placed.shown and placed.item.metaObject().className().startswith(
                     "SpaceKey"))
    centre = space.mapToScene(QPointF(space.width() / 2, 0)).x()
    middle = keyboard.mapToScene(QPointF(keyboard.width() / 2, 0)).x()
    assert abs(centre - middle) < keyboard.width() / 8
    letters = {placed.item.property("displayText") for placed in driver.walk()
               if placed.in_keyboard and placed.shown
               and placed.item.metaObject().className().startswith("Key_")}
    assert ("ع" in letters) is rtl and ("q" in letters) is not rtl


def test_details(kiosk_in):
    driver, rtl = kiosk_in("details")
    footer_is_mirrored(driver, "details", rtl)
    assert before(rect(driver, "details_skip"), rect(driver, "details_next"), rtl)
    first, second = rect(driver, "district_innenstadt-west"), rect(
        driver, "district_innenstadt-nord")
    assert abs(first.top() - second.top()) < TOLERANCE
    assert before(first, second, rtl)


def test_contact(kiosk_in):
    driver, rtl = kiosk_in("contact")
    footer_is_mirrored(driver, "contact", rtl)
    driver.tap("contactEmail")
    driver.type("erika@example.org")
    aligned_to_reading_start(driver, "contactEmail", rtl)


def test_review(kiosk_in):
    driver, rtl = kiosk_in("review")
    footer_is_mirrored(driver, "review", rtl)
    edge, card_text = rect(driver, "reviewCardEdge"), rect(driver, "review_value_write")
    assert before(edge, card_text, rtl)  # the card's red edge at the reading start
    assert before(card_text, rect(driver, "review_edit_write"), rtl)
    for value in ("review_value_write", "review_value_contact", "review_value_details"):
        aligned_to_reading_start(driver, value, rtl)


def test_thanks(kiosk_in):
    driver, rtl = kiosk_in("thanks")
    code, qr = rect(driver, "thanksCode"), rect(driver, "thanksQr")
    assert before(code, qr, rtl)
    assert before(rect(driver, "thanksAnother"), rect(driver, "thanksDone"), rtl)
    assert at_reading_start(driver, "thanksCode", rtl, margin=400)
    # the card code itself reads left to right in every language
    assert qml_value(driver.find("thanksCode"), "effectiveHorizontalAlignment") == ALIGN_LEFT

