"""Every word the office's pages say, in German first and in English."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "office": "Zentrale",
        "login_title": "Anmeldung für Mitarbeiterinnen und Mitarbeiter",
        "login_intro": "Dieser Bereich ist für die Mitarbeiterinnen und Mitarbeiter der "
                       "Stadt, die die Beteiligungskarten moderieren und beantworten.",
        "name": "Name",
        "password": "Passwort",
        "login": "Anmelden",
        "login_failed": "Die Anmeldung ist fehlgeschlagen: Name oder Passwort stimmt nicht.",
        "login_throttled": "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie "
                           "{minutes} Minuten und versuchen Sie es dann noch einmal.",
        "login_throttled_one": "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie "
                               "1 Minute und versuchen Sie es dann noch einmal.",
        "login_busy": "Zu viele Anmeldeversuche von Ihrem Gerät. Bitte warten Sie eine "
                      "Minute.",
        "logged_out": "Sie haben sich abgemeldet.",
        "logged_in_as": "Angemeldet als",
        "logout": "Abmelden",
        "role_admin": "Administration",
        "role_moderator": "Moderation",
        "role": "Rolle",
        "landing_title": "Zentrale des Stadtgesprächs",
        "welcome": "Willkommen, {name}.",
        "your_role": "Ihre Rolle: {role}.",
        "areas": "Bereiche",
        "audit_title": "Protokoll",
        "audit_intro": "Jede Handlung der Mitarbeiterinnen und Mitarbeiter, die neueste "
                       "zuerst. Zeiten in UTC.",
        "audit_caption": "Protokolleinträge",
        "audit_empty": "Noch keine Einträge.",
        "older": "Ältere Einträge",
        "newest": "Zu den neuesten Einträgen",
        "col_at": "Zeit (UTC)", "col_actor": "Wer", "col_action": "Was",
        "col_target": "Betrifft", "col_before": "Vorher", "col_after": "Nachher",
        "col_client": "Adresse",
        "table_region": "Protokolltabelle, waagerecht verschiebbar",
        "back": "Zurück zur Zentrale",
        "forbidden_title": "Kein Zugang",
        "forbidden_role": "Diese Seite ist der Administration vorbehalten.",
        "forbidden_login": "Bitte melden Sie sich zuerst an.",
        "forbidden_csrf": "Das Formular ist abgelaufen oder ungültig (Schutz gegen "
                          "untergeschobene Anfragen). Bitte laden Sie die Seite neu und "
                          "senden Sie es noch einmal.",
        "to_login": "Zur Anmeldung",
        "not_found_title": "Seite nicht gefunden",
        "not_found_text": "Diese Seite gibt es in der Zentrale nicht.",
        "bad_form_title": "Anfrage nicht lesbar",
        "bad_form_text": "Das Formular kam nicht so an, wie die Zentrale es erwartet. Bitte "
                         "laden Sie die Seite neu und versuchen Sie es noch einmal.",
        "none": "–",
        "action_login.succeeded": "Anmeldung",
        "action_login.failed": "Anmeldung fehlgeschlagen",
        "action_login.refused": "Anmeldung gesperrt (zu viele Fehlversuche)",
        "action_logout": "Abmeldung",
        "action_user.added": "Konto angelegt",
        "action_user.disabled": "Konto gesperrt",
        "action_user.enabled": "Konto entsperrt",
        "action_card.status": "Status geändert",
        "action_card.hidden": "Karte ausgeblendet",
        "action_card.shown": "Karte wieder eingeblendet",
        "action_card.answered": "Antwort auf Karte",
        "action_card.grouped": "Karte einer Gruppe zugeordnet",
        "action_card.withdrawn": "Karte zurückgezogen",
        "action_card.corrected": "Korrektur eingereicht",
        "action_group.created": "Gruppe angelegt",
        "action_group.renamed": "Gruppe umbenannt",
        "action_group.answered": "Antwort auf Gruppe",
        "action_group.status": "Status einer Gruppe geändert",
        "action_event.changed": "Veröffentlichung geändert",
        "action_export.downloaded": "Export heruntergeladen",
        "action_card.wall_approved": "Für die Live-Wand freigegeben",
        "action_card.wall_unapproved": "Freigabe für die Live-Wand zurückgenommen",
        "actor_attendee": "Karteninhaber:in",
        "actor_station": "Station {station}",
        "nav_label": "Bereiche der Zentrale",
        "nav_overview": "Übersicht", "nav_cards": "Karten", "nav_groups": "Gruppen",
        "nav_export": "Export", "nav_events": "Veranstaltungen", "nav_audit": "Protokoll",
        "desc_overview": "Veranstaltungen, Stationen und ob alle Karten angekommen sind",
        "desc_cards": "Karten suchen, moderieren, Status setzen und beantworten",
        "desc_groups": "Karten zu Themen bündeln und jedes Thema einmal beantworten",
        "desc_export": "Ergebnisse als CSV, Excel, JSON oder PDF herunterladen",
        "desc_events": "festlegen, was auf den öffentlichen Ergebnisseiten steht",
        "desc_audit": "wer wann was geändert hat",
        "nav_users": "Konten",
        "desc_users": "Konten der Mitarbeiterinnen und Mitarbeiter sperren und entsperren",
        "nav_packages": "Stationspakete",
        "desc_packages": "eine Station mit einer Datei für eine Veranstaltung einrichten",
        "nav_wall": "Freigaben",
        "desc_wall": "Karten für die Live-Wand freigeben, wenn eine Veranstaltung erst nach "
                     "Freigabe zeigt",
        "ef_title": "Die Veranstaltung im Formular",
        "ef_intro": "Jede Einstellung, die eine Veranstaltung festlegt, hat hier ihr Feld – "
                    "mit der Beschreibung und dem Namen aus den Regeln der Station, und "
                    "geprüft mit denselben Regeln. Jeder Text hat ein Feld je Sprache, die "
                    "die Veranstaltung anbietet („Leichte Sprache“ ist die deutsche "
                    "Leichte Sprache); ein leeres Übersetzungsfeld zeigt an der Station den "
                    "deutschen Text. Die Schlüssel der Station und den Schlüssel der "
                    "Sammelstelle für den Mitmachpool trägt das Paket selbst.",
        "ef_refused": "Das Paket wurde nicht erstellt: {detail}",
        "ef_template": "Ausgefüllt mit der Vorlage: dem letzten Paket der Station "
                       "„{station}“.",
        "ef_unshown": "Diese Einstellungen der Vorlage hat das Formular nicht (ein Paket "
                      "aus dem Formular enthält sie nicht, die TOML-Ansicht unten schon):",
        "ef_submit": "Stationspaket erstellen und herunterladen",
        "ef_refresh": "Sprachen und Zeilen übernehmen",
        "ef_refresh_hint": "Zeigt nach dem Ankreuzen weiterer Sprachen deren "
                           "Übersetzungsfelder und unter jeder Liste neue leere Zeilen; "
                           "schreibt noch kein Paket.",
        "ef_refreshed": "Das Formular zeigt jetzt die gewählten Sprachen und neue leere "
                        "Zeilen. Noch ist kein Paket geschrieben.",
        "ef_keys_note": "Ein Paket mit Schlüsseln enthält den geheimen Schlüssel der "
                        "Station: auf einem USB-Stick übergeben, nie per E-Mail.",
        "ef_range": "{minimum} bis {maximum}",
        "ef_default": "Standard: {value}",
        "ef_required": "Pflichtfeld",
        "ef_url": "Adresse der Sammelstelle, wie die Station sie erreicht",
        "ef_new_keys": "Neue Schlüssel für eine schon angemeldete Station (ihre alte "
                       "Anmeldung gilt dann nicht mehr)",
        "ef_row": "{row} {number}",
        "ef_new_row": "{row} {number} (neu, leer lassen für keine)",
        "ef_rows_hint": "Eine Zeile ohne Kennung und Text fällt weg – so entfernen Sie "
                        "auch eine.",
        "ef_languages_hint": "Die erste angekreuzte Sprache ist die Startsprache. Die "
                             "Reihenfolge ändern Sie in der TOML-Ansicht.",
        "ef_translated": "{label}: {done} von {total} Sprachen",
        "ef_advanced": "Erweitert: die Konfiguration als TOML-Text",
        "ef_bad_url": "Die Adresse der Sammelstelle muss mit http:// oder https:// "
                      "beginnen.",
        "ef_not_writable": "Diese Sammelstelle schreibt keine Stationspakete (siehe oben).",
    },
    "en": {
        "office": "Central office",
        "login_title": "Staff login",
        "login_intro": "This area is for the city's staff who moderate and answer the "
                       "participation cards.",
        "name": "Name",
        "password": "Password",
        "login": "Log in",
        "login_failed": "Login failed: the name or the password is not right.",
        "login_throttled": "Too many failed logins. Please wait {minutes} minutes, then "
                           "try again.",
        "login_throttled_one": "Too many failed logins. Please wait 1 minute, then try "
                               "again.",
        "login_busy": "Too many login attempts from your device. Please wait a minute.",
        "logged_out": "You have logged out.",
        "logged_in_as": "Logged in as",
        "logout": "Log out",
        "role_admin": "Administrator",
        "role_moderator": "Moderator",
        "role": "Role",
        "landing_title": "Central office of the Stadtgespräch",
        "welcome": "Welcome, {name}.",
        "your_role": "Your role: {role}.",
        "areas": "Areas",
        "audit_title": "Audit log",
        "audit_intro": "Every action of the staff, newest first. Times in UTC.",
        "audit_caption": "Audit log entries",
        "audit_empty": "No entries yet.",
        "older": "Older entries",
        "newest": "To the newest entries",
        "col_at": "Time (UTC)", "col_actor": "Who", "col_action": "What",
        "col_target": "Concerns", "col_before": "Before", "col_after": "After",
        "col_client": "Address",
        "table_region": "Audit log table, scrolls sideways",
        "back": "Back to the central office",
        "forbidden_title": "No access",
        "forbidden_role": "This page is for administrators only.",
        "forbidden_login": "Please log in first.",
        "forbidden_csrf": "The form has expired or is not valid (protection against forged "
                          "requests). Please reload the page and send it again.",
        "to_login": "To the login",
        "not_found_title": "Page not found",
        "not_found_text": "The central office has no such page.",
        "bad_form_title": "Request not readable",
        "bad_form_text": "The form did not arrive the way the central office expects it. "
                         "Please reload the page and try again.",
        "none": "–",
        "action_login.succeeded": "Login",
        "action_login.failed": "Login failed",
        "action_login.refused": "Login refused (too many failures)",
        "action_logout": "Logout",
        "action_user.added": "Account added",
        "action_user.disabled": "Account disabled",
        "action_user.enabled": "Account enabled",
        "action_card.status": "Status changed",
        "action_card.hidden": "Card hidden",
        "action_card.shown": "Card shown again",
        "action_card.answered": "Answer to a card",
        "action_card.grouped": "Card put in a group",
        "action_card.withdrawn": "Card withdrawn",
        "action_card.corrected": "Correction sent",
        "action_group.created": "Group created",
        "action_group.renamed": "Group renamed",
        "action_group.answered": "Answer to a group",
        "action_group.status": "Status of a group changed",
        "action_event.changed": "Publication changed",
        "action_export.downloaded": "Export downloaded",
        "action_card.wall_approved": "Approved for the live wall",
        "action_card.wall_unapproved": "Approval for the live wall taken back",
        "actor_attendee": "Card holder",
        "actor_station": "Station {station}",
        "nav_label": "Areas of the central office",
        "nav_overview": "Overview", "nav_cards": "Cards", "nav_groups": "Groups",
        "nav_export": "Export", "nav_events": "Events", "nav_audit": "Audit log",
        "desc_overview": "events, stations and whether every card has arrived",
        "desc_cards": "search, moderate, set the status of and answer cards",
        "desc_groups": "gather cards into themes and answer each theme once",
        "desc_export": "download the results as CSV, Excel, JSON or PDF",
        "desc_events": "decide what the public results pages show",
        "desc_audit": "who changed what, and when",
        "nav_users": "Accounts",
        "desc_users": "block and unblock staff accounts",
        "nav_packages": "Station packages",
        "desc_packages": "set a station up for an event from one file",
        "nav_wall": "Approvals",
        "desc_wall": "approve cards for the live wall where an event shows them only once "
                     "approved",
        "ef_title": "The event in the form",
        "ef_intro": "Every setting an event defines has its field here – with the "
                    "description and name from the station's rules, and checked by the "
                    "same rules. Every text has one field per language the event offers "
                    "(“Leichte Sprache” is German easy-to-read); an empty "
                    "translation shows the German text at the station. The package itself "
                    "carries the station's keys and the collector's key for the "
                    "Mitmachpool.",
        "ef_refused": "The package was not written: {detail}",
        "ef_template": "Filled in from the template: the last package of station "
                       "“{station}”.",
        "ef_unshown": "The form has no field for these settings of the template (a package "
                      "from the form leaves them out, the TOML view below keeps them):",
        "ef_submit": "Write and download the station package",
        "ef_refresh": "Apply languages and rows",
        "ef_refresh_hint": "After ticking more languages, shows their translation fields, "
                           "and new empty rows under every list; writes no package yet.",
        "ef_refreshed": "The form now shows the chosen languages and new empty rows. No "
                        "package has been written yet.",
        "ef_keys_note": "A package with keys holds the station's secret key: hand it over "
                        "on a USB stick, never by e-mail.",
        "ef_range": "{minimum} to {maximum}",
        "ef_default": "Default: {value}",
        "ef_required": "required",
        "ef_url": "The collector's address as the station reaches it",
        "ef_new_keys": "New keys for a station already enrolled (its old enrolment stops "
                       "working)",
        "ef_row": "{row} {number}",
        "ef_new_row": "{row} {number} (new, leave empty for none)",
        "ef_rows_hint": "A row without id and text is left out – that is how one is "
                        "removed, too.",
        "ef_languages_hint": "The first language ticked is the start language. Change the "
                             "order in the TOML view.",
        "ef_translated": "{label}: {done} of {total} languages",
        "ef_advanced": "Advanced: the configuration as TOML text",
        "ef_bad_url": "The collector's address must start with http:// or https://.",
        "ef_not_writable": "This collector writes no station packages (see above).",
    },
}


def role_label(role: str, lang: str) -> str:
    return TEXT[lang].get(f"role_{role}", role)


def action_label(action: str, lang: str) -> str:
    return TEXT[lang].get(f"action_{action}", action)
