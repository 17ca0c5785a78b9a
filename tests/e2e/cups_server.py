"""A real CUPS scheduler with a cups-pdf queue, for the printing tests.

The fixture uses the running scheduler, or starts ``cupsd -f`` as its own child process
(it needs root, as in CI on a fresh Debian machine, where ``.ci/run`` installs cups and
printer-driver-cups-pdf). It never skips: if CUPS cannot be brought up the tests fail
with a sentence saying why.

The queue gets its own cups-pdf configuration (``cups-pdf:/stationtests`` reads
``/etc/cups/cups-pdf-stationtests.conf``), so the PDFs land in one known folder whatever
user runs the tests. ``pdftops-renderer-default=pdftocairo``: cups-pdf is a PostScript
printer, and with the default Ghostscript PDF→PS step every font comes back as Type 3
glyphs without a Unicode map, so no text could be extracted from its output. The cairo
step keeps Latin-1 text (umlauts, ß) searchable; other scripts still print as glyphs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.waiting import wait_until

QUEUE = "StationPDF"
CONFIG_NAME = "stationtests"
OUT_DIR = Path("/var/spool/cups-pdf/station-tests")
PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
        Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"))
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def _run(*command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed ({result.returncode}): "
                    f"{(result.stderr or result.stdout).strip()}", pytrace=False)
    return result


def scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=30,
                            check=False)
    return "scheduler is running" in result.stdout


@dataclass
class CupsPdfQueue:
    """The test printer and where cups-pdf writes what it prints."""

    name: str
    out_dir: Path

    def clear(self) -> None:
        for old in self.out_dir.glob("*.pdf"):
            old.unlink()

    def pdfs_for(self, code: str) -> list[Path]:
        return sorted(p for p in self.out_dir.glob("*.pdf") if code in p.name)

    def wait_for_pdf(self, code: str, timeout: float = 90) -> Path:
        """The PDF cups-pdf wrote for the receipt with ``code``, once it is complete."""

        def complete() -> Path | None:
            for path in self.pdfs_for(code):
                info = subprocess.run(["pdfinfo", str(path)], capture_output=True, timeout=30,
                                      check=False)
                if info.returncode == 0:
                    return path
            return None

        return wait_until(complete, timeout, f"cups-pdf to write the receipt {code} "
                          f"into {self.out_dir}")  # type: ignore[return-value]

    def disable(self) -> None:
        _run("cupsdisable", self.name)

    def enable(self) -> None:
        _run("cupsenable", self.name)
        _run("cupsaccept", self.name)


def _require_tools() -> None:
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat", "cupsenable", "pdftoppm",
                                 "pdfinfo", "pdftotext") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: install cups, printer-driver-cups-pdf "
                    "and poppler-utils (bash .ci/run does)", pytrace=False)
    if not BACKEND.exists():
        pytest.fail(f"{BACKEND} is missing: install printer-driver-cups-pdf", pytrace=False)


@pytest.fixture(scope="session")
def cups_pdf_queue() -> Iterator[CupsPdfQueue]:
    _require_tools()
    started: subprocess.Popen[bytes] | None = None
    if not scheduler_running():
        if os.geteuid() != 0:
            pytest.fail("the CUPS scheduler is not running and the tests are not root, so "
                        "they cannot start it: run 'sudo cupsd' or the tests as root",
                        pytrace=False)
        Path("/run/cups").mkdir(parents=True, exist_ok=True)
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        try:
            wait_until(lambda: scheduler_running() or started.poll() is not None, 30,
                       "cupsd to start")
        except AssertionError:
            started.kill()
            raise
        if started.poll() is not None:
            error = started.stderr.read().decode(errors="replace") if started.stderr else ""
            pytest.fail(f"cupsd exited at once ({started.returncode}): {error.strip()}",
                        pytrace=False)
    ppd = next((p for p in PPDS if p.exists()), None)
    if ppd is None:
        pytest.fail("no cups-pdf PPD in /usr/share/ppd/cups-pdf/", pytrace=False)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_DIR.chmod(0o1777)
    Path(f"/etc/cups/cups-pdf-{CONFIG_NAME}.conf").write_text(
        f"Out {OUT_DIR}\nAnonDirName {OUT_DIR}\n", encoding="utf-8")
    _run("lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{CONFIG_NAME}", "-P", str(ppd),
         "-o", "pdftops-renderer-default=pdftocairo")
    queue = CupsPdfQueue(QUEUE, OUT_DIR)
    queue.enable()
    queue.clear()
    try:
        yield queue
    finally:
        queue.enable()
        _run("lpadmin", "-x", QUEUE, check=False)
        if started is not None:
            started.terminate()
            try:
                started.wait(20)
            except subprocess.TimeoutExpired:
                started.kill()
