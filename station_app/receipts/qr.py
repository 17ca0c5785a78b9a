"""The QR code as a grid of modules, ready to be drawn as vector rectangles.

Error correction is level Q (about 25 % of the symbol may be damaged): a thermal slip gets
creased in a pocket and scuffed, and level Q still keeps the symbol small enough to stay
sharp on 58 mm paper. The quiet zone is not part of the grid; the layout leaves it blank.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

QUIET_ZONE = 4
"""Modules of blank margin that scanners need around the symbol (ISO/IEC 18004)."""


@dataclass(frozen=True)
class QrMatrix:
    """The dark and light modules of one QR symbol, row by row."""

    payload: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side (without the quiet zone)."""
        return len(self.rows)

    def dark_runs(self) -> Iterator[tuple[int, int, int]]:
        """Horizontal runs of dark modules as (row, first column, length).

        Drawing runs instead of single modules keeps the PDF small and leaves no hairline
        gaps between neighbouring modules when a renderer anti-aliases.
        """
        for y, row in enumerate(self.rows):
            x = 0
            width = len(row)
            while x < width:
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < width and row[x]:
                    x += 1
                yield y, start, x - start


def qr_matrix(payload: str) -> QrMatrix:
    """Encode ``payload`` (the follow-up URL) at error correction level Q."""
    import qrcode  # on first use: the kiosk starts without it
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    code.add_data(payload)
    code.make(fit=True)
    rows = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
    return QrMatrix(payload=payload, rows=rows)
