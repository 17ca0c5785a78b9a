"""The stations' health on the office's overview: the latest heartbeat of each station
(``collector/heartbeats.py``), and a warning for a station that has gone silent or whose
clock is off."""

from __future__ import annotations

import datetime as dt

from station_app.collector.heartbeats import StationHealth
from station_app.collector.office.overview import StationLine
from station_app.collector.office.overview_pages import moment, number, stacked_table
from station_app.collector.pages import escape

TEXT = {
    "de": {
        "heading": "Zustand der Stationen",
        "intro": "Jede Station meldet bei jeder Übertragung (oder per USB-Stick) ihren "
                 "Zustand: Programm- und Konfigurationsversion, wartende Karten, Drucker, "
                 "freien Speicher, den letzten Fehler und ihre Uhrzeit.",
        "caption": "Letzte Meldung je Station",
        "col_station": "Station", "col_heard": "Zuletzt gemeldet", "col_app": "Programm",
        "col_config": "Konfiguration", "col_pending": "Wartende Karten",
        "col_printer": "Drucker", "col_disk": "Freier Speicher", "col_clock": "Uhr",
        "col_error": "Letzter Fehler",
        "never": "noch nie", "by_file": "(per USB-Stick)", "none": "–",
        "config_of": "Version {installed} (geschrieben: {latest})",
        "no_package": "ohne Stationspaket",
        "printer": {"ok": "druckt", "failing": "letzter Beleg fehlgeschlagen",
                    "off": "ausgeschaltet", "none": "noch nichts gedruckt"},
        "clock_ok": "stimmt", "clock_unknown": "unbekannt (USB-Stick)",
        "ahead": "{minutes} Min. vor", "behind": "{minutes} Min. nach",
        "warnings": "Hinweise",
        "silent": "Station „{station}“ hat sich seit {since} nicht gemeldet.",
        "silent_never": "Station „{station}“ hat sich noch nie gemeldet.",
        "clock_off": "Die Uhr der Station „{station}“ geht {offset}: bitte stellen, "
                     "sonst stimmen die Zeiten ihrer Karten nicht.",
        "outdated": "Station „{station}“ läuft mit Konfigurationsversion {installed}, "
                    "geschrieben ist {latest}: das neue Stationspaket ist noch nicht "
                    "installiert.",
        "all_well": "Alle Stationen haben sich gemeldet, ihre Uhren stimmen.",
    },
    "en": {
        "heading": "State of the stations",
        "intro": "Every station reports its state with each transfer (or by USB stick): app "
                 "and configuration version, cards waiting, printer, free disk space, the "
                 "last error and its clock.",
        "caption": "Latest report per station",
        "col_station": "Station", "col_heard": "Last report", "col_app": "App",
        "col_config": "Configuration", "col_pending": "Cards waiting",
        "col_printer": "Printer", "col_disk": "Free space", "col_clock": "Clock",
        "col_error": "Last error",
        "never": "never", "by_file": "(by USB stick)", "none": "–",
        "config_of": "version {installed} (written: {latest})",
        "no_package": "no station package",
        "printer": {"ok": "printing", "failing": "last receipt failed", "off": "switched off",
                    "none": "nothing printed yet"},
        "clock_ok": "right", "clock_unknown": "unknown (USB stick)",
        "ahead": "{minutes} min fast", "behind": "{minutes} min slow",
        "warnings": "Notes",
        "silent": "Station “{station}” has not reported since {since}.",
        "silent_never": "Station “{station}” has never reported.",
        "clock_off": "The clock of station “{station}” is {offset}: please set it, or its "
                     "cards' times are wrong.",
        "outdated": "Station “{station}” runs configuration version {installed}, version "
                    "{latest} is written: the new station package is not installed yet.",
        "all_well": "Every station has reported, their clocks are right.",
    },
}


def _disk(free: int | None, lang: str) -> str:
    if free is None:
        return TEXT[lang]["none"]
    gib = free / 2**30
    text = f"{gib:.1f} GB" if gib >= 1 else f"{free / 2**20:.0f} MB"
    return text.replace(".", ",") if lang == "de" else text


def _offset(offset: dt.timedelta, lang: str) -> str:
    t = TEXT[lang]
    minutes = round(abs(offset.total_seconds()) / 60)
    return (t["ahead"] if offset.total_seconds() > 0 else t["behind"]).format(
        minutes=number(minutes, lang))


def _clock(health: StationHealth, lang: str) -> str:
    t = TEXT[lang]
    if health.clock_offset is None:
        return t["clock_unknown"]
    return _offset(health.clock_offset, lang) if health.clock_off else t["clock_ok"]


def _config(health: StationHealth, latest: int, lang: str) -> str:
    t = TEXT[lang]
    installed = health.heartbeat.config_version
    if installed is None:
        return t["no_package"]
    return t["config_of"].format(installed=installed, latest=latest or installed)


def warnings(lines: list[StationLine], now: dt.datetime, lang: str) -> list[str]:
    """The notes for staff, in words (HTML): silent stations, clocks off, packages not
    installed."""
    t = TEXT[lang]
    notes = []
    for line in lines:
        station, health = escape(line.reconciliation.station_id), line.health
        if health is None:
            notes.append(t["silent_never"].format(station=station))
            continue
        if health.silent(now):
            notes.append(t["silent"].format(station=station,
                                            since=moment(health.received_at.isoformat(),
                                                         lang, "")))
        if health.clock_off and health.clock_offset is not None:
            notes.append(t["clock_off"].format(station=station,
                                               offset=_offset(health.clock_offset, lang)))
        installed = health.heartbeat.config_version
        if installed is not None and line.latest_package > installed:
            notes.append(t["outdated"].format(station=station, installed=installed,
                                              latest=line.latest_package))
    return notes


def fleet_section(lines: list[StationLine], now: dt.datetime, lang: str) -> str:
    """The heading, the notes and the table of the stations' latest reports."""
    t = TEXT[lang]
    notes = warnings(lines, now, lang)
    listed = ("".join(f"<li>{note}</li>\n" for note in notes) if notes
              else f"<li>{t['all_well']}</li>\n")
    rows = []
    for line in lines:
        health = line.health
        station = escape(line.reconciliation.station_id)
        if health is None:
            rows.append([station, t["never"], *([t["none"]] * 7)])
            continue
        beat = health.heartbeat
        heard = moment(health.received_at.isoformat(), lang, t["never"])
        if health.by_file:
            heard += f" {t['by_file']}"
        rows.append([station, heard, escape(beat.app_version),
                     _config(health, line.latest_package, lang),
                     number(beat.pending_cards, lang), t["printer"][beat.printer],
                     _disk(beat.free_disk_bytes, lang), _clock(health, lang),
                     escape(beat.last_error) or t["none"]])
    columns = [t[key] for key in ("col_station", "col_heard", "col_app", "col_config",
                                  "col_pending", "col_printer", "col_disk", "col_clock",
                                  "col_error")]
    table = stacked_table(lang, t["caption"], columns, rows, numeric=(4,)) if lines else ""
    return (f'<h2 id="fleet">{t["heading"]}</h2>\n<p>{t["intro"]}</p>\n'
            f'<section aria-label="{t["warnings"]}"><ul class="notes">\n{listed}</ul>'
            f"</section>\n{table}")
