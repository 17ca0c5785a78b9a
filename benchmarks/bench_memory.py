"""Memory over many attendees: RSS after 10 and after 1,000 cycles through the real QML flow.

The kiosk is built as ``station-app run`` builds it (``app.build_kiosk``) over a station on
a real database file and driven by taps on items found by objectName, like the QML tests:
start, prompt, topic, text, district, review, "Karte abgeben", thank-you, back to start.
Screen transitions are switched off (``Theme.reducedMotion``) so a thousand attendees fit
in a benchmark run; everything else is the product as shipped.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import row

CYCLES = int(os.environ.get("BENCH_MEMORY_CYCLES", "1000"))
TEXT = "Mehr Bänke und Schatten am Phoenix-See, damit Ältere gern spazieren gehen."


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run() -> list[dict]:
    from PySide6.QtCore import QObject, QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    from benchmarks.qt_setup import start_qt
    from station_app.app import KioskTiming, build_kiosk
    from station_app.config import load_config
    from station_app.paths import database_path, default_config_path
    from station_app.station import Station
    from station_app.storage import open_database

    app = start_qt()

    def wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the kiosk did not get there in time")
            app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        station = Station.assemble(load_config(default_config_path()), data_dir,
                                   open_database(database_path(data_dir)))
        kiosk = build_kiosk(station.config, lambda: station, windowed=True,
                            timing=KioskTiming(0, 30, 600_000), leave=lambda: None)
        window = kiosk.window
        window.resize(1280, 800)
        kiosk.engine.singletonInstance("ui", "Theme").setProperty("reducedMotion", True)
        stack = window.findChild(QObject, "screenStack")

        def settled(step: str) -> bool:
            return window.property("currentStep") == step and not stack.property("busy")

        def find(name: str):
            pending = [(window.contentItem(), True)]
            while pending:
                item, shown = pending.pop()
                shown = shown and item.isVisible() and item.opacity() > 0
                if shown and item.objectName() == name:
                    return item
                pending.extend((child, shown) for child in item.childItems())
            return None

        def tap(name: str, then: str) -> None:
            wait(lambda: find(name) is not None and find(name).isEnabled())
            item = find(name)
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
            QTest.mouseClick(window, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(centre))
            wait(lambda: settled(then))

        wait(lambda: settled("start") and kiosk.ready)  # the database opens after frame 1
        rss_after_10 = 0.0
        for cycle in range(1, CYCLES + 1):
            tap("startParticipate", "prompt")
            tap("prompt_idee", "topic")
            tap("topic_wohnen", "write")
            kiosk.kiosk.setText(TEXT)
            tap("write_next", "details")
            tap("district_hoerde", "details")
            tap("details_next", "review")
            tap("review_next", "thanks")
            tap("thanksDone", "start")
            if cycle == 10:
                rss_after_10 = rss_mib()
        rss_after_all = rss_mib()
        stored = station.archive.count()
        kiosk.close()
        station.close()
    if stored != CYCLES:
        raise AssertionError(f"{stored} cards stored after {CYCLES} attendees")
    return [row(f"RSS after {CYCLES} attendee cycles (real QML flow)", rss_after_all, "MiB",
                rss_after_10, f"growth < 20 MB (issue 7): +{rss_after_all - rss_after_10:.1f} MB",
                "RSS after 10 cycles")]
