"""The answer when the database cannot answer for a moment: 503 with ``Retry-After``.

A PostgreSQL server restarting, a connection its administrator ended, a SQLite file that
stayed busy beyond the wait: the request is refused whole (its transaction rolled back),
never with Starlette's bare "Internal Server Error". A station's sync takes the 503 as a
passing fault and sends the batch again; a person gets the page in their language, told
that their card is not affected and when to try again. The pool drops a broken connection
when it comes back, so the next request gets a working one.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from station_app.collector import pages

RETRY_SECONDS = 5
log = logging.getLogger(__name__)

TEXT: dict[str, dict[str, str]] = {
    "de": {"title": "Gerade nicht erreichbar",
           "text": "Diese Seite kann gerade nicht geladen werden. Ihre Karte ist davon nicht "
                   "betroffen."},
    "en": {"title": "Not available just now",
           "text": "This page cannot be loaded just now. Your card is not affected."},
    "tr": {"title": "Şu anda ulaşılamıyor",
           "text": "Bu sayfa şu anda yüklenemiyor. Kartınız bundan etkilenmez."},
    "ar": {"title": "غير متاح حاليًا",
           "text": "لا يمكن تحميل هذه الصفحة الآن. بطاقتكم لا تتأثر بذلك."},
    "pl": {"title": "Chwilowo niedostępne",
           "text": "Tej strony nie można teraz wczytać. Nie ma to wpływu na kartę."},
    "ro": {"title": "Momentan indisponibil",
           "text": "Această pagină nu poate fi încărcată acum. Fișa dumneavoastră nu este "
                   "afectată."},
    "bg": {"title": "В момента не е достъпно",
           "text": "Тази страница не може да се зареди в момента. Това не засяга картата "
                   "Ви."},
    "uk": {"title": "Зараз недоступно",
           "text": "Цю сторінку зараз не вдається завантажити. Це не стосується вашої "
                   "картки."},
    "ru": {"title": "Сейчас недоступно",
           "text": "Эту страницу сейчас не удаётся загрузить. Это не касается вашей "
                   "карточки."},
}


def unavailable_page(lang: str, settings: pages.PageSettings) -> str:
    t = TEXT[lang]
    body = (f"<h1>{t['title']}</h1>\n"
            f"<p>{t['text']} {pages.TEXT[lang]['limited_text']}</p>")
    return pages.document(lang, t["title"], body, site_name=settings.site_name,
                          switch=pages.CODE_FORM, style=pages.PUBLIC_STYLE)


def unavailable(request: Request, error: Exception, settings: pages.PageSettings,
                headers: dict[str, str]) -> Response:
    """The 503 for ``request``: JSON under ``/api/``, else the page."""
    log.warning("database unavailable for %s %s: %s", request.method, request.url.path,
                " ".join(str(error).split())[:300])
    retry = {"Retry-After": str(RETRY_SECONDS)}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": "the database is not available for a moment; try "
                                       "again shortly"}, 503, headers=retry)
    lang = pages.choose_public_language(request.query_params.get("lang"),
                                        request.headers.get("accept-language"))
    return HTMLResponse(unavailable_page(lang, settings), 503,
                        headers={**headers, "X-Frame-Options": "DENY", **retry})
