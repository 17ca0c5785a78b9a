"""Accessibility: contrast from the Theme, touch targets, names and roles, large text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtQuick import QQuickItem

from tests.qml.conftest import Driver, walk_every_screen

INTERACTIVE = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit")
NAMELESS_ROLES = {QAccessible.Role.NoRole, QAccessible.Role.Client}


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(fg: QColor, bg: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours."""
    light, dark = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_every_theme_colour_pair_has_enough_contrast(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    theme = driver.kiosk.engine.singletonInstance("ui", "Theme")
    pairs = theme.property("contrastPairs").toVariant()
    assert len(pairs) >= 10
    weak = {pair["name"]: round(contrast(QColor(pair["fg"]), QColor(pair["bg"])), 2)
            for pair in pairs if contrast(QColor(pair["fg"]), QColor(pair["bg"])) < 4.5}
    assert weak == {}


def _interactive(driver: Driver) -> list[QQuickItem]:
    found = []
    for placed in driver.shown_items():
        item = placed.item
        named_area = item.inherits("QQuickMouseArea") and item.objectName()
        if named_area or any(item.inherits(kind) for kind in INTERACTIVE):
            found.append(item)
    return found


def test_touch_targets_roles_and_names_on_every_screen(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, size=(1280, 800))
    QAccessible.setActive(True)
    problems: list[str] = []
    checked = set()

    def visit(screen: str) -> None:
        for item in _interactive(driver):
            label = f"{screen}: {item.objectName() or item.metaObject().className()}"
            if item.width() < 48 or item.height() < 48:
                problems.append(f"{label} is {item.width():.0f}×{item.height():.0f} px")
            iface = QAccessible.queryAccessibleInterface(item)
            if iface is None or iface.role() in NAMELESS_ROLES:
                problems.append(f"{label} has no accessible role")
            elif not iface.text(QAccessible.Text.Name).strip():
                problems.append(f"{label} has no accessible name")
            checked.add(label)

    walk_every_screen(driver, visit)
    assert problems == []
    assert len(checked) > 60  # tiles, buttons, fields on ten screens were really checked
