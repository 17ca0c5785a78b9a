"""The office's areas besides login and audit, in the order their routes are tried.

Each area module has ``routes(office) -> list[Route]``; adding an area is one line here.
"""

from __future__ import annotations

from starlette.routing import Route

from station_app.collector.office import (
    card_routes,
    export_routes,
    overview_routes,
    package_routes,
)
from station_app.collector.office.web import Office


def area_routes(office: Office) -> list[Route]:
    return [*card_routes.routes(office), *overview_routes.routes(office),
            *export_routes.routes(office), *package_routes.routes(office)]
