"""The title page's logo: on page 1 when configured, fitted to its box, never a failure."""

from __future__ import annotations

import logging

import pytest
from PIL import Image

from station_app import logos
from tests.unit.export.pdf_reading import images, pages

BOX_MM = (70, 28)


def _logo(path, size, mode="RGBA"):
    picture = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else (30, 120, 60))
    picture.paste((200, 30, 40) if mode == "RGB" else (200, 30, 40, 255),
                  (0, 0, size[0] // 3, size[1]))
    picture.save(path)
    return path


def _fits_the_box(placed, pixels):
    width, height = placed.size_mm
    assert width <= BOX_MM[0] + 0.5 and height <= BOX_MM[1] + 0.5
    assert min(BOX_MM[0] - width, BOX_MM[1] - height) < 1  # as large as the box allows
    assert width / height == pytest.approx(pixels[0] / pixels[1], rel=0.02)


@pytest.mark.parametrize(("name", "size", "mode"), [
    ("wappen.png", (1200, 400), "RGBA"),  # wide, transparent
    ("hochkant.jpg", (300, 900), "RGB"),  # tall
    ("klein.png", (120, 60), "RGB"),  # small: drawn larger, not cut
])
def test_a_configured_logo_is_on_the_title_page_only_and_fits_its_box(
        report_of, tmp_path, name, size, mode):
    path, _ = report_of(["Mehr Bänke im Park"], logo=str(_logo(tmp_path / name, size, mode)))
    placed = images(path)
    assert [image.page for image in placed] == [1]
    _fits_the_box(placed[0], size)
    assert "Ergebnisbericht" in pages(path)[0].text()


def test_a_large_logo_is_scaled_down_for_print(report_of, tmp_path):
    path, _ = report_of([], logo=str(_logo(tmp_path / "gross.png", (6000, 2000))))
    (placed,) = images(path)
    _fits_the_box(placed, (6000, 2000))
    assert placed.pixels[0] <= 70 / 25.4 * 300 * 1.25  # about 300 dpi, not 2000


def test_a_name_inside_resources_is_found_there(report_of, tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "logos").mkdir(parents=True)
    _logo(resources / "logos" / "stadt.png", (900, 300))
    monkeypatch.setattr(logos, "resources_dir", lambda: resources)
    path, _ = report_of(["Mehr Bänke im Park"], logo="logos/stadt.png")
    assert [image.page for image in images(path)] == [1]


@pytest.mark.parametrize(("name", "content", "says"), [
    ("fehlt.png", None, "not found"),
    ("kaputt.png", b"kein Bild", "not a readable image"),
    ("vektor.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
     "not a readable image"),
    ("abgeschnitten.png", "truncated", "not a readable image"),
])
def test_a_missing_or_unreadable_logo_gives_the_report_without_it_and_a_warning(
        report_of, tmp_path, caplog, name, content, says):
    logo = tmp_path / name
    if content == "truncated":
        _logo(logo, (800, 400), "RGB")
        logo.write_bytes(logo.read_bytes()[:200])
    elif content is not None:
        logo.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="station_app.export.pdf_logo"):
        path, result = report_of(["Mehr Bänke im Park"], logo=str(logo))
    assert result.cards == 1 and images(path) == []
    assert "Mehr Bänke im Park" in " ".join(page.text() for page in pages(path))
    assert any(says in record.getMessage() and str(logo) in record.getMessage()
               for record in caplog.records)


def test_no_logo_setting_means_no_image_and_no_warning(report_of, caplog):
    with caplog.at_level(logging.WARNING):
        path, _ = report_of(["Mehr Bänke im Park"])
    assert images(path) == [] and not caplog.records
