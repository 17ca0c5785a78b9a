"""The write step with the on-screen keyboard open: enough of the text stays in view, and a
hardware keyboard's first keystroke is never lost."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt


def test_the_first_hardware_keystroke_is_kept(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    # typed at once, while the write step is still fading in
    driver.type("Mehr Bäume")
    driver.wait_step("write")
    area = driver.wait_for("writeArea")
    driver.qtbot.waitUntil(lambda: area.property("text") == "Mehr Bäume", timeout=2000)


LONG_TEXT = ("Mehr Schatten auf den Spielplätzen der Nordstadt, Trinkbrunnen an den Haltestellen "
             "und Bänke, auf denen auch ältere Menschen gern sitzen. Dazu Bäume entlang der "
             "Münsterstraße, weniger Durchgangsverkehr und sichere Wege zur Schule für alle "
             "Kinder, auch im Winter, wenn es früh dunkel wird und die Straßen nass sind. Und "
             "ein Platz, an dem sich die Nachbarschaft trifft: mit Markt am Samstag, mit Musik "
             "im Sommer und mit einem Raum für die Jugend, die heute keinen Ort für sich hat.")


def visible_lines(driver) -> tuple[int, list[str]]:
    """How many lines of the text the field shows whole, and the lines it shows in part."""
    view = driver.find("writeView")
    area = driver.find("writeArea")
    top = view.mapToScene(QPointF(0, 0)).y()
    bottom = view.mapToScene(QPointF(0, view.height())).y()
    whole, partly, seen = 0, [], set()
    for position in range(len(area.property("text")) + 1):
        rect = area.positionToRectangle(position)
        line_top = area.mapToScene(QPointF(0, rect.y())).y()
        if line_top in seen:
            continue
        seen.add(line_top)
        line_bottom = line_top + rect.height()
        if line_top >= top - 0.5 and line_bottom <= bottom + 0.5:
            whole += 1
        elif line_bottom > top + 0.5 and line_top < bottom - 0.5:
            partly.append(f"line at {line_top:.0f}–{line_bottom:.0f} "
                          f"in view {top:.0f}–{bottom:.0f}")
    return whole, partly


def test_writing_with_the_keyboard_open_shows_three_whole_lines(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, size=(1280, 800))
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    driver.tap("writeArea")
    driver.type(LONG_TEXT)
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    area = driver.find("writeArea")
    assert area.property("lineCount") > 5  # more than fits: the field scrolls

    driver.qtbot.waitUntil(lambda: visible_lines(driver)[1] == [], timeout=2000)
    whole, partly = visible_lines(driver)
    assert whole >= 3 and partly == []
    # The line being written is one of them.
    cursor = area.mapToScene(QPointF(0, area.property("cursorRectangle").y())).y()
    view = driver.find("writeView")
    assert view.mapToScene(QPointF(0, 0)).y() - 0.5 <= cursor
    assert cursor <= view.mapToScene(QPointF(0, view.height())).y()

    # Flicked by hand to somewhere in the middle, the field comes to rest on a whole line.
    flickable = view.property("contentItem")
    start = driver.centre(view)
    driver.qtbot.mousePress(driver.window, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 8):
        driver.qtbot.mouseMove(driver.window, pos=start + QPoint(0, 9 * step))
    driver.qtbot.mouseRelease(driver.window, Qt.MouseButton.LeftButton,
                              pos=start + QPoint(0, 63))
    driver.qtbot.waitUntil(lambda: not flickable.property("moving"), timeout=3000)
    driver.qtbot.waitUntil(lambda: visible_lines(driver)[1] == [], timeout=2000)
    assert visible_lines(driver)[0] >= 3
