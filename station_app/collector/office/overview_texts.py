"""Every word of the overview and of the admins' pages for events and accounts, German
first and in English."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "de": {
        # --- the overview --------------------------------------------------------------
        "overview_title": "Übersicht",
        "overview_intro": "Was bisher angekommen ist: die Veranstaltungen, der Abgleich je "
                          "Station und wie viele Karten es je Frage, Themenfeld, "
                          "Stadtbezirk und Altersgruppe gibt.",
        "events_heading": "Veranstaltungen",
        "events_caption": "Veranstaltungen, ihre Karten und ob ihre Ergebnisse "
                          "veröffentlicht sind",
        "events_empty": "Noch sind keine Karten angekommen, also gibt es auch noch keine "
                        "Veranstaltungen.",
        "events_cards_note": "Zurückgezogene Karten zählen nicht mit.",
        "col_event": "Veranstaltung", "col_date": "Datum", "col_venue": "Ort",
        "col_cards": "Karten", "col_results": "Ergebnisse",
        "cards_link": "Karten von „{name}“ ansehen",
        "published": "veröffentlicht",
        "published_with_cards": "veröffentlicht, mit einzelnen Karten",
        "not_published": "nicht veröffentlicht",
        "results_link": "Ergebnisseite von „{name}“",
        "no_event_name": "ohne Veranstaltungsangabe",
        "stations_heading": "Abgleich je Station",
        "stations_intro": "Jeder Stapel einer Station nennt, wie viele Stapel und Karten "
                          "sie bis dahin versiegelt hat. Lücken sind fehlende "
                          "Stapelnummern. Gibt es Lücken, sind weniger Karten angekommen "
                          "als versiegelt oder gibt es Konflikte, ist die Station "
                          "unvollständig: Der Rest ist dann noch auf der Station oder auf "
                          "einem USB-Stick.",
        "stations_all_events": "Der Abgleich gilt immer für alle Veranstaltungen.",
        "stations_caption": "Abgleich je Station: gemeldet und angekommen",
        "stations_empty": "Noch ist keine Station angemeldet.",
        "col_station": "Station", "col_state": "Stand",
        "col_batches": "Stapel angekommen",
        "col_missing": "Lücken",
        "col_duplicates": "Doppelte Nummern",
        "col_claimed": "Karten versiegelt",
        "col_stored": "Karten angekommen",
        "col_conflicts": "Konflikte",
        "col_last": "Letzter Stapel",
        "complete": "vollständig", "incomplete": "unvollständig",
        "via_hub": "über den Hub {hubs}",
        "hub_state": "Hub der Veranstaltung",
        "hub_relays": "leitet die Stapel weiter von: {stations}",
        "last_batch": "Nr. {seq}, angekommen {time}",
        "no_batch": "noch keiner",
        "none": "keine",
        "more": "{shown} und {n} weitere",
        "counts_heading": "Karten nach Merkmalen",
        "filter_label": "Veranstaltung",
        "filter_all": "alle Veranstaltungen",
        "filter_show": "Anzeigen",
        "counts_for_event": "Gezählt für die Veranstaltung „{name}“.",
        "counts_for_all": "Gezählt über alle Veranstaltungen.",
        "counted": "Gezählte Karten: {n}",
        "hidden": "davon ausgeblendet (sie zählen mit): {n}",
        "withdrawn": "nicht gezählt, weil zurückgezogen: {n}",
        "caption_prompt": "Karten je Frage",
        "caption_topic": "Karten je Themenfeld",
        "caption_district": "Karten je Stadtbezirk",
        "caption_age_group": "Karten je Altersgruppe",
        "col_prompt": "Frage", "col_topic": "Themenfeld", "col_district": "Stadtbezirk",
        "col_age_group": "Altersgruppe", "col_count": "Karten",
        "not_given": "keine Angabe",
        "counts_empty": "Keine Karten gezählt.",
        "table_region": "{caption}, waagerecht verschiebbar",
        "unknown_event_title": "Veranstaltung nicht gefunden",
        "unknown_event_text": "Eine Veranstaltung mit diesem Schlüssel gibt es nicht.",
        "to_overview": "Zur Übersicht",
        # --- events (admins) -----------------------------------------------------------
        "events_title": "Veranstaltungen und Ergebnisseiten",
        "events_intro": "Hier legen Sie fest, was die öffentliche Ergebnisseite einer "
                        "Veranstaltung zeigt und ob ihre Live-Wand auf Freigaben wartet. Ein "
                        "Kästchen ohne Haken heißt „aus“.",
        "events_admin_empty": "Noch sind keine Karten angekommen, also gibt es auch noch "
                              "keine Veranstaltungen.",
        "event_facts": "Datum: {date} · Ort: {venue} · Karten: {cards}",
        "no_venue": "kein Ort angegeben",
        "no_date": "kein Datum",
        "switches_legend": "Veröffentlichung von „{name}“",
        "results_switch": "Ergebnisseite veröffentlichen",
        "cards_switch": "Einzelne Karten auf der Ergebnisseite zeigen",
        "cards_switch_hint": "Wirkt nur, wenn die Ergebnisseite veröffentlicht ist.",
        "wall_switch": "Live-Wand: Karten erst nach Freigabe zeigen",
        "wall_switch_hint": "Ohne Haken zeigt die Live-Wand jede Karte, die nicht "
                            "ausgeblendet ist, wenige Sekunden nach der Abgabe. Mit Haken "
                            "erscheint eine Karte erst, wenn sie auf ihrer Seite in der "
                            "Kartenliste für die Live-Wand freigegeben ist.",
        "save": "Speichern",
        "state_now": "Jetzt: {results}; {cards}.",
        "state_results_on": "Ergebnisseite veröffentlicht",
        "state_results_off": "Ergebnisseite nicht veröffentlicht",
        "state_cards_on": "einzelne Karten werden gezeigt",
        "state_cards_off": "keine einzelnen Karten",
        "state_cards_waiting": "einzelne Karten erscheinen, sobald die Ergebnisseite "
                               "veröffentlicht ist",
        "saved": "Gespeichert für „{name}“: {results}; {cards}. {wall}",
        "wall_premoderated": "Die Live-Wand zeigt nur freigegebene Karten.",
        "wall_open": "Die Live-Wand zeigt jede Karte, die nicht ausgeblendet ist.",
        "wall_link": "Live-Wand von „{name}“",
        "unchanged": "Für „{name}“ war schon so eingestellt; nichts geändert.",
        "to_events": "Zu den Veranstaltungen",
        # --- accounts (admins) ---------------------------------------------------------
        "users_title": "Konten der Mitarbeiterinnen und Mitarbeiter",
        "users_intro": "Ein gesperrtes Konto kann sich nicht anmelden; wer gerade damit "
                       "angemeldet ist, wird beim Sperren sofort abgemeldet.",
        "users_caption": "Konten",
        "users_empty": "Noch gibt es kein Konto.",
        "col_name": "Name", "col_role": "Rolle", "col_enabled": "Zustand",
        "col_created": "Angelegt", "col_last_login": "Letzte Anmeldung",
        "col_action": "Sperren oder entsperren",
        "enabled": "aktiv", "disabled": "gesperrt",
        "never": "noch nie",
        "disable_button": "„{name}“ sperren",
        "enable_button": "„{name}“ entsperren",
        "yourself": "Das ist Ihr eigenes Konto: Sie können es nicht selbst sperren.",
        "self_refused": "Ihr eigenes Konto können Sie nicht sperren. Bitten Sie eine andere "
                        "Person aus der Administration darum.",
        "done_disabled": "Das Konto „{name}“ ist gesperrt; wer damit angemeldet war, ist "
                         "abgemeldet.",
        "done_enabled": "Das Konto „{name}“ ist entsperrt und kann sich wieder anmelden.",
        "add_heading": "Ein Konto hinzufügen",
        "add_text": "Konten werden auf dem Server der Sammelstelle angelegt, nicht hier: "
                    "Ein Passwort wird hier nie in eine Webseite eingegeben. Auf dem "
                    "Server:",
        "add_after": "Der Befehl liest das Passwort (mindestens {min} Zeichen) von der "
                     "Standardeingabe. Mit „admin“ verwaltet das Konto Konten und "
                     "Veröffentlichungen und liest das Protokoll; mit „moderator“ "
                     "moderiert und beantwortet es Karten.",
        "unknown_user_title": "Konto nicht gefunden",
        "unknown_user_text": "Ein Konto mit diesem Namen gibt es nicht.",
        "to_users": "Zu den Konten",
    },
    "en": {
        # --- the overview --------------------------------------------------------------
        "overview_title": "Overview",
        "overview_intro": "What has arrived so far: the events, the reconciliation per "
                          "station, and how many cards there are per prompt, topic, "
                          "district and age group.",
        "events_heading": "Events",
        "events_caption": "Events, their cards, and whether their results are published",
        "events_empty": "No cards have arrived yet, so there are no events yet either.",
        "events_cards_note": "Withdrawn cards are not counted.",
        "col_event": "Event", "col_date": "Date", "col_venue": "Venue",
        "col_cards": "Cards", "col_results": "Results",
        "cards_link": "See the cards of “{name}”",
        "published": "published",
        "published_with_cards": "published, with single cards",
        "not_published": "not published",
        "results_link": "Results page of “{name}”",
        "no_event_name": "no event given",
        "stations_heading": "Reconciliation per station",
        "stations_intro": "Every batch of a station says how many batches and cards it has "
                          "sealed so far. Gaps are missing batch numbers. If there are "
                          "gaps, fewer cards arrived than were sealed, or there are "
                          "conflicts, the station is incomplete: the rest is still on the "
                          "station or on a USB stick.",
        "stations_all_events": "The reconciliation always covers all events.",
        "stations_caption": "Reconciliation per station: reported and arrived",
        "stations_empty": "No station is registered yet.",
        "col_station": "Station", "col_state": "State",
        "col_batches": "Batches arrived",
        "col_missing": "Gaps",
        "col_duplicates": "Duplicate numbers",
        "col_claimed": "Cards sealed",
        "col_stored": "Cards arrived",
        "col_conflicts": "Conflicts",
        "col_last": "Last batch",
        "complete": "complete", "incomplete": "incomplete",
        "via_hub": "through the hub {hubs}",
        "hub_state": "venue hub",
        "hub_relays": "relays the batches of: {stations}",
        "last_batch": "No. {seq}, arrived {time}",
        "no_batch": "none yet",
        "none": "none",
        "more": "{shown} and {n} more",
        "counts_heading": "Cards by detail",
        "filter_label": "Event",
        "filter_all": "all events",
        "filter_show": "Show",
        "counts_for_event": "Counted for the event “{name}”.",
        "counts_for_all": "Counted over all events.",
        "counted": "Cards counted: {n}",
        "hidden": "of these hidden (they are counted): {n}",
        "withdrawn": "not counted because withdrawn: {n}",
        "caption_prompt": "Cards per prompt",
        "caption_topic": "Cards per topic",
        "caption_district": "Cards per district",
        "caption_age_group": "Cards per age group",
        "col_prompt": "Prompt", "col_topic": "Topic", "col_district": "District",
        "col_age_group": "Age group", "col_count": "Cards",
        "not_given": "not given",
        "counts_empty": "No cards counted.",
        "table_region": "{caption}, scrolls sideways",
        "unknown_event_title": "Event not found",
        "unknown_event_text": "There is no event with this key.",
        "to_overview": "To the overview",
        # --- events (admins) -----------------------------------------------------------
        "events_title": "Events and results pages",
        "events_intro": "Decide here what the public results page of an event shows and "
                        "whether its live wall waits for approvals. A box without a tick "
                        "means “off”.",
        "events_admin_empty": "No cards have arrived yet, so there are no events yet "
                              "either.",
        "event_facts": "Date: {date} · Venue: {venue} · Cards: {cards}",
        "no_venue": "no venue given",
        "no_date": "no date",
        "switches_legend": "Publication of “{name}”",
        "results_switch": "Publish the results page",
        "cards_switch": "Show single cards on the results page",
        "cards_switch_hint": "Only takes effect when the results page is published.",
        "wall_switch": "Live wall: show cards only once approved",
        "wall_switch_hint": "Without a tick the live wall shows every card that is not "
                            "hidden, a few seconds after it was handed in. With a tick a "
                            "card appears only once it is approved for the live wall on its "
                            "page in the card list.",
        "save": "Save",
        "state_now": "Now: {results}; {cards}.",
        "state_results_on": "results page published",
        "state_results_off": "results page not published",
        "state_cards_on": "single cards are shown",
        "state_cards_off": "no single cards",
        "state_cards_waiting": "single cards appear as soon as the results page is "
                               "published",
        "saved": "Saved for “{name}”: {results}; {cards}. {wall}",
        "wall_premoderated": "The live wall shows approved cards only.",
        "wall_open": "The live wall shows every card that is not hidden.",
        "wall_link": "Live wall of “{name}”",
        "unchanged": "“{name}” was already set like this; nothing changed.",
        "to_events": "To the events",
        # --- accounts (admins) ---------------------------------------------------------
        "users_title": "Staff accounts",
        "users_intro": "A blocked account cannot log in; whoever is logged in with it is "
                       "logged out as soon as it is blocked.",
        "users_caption": "Accounts",
        "users_empty": "There is no account yet.",
        "col_name": "Name", "col_role": "Role", "col_enabled": "State",
        "col_created": "Created", "col_last_login": "Last login",
        "col_action": "Block or unblock",
        "enabled": "active", "disabled": "blocked",
        "never": "never",
        "disable_button": "Block “{name}”",
        "enable_button": "Unblock “{name}”",
        "yourself": "This is your own account: you cannot block it yourself.",
        "self_refused": "You cannot block your own account. Ask another administrator to "
                        "do it.",
        "done_disabled": "The account “{name}” is blocked; whoever was logged in with it "
                         "has been logged out.",
        "done_enabled": "The account “{name}” is unblocked and can log in again.",
        "add_heading": "Adding an account",
        "add_text": "Accounts are added on the collector's server, not here: a password is "
                    "never typed into a web page here. On the server:",
        "add_after": "The command reads the password (at least {min} characters) from "
                     "standard input. With “admin” the account manages accounts and "
                     "publication and reads the audit log; with “moderator” it moderates "
                     "and answers cards.",
        "unknown_user_title": "Account not found",
        "unknown_user_text": "There is no account with this name.",
        "to_users": "To the accounts",
    },
}
