"""The collector is its own deployable: `make collector` builds it without PySide6 and it serves."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.e2e.collector_process import REPO, CollectorProcess

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def collector_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("collector") / "venv"
    result = subprocess.run(["make", "-s", "collector-venv", f"COLLECTOR_VENV={venv}"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return venv


def _clean_env() -> dict[str, str]:
    """A server's environment: nothing of this checkout or its venv on the path."""
    return {key: value for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_the_collector_venv_has_no_qt(collector_venv: Path) -> None:
    python = collector_venv / "bin" / "python"
    result = subprocess.run([str(python), "-c", "import PySide6"], capture_output=True,
                            text=True, env=_clean_env(), cwd="/")
    assert result.returncode != 0
    assert "No module named 'PySide6'" in result.stderr
    where = subprocess.run([str(python), "-c", "import station_app; print(station_app.__file__)"],
                           capture_output=True, text=True, env=_clean_env(), cwd="/", check=True)
    assert str(collector_venv) in where.stdout  # the installed package, not this checkout


def test_the_collector_serves_and_enrols_without_qt(collector_venv: Path, tmp_path: Path,
                                                   collector_db: Path | str) -> None:
    """On a SQLite file and on PostgreSQL: the server's install holds psycopg too."""
    station_app = str(collector_venv / "bin" / "station-app")
    enrol = subprocess.run([station_app, "collector", "add-station", "eving-1", "--db",
                            str(collector_db), "-o", str(tmp_path / "e.json")],
                           capture_output=True, text=True, env=_clean_env(), cwd=tmp_path)
    assert enrol.returncode == 0, enrol.stderr
    with CollectorProcess(collector_db, command=[station_app], env=_clean_env(),
                          log=tmp_path / "collector.log") as server:
        health = httpx.get(f"{server.url}/api/v1/health", timeout=5).json()
        assert health == {"status": "ok", "version": health["version"], "stations": 1,
                          "cards": 0, "worker": health["worker"]}
        page = httpx.get(f"{server.url}/k", timeout=5)
        assert page.status_code == 200 and "Kartencode" in page.text
