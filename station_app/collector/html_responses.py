"""HTML responses whose headers are encoded once, not on every request.

Starlette's ``HTMLResponse`` lower-cases and encodes every header of every response; the
public pages send the same security headers each time (``app.HTML_HEADERS``), so
``PreparedHeaders`` does that once and ``PreparedHTML`` only adds the length. On the
follow-up page, the busiest page a city serves, that is a tenth of the collector's own
work per request (``make bench``).
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import HTMLResponse


class PreparedHeaders:
    """A page's headers as the server sends them, with the HTML content type."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self.raw: tuple[tuple[bytes, bytes], ...] = (
            *((name.lower().encode("latin-1"), value.encode("latin-1"))
              for name, value in headers.items() if name.lower() != "content-length"),
            (b"content-type", b"text/html; charset=utf-8"))


class PreparedHTML(HTMLResponse):
    """An ``HTMLResponse`` with prepared headers (``headers`` may still be changed after)."""

    def __init__(self, content: str, status_code: int, prepared: PreparedHeaders) -> None:
        self._prepared = prepared
        super().__init__(content, status_code)

    def init_headers(self, headers: Mapping[str, str] | None = None) -> None:
        length = (b"content-length", str(len(self.body)).encode("latin-1"))
        self.raw_headers = [*self._prepared.raw, length]
