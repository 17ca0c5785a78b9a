"""Station packages from the office (``/office/packages``, admins only): an event's
configuration written once – the TOML a station runs on, checked by the station's own
schema – and one signed package per station, downloaded for its USB stick.

The form takes the station's id, the collector's address as the station reaches it, the
configuration (the last one packaged, for any station, is offered as the template: the
event defined once, the next station only changes ``[station] id`` and name) and whether a
registered station gets new keys. Above it, when ``collector serve`` handed in the
station's settings (``OfficeSettings.setting_fields``), the event form has one field per
setting (``event_form_pages.py``), filled from the same template; its POST (``form=fields``)
becomes the configuration's TOML (``event_form.py``) and takes the same way. A refused form
comes back with every value as typed and the check's message beside its setting; the TOML
form stays as the advanced way. ``collector/packages.py`` writes it (registered, versioned,
audited with the admin's name); the answer is the file itself. Without a configuration
check (``OfficeSettings.check_config``, which ``collector serve`` hands in) the page says
that packages are written on the command line.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from station_app.collector.office.admin_routes import AdminRoutes
from station_app.collector.office.event_form import (
    Form,
    posted_values,
    template_values,
    toml_text,
    unshown,
)
from station_app.collector.office.event_form_pages import EventView, event_form
from station_app.collector.office.forms import FormRefused, read_form_lists
from station_app.collector.office.package_pages import TEXT, PackageForm, packages_page
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.texts import TEXT as OFFICE_TEXT
from station_app.collector.office.web import Office, client_of, switch_href
from station_app.collector.packages import (
    ConfigCheck,
    PackagedStation,
    last_packages,
    write_package,
)
from station_app.errors import ConfigError, UserError
from station_app.protocol.identifiers import ID_PATTERN
from station_app.protocol.package import SUFFIX

MAX_CONFIG_BYTES = 512 * 1024
"""The form with a configuration in nine languages, percent-encoded."""
MAX_FIELDS = 6000
"""The event form's fields: some 1,500 for an event like the embedded one in ten
languages, with its empty rows."""


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
        fields = self.office.settings.setting_fields
        data = template_values(form.config, fields) if template else {}
        view = EventView(form.station_id, form.url, writable=self._writable,
                         unshown=tuple(unshown(data, fields)), template=form.template)
        return self._page(self._render(request, lang, session, form, packages,
                                       (data, view)))

    @property
    def _writable(self) -> bool:
        return self.office.settings.check_config is not None

    def _render(self, request: Request, lang: str, session: StaffSession, form: PackageForm,
                packages: list[PackagedStation],
                event: tuple[dict[str, Any], EventView] | None = None,
                advanced_open: bool = False) -> str:
        fields = self.office.settings.setting_fields
        viewer = self._viewer(session)
        if fields and event is None:  # the TOML form was sent: the event form starts over
            event = ({}, EventView("", form.url, writable=self._writable))
        shown = event_form(fields, event[0], lang, viewer, event[1]) \
            if fields and event is not None else ""
        return packages_page(lang, self.office.site, viewer, switch_href(request, lang), form,
                             packages, writable=self._writable, event_form=shown,
                             advanced_open=advanced_open)

    async def write(self, request: Request) -> Response:
        posted: Form = {}
        with contextlib.suppress(FormRefused):  # an empty form: the token check refuses it
            # read (and kept for the checks below) with room for a large configuration
            posted = await read_form_lists(request, max_fields=MAX_FIELDS,
                                           limit=MAX_CONFIG_BYTES)
        checked = await self._admin_post(request)
        if isinstance(checked, Response):
            return checked
        session, fields, lang = checked
        if fields.get("form") == "fields" and self.office.settings.setting_fields:
            return await self._write_event(request, session, posted, lang)
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
                                           packages, advanced_open=True), 400)
        assert check is not None
        try:
            raw = await run_in_threadpool(self._written, form, check, session.user_name,
                                          client_of(request))
        except UserError as error:
            failed = PackageForm(**{**form.__dict__, "problem": "invalid",
                                    "detail": str(error)})
            return self._page(self._render(request, lang, session, failed, packages,
                                           advanced_open=True), 400)
        return self._download(form.station_id, raw)

    def _download(self, station_id: str, raw: bytes) -> Response:
        name = f"{station_id}{SUFFIX}"
        return Response(raw, 200, media_type="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store"})

    async def _write_event(self, request: Request, session: StaffSession, posted: Form,
                           lang: str) -> Response:
        """The event form: its configuration checked and packaged, or the form again."""
        fields = self.office.settings.setting_fields
        data = posted_values(posted, fields)
        station = data.get("station", {})
        first = {name: values[0] for name, values in posted.items() if values}
        form = PackageForm(station_id=str(station.get("id", "")), url=first.get("url", "").strip(),
                           config=toml_text(data), new_keys=bool(first.get("new_keys")))
        view = EventView(form.station_id, form.url, new_keys=form.new_keys,
                         writable=self._writable)
        packages = await run_in_threadpool(last_packages, self.office.store)
        t = OFFICE_TEXT[lang]
        check = self.office.settings.check_config
        problem, key = "", ""
        if first.get("step") == "refresh":
            view = EventView(**{**view.__dict__, "note": t["ef_refreshed"]})
            return self._page(self._render(request, lang, session, form, packages,
                                           (data, view)))
        if check is None:
            problem = t["ef_not_writable"]
        elif not ID_PATTERN.match(form.station_id):
            problem, key = TEXT[lang]["bad_station"], "station.id"
        elif not form.url.startswith(("http://", "https://")):
            problem, key = t["ef_bad_url"], "url"
        else:
            try:
                raw = await run_in_threadpool(self._written, form, check, session.user_name,
                                              client_of(request))
                return self._download(form.station_id, raw)
            except ConfigError as error:
                problem, key = f"{error.key}: {error.problem}" if error.key \
                    else error.problem, error.key
            except UserError as error:
                problem = str(error)
        view = EventView(**{**view.__dict__, "problem": problem, "problem_key": key})
        return self._page(self._render(request, lang, session, form, packages, (data, view)),
                          400)

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

