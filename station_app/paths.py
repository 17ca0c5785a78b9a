"""Where the app finds its QML, resources and per-user data.

Three layouts are supported: a source checkout (``ui/`` and ``resources/`` beside the
package), an installed wheel (the two folders are shipped inside the package as
``station_app/ui`` and ``station_app/resources``), and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "station-app"
APP_AUTHOR = "Stadt Dortmund"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(folder: str, marker: str) -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / folder)
    candidates += [_PACKAGE_DIR.parent / folder, _PACKAGE_DIR / folder]
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    raise FileNotFoundError(f"the app's {folder}/ folder is missing (looked in {candidates})")


def ui_dir() -> Path:
    """The ``ui`` QML module folder (holds ``qmldir``)."""
    return _find("ui", "qmldir")


def qml_import_dir() -> Path:
    """The folder to add to the QML import path so that ``import ui`` resolves."""
    return ui_dir().parent


def resources_dir() -> Path:
    """The ``resources`` folder: default station, fonts, translations, logo."""
    return _find("resources", "stations")


def default_config_path() -> Path:
    """The embedded default station (Dortmunder Stadtgespräch)."""
    return resources_dir() / "stations" / "dortmund-stadtgespraech.toml"


def default_data_dir() -> Path:
    """The per-user data directory; ``STATION_APP_DATA_DIR`` overrides it."""
    override = os.environ.get("STATION_APP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no --data-dir is given; not on the kiosk's start path

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def installed_config_path(data_dir: Path) -> Path:
    """The configuration a station package installed (``station-app install``); without
    ``--config`` the station runs on it when it exists, else on the embedded station."""
    return data_dir / "station.toml"


def database_path(data_dir: Path) -> Path:
    """The station's SQLite database inside its data directory."""
    return data_dir / "station.db"
