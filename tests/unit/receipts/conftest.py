"""A station offering every kiosk language (``KIOSK_LANGUAGES``: de, ls, en and seven more;
the embedded station offers them all, this fixture makes sure of it)."""

from __future__ import annotations

import re

import pytest

from station_app.config import KIOSK_LANGUAGES, StationConfig, load_config
from station_app.paths import default_config_path


@pytest.fixture(scope="module")
def nine_languages(tmp_path_factory: pytest.TempPathFactory) -> StationConfig:
    """The embedded station, its ``kiosk.languages`` line replaced by every kiosk language."""
    text = default_config_path().read_text(encoding="utf-8")
    offered = ", ".join(f'"{language}"' for language in KIOSK_LANGUAGES)
    text, replaced = re.subn(r"^languages = \[.*\]$", f"languages = [{offered}]", text,
                             flags=re.MULTILINE)
    assert replaced == 1
    path = tmp_path_factory.mktemp("station") / "station.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert config.kiosk.languages == list(KIOSK_LANGUAGES)
    return config
