"""The follow-up URL a receipt's QR code leads to.

The template comes from the station configuration (``followup.url_template``) and is
validated there; here it is only filled in. Placeholders are URL-quoted so that a station
or event name with spaces or umlauts still yields a URL that every scanner opens.
"""

from __future__ import annotations

import urllib.parse

from station_app.config import StationConfig


def followup_url(config: StationConfig, code: str) -> str:
    """The URL for ``code``, e.g. ``https://beteiligung.dortmund.de/k/K7M-4QX-9TRP``."""
    values = {
        "code": code,
        "station": config.station.id,
        "event": config.event.name,
    }
    url = config.followup.url_template
    for key, value in values.items():
        url = url.replace("{" + key + "}", urllib.parse.quote(value, safe="-_."))
    return url


def short_url(url: str) -> str:
    """The URL as a person would type it: without the scheme and a trailing slash."""
    parts = urllib.parse.urlsplit(url)
    shown = parts.netloc + parts.path
    if parts.query:
        shown += "?" + parts.query
    return shown.rstrip("/") or url
