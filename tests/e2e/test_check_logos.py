"""``station-app check`` names a logo that cannot be shown, and still passes.

A missing or unreadable logo is not fatal (receipts and reports are made without it), but
a facilitator should learn of it before the doors open, not from a receipt without the
city's logo.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from station_app.paths import default_config_path, resources_dir

from .cli_helpers import station_app


def _station_with_logos(folder: Path, receipt: str = "", report: str = "") -> Path:
    """The default station with ``[receipt] logo`` and ``[report] logo`` set."""
    text = default_config_path().read_text(encoding="utf-8")
    receipt_part, report_part = text.split("\n[report]\n")
    assert receipt_part.count('\nlogo = ""\n') == 1 and report_part.startswith('logo = ""\n')
    text = (receipt_part.replace('\nlogo = ""\n', f"\nlogo = {receipt!r}\n")
            + "\n[report]\n" + report_part.replace('logo = ""', f"logo = {report!r}", 1))
    path = folder / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _check(config: Path, data_dir: Path) -> list[str]:
    """``check`` with ``config``: it succeeds; returns its output lines."""
    result = station_app("check", "--config", str(config), data_dir=data_dir)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("configuration ok") and any(
        line.startswith("database ok") for line in lines)
    return lines


def _warnings(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("warning: ")]


def test_a_missing_receipt_logo_inside_resources_is_named_with_its_path(tmp_path):
    config = _station_with_logos(tmp_path, receipt="logos/fehlt.png")
    warnings = _warnings(_check(config, tmp_path / "data"))
    missing = resources_dir() / "logos" / "fehlt.png"
    assert warnings == [f"warning: [receipt] logo: {missing} not found – receipts are "
                        "printed without it"]


def test_an_unreadable_report_logo_at_an_absolute_path_is_named(tmp_path):
    vector = tmp_path / "wappen.svg"
    vector.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>',
                      encoding="utf-8")
    config = _station_with_logos(tmp_path, report=str(vector))
    (warning,) = _warnings(_check(config, tmp_path / "data"))
    assert warning.startswith(f"warning: [report] logo: {vector} is not a readable image (")
    assert warning.endswith(" – reports are made without it")


def test_both_logos_broken_give_one_warning_each(tmp_path):
    cut = tmp_path / "abgeschnitten.png"
    Image.new("RGB", (400, 200), "navy").save(cut)
    cut.write_bytes(cut.read_bytes()[:120])
    config = _station_with_logos(tmp_path, receipt=str(cut),
                                 report=str(tmp_path / "nicht-da.png"))
    warnings = _warnings(_check(config, tmp_path / "data"))
    assert [line.split(":")[1].strip() for line in warnings] == ["[receipt] logo",
                                                                 "[report] logo"]
    assert f"{cut} is not a readable image" in warnings[0]
    assert f"{tmp_path / 'nicht-da.png'} not found" in warnings[1]


def test_readable_logos_and_no_logos_give_no_warning(tmp_path):
    logo = tmp_path / "stadt.png"
    Image.new("RGBA", (600, 200), (0, 80, 160, 255)).save(logo)
    with_logos = _station_with_logos(tmp_path, receipt=str(logo), report=str(logo))
    assert _warnings(_check(with_logos, tmp_path / "data")) == []
    lines = _check(default_config_path(), tmp_path / "data")
    assert _warnings(lines) == []
