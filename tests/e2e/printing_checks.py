"""What a person would check on a printed receipt: the QR scans, the words are there."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def render_page(pdf: Path, out_dir: Path, dpi: int = 300) -> Path:
    """The first page as a greyscale PNG, rendered by poppler as a scanner would see it."""
    stem = out_dir / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(pdf),
                    str(stem)], check=True, capture_output=True, timeout=60)
    return stem.with_suffix(".png")


def decode_qr(png: Path) -> list[str]:
    """Every QR code zxing-cpp finds in the picture."""
    with Image.open(png) as image:
        return [found.text for found in zxingcpp.read_barcodes(image)
                if found.format == zxingcpp.BarcodeFormat.QRCode]


def pdf_text(pdf: Path) -> str:
    """The text layer of every page (pypdf), white space collapsed."""
    reader = PdfReader(str(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def poppler_text(pdf: Path) -> str:
    """The text layer as pdftotext sees it, white space collapsed."""
    result = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                            timeout=60)
    return " ".join(result.stdout.decode("utf-8").split())
