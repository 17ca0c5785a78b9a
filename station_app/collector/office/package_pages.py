"""The office's packages page (``/office/packages``): the form that writes a station
package, and every station's newest package to start the next one from."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.collector.office import templates
from station_app.collector.office.event_form_pages import STYLE as EVENT_STYLE
from station_app.collector.office.overview_pages import moment, stacked_table
from station_app.collector.office.texts import TEXT as OFFICE_TEXT
from station_app.collector.packages import PackagedStation
from station_app.collector.pages import PageSettings, escape

TEXT = {
    "de": {
        "title": "Stationspakete",
        "intro": "Ein Stationspaket richtet eine Station mit einer Datei ein: die "
                 "Konfiguration der Veranstaltung, bei einer neuen Station ihre Schlüssel, "
                 "und die Adresse dieser Sammelstelle. Die Veranstaltung wird einmal "
                 "beschrieben; für die nächste Station ändern Sie nur ihre Kennung "
                 "(<code>[station] id</code>) und ihren Namen. Die Station übernimmt das "
                 "Paket vom USB-Stick (Moderation → Drucker &amp; Sync → Einrichtung) oder "
                 "beim nächsten Übertragen, wenn es keine Schlüssel enthält.",
        "station": "Kennung der Station",
        "station_hint": "Kleinbuchstaben, Ziffern, - und _, wie <code>[station] id</code> "
                        "in der Konfiguration.",
        "url": "Adresse der Sammelstelle, wie die Station sie erreicht",
        "config": "Konfiguration (TOML)",
        "config_hint": "Die Datei, die sonst auf der Station liegt; sie wird mit den Regeln "
                       "der Station geprüft.",
        "template": "Vorlage: das letzte Paket der Station „{station}“.",
        "new_keys": "Neue Schlüssel für eine schon angemeldete Station (ihre alte "
                    "Anmeldung gilt dann nicht mehr)",
        "submit": "Stationspaket erstellen und herunterladen",
        "not_writable": "Stationspakete schreibt hier nur eine mit "
                        "<code>station-app collector serve</code> gestartete Sammelstelle; "
                        "sonst: <code>station-app collector package</code>.",
        "bad_station": "Die Kennung der Station fehlt oder enthält andere Zeichen als "
                       "Kleinbuchstaben, Ziffern, - und _.",
        "invalid": "Das Paket wurde nicht erstellt: {detail}",
        "caption": "Das neueste Paket je Station",
        "col_station": "Station", "col_version": "Konfigurationsversion",
        "col_written": "Geschrieben", "col_use": "Vorlage",
        "use": "als Vorlage nehmen",
        "empty": "Noch kein Stationspaket geschrieben.",
        "keys_note": "Ein Paket mit Schlüsseln enthält den geheimen Schlüssel der Station: "
                     "auf einem USB-Stick übergeben, nie per E-Mail.",
    },
    "en": {
        "title": "Station packages",
        "intro": "A station package sets a station up from one file: the event's "
                 "configuration, a new station's keys, and this collector's address. The "
                 "event is described once; for the next station change only its id "
                 "(<code>[station] id</code>) and name. The station takes the package from a "
                 "USB stick (Moderation → Printer &amp; sync → Set-up) or, when it holds no "
                 "keys, with its next transfer.",
        "station": "Station id",
        "station_hint": "Lower-case letters, digits, - and _, as <code>[station] id</code> "
                        "in the configuration.",
        "url": "The collector's address as the station reaches it",
        "config": "Configuration (TOML)",
        "config_hint": "The file that would otherwise be on the station; it is checked by "
                       "the station's own rules.",
        "template": "Template: the last package of station “{station}”.",
        "new_keys": "New keys for a station already enrolled (its old enrolment stops "
                    "working)",
        "submit": "Write and download the station package",
        "not_writable": "Station packages are written here only by a collector started with "
                        "<code>station-app collector serve</code>; otherwise: "
                        "<code>station-app collector package</code>.",
        "bad_station": "The station id is missing or holds other characters than lower-case "
                       "letters, digits, - and _.",
        "invalid": "The package was not written: {detail}",
        "caption": "The newest package per station",
        "col_station": "Station", "col_version": "Configuration version",
        "col_written": "Written", "col_use": "Template",
        "use": "use as template",
        "empty": "No station package written yet.",
        "keys_note": "A package with keys holds the station's secret key: hand it over on a "
                     "USB stick, never by e-mail.",
    },
}


@dataclass(frozen=True)
class PackageForm:
    """What the form shows: the fields as typed, and what went wrong (a ``TEXT`` key)."""

    station_id: str
    url: str
    config: str
    new_keys: bool = False
    template: str = ""
    problem: str = ""
    detail: str = ""


def _form(form: PackageForm, viewer: templates.Viewer, lang: str, writable: bool) -> str:
    t = TEXT[lang]
    problem = ""
    if form.problem:
        words = t[form.problem].format(detail=escape(form.detail))
        problem = f'<p class="notice" role="alert" id="package-problem">{words}</p>\n'
    invalid = ' aria-invalid="true" aria-describedby="package-problem"' if form.problem \
        in ("bad_station", "invalid") else ""
    template = (f'<p class="info">{t["template"].format(station=escape(form.template))}</p>\n'
                if form.template else "")
    checked = " checked" if form.new_keys else ""
    disabled = "" if writable else " disabled"
    return (
        f"{problem}{template}"
        f'<form method="post" action="{escape(templates.link("/office/packages", lang))}">\n'
        f"{templates.form_fields(viewer, lang)}\n"
        f'<p><label for="station_id">{t["station"]}</label><br>\n'
        f'<input id="station_id" name="station_id" value="{escape(form.station_id)}"'
        f' required maxlength="64" autocomplete="off" aria-describedby="station-hint"'
        f'{invalid if form.problem == "bad_station" else ""}>\n'
        f'<br><span class="muted" id="station-hint">{t["station_hint"]}</span></p>\n'
        f'<p><label for="url">{t["url"]}</label><br>\n'
        f'<input id="url" name="url" type="url" value="{escape(form.url)}" required></p>\n'
        f'<p><label for="config">{t["config"]}</label><br>\n'
        f'<textarea id="config" name="config" rows="24" spellcheck="false"'
        f' aria-describedby="config-hint"{invalid if form.problem == "invalid" else ""}>\n'
        f"{escape(form.config)}</textarea>\n"
        f'<br><span class="muted" id="config-hint">{t["config_hint"]}</span></p>\n'
        f'<p><label><input type="checkbox" name="new_keys" value="1"{checked}> '
        f'{t["new_keys"]}</label></p>\n'
        f'<p><button type="submit"{disabled}>{t["submit"]}</button></p>\n'
        f'<p class="muted">{t["keys_note"]}</p>\n</form>\n')


def _template_link(station_id: str, lang: str) -> str:
    return templates.link("/office/packages", lang, **{"from": station_id})


def _table(packages: list[PackagedStation], lang: str) -> str:
    t = TEXT[lang]
    if not packages:
        return f"<p>{t['empty']}</p>\n"
    rows = [[escape(p.station_id), str(p.config_version), moment(p.created_at, lang, ""),
             f'<a href="{escape(_template_link(p.station_id, lang))}">{t["use"]}</a>']
            for p in packages]
    columns = [t[key] for key in ("col_station", "col_version", "col_written", "col_use")]
    return stacked_table(lang, t["caption"], columns, rows, numeric=(1,))


def packages_page(lang: str, site: PageSettings, viewer: templates.Viewer, switch_href: str,
                  form: PackageForm, packages: list[PackagedStation], *,
                  writable: bool, event_form: str = "", advanced_open: bool = False) -> str:
    """The page; with ``event_form`` (the event form's HTML, ``event_form_pages``) the
    TOML form below it is the advanced way, folded away unless ``advanced_open``."""
    t = TEXT[lang]
    unavailable = "" if writable else f'<p class="notice">{t["not_writable"]}</p>\n'
    toml_form = _form(form, viewer, lang, writable)
    if event_form:
        summary = OFFICE_TEXT[lang]["ef_advanced"]
        toml_form = (f'<details class="advanced"{" open" if advanced_open else ""}>'
                     f"<summary>{summary}</summary>\n{toml_form}</details>\n")
    body = (f"<h1>{t['title']}</h1>\n<p>{t['intro']}</p>\n{unavailable}"
            f"{event_form}{toml_form}{_table(packages, lang)}")
    return templates.frame(lang, t["title"], body, site, switch_href, viewer, wide=True,
                           current="/office/packages", style=EVENT_STYLE if event_form else "")
