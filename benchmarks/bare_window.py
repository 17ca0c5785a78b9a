"""The floor for start-up: a bare QML ApplicationWindow, measured like the kiosk's smoke test.

Run as its own process; prints a line (with the milliseconds since process start) the moment
its first frame is on screen.
"""

import sys

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from station_app.process_clock import seconds_since_process_start

QML = b"""
import QtQuick
import QtQuick.Controls.Basic
ApplicationWindow { visible: true; width: 1280; height: 800; Text { text: "Hallo" } }
"""


class FirstFrame(QObject):
    """Quits at the first swapped frame and remembers when that was."""

    milliseconds = -1.0

    @Slot()
    def seen(self) -> None:
        if self.milliseconds < 0:
            self.milliseconds = seconds_since_process_start() * 1000
            # Printed at once, like the kiosk's smoke test: the benchmark times this line.
            print(f"first frame after {self.milliseconds:.0f} ms since process start",
                  flush=True)
            QCoreApplication.exit(0)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    window = engine.rootObjects()[0]
    watch = FirstFrame()
    window.frameSwapped.connect(watch.seen)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
