"""Placeholder until this area's routes land (this session)."""

from __future__ import annotations

from starlette.routing import Route

from station_app.collector.office.web import Office


def routes(office: Office) -> list[Route]:
    return []
