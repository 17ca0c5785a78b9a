"""Reading the office's HTML forms: ``application/x-www-form-urlencoded``, bounded.

Starlette's own form parser needs python-multipart, which the collector does not install;
the office's forms are small and never upload files, so the standard library is enough.

Most forms have a handful of fields, and ``read_form`` keeps the first value of each. The
card list's one form with a checkbox per card sends one ``card`` field per ticked card;
``read_form_lists`` reads such a form with a higher field limit and keeps every value. A
request's body can be read only once, so what it read stays with the request, and a later
``read_form`` (the CSRF check of ``OfficeHandlers._checked_post``) answers from that.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

MAX_FORM_BYTES = 16 * 1024
MAX_FIELDS = 20
FORM_TYPE = "application/x-www-form-urlencoded"
_READ = "station_app.office.form"
"""The key under which the request's scope keeps a form ``read_form_lists`` has read."""


class FormRefused(Exception):
    """The request is not a form the office can read; ``status`` says which HTTP status."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def _pairs(request: Request, limit: int, max_fields: int) -> list[tuple[str, str]]:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != FORM_TYPE:
        raise FormRefused(415, "media")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FormRefused(413, "size")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise FormRefused(413, "size")
    try:
        text = body.decode("ascii")  # a browser percent-encodes everything else
        return parse_qsl(text, keep_blank_values=True, strict_parsing=False,
                         max_num_fields=max_fields, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise FormRefused(400, "malformed") from None


async def read_form(request: Request, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """The form's fields (the first value of each name); ``FormRefused`` for anything else."""
    already = request.scope.get(_READ)
    if already is not None:
        return {name: values[0] for name, values in already.items()}
    fields: dict[str, str] = {}
    for name, value in await _pairs(request, limit, MAX_FIELDS):
        fields.setdefault(name, value)
    return fields


async def read_form_lists(request: Request, *, max_fields: int,
                          limit: int = 4 * MAX_FORM_BYTES) -> dict[str, list[str]]:
    """Every value of every field, in order, for a form with repeated fields (up to
    ``max_fields`` of them); ``FormRefused`` for anything else. A refused form counts as
    empty for a later ``read_form``."""
    try:
        pairs = await _pairs(request, limit, max_fields)
    except FormRefused:
        request.scope[_READ] = {}
        raise
    lists: dict[str, list[str]] = {}
    for name, value in pairs:
        lists.setdefault(name, []).append(value)
    request.scope[_READ] = lists
    return lists
