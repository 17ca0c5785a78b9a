"""The layout checker itself: each kind of misfit in a small window is found, and a window
where everything fits passes (so the screenshot tests cannot pass by seeing nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtQml import QQmlComponent, QQmlEngine

from tests.qml.geometry import layout_problems

HEADER = b"import QtQuick\nimport QtQuick.Controls.Basic\n"


@pytest.fixture
def window_of(qtbot):
    engine = QQmlEngine()
    made = []

    def make(body: str):
        component = QQmlComponent(engine)
        component.setData(HEADER + f"Window {{ width: 400; height: 300; visible: true\n"
                                   f"{body}\n}}".encode(), "")
        window = component.create()
        assert window is not None, component.errorString()
        QQmlEngine.setObjectOwnership(window, QQmlEngine.ObjectOwnership.CppOwnership)
        made.append((component, window))
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.frameSwapped, timeout=2000):
            window.update()
        return window

    yield make
    for _, window in made:
        window.close()
        window.deleteLater()
    engine.deleteLater()


def test_a_window_where_everything_fits_passes(window_of):
    window = window_of('Column { Text { text: "Hallo" } Button { text: "Weiter" } }')
    assert layout_problems(window) == []


@pytest.mark.parametrize(("body", "complaint"), [
    ('Text { x: 350; text: "Mitmachen am Rand" }', "leaves the window"),
    ('Text { width: 60; elide: Text.ElideRight; text: "Ein langer Satz" }', "is elided"),
    ('Text { width: 60; text: "Ein langer Satz" }', "is wider"),
    ('Text { width: 60; height: 20; wrapMode: Text.WordWrap\n'
     '       text: "Ein langer Satz, der umbricht" }', "is taller"),
    ('Item { width: 50; height: 300; clip: true; Button { text: "Weiter und weiter" } }',
     "is cut off"),
    ('Text { text: "Eins" } Text { x: 5; y: 2; text: "Zwei" }', "overlap"),
    ('TextEdit { width: 100; text: "ein Text, der nicht umbricht und weiterläuft" }',
     "scrolls sideways"),
    ('Text { y: 250; text: "unten" } Item { objectName: "keyboardArea"; y: 200; width: 400; '
     'height: 100 }', "under the keyboard"),
])
def test_each_misfit_is_found(window_of, body, complaint):
    problems = layout_problems(window_of(body))
    assert any(complaint in problem for problem in problems), problems


def test_text_scrolled_out_of_a_list_is_not_a_misfit(window_of):
    window = window_of('Flickable { width: 400; height: 100; clip: true; contentHeight: 400\n'
                       '  Column { Repeater { model: 12; Text { text: "Zeile " + index } } } }')
    assert layout_problems(window) == []


def test_a_list_may_not_cut_at_its_sides(window_of):
    window = window_of('Flickable { width: 60; height: 100; clip: true; contentHeight: 400\n'
                       '  Button { text: "Ein breiter Knopf" } }')
    assert any("is cut off" in problem for problem in layout_problems(window))


def test_an_overlay_hides_what_is_under_it(window_of):
    window = window_of('Text { x: 350; text: "unter dem Dialog" }\n'
                       'Rectangle { objectName: "pinPad"; anchors.fill: parent\n'
                       '  Text { text: "PIN" } }')
    assert layout_problems(window) == []
