"""The details step: "keine Angabe" reads the same everywhere and no tile label rewraps when
it is chosen."""

from __future__ import annotations

import pytest

from station_app.labels import LabelBook
from tests.qml.conftest import SIZES


def label_lines(driver, name: str) -> list[int]:
    """The line counts of the label texts inside the tile called ``name`` (not the tick)."""
    tile = driver.wait_for(name)
    stack, counts = [tile], []
    while stack:
        item = stack.pop()
        if (item.inherits("QQuickText") and item.isVisible()
                and item.property("text") not in ("", "✓")):
            counts.append(item.property("lineCount"))
        stack.extend(item.childItems())
    return counts


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_a_chosen_tile_keeps_its_label_on_one_line(open_kiosk, kiosk_config, size, large):
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    if large:
        driver.tap("start_largeText")
    driver.write_card("herausforderungen", "bildung", "Mehr Grün")
    tiles = ["district_none", "age_none", "district_innenstadt-nord", "age_45-64",
             "district_luetgendortmund"]
    for name in tiles:
        assert label_lines(driver, name) == [1], f"{name} wraps before it is chosen"
        driver.tap(name)
        assert label_lines(driver, name) == [1], f"{name} wraps when chosen"


def test_keine_angabe_is_one_wording_in_kiosk_and_labels(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.write_card("herausforderungen", "bildung", "Mehr Grün")
    wording = LabelBook(kiosk_config).not_given()
    assert wording == "keine Angabe"
    assert driver.wait_for("district_none").property("text") == wording
    assert driver.wait_for("age_none").property("text") == wording
