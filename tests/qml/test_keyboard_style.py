"""The on-screen keyboard in the house style (ui/keyboard/QtQuick/VirtualKeyboard/Styles/dortmund).

What an attendee notices, measured on the rendered window rather than read from the QML:
the keyboard is the light one in the Theme's colours (not Qt's stock dark one), every key's
label or icon stands out from its key face by at least 4.5:1 (WCAG 2.1 AA) – pressed,
latched, disabled and in the popups too –, the panel is flat (at most 300 px tall at
1280×800) and no key is under the 48 px touch floor, in landscape and in portrait.

Writes ``screenshots/keyboard-style*.png`` (git-ignored) for people to open and judge.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from tests.qml.conftest import SIZES, Driver
from tests.qml.geometry import layout_problems

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

PANEL = (0xEA, 0xE6, 0xDC)
"""The panel behind the keys: Theme.surfaceMuted."""
STOCK_PANEL = (0x26, 0x32, 0x38)
"""Qt's default style, which this style replaces."""
AA = 4.5
"""WCAG 2.1 AA contrast for text (and what we ask of the icons too)."""
TOUCH_MINIMUM = 48
"""Theme.touchMinimum: no key is shorter."""


# --- colour arithmetic -------------------------------------------------------------------

def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_of(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb[:3])


@dataclass(frozen=True)
class Measured:
    """One key (or popup cell) as drawn: its face, its label's colour and their contrast."""

    what: str
    face: tuple[int, int, int]
    label: tuple[int, int, int]
    ratio: float
    label_pixels: int
    """How many pixels in it have at least AA contrast to the face (0: nothing is drawn)."""

    def __str__(self) -> str:
        return (f"{self.what}: {hex_of(self.label)} on {hex_of(self.face)} = {self.ratio:.2f}:1"
                f" ({self.label_pixels} px)")


def grab(driver: Driver) -> Image.Image:
    """The window as it is on screen now."""
    image = driver.window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()),
                            "raw", "RGB", image.bytesPerLine(), 1)


def measure(image: Image.Image, what: str, rect: QRectF, inset: int = 8) -> Measured:
    """The most common colour inside ``rect`` (less ``inset``, which skips the gap between
    keys, the face's edge and its rounded corners) is the face; the pixel that stands out
    most from it is the label."""
    box = (round(rect.left()) + inset, round(rect.top()) + inset,
           round(rect.right()) - inset, round(rect.bottom()) - inset)
    region = image.crop(box)
    colours = Counter({colour: n for n, colour in region.getcolors(region.width * region.height)})
    face = colours.most_common(1)[0][0]
    label = max(colours, key=lambda colour: contrast(colour, face))
    readable = sum(n for colour, n in colours.items() if contrast(colour, face) >= AA)
    return Measured(what, face, label, contrast(face, label), readable)


def assert_readable(measured: list[Measured]) -> None:
    print("\n".join(map(str, measured)))  # the ratios, for `pytest -s`
    blank = [str(m) for m in measured if m.label_pixels < 6]
    assert blank == [], "keys that show nothing readable:\n" + "\n".join(blank)
    weak = [str(m) for m in measured if m.ratio < AA]
    assert weak == [], "labels under 4.5:1 on their key:\n" + "\n".join(weak)


# --- finding the keyboard's parts --------------------------------------------------------

def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def type_name(item: QQuickItem) -> str:
    """``Key``, ``ShiftKey``, ``AlternativeKeys``… (QML types are ``Name_QMLTYPE_n``)."""
    return item.metaObject().className().split("_QMLTYPE")[0]


def shown_keyboard_items(driver: Driver) -> list[QQuickItem]:
    return [placed.item for placed in driver.walk() if placed.in_keyboard and placed.shown]


def keys(driver: Driver) -> dict[str, QQuickItem]:
    """The keys on screen by name: a character key by what it shows ("q", "1", "1/2"),
    every other key by its type ("ShiftKey", "EnterKey", …). Filler keys (gaps in a row
    that draw nothing) are left out."""
    found = {}
    for item in shown_keyboard_items(driver):
        if item.metaObject().indexOfProperty("keyType") < 0 or type_name(item) == "FillerKey":
            continue
        name = type_name(item)
        found[item.property("displayText") if name == "Key" else name] = item
    return found


def the_shown(driver: Driver, type_: str) -> QQuickItem:
    return next(item for item in shown_keyboard_items(driver) if type_name(item) == type_)


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def qml_value(item: QQuickItem, expression: str):
    """``expression`` evaluated in ``item``'s QML context (its imports and ids)."""
    context = QQmlEngine.contextForObject(item)
    result = QQmlExpression(context, item, expression).evaluate()
    return result[0] if isinstance(result, tuple) else result


def open_write_step(open_kiosk, kiosk_config, size: str) -> Driver:
    """The write step with the on-screen keyboard open, nothing typed yet."""
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    driver.tap("writeArea")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    driver.qtbot.waitUntil(lambda: "EnterKey" in keys(driver))
    return driver


