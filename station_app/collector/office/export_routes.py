"""The office's export: ``GET /office/export`` (the form) and ``GET /office/export/file``
(the file as a download), for every member of staff.

The file is written off the event loop into a private temporary folder, opened, and its
name removed at once, so nothing stays on the server's disk, whether the download ends or
breaks off; the response streams the open file. Each download is one audit entry
(``EXPORT_DOWNLOADED``: format, event, the two choices and the number of cards). A choice
the form cannot have sent gets the form again with the reason (400), never an error page
of the server.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from station_app.collector.export import ExportFilter, ExportResult, export_file
from station_app.collector.export_formats import (
    FORMATS,
    export_format,
    file_name,
    missing_library,
)
from station_app.collector.office.audit import EXPORT_DOWNLOADED
from station_app.collector.office.export_pages import PATH, ExportChoice, export_page
from station_app.collector.office.export_texts import TEXT
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.templates import link
from station_app.collector.office.web import Office, OfficeHandlers, client_of
from station_app.collector.pages import TIME_ZONE
from station_app.errors import UserError

CHUNK = 64 * 1024
MAX_EVENT_KEY = 200
TICKED = ("", "1")
"""What a box of the form sends: nothing, or ``1``."""


class ExportRoutes(OfficeHandlers):
    """The export form and the download."""

    async def form(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        params = request.query_params
        fmt = params.get("format", "")
        choice = ExportChoice(fmt if fmt in FORMATS else "csv",
                              params.get("event", "")[:MAX_EVENT_KEY],
                              params.get("hidden") == "1", params.get("withdrawn") == "1")
        return await self._form_page(request, session, lang, choice)

    async def download(self, request: Request) -> Response:
        if request.method == "HEAD":  # Starlette adds HEAD to a GET route: no file, no entry
            return Response(status_code=405, headers={"Allow": "GET"})
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        t = TEXT[lang]
        params = request.query_params
        fmt, event = params.get("format", ""), params.get("event", "")
        hidden, withdrawn = params.get("hidden", ""), params.get("withdrawn", "")
        choice = ExportChoice(fmt if fmt in FORMATS else "", event[:MAX_EVENT_KEY],
                              hidden == "1", withdrawn == "1")
        refusal = ""
        if fmt not in FORMATS:
            refusal = "format"
        elif event and (len(event) > MAX_EVENT_KEY
                        or await run_in_threadpool(self.office.files.event, event) is None):
            refusal = "event"
        elif hidden not in TICKED or withdrawn not in TICKED:
            refusal = "include"
        if refusal:
            error = t[{"format": "bad_format", "event": "bad_event",
                       "include": "bad_flag"}[refusal]]
            return await self._form_page(request, session, lang, choice, 400, error, refusal)
        library = missing_library(fmt)
        if library is not None:
            error = t["missing_library"].format(format=fmt.upper(), library=library)
            return await self._form_page(request, session, lang, choice, 503, error, "format")
        export_filter = ExportFilter(event or None, choice.include_hidden,
                                     choice.include_withdrawn)
        now = self.office.casework.clock()
        name = file_name(fmt, event or None, now.astimezone(TIME_ZONE).date())
        try:
            result, handle = await run_in_threadpool(self._build, fmt, name, export_filter)
        except UserError:
            return await self._form_page(request, session, lang, choice, 503, t["failed"])
        try:
            await run_in_threadpool(
                self.office.audit.record, session.user_name, EXPORT_DOWNLOADED,
                client=client_of(request), target=event or None,
                after={"format": fmt, "event": event or None,
                       "include_hidden": choice.include_hidden,
                       "include_withdrawn": choice.include_withdrawn,
                       "cards": result.cards})
        except BaseException:
            handle.close()
            raise
        size = os.fstat(handle.fileno()).st_size
        return StreamingResponse(_chunks(handle), media_type=export_format(fmt).media_type,
                                 headers={"Content-Disposition":
                                          f'attachment; filename="{name}"',
                                          "Content-Length": str(size)})

    def _build(self, fmt: str, name: str, export_filter: ExportFilter
               ) -> tuple[ExportResult, BinaryIO]:
        """Write the file into a private temporary folder and hand it back open, its name
        already gone (on a worker thread)."""
        folder = Path(tempfile.mkdtemp(prefix="office-export-"))
        try:
            path = folder / name
            result = export_file(self.office.store, fmt, path, export_filter,
                                 self.office.settings.statuses, self.office.casework.clock())
            handle = path.open("rb")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return result, handle

    async def _form_page(self, request: Request, session: StaffSession, lang: str,
                         choice: ExportChoice, status: int = 200, error: str = "",
                         error_field: str = "") -> Response:
        """The form (again, after a refusal): its language switch leads to the form with
        the same choices, never to a download."""
        events = await run_in_threadpool(self.office.files.events)
        other = link(PATH, "en" if lang == "de" else "de", format=choice.format or None,
                     event=choice.event or None, hidden="1" if choice.include_hidden else None,
                     withdrawn="1" if choice.include_withdrawn else None)
        return self._page(export_page(lang, self.office.site, self._viewer(session), other,
                                      events, choice, error=error, error_field=error_field),
                          status)


def _chunks(handle: BinaryIO) -> Iterator[bytes]:
    """The open file in pieces; closed at the end or when the download breaks off."""
    with contextlib.closing(handle):
        while chunk := handle.read(CHUNK):
            yield chunk


def routes(office: Office) -> list[Route]:
    handlers = ExportRoutes(office)
    return [Route("/export", handlers.form, methods=["GET"]),
            Route("/export/file", handlers.download, methods=["GET"])]
