"""The facilitator guide's pictures (docs/images/): current, or this test fails.

``docs/moderationshandbuch.md`` shows these files. The test takes every picture from the
real kiosk (a pinned clock, fixed sample cards) and compares it with the one in docs/: if
more than a sliver differs (free disk space is the one thing that may), the guide shows
an old product and ``make docs`` writes the pictures anew. The suite never writes tracked
files itself.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt

from station_app.intake import CardDraft
from station_app.protocol.codes import CODE_ALPHABET, parse_code

from .conftest import FACILITATOR_PIN

IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "moderationshandbuch.md"

SAMPLE_CARDS = [
    ("heute", "kultur", "Die Menschen sind offen und packen gemeinsam an.", "hoerde"),
    ("erhalten", "wohnen", "Die vielen Grünflächen und Parks in den Stadtteilen.", "brackel"),
    ("herausforderungen", "wohnen", "Bezahlbarer Wohnraum für junge Familien.", None),
    ("idee", "bildung", "Ein Treffpunkt für Jung und Alt in jedem Quartier.", "eving"),
    ("idee", "arbeit", "Mehr Platz für Gründerinnen und Gründer in der Nordstadt.", None),
]


PINNED = dt.datetime(2026, 9, 28, 10, 30, tzinfo=dt.UTC)
MOST_CHANGED = 0.015
"""The share of pixels that may differ: a free-space figure, not a moved or new control."""


def changed_share(old: Path, new: Path) -> float:
    """How many pixels (as a share) differ visibly between two pictures of one size."""
    with Image.open(old) as a, Image.open(new) as b:
        if a.size != b.size:
            return 1.0
        difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
        visible = difference.point(lambda value: 255 if value > 40 else 0)
        return visible.histogram()[255] / (a.size[0] * a.size[1])


def _save(driver, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    driver.qtbot.waitUntil(driver.settled)
    image = driver.window.grabWindow()
    assert image.width() == 1280 and image.height() == 800
    assert image.save(str(path))
    return path


def _fixed_codes(seed: int = 28):
    """Card codes from a seeded generator, so the pictures show the same codes every time."""
    rng = random.Random(seed)

    def next_code() -> str:
        while True:
            code = parse_code("".join(rng.choice(CODE_ALPHABET) for _ in range(10)))
            if code is not None:
                return code

    return next_code


def test_guide_pictures_are_current(open_kiosk, default_config, tmp_path, request,
                                    monkeypatch):
    monkeypatch.setattr("station_app.cards.new_code", _fixed_codes())
    # The same printer queues on every machine (a test's CUPS queue may be about).
    monkeypatch.setattr("station_app.receipts.printing.printer_names",
                        lambda: ["Belegdrucker-Foyer"])
    monkeypatch.setattr("station_app.receipts.printing.default_printer_name", lambda: "")
    driver = open_kiosk(default_config, clock=lambda: PINNED)
    driver.station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    for prompt, topic, text, district in SAMPLE_CARDS:
        driver.station.intake.submit(CardDraft(prompt_id=prompt, topic_id=topic, text=text,
                                               district_id=district))
    written = [_save(driver, tmp_path, "start")]

    driver.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
               | Qt.KeyboardModifier.ShiftModifier)
    driver.wait_for("pinPad")
    written.append(_save(driver, tmp_path, "pin"))
    for digit in FACILITATOR_PIN:
        driver.tap(f"pin_{digit}")
    driver.tap("pin_ok")
    driver.wait_for("overviewPage")
    written.append(_save(driver, tmp_path, "dashboard-overview"))
    for page, picture in (("cards", "dashboard-cards"), ("export", "dashboard-export"),
                          ("devices", "dashboard-devices")):
        driver.tap(f"nav_{page}")
        driver.wait_for(f"{page}Page")
        if page == "devices":  # the printers' search is over: the queue is listed
            driver.wait_for("printerChoice_0", timeout=10_000)
            driver.qtbot.waitUntil(driver.settled)
        written.append(_save(driver, tmp_path, picture))

    guide = GUIDE.read_text(encoding="utf-8")
    for path in written:
        assert f"images/{path.name}" in guide, f"the guide does not show {path.name}"
        assert path.stat().st_size > 10_000  # a real picture, not an empty window
    if request.config.getoption("--update-guide-images"):
        IMAGES.mkdir(parents=True, exist_ok=True)
        for path in written:
            shutil.copyfile(path, IMAGES / path.name)
        return
    stale = {path.name: round(changed_share(IMAGES / path.name, path), 3) for path in written
             if not (IMAGES / path.name).exists()
             or changed_share(IMAGES / path.name, path) > MOST_CHANGED}
    assert not stale, f"the guide's pictures are stale ({stale}): run 'make docs'"


def test_the_staleness_check_sees_a_changed_picture(tmp_path):
    """A control that moved is noticed; the same picture is not."""
    base = Image.new("RGB", (1280, 800), "white")
    base.save(tmp_path / "a.png")
    moved = base.copy()
    moved.paste((32, 72, 128), (100, 100, 400, 200))  # a 300 x 100 button appeared
    moved.save(tmp_path / "b.png")
    assert changed_share(tmp_path / "a.png", tmp_path / "a.png") == 0
    assert changed_share(tmp_path / "a.png", tmp_path / "b.png") > MOST_CHANGED
    with pytest.raises(AssertionError):
        assert changed_share(tmp_path / "a.png", tmp_path / "b.png") <= MOST_CHANGED