def tap_key(driver: Driver, name: str) -> None:
    driver.qtbot.mouseClick(driver.window, Qt.MouseButton.LeftButton,
                            pos=centre(keys(driver)[name]))


def save(driver: Driver, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    with driver.qtbot.waitSignal(driver.window.frameSwapped, timeout=2000):
        driver.window.update()  # the last tap's frame
    assert driver.window.grabWindow().save(str(SCREENSHOTS / name))


# --- the tests ---------------------------------------------------------------------------

def test_the_keyboard_is_the_light_dortmund_style(open_kiosk, kiosk_config):
    driver = open_write_step(open_kiosk, kiosk_config, "1280x800")
    panel = driver.find("keyboard")
    assert qml_value(panel, "VirtualKeyboardSettings.styleName") == "dortmund"

    # The panel between the keys (a filler gap in the third row) is the light muted tone.
    image = grab(driver)
    gap = scene_rect(the_shown(driver, "FillerKey")).center().toPoint()
    colour = image.getpixel((gap.x(), gap.y()))
    assert colour == PANEL, f"the keyboard's panel is {hex_of(colour)}"
    assert contrast(colour, STOCK_PANEL) > 4


def test_the_area_beside_the_keyboard_is_the_panel_colour(open_kiosk, kiosk_config):
    """At 1280×800 the panel is 1120 px wide: Main.qml's keyboardArea shows on both sides
    and must not be a dark band beside the light keyboard."""
    driver = open_write_step(open_kiosk, kiosk_config, "1280x800")
    panel = scene_rect(driver.find("keyboard"))
    assert panel.left() > 20, "the keyboard fills the width here: nothing to check"
    image = grab(driver)
    middle = round(panel.center().y())
    beside = [image.getpixel((10, middle)), image.getpixel((driver.window.width() - 10, middle))]
    assert beside == [PANEL, PANEL], f"beside the keyboard: {[hex_of(c) for c in beside]}"


def test_the_style_draws_every_part(open_kiosk, kiosk_config):
    """Every delegate a complete style provides is there: no key type, popup or list of
    Qt Virtual Keyboard would be drawn blank (an unset one is null)."""
    driver = open_write_step(open_kiosk, kiosk_config, "1280x800")
    loaders = [item for item in shown_keyboard_items(driver) if item.inherits("QQuickLoader")
               and str(item.property("source").toString()).endswith("/dortmund/style.qml")]
    assert len(loaders) == 1
    meta = loaders[0].property("item").metaObject()
    parts = [meta.property(i) for i in range(meta.propertyCount())]
    delegates = [p.name() for p in parts
                 if p.typeName() in ("QQmlComponent*", "QQuickTransition*")]
    assert len(delegates) >= 40  # the KeyboardStyle of Qt 6.12 has 41
    # Read in QML: PySide has no converter for these property types.
    names = "[" + ", ".join(f"'{name}'" for name in delegates) + "]"
    missing = qml_value(loaders[0], f"{names}.filter(name => !item[name]).join(' ')")
    assert missing == ""
    assert qml_value(loaders[0], "item.languagePopupListEnabled") is True


def test_every_label_is_readable_on_its_key(open_kiosk, kiosk_config):
    driver = open_write_step(open_kiosk, kiosk_config, "1280x800")
    bot, window = driver.qtbot, driver.window
    measured: list[Measured] = []

    # Nothing typed: shift is on for the capital letter (latched); one language only, so
    # the language key is disabled.
    found = keys(driver)
    assert found["q"].property("uppercased") is True
    assert found["ChangeLanguageKey"].isEnabled() is False
    image = grab(driver)
    for name in ("q", "ShiftKey", "ChangeLanguageKey"):
        measured.append(measure(image, f"{name} (start)", scene_rect(found[name])))

    tap_key(driver, "q")
    bot.waitUntil(lambda: keys(driver)["q"].property("uppercased") is False)  # shift is off
    image = grab(driver)
    found = keys(driver)
    for name in ("q", "m", "ShiftKey", "BackspaceKey", "SymbolModeKey", ",", ".",
                 "SpaceKey", "HideKeyboardKey", "EnterKey"):
        measured.append(measure(image, name, scene_rect(found[name])))

    # A pressed letter, and the preview above it.
    bot.mousePress(window, Qt.MouseButton.LeftButton, pos=centre(found["e"]))
    bot.waitUntil(lambda: any(type_name(i) == "CharacterPreviewBubble"
                              for i in shown_keyboard_items(driver)))
    image = grab(driver)
    measured.append(measure(image, "e pressed", scene_rect(found["e"])))
    preview = the_shown(driver, "CharacterPreviewBubble")
    measured.append(measure(image, "character preview", scene_rect(preview), inset=6))
    bot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=centre(found["e"]))

    # Pressed enter (petrol turns darker) and a pressed function key.
    for name in ("EnterKey", "BackspaceKey"):
        bot.mousePress(window, Qt.MouseButton.LeftButton, pos=centre(found[name]))
        bot.waitUntil(lambda name=name: keys(driver)[name].property("pressed"))
        measured.append(measure(grab(driver), f"{name} pressed", scene_rect(found[name])))
        bot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=centre(found[name]))

    # Press and hold "." for its alternatives: the current one on petrol, the others white.
    bot.mousePress(window, Qt.MouseButton.LeftButton, pos=centre(found["."]))
    bot.waitUntil(lambda: any(type_name(i) == "AlternativeKeys"
                              for i in shown_keyboard_items(driver)), timeout=3000)
    image = grab(driver)
    popup = next(child for child in the_shown(driver, "AlternativeKeys").childItems()
                 if child.inherits("QQuickListView"))
    cells = popup.property("count")
    assert cells >= 2
    area = scene_rect(popup)
    width = area.width() / cells
    for cell in range(cells):
        rect = QRectF(area.left() + cell * width, area.top(), width, area.height())
        measured.append(measure(image, f"alternative {cell + 1} of '.'", rect, inset=6))
    bot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=centre(found["."]))
    bot.waitUntil(lambda: not any(type_name(i) == "AlternativeKeys"
                                  for i in shown_keyboard_items(driver)))

    # Caps lock (shift tapped twice): petrol with a white arrow.
    bot.mouseDClick(window, Qt.MouseButton.LeftButton, pos=centre(found["ShiftKey"]))
    bot.waitUntil(lambda: keys(driver)["q"].property("uppercased") is True)
    measured.append(measure(grab(driver), "ShiftKey (caps lock)",
                            scene_rect(keys(driver)["ShiftKey"])))
    save(driver, "keyboard-style-capslock.png")
    bot.mouseDClick(window, Qt.MouseButton.LeftButton, pos=centre(found["ShiftKey"]))

    # The symbol layer.
    tap_key(driver, "SymbolModeKey")
    bot.waitUntil(lambda: "1" in keys(driver))
    image = grab(driver)
    found = keys(driver)
    for name in ("1", "@", "1/2", "SymbolModeKey"):
        measured.append(measure(image, f"{name} (symbols)", scene_rect(found[name])))

    assert_readable(measured)


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_the_keyboard_is_flat_and_its_keys_easy_to_hit(open_kiosk, kiosk_config, size: str):
    driver = open_write_step(open_kiosk, kiosk_config, size)
    panel = driver.find("keyboard")
    window = driver.window
    heights: dict[str, float] = {}
    problems: list[str] = []

    def check(layer: str) -> None:
        found = keys(driver)
        assert len(found) > 20, f"{layer}: only {sorted(found)}"
        for name, key in found.items():
            rect = scene_rect(key)
            heights[f"{layer} {name}"] = rect.height()
            if rect.height() < TOUCH_MINIMUM:
                problems.append(f"{layer}: key {name!r} is {rect.height():.0f} px tall")
            if not QRectF(0, 0, window.width(), window.height()).contains(rect):
                problems.append(f"{layer}: key {name!r} leaves the window ({rect})")
        # A label too long for its key shrinks (fontSizeMode); it never spills out.
        problems.extend(f"{layer}: label {label.property('text')!r} spills out of its key"
                        for label in shown_keyboard_items(driver)
                        if label.objectName() == "keyLabel" and label.property("text")
                        and label.property("contentWidth") > label.width() + 1.5)
        problems.extend(f"{layer}: {p}" for p in layout_problems(window))

    check("letters")
    tap_key(driver, "SymbolModeKey")
    driver.qtbot.waitUntil(lambda: "1" in keys(driver))
    check("symbols")
    tap_key(driver, "1/2")
    driver.qtbot.waitUntil(lambda: "1/2" not in keys(driver) and "2/2" in keys(driver))
    check("more symbols")

    print(f"\n{size}: panel {panel.width():.0f} × {panel.height():.0f} px, keys "
          f"{min(heights.values()):.0f}–{max(heights.values()):.0f} px tall")
    assert problems == [], "\n".join(problems)
    if size == "1280x800":
        # Flatter than the stock style (350 px at this width), still roomy.
        assert panel.width() == 1120
        assert 280 <= panel.height() <= 300


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_screenshots_of_the_keyboard(open_kiosk, kiosk_config, size: str):
    """For people to look at: the write step with the letters and with the symbols."""
    driver = open_write_step(open_kiosk, kiosk_config, size)
    suffix = "" if size == "1280x800" else f"-{size}"
    driver.type("Mehr Bänke im Westpark")
    save(driver, f"keyboard-style{suffix}.png")
    image, found = grab(driver), keys(driver)
    measured = [measure(image, f"{name} ({size})", scene_rect(found[name]))
                for name in ("q", "ShiftKey", "BackspaceKey", "ChangeLanguageKey", ".",
                             "SpaceKey", "HideKeyboardKey", "EnterKey")]

    tap_key(driver, "SymbolModeKey")
    driver.qtbot.waitUntil(lambda: "1" in keys(driver))
    save(driver, f"keyboard-style-symbols{suffix}.png")
    image, found = grab(driver), keys(driver)
    measured += [measure(image, f"{name} ({size}, symbols)", scene_rect(found[name]))
                 for name in ("1", "@", "1/2", "SymbolModeKey")]
    assert_readable(measured)
