"""Station packages from the office (``/office/packages``, admins only): an event's
configuration written once – the TOML a station runs on, checked by the station's own
schema – and one signed package per station, downloaded for its USB stick.

The form takes the station's id, the collector's address as the station reaches it, the
configuration (the last one packaged, for any station, is offered as the template: the
event defined once, the next station only changes ``[station] id`` and name) and whether a
registered station gets new keys. ``collector/packages.py`` writes it (registered, versioned,
audited with the admin's name); the answer is the file itself. Without a configuration
check (``OfficeSettings.check_config``, which ``collector serve`` hands in) the page says
that packages are written on the command line.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from station_app.collector.office.admin_routes import AdminRoutes
from station_app.collector.office.forms import FormRefused, read_form_lists
from station_app.collector.office.package_pages import PackageForm, packages_page
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.web import Office, client_of, switch_href
from station_app.collector.packages import (
    ConfigCheck,
    PackagedStation,
    last_packages,
    write_package,
)
from station_app.errors import UserError
from station_app.protocol.identifiers import ID_PATTERN
from station_app.protocol.package import SUFFIX

MAX_CONFIG_BYTES = 512 * 1024
"""The form with a configuration in nine languages, percent-encoded."""


class PackageRoutes(AdminRoutes):
    """The packages page and its form (an admin's POST checked as the events' are)."""

    async def page(self, request: Request) -> Response:
        checked = await self.staff_page(request, admin=True)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        packages = await run_in_threadpool(last_packages, self.office.store)
        chosen = request.query_params.get("from", "")
        template = next((p for p in packages if p.station_id == chosen), None) or \
            (max(packages, key=lambda p: p.created_at) if packages else None)
        form = PackageForm(station_id="", url=str(request.base_url).rstrip("/"),
                           config=template.config_toml if template else "",
                           template=template.station_id if template else "")
        return self._page(self._render(request, lang, session, form, packages))

    def _render(self, request: Request, lang: str, session: StaffSession, form: PackageForm,
                packages: list[PackagedStation]) -> str:
        return packages_page(lang, self.office.site, self._viewer(session),
                             switch_href(request, lang), form, packages,
                             writable=self.office.settings.check_config is not None)

    async def write(self, request: Request) -> Response:
        with contextlib.suppress(FormRefused):  # an empty form: the token check refuses it
            # read (and kept for the checks below) with room for a large configuration
            await read_form_lists(request, max_fields=20, limit=MAX_CONFIG_BYTES)
        checked = await self._admin_post(request)
        if isinstance(checked, Response):
            return checked
        session, fields, lang = checked
        check = self.office.settings.check_config
        form = PackageForm(station_id=fields.get("station_id", "").strip(),
                           url=fields.get("url", "").strip(),
                           config=fields.get("config", "").replace("\r\n", "\n"),
                           new_keys=bool(fields.get("new_keys")))
        packages = await run_in_threadpool(last_packages, self.office.store)
        problem = ""
        if check is None:
            problem = "not_writable"
        elif not ID_PATTERN.match(form.station_id):
            problem = "bad_station"
        if problem:
            return self._page(self._render(request, lang, session,
                                           PackageForm(**{**form.__dict__, "problem": problem}),
                                           packages), 400)
        assert check is not None
        try:
            raw = await run_in_threadpool(self._written, form, check, session.user_name,
                                          client_of(request))
        except UserError as error:
            failed = PackageForm(**{**form.__dict__, "problem": "invalid",
                                    "detail": str(error)})
            return self._page(self._render(request, lang, session, failed, packages), 400)
        name = f"{form.station_id}{SUFFIX}"
        return Response(raw, 200, media_type="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store"})

    def _written(self, form: PackageForm, check: ConfigCheck, actor: str,
                 client: str) -> bytes:
        with tempfile.TemporaryDirectory(prefix="office-package-") as folder:
            path = Path(folder) / f"{form.station_id}{SUFFIX}"
            write_package(self.office.store, form.station_id, form.config, path,
                          collector_url=form.url, check_config=check,
                          new_keys=form.new_keys, actor=actor, client=client)
            return path.read_bytes()


def routes(office: Office) -> list[Route]:
    packages = PackageRoutes(office)
    return [Route("/packages", packages.page, methods=["GET"]),
            Route("/packages", packages.write, methods=["POST"])]

