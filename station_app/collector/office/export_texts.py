"""Every word of the office's export page, in German and English."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "title": "Export",
        "intro": "Laden Sie die Karten als Datei herunter, mit ihrem Status, ihrer Gruppe "
                 "und der Antwort der Stadt. Spaltenüberschriften und Bezeichnungen in der "
                 "Datei sind deutsch.",
        "format_legend": "Format",
        "format_csv": "CSV: eine Tabelle für Excel oder LibreOffice (öffnet mit Doppelklick)",
        "format_xlsx": "Excel (XLSX): die Tabelle der Karten und eine Tabelle der Gruppen",
        "format_json": "JSON: für Programme und Auswertungen (englische Schlüssel)",
        "format_pdf": "PDF: ein kurzer Bericht zum Ausdrucken (Auszählung, Gruppen mit "
                      "ihren Antworten, alle Karten)",
        "event_label": "Veranstaltung",
        "all_events": "Alle Veranstaltungen",
        "no_events": "Es sind noch keine Karten eingegangen; der Export ist dann leer.",
        "include_legend": "Zusätzlich aufnehmen",
        "include_hint": "Ohne Haken enthält der Export nur die sichtbaren Karten.",
        "hidden_label": "Ausgeblendete Karten (in der Datei als ausgeblendet gekennzeichnet)",
        "withdrawn_label": "Zurückgezogene Karten (ohne ihren Text, der gelöscht ist)",
        "privacy": "Adressen aus dem Mitmachpool sind nie Teil eines Exports.",
        "download": "Herunterladen",
        "error_title": "Export nicht möglich",
        "bad_format": "Bitte wählen Sie eines der vier Formate.",
        "bad_event": "Diese Veranstaltung gibt es nicht. Bitte wählen Sie eine aus der "
                     "Liste.",
        "bad_flag": "Die Auswahl für ausgeblendete oder zurückgezogene Karten ist nicht "
                    "lesbar. Bitte wählen Sie erneut und laden Sie dann herunter.",
        "missing_library": "Das Format {format} ist auf dieser Sammelstelle nicht "
                           "eingerichtet (es fehlt das Paket {library}). Bitte wählen Sie "
                           "CSV oder JSON, oder bitten Sie die technische Betreuung, "
                           "{library} zu installieren.",
        "failed": "Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es gleich "
                  "noch einmal; hilft das nicht, wenden Sie sich an die technische Betreuung.",
    },
    "en": {
        "title": "Export",
        "intro": "Download the cards as a file, with their status, their group and the "
                 "city's answer. The file's column headings and labels are in German.",
        "format_legend": "Format",
        "format_csv": "CSV: a table for Excel or LibreOffice (opens with a double click)",
        "format_xlsx": "Excel (XLSX): the table of the cards and a table of the groups",
        "format_json": "JSON: for programs and analyses (English keys)",
        "format_pdf": "PDF: a short report to print (counts, the groups with their answers, "
                      "every card)",
        "event_label": "Event",
        "all_events": "All events",
        "no_events": "No cards have arrived yet, so the export is empty.",
        "include_legend": "Also include",
        "include_hint": "Without a tick the export holds only the visible cards.",
        "hidden_label": "Hidden cards (marked as hidden in the file)",
        "withdrawn_label": "Withdrawn cards (without their text, which is deleted)",
        "privacy": "Addresses from the Mitmachpool are never part of an export.",
        "download": "Download",
        "error_title": "Export not possible",
        "bad_format": "Please choose one of the four formats.",
        "bad_event": "There is no such event. Please choose one from the list.",
        "bad_flag": "The choice for hidden or withdrawn cards cannot be read. Please choose "
                    "again, then download.",
        "missing_library": "The {format} format is not set up on this collector (the "
                           "package {library} is missing). Please choose CSV or JSON, or ask "
                           "the technical support to install {library}.",
        "failed": "The file could not be made. Please try again in a moment; if that does "
                  "not help, contact the technical support.",
    },
}
