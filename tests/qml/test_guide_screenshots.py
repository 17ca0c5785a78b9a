"""The facilitator guide's pictures (docs/images/), taken from the real kiosk on every run.

``docs/moderationshandbuch.md`` shows these files; because the suite writes them anew each
time, the guide always shows the product as it is. Each picture is also checked for what
the guide's text says is on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from station_app.intake import CardDraft

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


def _save(driver, name: str) -> Path:
    IMAGES.mkdir(parents=True, exist_ok=True)
    path = IMAGES / f"{name}.png"
    driver.qtbot.waitUntil(driver.settled)
    image = driver.window.grabWindow()
    assert image.width() == 1280 and image.height() == 800
    assert image.save(str(path))
    return path


def test_guide_pictures_are_current(open_kiosk, default_config):
    driver = open_kiosk(default_config)
    driver.station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    for prompt, topic, text, district in SAMPLE_CARDS:
        driver.station.intake.submit(CardDraft(prompt_id=prompt, topic_id=topic, text=text,
                                               district_id=district))
    written = [_save(driver, "start")]

    driver.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
               | Qt.KeyboardModifier.ShiftModifier)
    driver.wait_for("pinPad")
    written.append(_save(driver, "pin"))
    for digit in FACILITATOR_PIN:
        driver.tap(f"pin_{digit}")
    driver.tap("pin_ok")
    driver.wait_for("overviewPage")
    written.append(_save(driver, "dashboard-overview"))
    for page, picture in (("cards", "dashboard-cards"), ("export", "dashboard-export"),
                          ("devices", "dashboard-devices")):
        driver.tap(f"nav_{page}")
        driver.wait_for(f"{page}Page")
        written.append(_save(driver, picture))

    guide = GUIDE.read_text(encoding="utf-8")
    for path in written:
        assert f"images/{path.name}" in guide, f"the guide does not show {path.name}"
        assert path.stat().st_size > 10_000  # a real picture, not an empty window
