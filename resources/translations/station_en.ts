<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>Age: %1</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="161"/>
        <source>dd.MM. HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a card came in, in the card list.</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="30"/>
        <source>Suchen: Text oder Kartencode</source>
        <translation>Search: text or card code</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="35"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="41"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="54"/>
        <source>Keine Karte gefunden.</source>
        <translation>No cards found.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="54"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>No cards in this session yet.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="55"/>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="56"/>
        <source>%1 Karten, die neuesten zuerst</source>
        <translation>%1 cards, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="127"/>
        <source>Ausgeblendet: %1</source>
        <translation>Hidden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="141"/>
        <source>Wieder zeigen</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="141"/>
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>May we invite you again?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>Optional: in the Mitmachpool the city invites you by e-mail to further opportunities to take part. Your address is encrypted and stored separately from your card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="67"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="61"/>
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="99"/>
        <source>„%1“ einfügen</source>
        <translation>Insert “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="177"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Please check the e-mail address.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="178"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Please tick the box – or skip this step.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="191"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>Read the privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="202"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>Privacy notice for the Mitmachpool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Would you like to tell us a little about yourself?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>Optional – it helps us to understand the results.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>Which district do you live in?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="69"/>
        <source>Wie alt sind Sie?</source>
        <translation>How old are you?</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="33"/>
        <source>%1 Stapel-Datei(en) gespeichert in %2</source>
        <translation>%1 batch file(s) saved to %2</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="36"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>Batch not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="49"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>Receipt printing is switched off</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="50"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>Ready – nothing printed yet</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="51"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>Receipt %1 is waiting for the printer</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="52"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>Printing receipt %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="53"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>Receipt %1: trying again</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="54"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>Last printed: receipt %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="55"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>Receipt %1 could not be printed</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="82"/>
        <source>Belegdrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="96"/>
        <source>Grund: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="105"/>
        <source>Druckwarteschlange: %1 Beleg(e) endgültig fehlgeschlagen</source>
        <translation>Print queue: %1 receipt(s) failed for good</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="118"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>Card code for a new receipt</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="123"/>
        <source>Beleg erneut drucken</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="148"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>Transfer to the collection point</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="161"/>
        <source>Noch nicht übertragen: %1 Karten</source>
        <translation>Not yet transferred: %1 cards</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="174"/>
        <source>Jetzt übertragen</source>
        <translation>Transfer now</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="182"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>Write batch to %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/DevicesPage.qml" line="183"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>No USB stick found</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="76"/>
        <source>USB-Stick „%1“</source>
        <translation>USB stick “%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="77"/>
        <source>Datenordner der Station</source>
        <translation>The station&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="84"/>
        <source>%1 GB frei</source>
        <translation>%1 GB free</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="85"/>
        <source>%1 MB frei</source>
        <translation>%1 MB free</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="102"/>
        <source>Es läuft schon ein Export.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="105"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>Please choose a format and a target.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%1 Karten</source>
        <translation>%1 cards</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (%1 hidden not included)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> saved to
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="44"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="50"/>
        <source>PDF-Bericht</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="51"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="52"/>
        <source>CSV (Excel, Semikolon)</source>
        <translation>CSV (Excel, semicolon)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (all fields)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>Current session</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>Look for USB stick again</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>Hidden cards and contact details from the Mitmachpool are never exported.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="168"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>The station’s database was damaged and has been set aside as “%1”. New cards are stored in a fresh database. Please keep a copy of the old file and tell the central office.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="202"/>
        <source>dd.MM.yyyy, HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): since when the session is open.</extracomment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="281"/>
        <source>Sitzung „%1“ geöffnet</source>
        <translation>Session “%1” opened</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="286"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>Session “%1” closed</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="296"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>Card %1 hidden</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="301"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>Card %1 visible again</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="320"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>Paper card saved: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="51"/>
        <source>Export gespeichert: %1</source>
        <translation>Export saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="56"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="98"/>
        <source>Moderation</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="111"/>
        <source>Sitzung: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="112"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>Last session (closed): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="114"/>
        <source>Noch keine Sitzung</source>
        <translation>No session yet</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="125"/>
        <source>Zurück zum Kiosk</source>
        <translation>Back to kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="242"/>
        <source>Kiosk verlassen</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="170"/>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="171"/>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="172"/>
        <source>Sitzungen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="173"/>
        <source>Papierkarte erfassen</source>
        <translation>Paper card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="174"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="175"/>
        <source>Drucker &amp; Sync</source>
        <translation>Printer &amp; sync</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="240"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>Really exit the kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="241"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>The station will then accept no more cards until it is restarted.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="20"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="113"/>
        <source>Schritt %1 von %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="140"/>
        <source>Bildlaufleiste</source>
        <translation>Scroll bar</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="201"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="88"/>
        <source>Karte %1 ausblenden</source>
        <translation>Hide card %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="107"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>The card is not deleted. It is left out of counts and exports until it is shown again. Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="135"/>
        <source>Anderer Grund</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="146"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="153"/>
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="35"/>
        <source>Persönliche Daten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="36"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>Offensive or discriminatory</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="37"/>
        <source>Werbung</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Doppelt</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Testkarte</source>
        <translation>Test card</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="41"/>
        <source>Sind Sie noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="54"/>
        <source>%1 Sekunden</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="67"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>After that the facilitator menu locks. A paper card you have begun is kept as a draft. Tap anywhere to carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="68"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>After that your card will be discarded so the next person can begin. Tap anywhere to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="78"/>
        <source>Ich bin noch da</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="22"/>
        <source>Anderes Thema</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="23"/>
        <source>keine Angabe</source>
        <translation>prefer not to say</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>Station (Touchscreen)</source>
        <translation>Station (touchscreen)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="26"/>
        <source>Papierkarte</source>
        <translation>Paper card</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="51"/>
        <source>Beteiligungsstation</source>
        <translation>Participation station</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="69"/>
        <source>Bildlaufleiste</source>
        <translation>Scroll bar</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="93"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>of which on paper</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>Session since</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="119"/>
        <source>Karten je Frage</source>
        <translation>Cards per question</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="128"/>
        <source>Karten je Themenfeld</source>
        <translation>Cards per topic</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="137"/>
        <source>Karten je Stadtbezirk</source>
        <translation>Cards per district</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="145"/>
        <source>Karten je Altersgruppe</source>
        <translation>Cards per age group</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>Draft restored – this paper card has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="95"/>
        <source>Themenfeld</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="110"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="123"/>
        <source>Text der Karte</source>
        <translation>Card text</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="120"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>Exactly as written on the card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="131"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>District (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="150"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>Age group (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="175"/>
        <source>Papierkarte speichern</source>
        <translation>Save paper card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="183"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>Last saved: %1 – please write it on the paper card.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Too many tries. Please wait %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="123"/>
        <source>Moderation</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>The PIN needs 4 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>The two entries differ. Please choose the new PIN again.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>The PIN cannot be saved right now. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="136"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>No PIN has been set for this station yet. Choose a PIN of 4 to 12 digits now; from then on it opens the facilitator area.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="155"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>%1 digits entered</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="195"/>
        <source>Letzte Ziffer löschen</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="212"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="214"/>
        <source>PIN bestätigen</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="214"/>
        <source>Neue PIN übernehmen</source>
        <translation>Use this new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="224"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>What would you like to talk about?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Choose a question.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Themenfeld: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="88"/>
        <source>Ihr Kartencode</source>
        <translation>Your card code</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d %b %Y, %H:%M</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="91"/>
        <source>Testseite – %1</source>
        <translation>Test page – %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Your card – is everything right?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>You can still change any answer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>Hand in card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="69"/>
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="70"/>
        <source>%1 ändern</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="80"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Your card could not be saved just now. Nothing you entered is lost – please try again in a moment or ask the team at the station.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="81"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Your card could not be saved like this. Please check your answers.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="108"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="113"/>
        <source>Themenfeld</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="118"/>
        <source>Ihr Text</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="125"/>
        <source>Angaben zu Ihnen</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="131"/>
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="132"/>
        <source>Nein, danke</source>
        <translation>No, thank you</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_sessions.py" line="72"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a session opened or closed. Keep the time (HH:mm) last: the list shows only those five characters of the closing time.</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="37"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>No session yet – the first card opens one automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="39"/>
        <source>Offene Sitzung: %1</source>
        <translation>Open session: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="40"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>No session open (last: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>Name, e.g. “City conference, 28 Sep”</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="55"/>
        <source>Neue Sitzung beginnen</source>
        <translation>Start new session</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="55"/>
        <source>Sitzung öffnen</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="67"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="156"/>
        <source>Sitzung schließen</source>
        <translation>Close session</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="74"/>
        <source>Alle Sitzungen</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="130"/>
        <source>offen seit %1</source>
        <translation>open since %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="140"/>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="140"/>
        <source>%1 Karten</source>
        <translation>%1 cards</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="154"/>
        <source>Sitzung schließen?</source>
        <translation>Close session?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="155"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>New cards will then open a session for today automatically. The cards of this session are kept and can still be exported.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="16"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Your voice counts for Dortmund.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="200"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Write your opinion or your idea for the future of our city on a participation card. It only takes two or three minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="211"/>
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="225"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="262"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Access for the facilitation team (hold for three seconds)</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="38"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when the last sync worked or failed.</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="157"/>
        <source>Sync-Fehler: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="159"/>
        <source>alle Karten übertragen</source>
        <translation>all cards transferred</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="160"/>
        <source>%1 Karten warten</source>
        <translation>%1 cards waiting</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="161"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>Last transferred: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="164"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>No collection point server set up: transfer by USB stick</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="165"/>
        <source>Noch nicht übertragen</source>
        <translation>Not yet transferred</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="13"/>
        <source>Große Schrift</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="71"/>
        <source>Vielen Dank!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="82"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Your card is saved and becomes part of the city dialogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="90"/>
        <source>Ihr Kartencode</source>
        <translation>Your card code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="105"/>
        <source>Ihr Kartencode: %1</source>
        <translation>Your card code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="113"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Your receipt is being printed …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="114"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Please take your receipt with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="115"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>Sorry, the receipt could not be printed. Please write down your card code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="116"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Please write down your card code or take a photo of the QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="134"/>
        <source>Noch eine Karte</source>
        <translation>Another card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="140"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="146"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>This screen closes by itself after a short while.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="179"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>QR code leading to your card online</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="184"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Scan the code to find your card online later.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>Which topic does your card belong to?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>Your question: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="52"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Your concern fits none of the topics</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="53"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>Your answer to the question: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="78"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Please shorten your text a little.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="87"/>
        <source>%1 von %2 Zeichen</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
</TS>
