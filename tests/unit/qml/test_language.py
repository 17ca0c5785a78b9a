"""What the kiosk spells out itself to start faster must still say what Qt says.

The start path avoids PySide's ``Qt`` namespace (importing it builds ~300 enums), so the list
model's roles are numbers and the writing direction comes from Unicode. These tests compare
both with Qt's own answers.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from station_app.qml.choices import DISPLAY_ROLE, USER_ROLE
from station_app.qml.language import is_rtl

LANGUAGES = ["de", "en", "tr", "uk", "ru", "pl", "fr", "it", "es", "el", "bg", "ro", "sq",
             "ku", "ckb", "ar", "fa", "he", "ur", "ps", "yi", "dv", "sd", "ug", "syr", "zh",
             "ja", "ko", "hi", "am", "ti", "so", "xx", ""]


def test_item_data_roles_are_qts():
    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE


@pytest.mark.parametrize("code", LANGUAGES)
def test_writing_direction_is_qlocales(code):
    expected = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    assert is_rtl(code) == expected


def test_the_station_languages_that_mirror_the_layout():
    assert [code for code in ("de", "en", "tr", "ar", "uk", "fa") if is_rtl(code)] == \
        ["ar", "fa"]
