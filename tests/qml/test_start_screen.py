"""The start screen holds still while its invitation cycles through the languages; with text
at 200 % it shows the UI language's invitation only, and "Mitmachen" stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.qml.conftest import SIZES


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def next_frame(driver) -> None:
    """Wait until the window has drawn again, so its layouts have settled."""
    with driver.qtbot.waitSignal(driver.window.frameSwapped, timeout=2000):
        driver.window.update()


def invitation_texts(driver) -> list:
    """The invitation's lines, one per language (all laid out, only one shown)."""
    block = driver.wait_for("startInvitation")
    return [child for child in block.childItems() if child.inherits("QQuickText")]


@pytest.mark.parametrize("text_step", [0, 1, 2], ids=["normal", "large", "200"])
@pytest.mark.parametrize("size", list(SIZES))
def test_mitmachen_does_not_move_while_the_invitation_cycles(open_kiosk, kiosk_config, size,
                                                            text_step):
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    for _ in range(text_step):
        driver.tap("start_largeText")
    next_frame(driver)
    screen = driver.wait_for("startScreen")
    button = driver.wait_for("startParticipate")
    lines = invitation_texts(driver)
    assert len(lines) == len(kiosk_config.kiosk.languages) >= 2
    illustration = driver.find("startIllustration")
    places = set()
    for index in range(len(lines)):
        screen.setProperty("invitationIndex", index)
        next_frame(driver)
        shown = [line for line in lines if line.opacity() > 0]
        assert len(shown) == 1
        text = scene_rect(shown[0])
        places.add((round(scene_rect(button).y()), round(scene_rect(button).x())))
        # the line's own text (not only its box) stays clear of the illustration
        if illustration is not None:
            drawn = QRectF(text.x(), text.y(), shown[0].property("contentWidth"),
                           shown[0].property("contentHeight"))
            assert not drawn.intersects(scene_rect(illustration)), shown[0].property("text")
        assert scene_rect(button).top() >= text.bottom()
    assert len(places) == 1, f"Mitmachen moved: {sorted(places)}"


def test_the_invitation_block_is_as_tall_as_its_tallest_language(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, size=SIZES["800x1280"])
    block = driver.wait_for("startInvitation")
    lines = invitation_texts(driver)
    heights = {round(line.property("contentHeight")) for line in lines}
    assert block.height() >= max(heights) - 1


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_200_percent_the_invitation_holds_still_in_the_ui_language(open_kiosk, kiosk_config,
                                                                      language):
    driver = open_kiosk(kiosk_config, size=SIZES["1280x800"])
    driver.tap(f"language_{language}")
    driver.qtbot.waitUntil(
        lambda: driver.kiosk.bridges.language.property("language") == language)
    driver.tap("start_largeText")
    driver.tap("start_largeText")
    next_frame(driver)
    screen = driver.wait_for("startScreen")
    block = driver.wait_for("startInvitation")
    invitations = screen.property("invitations")
    ui_line = next(line["text"] for line in invitations if line["code"] == language)
    for index in range(len(invitations)):
        screen.setProperty("invitationIndex", index)
        next_frame(driver)
        shown = [line for line in invitation_texts(driver) if line.opacity() > 0]
        assert [line.property("text") for line in shown] == [ui_line]
        assert abs(block.height() - shown[0].property("contentHeight")) <= 1
    assert driver.find("startIllustration") is None  # large text needs the room
    if language == "de":  # the main action in view at the common size, without scrolling
        button = scene_rect(driver.wait_for("startParticipate"))
        assert button.bottom() <= driver.window.height()
