"""The inactivity watch spells QEvent types as numbers (start-up speed): they must be Qt's."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from station_app.qml import idle

T = QEvent.Type


def test_the_event_numbers_are_qts():
    assert {T.MouseButtonPress, T.MouseButtonDblClick, T.TouchBegin,
                             T.KeyPress, T.Wheel, T.TabletPress} == idle._PRESSES
    assert {T.MouseButtonRelease, T.TouchEnd, T.TouchCancel, T.KeyRelease,
                              T.TabletRelease} == idle._RELEASES
    assert {T.MouseMove, T.TouchUpdate, T.TabletMove} == idle._FOLLOW_UPS
    assert T.KeyPress in idle._PRESSES  # what eventFilter asks with event.type()
