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
        "audit_link": "Protokoll: wer wann was geändert hat",
        "coming": "Übersicht, Kartenlisten, Moderation und Antworten kommen in den nächsten "
                  "Ausbaustufen hinzu.",
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
        "actor_attendee": "Karteninhaber:in",
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
        "audit_link": "Audit log: who changed what, and when",
        "coming": "The overview, card lists, moderation and answers follow in the next "
                  "stages.",
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
        "actor_attendee": "Card holder",
    },
}


def role_label(role: str, lang: str) -> str:
    return TEXT[lang].get(f"role_{role}", role)


def action_label(action: str, lang: str) -> str:
    return TEXT[lang].get(f"action_{action}", action)
