<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>Stadt-Bezirk: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>Alter: %1</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="177"/>
        <source>dd.MM. HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a card came in, in the card list.</extracomment>
        <translation>dd.MM. HH:mm</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <location filename="../../station_app/cards.py" line="47"/>
        <source>Der Text enthält ungültige Zeichen.</source>
        <translation>In Ihrem Text sind falsche Zeichen. Bitte löschen Sie diese Zeichen.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="52"/>
        <source>Der Text ist leer: bitte ein paar Worte schreiben.</source>
        <translation>Ihr Text ist leer. Bitte schreiben Sie ein paar Wörter.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="57"/>
        <source>Der Text ist zu lang (%1 Zeichen, höchstens %2).</source>
        <translation>Ihr Text ist zu lang. Ihr Text hat %1 Zeichen. Erlaubt sind %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="37"/>
        <source>Text oder Kartencode</source>
        <translation>Text oder Kartencode</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="38"/>
        <source>Karten suchen: Text oder Kartencode</source>
        <translation>Karten suchen: Text oder Kartencode</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="44"/>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="51"/>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Keine Karte gefunden.</source>
        <translation>Keine Karte gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>Noch keine Karten in dieser Sitzung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>%n Karte, die neueste zuerst</numerusform>
            <numerusform>%n Karten, die neuesten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="135"/>
        <source>Ausgeblendet: %1</source>
        <translation>Ausgeblendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="149"/>
        <source>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</source>
        <translation>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="150"/>
        <source>Live-Wand: freigegeben</source>
        <translation>Live-Wand: freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Wieder zeigen</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Ausblenden</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="186"/>
        <source>Für die Live-Wand freigeben</source>
        <translation>Für die Live-Wand freigeben</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>Dürfen wir Sie wieder einladen?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>Das ist freiwillig. Die Stadt lädt Sie per E-Mail zum Mitmachen ein. Das heißt: Mitmach-Pool. Die Stadt verschlüsselt Ihre E-Mail-Adresse. Die Adresse bleibt getrennt von Ihrer Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="71"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="62"/>
        <source>name@beispiel.de</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="103"/>
        <source>„%1“ einfügen</source>
        <translation>„%1“ einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="182"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Bitte prüfen Sie Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="183"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Bitte machen Sie einen Haken in das Kästchen. Oder tippen Sie auf: Auslassen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="197"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>Datenschutz-Hinweise lesen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="208"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>Datenschutz-Hinweise zum Mitmach-Pool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Möchten Sie etwas über sich sagen?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>Das ist freiwillig. So verstehen wir die Ergebnisse besser.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>In welchem Stadt-Bezirk wohnen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="71"/>
        <source>Wie alt sind Sie?</source>
        <translation>Wie alt sind Sie?</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="192"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet.</source>
        <translation>Die Station ist noch bei keiner Sammelstelle angemeldet.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="195"/>
        <source>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</source>
        <translation>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="197"/>
        <source>Angemeldet als „%1“ bei %2</source>
        <translation>Angemeldet als „%1“ bei %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="212"/>
        <source>Nicht eingerichtet: %1</source>
        <translation>Nicht eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="216"/>
        <source>keine (nur USB-Stick)</source>
        <translation>keine (nur USB-Stick)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="217"/>
        <source>Eingerichtet: Station „%1“, Sammelstelle %2</source>
        <translation>Eingerichtet: Station „%1“, Sammelstelle %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="226"/>
        <source>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</source>
        <translation>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="228"/>
        <source>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="231"/>
        <source>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</source>
        <translation>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</translation>
    </message>
</context>
<context>
    <name>EnrolmentProblem</name>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="31"/>
        <source>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</source>
        <translation>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="33"/>
        <source>„%1“ ist keine Anmeldedatei einer Sammelstelle</source>
        <translation>„%1“ ist keine Anmeldedatei einer Sammelstelle</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="35"/>
        <source>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="37"/>
        <source>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="39"/>
        <source>Die Anmeldung ließ sich auf der Station nicht speichern</source>
        <translation>Die Anmeldung ließ sich auf der Station nicht speichern</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="78"/>
        <source>USB-Stick „%1“</source>
        <translation>USB-Stick „%1“</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="79"/>
        <source>Datenordner der Station</source>
        <translation>Datenordner der Station</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="86"/>
        <source>%1 GB frei</source>
        <translation>%1 GB frei</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="87"/>
        <source>%1 MB frei</source>
        <translation>%1 MB frei</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="104"/>
        <source>Es läuft schon ein Export.</source>
        <translation>Es läuft schon ein Export.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="107"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>Bitte ein Format und ein Ziel wählen.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (%1 ausgeblendete nicht enthalten)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> gespeichert in
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="44"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="50"/>
        <source>PDF-Bericht</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="51"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="52"/>
        <source>CSV (Excel, Semikolon)</source>
        <translation>CSV (Excel, Semikolon)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (alle Felder)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>Aktuelle Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>Speichern auf</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>USB-Stick neu suchen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <location filename="../../station_app/export/common.py" line="73"/>
        <source>Es gibt noch keine Sitzung, also nichts zu exportieren.</source>
        <translation>Es gibt noch keine Sitzung, also nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="17"/>
        <source>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</source>
        <translation>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="20"/>
        <source>Hier darf nicht geschrieben werden (schreibgeschützt): %1</source>
        <translation>Hier darf nicht geschrieben werden (schreibgeschützt): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="22"/>
        <source>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</source>
        <translation>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="24"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="25"/>
        <source>%1 ist keine gewöhnliche Datei.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="26"/>
        <source>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</source>
        <translation>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="28"/>
        <source>%1 konnte nicht geschrieben werden.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="162"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="196"/>
        <source>dd.MM.yyyy, HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): since when the session is open.</extracomment>
        <translation>dd.MM.yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="275"/>
        <source>Sitzung „%1“ geöffnet</source>
        <translation>Sitzung „%1“ geöffnet</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="280"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>Sitzung „%1“ geschlossen</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="290"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>Karte %1 ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="295"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>Karte %1 wieder sichtbar</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="302"/>
        <source>Karte %1 für die Live-Wand freigegeben</source>
        <translation>Karte %1 für die Live-Wand freigegeben</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="322"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>Papierkarte gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="65"/>
        <source>Export gespeichert: %1</source>
        <translation>Export gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="70"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="117"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="130"/>
        <source>Sitzung: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>Letzte Sitzung (geschlossen): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="133"/>
        <source>Noch keine Sitzung</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="145"/>
        <source>Zurück zum Kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="152"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="263"/>
        <source>Kiosk verlassen</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="191"/>
        <source>Überblick</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="192"/>
        <source>Karten</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="193"/>
        <source>Sitzungen</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="194"/>
        <source>Papierkarte erfassen</source>
        <translation>Papierkarte erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="195"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="196"/>
        <source>Drucker &amp; Sync</source>
        <translation>Drucker &amp; Sync</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="261"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>Kiosk wirklich verlassen?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="262"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="24"/>
        <source>Weiter</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="314"/>
        <source>Schritt %1 von %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="143"/>
        <location filename="../../ui/screens/StartScreen.qml" line="102"/>
        <source>Bildlaufleiste</source>
        <translation>Schiebe-Leiste</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="225"/>
        <source>Zurück</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="91"/>
        <source>Karte %1 ausblenden</source>
        <translation>Karte %1 ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="112"/>
        <source>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</source>
        <translation>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="120"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="148"/>
        <source>Anderer Grund</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="159"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="166"/>
        <source>Ausblenden</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Persönliche Daten</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>Beleidigend oder diskriminierend</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="40"/>
        <source>Werbung</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="41"/>
        <source>Doppelt</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="42"/>
        <source>Testkarte</source>
        <translation>Testkarte</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="57"/>
        <source>Sind Sie noch da?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="70"/>
        <source>%1 Sekunden</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="84"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="85"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>Danach löscht die Station Ihre Karte. Dann kann die nächste Person anfangen. Möchten Sie weitermachen? Dann tippen Sie auf den Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="95"/>
        <source>Ich bin noch da</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../station_app/intake.py" line="29"/>
        <source>Bitte eine Frage wählen.</source>
        <translation>Bitte wählen Sie eine Frage.</translation>
    </message>
    <message>
        <location filename="../../station_app/intake.py" line="30"/>
        <source>Bitte ein Themenfeld wählen.</source>
        <translation>Bitte wählen Sie ein Thema.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../station_app/qml/jobs.py" line="23"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</source>
        <translation>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="24"/>
        <source>Anderes Thema</source>
        <translation>Ein anderes Thema</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>keine Angabe</source>
        <translation>möchte ich nicht sagen</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="27"/>
        <source>Station (Touchscreen)</source>
        <translation>Station (Touchscreen)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="28"/>
        <source>Papierkarte</source>
        <translation>Papierkarte</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="57"/>
        <source>Beteiligungsstation</source>
        <translation>Beteiligungs-Station</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="98"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP).</source>
        <translation>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="105"/>
        <source>Keine Karte %1 auf dieser Station.</source>
        <translation>Keine Karte %1 auf dieser Station.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="116"/>
        <source>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</source>
        <translation>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="121"/>
        <source>Der Grund ist zu lang (höchstens %1 Zeichen).</source>
        <translation>Der Grund ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="170"/>
        <source>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</source>
        <translation>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="177"/>
        <source>Karte %1 ist schon für die Live-Wand freigegeben.</source>
        <translation>Karte %1 ist schon für die Live-Wand freigegeben.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="205"/>
        <source>Karte %1 ist schon ausgeblendet.</source>
        <translation>Karte %1 ist schon ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="209"/>
        <source>Karte %1 ist nicht ausgeblendet.</source>
        <translation>Karte %1 ist nicht ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="70"/>
        <source>Bildlaufleiste</source>
        <translation>Schiebe-Leiste</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="98"/>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>davon Papierkarten</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>Sitzung seit</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="117"/>
        <source>Karten je Frage</source>
        <translation>Karten je Frage</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="126"/>
        <source>Karten je Themenfeld</source>
        <translation>Karten je Themenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="135"/>
        <source>Karten je Stadtbezirk</source>
        <translation>Karten je Stadtbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="143"/>
        <source>Karten je Altersgruppe</source>
        <translation>Karten je Altersgruppe</translation>
    </message>
</context>
<context>
    <name>PackageBridge</name>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="207"/>
        <source>Kein Stationspaket installiert: die Station läuft mit „%1“.</source>
        <translation>Kein Stationspaket installiert: die Station läuft mit „%1“.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="209"/>
        <source>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</source>
        <translation>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="226"/>
        <source>„%1“ ändert an dieser Station:</source>
        <translation>„%1“ ändert an dieser Station:</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="244"/>
        <source>Nicht übernommen: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="248"/>
        <source>Übernommen: Station „%1“, %2, Konfigurationsversion %3</source>
        <translation>Übernommen: Station „%1“, %2, Konfigurationsversion %3</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="265"/>
        <source>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</source>
        <translation>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="267"/>
        <source>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../station_app/package_install.py" line="77"/>
        <source>Veranstaltung</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="78"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="79"/>
        <source>Sprachen</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="80"/>
        <source>Fragen</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="81"/>
        <source>Themen</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="82"/>
        <source>Sammelstelle</source>
        <translation>Sammelstelle</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="83"/>
        <source>Konfigurationsversion</source>
        <translation>Konfigurationsversion</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="84"/>
        <source>%1: %2 → %3</source>
        <translation>%1: vorher %2, jetzt %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="85"/>
        <source>%1: %2 (unverändert)</source>
        <translation>%1: %2 (unverändert)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="86"/>
        <source>%1 hinzugefügt: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="87"/>
        <source>%1 entfernt: %2</source>
        <translation>%1 entfernt: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="88"/>
        <source>%1 umbenannt: %2</source>
        <translation>%1 umbenannt: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="89"/>
        <source>keine</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <location filename="../../station_app/package_install.py" line="56"/>
        <source>„%1“ ist kein Stationspaket einer Sammelstelle</source>
        <translation>„%1“ ist kein Stationspaket einer Sammelstelle</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="58"/>
        <source>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</source>
        <translation>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="60"/>
        <source>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="62"/>
        <source>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</source>
        <translation>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="64"/>
        <source>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</source>
        <translation>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="66"/>
        <source>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</source>
        <translation>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="69"/>
        <source>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="71"/>
        <source>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</source>
        <translation>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="73"/>
        <source>Das Stationspaket ließ sich auf der Station nicht speichern</source>
        <translation>Das Stationspaket ließ sich auf der Station nicht speichern</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="35"/>
        <source>Einrichtung: Stationspaket für eine Veranstaltung</source>
        <translation>Einrichtung: Stationspaket für eine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="48"/>
        <source>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</source>
        <translation>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="59"/>
        <source>Suche läuft …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="60"/>
        <source>USB-Sticks nach Stationspaketen durchsuchen</source>
        <translation>USB-Sticks nach Stationspaketen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="67"/>
        <source>Kein Stationspaket auf einem USB-Stick gefunden.</source>
        <translation>Kein Stationspaket auf einem USB-Stick gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="81"/>
        <source>„%1“ von „%2“ prüfen</source>
        <translation>„%1“ von „%2“ prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="130"/>
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="137"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="96"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="112"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="125"/>
        <source>Text der Karte</source>
        <translation>Text der Karte</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="122"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>So wie auf der Karte geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="133"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>Stadtbezirk (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="153"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>Altersgruppe (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="179"/>
        <source>Papierkarte speichern</source>
        <translation>Papierkarte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="187"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>Die PIN braucht 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>Neue PIN wählen</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>Die PIN stimmt nicht. Noch %1 Versuche.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="151"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="165"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="185"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>%1 Ziffern eingegeben</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="229"/>
        <source>Letzte Ziffer löschen</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="246"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>Neue PIN übernehmen</source>
        <translation>Neue PIN übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>PIN bestätigen</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="262"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="19"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Kein Belegdrucker eingerichtet</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="20"/>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>Drucker „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="21"/>
        <source>Drucker „%1“ ist angehalten oder gesperrt</source>
        <translation>Drucker „%1“ ist angehalten oder gesperrt</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="22"/>
        <source>Drucker „%1“ hat den letzten Auftrag abgebrochen</source>
        <translation>Drucker „%1“ hat den letzten Auftrag abgebrochen</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="24"/>
        <source>Der Drucker nimmt das Papierformat %1 nicht an</source>
        <translation>Der Drucker nimmt das Papierformat %1 nicht an</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="25"/>
        <source>Der Drucker lässt sich nicht öffnen</source>
        <translation>Der Drucker lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="26"/>
        <source>Der Drucker hat den Auftrag nicht angenommen</source>
        <translation>Der Drucker hat den Auftrag nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="28"/>
        <source>Die Schrift für den Beleg fehlt auf der Station</source>
        <translation>Die Schrift für den Beleg fehlt auf der Station</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="29"/>
        <source>Keine Karte mit dem Code %1 auf dieser Station</source>
        <translation>Keine Karte mit dem Code %1 auf dieser Station</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="30"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</source>
        <translation>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="32"/>
        <source>Der Druck wurde durch einen Neustart unterbrochen</source>
        <translation>Der Druck wurde durch einen Neustart unterbrochen</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="34"/>
        <source>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="26"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>Belegdruck ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="27"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Kein Belegdrucker eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="28"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>Bereit – noch nichts gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="29"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>Beleg %1 wartet auf den Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="30"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>Beleg %1 wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="31"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>Beleg %1: neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="32"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>Zuletzt gedruckt: Beleg %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="33"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>Beleg %1 konnte nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="46"/>
        <source>Belegdrucker</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="61"/>
        <source>Grund: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>Druckwarteschlange: %n Beleg endgültig fehlgeschlagen</numerusform>
            <numerusform>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="95"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>Kartencode für einen neuen Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="102"/>
        <source>Beleg erneut drucken</source>
        <translation>Beleg erneut drucken</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="120"/>
        <source>Noch kein Drucker gewählt: bitte unten einen antippen.</source>
        <translation>Noch kein Drucker gewählt: bitte unten einen antippen.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="122"/>
        <source>Belege gehen an den Standarddrucker „%1“.</source>
        <translation>Belege gehen an den Standarddrucker „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="123"/>
        <source>Belege gehen an „%1“.</source>
        <translation>Belege gehen an „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Suche läuft …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Drucker suchen</source>
        <translation>Drucker suchen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="143"/>
        <source>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</source>
        <translation>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="157"/>
        <source>%1 (Standarddrucker)</source>
        <translation>%1 (Standarddrucker)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="159"/>
        <source>%1, gewählt</source>
        <translation>%1, gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="171"/>
        <source>Testseite wird gedruckt …</source>
        <translation>Testseite wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="172"/>
        <source>Testseite drucken</source>
        <translation>Testseite drucken</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>Zu welcher Frage möchten Sie etwas sagen?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Tippen Sie auf eine Frage.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="40"/>
        <source>Vorlesen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="100"/>
        <source>Lautstärke und Sprechtempo</source>
        <translation>Lautstärke und Sprech-Tempo</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="25"/>
        <source>ausgewählt</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="26"/>
        <source>nicht ausgewählt</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="27"/>
        <source>nicht verfügbar</source>
        <translation>geht gerade nicht</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="28"/>
        <source>Schaltfläche</source>
        <translation>Knopf</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="29"/>
        <source>Eingabefeld</source>
        <translation>Feld zum Schreiben</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="30"/>
        <source>leer</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="31"/>
        <source>Ihr Kartencode lautet:</source>
        <translation>Ihr Karten-Code ist:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="32"/>
        <source>%1 wie %2</source>
        <translation>%1 wie %2</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="33"/>
        <source>Ihr Text:</source>
        <translation>Ihr Text:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="34"/>
        <source>Sie haben noch keinen Text geschrieben.</source>
        <translation>Ihr Text ist noch leer.</translation>
    </message>
</context>
<context>
    <name>ReadAloudSettings</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="16"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="79"/>
        <source>Lautstärke</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="80"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="81"/>
        <source>Leiser</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="82"/>
        <source>Lauter</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="90"/>
        <source>Sprechtempo</source>
        <translation>Sprech-Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="92"/>
        <source>Langsamer sprechen</source>
        <translation>Langsamer sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="93"/>
        <source>Schneller sprechen</source>
        <translation>Schneller sprechen</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="86"/>
        <source>Themenfeld: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Ihr Kartencode</source>
        <translation>Ihr Karten-Code</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern.</source>
        <extracomment>Printed under the follow-up address (two lines on 58 mm paper): the code is the only key to the card online.</extracomment>
        <translation>Passen Sie gut auf den Code auf. Mit dem Code kann man Ihre Karte ändern.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="93"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d.%m.%Y, %H:%M Uhr</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="94"/>
        <source>Testseite – %1</source>
        <translation>Testseite – %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterBridge</name>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="187"/>
        <source>Belege werden ab jetzt auf „%1“ gedruckt</source>
        <translation>Belege werden ab jetzt auf „%1“ gedruckt</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="254"/>
        <source>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="257"/>
        <source>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="261"/>
        <source>Testseite nicht gedruckt: %1</source>
        <translation>Testseite nicht gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Ist auf Ihrer Karte alles richtig?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>Sie können alles noch ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>Karte abgeben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="73"/>
        <source>Ändern</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="74"/>
        <source>%1 ändern</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="84"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Die Station kann Ihre Karte gerade nicht speichern. Ihre Antworten sind noch da. Bitte versuchen Sie es gleich noch einmal. Oder fragen Sie das Team an der Station.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="85"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Die Station kann Ihre Karte so nicht speichern. Bitte prüfen Sie Ihre Antworten.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="116"/>
        <source>Frage</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="121"/>
        <source>Themenfeld</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126"/>
        <source>Ihr Text</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="133"/>
        <source>Angaben zu Ihnen</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="139"/>
        <source>Mitmachpool</source>
        <translation>Mitmach-Pool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="140"/>
        <source>Nein, danke</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="151"/>
        <source>Text vorlesen</source>
        <translation>Text vorlesen</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_sessions.py" line="72"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a session opened or closed. Keep the time (HH:mm) last: the list shows only those five characters of the closing time.</extracomment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="91"/>
        <source>Die Sitzung braucht einen Namen, z. B. „Stadtkonferenz 28.09. – Station 1“.</source>
        <translation>Die Sitzung braucht einen Namen, z. B. „Stadtkonferenz 28.09. – Station 1“.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="96"/>
        <source>Der Name ist zu lang (höchstens 200 Zeichen).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="112"/>
        <source>Es ist keine Sitzung offen.</source>
        <translation>Es ist keine Sitzung offen.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="47"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Offene Sitzung: %1</source>
        <translation>Offene Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="50"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>Keine Sitzung offen (zuletzt: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="54"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="69"/>
        <source>Name der Sitzung</source>
        <translation>Name der Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Neue Sitzung beginnen</source>
        <translation>Neue Sitzung beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Sitzung öffnen</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="87"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="167"/>
        <source>Sitzung schließen</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="94"/>
        <source>Alle Sitzungen</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="142"/>
        <source>offen seit %1</source>
        <translation>offen seit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="165"/>
        <source>Sitzung schließen?</source>
        <translation>Sitzung schließen?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="166"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="31"/>
        <source>Einrichtung: Anmeldung bei der Sammelstelle</source>
        <translation>Einrichtung: Anmeldung bei der Sammelstelle</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="44"/>
        <source>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</source>
        <translation>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="56"/>
        <source>Suche läuft …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="57"/>
        <source>USB-Sticks durchsuchen</source>
        <translation>USB-Sticks durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="64"/>
        <source>Keine Anmeldedatei auf einem USB-Stick gefunden.</source>
        <translation>Keine Anmeldedatei auf einem USB-Stick gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="78"/>
        <source>„%1“ von „%2“ einrichten</source>
        <translation>„%1“ von „%2“ einrichten</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="21"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Ihre Meinung ist wichtig für Dortmund.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="319"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Schreiben Sie Ihre Meinung oder Ihre Idee für Dortmund auf eine Karte. Das dauert nur 2 bis 3 Minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="335"/>
        <source>Mitmachen</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="377"/>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="418"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Nur für das Team an der Station: 3 Sekunden lang drücken</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../station_app/storage/cards.py" line="71"/>
        <source>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</source>
        <translation>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="45"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when the last sync worked or failed.</extracomment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="209"/>
        <source>Sync-Fehler: %1</source>
        <translation>Sync-Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>%n Karte wartet</numerusform>
            <numerusform>%n Karten warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="213"/>
        <source>alle Karten übertragen</source>
        <translation>alle Karten übertragen</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="214"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>Zuletzt übertragen: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="217"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="218"/>
        <source>Noch nicht übertragen</source>
        <translation>Noch nicht übertragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>Teilweise übertragen: %n Karte, der Rest nicht: %1</numerusform>
            <numerusform>Teilweise übertragen: %n Karten, der Rest nicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="276"/>
        <source>Nicht übertragen: %1</source>
        <translation>Nicht übertragen: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="278"/>
        <source>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</source>
        <translation>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="279"/>
        <source>Übertragen: %n Karten</source>
        <translation>
            <numerusform>Übertragen: %n Karte</numerusform>
            <numerusform>Übertragen: %n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="19"/>
        <source>Sammelstelle nicht erreichbar</source>
        <translation>Sammelstelle nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="20"/>
        <source>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</source>
        <translation>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="22"/>
        <source>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</source>
        <translation>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="24"/>
        <source>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</source>
        <translation>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="26"/>
        <source>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</source>
        <translation>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="28"/>
        <source>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</source>
        <translation>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="30"/>
        <source>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</source>
        <translation>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="32"/>
        <source>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</source>
        <translation>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="34"/>
        <source>Keine Sammelstelle eingerichtet</source>
        <translation>Keine Sammelstelle eingerichtet</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="35"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet</source>
        <translation>Die Station ist noch bei keiner Sammelstelle angemeldet</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="37"/>
        <source>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</source>
        <translation>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="39"/>
        <source>Die Anmeldedatei der Station ist beschädigt</source>
        <translation>Die Anmeldedatei der Station ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="41"/>
        <source>Der Datenträger ist voll</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="42"/>
        <source>Der Datenträger ist schreibgeschützt</source>
        <translation>Der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="43"/>
        <source>Der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>Der Datenträger meldet einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="45"/>
        <source>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</source>
        <translation>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="47"/>
        <source>Die Datei ließ sich nicht schreiben</source>
        <translation>Die Datei ließ sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="48"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>%n Stapel-Datei gespeichert in %1</numerusform>
            <numerusform>%n Stapel-Dateien gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="30"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>Stapel nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="42"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>Übertragung zur Sammelstelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>Noch nicht übertragen: %n Karte</numerusform>
            <numerusform>Noch nicht übertragen: %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Wird übertragen …</source>
        <translation>Wird übertragen …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Jetzt übertragen</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="86"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>Stapel auf %1 schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="87"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>Kein USB-Stick gefunden</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="21"/>
        <source>Große Schrift</source>
        <translation>Große Schrift</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119"/>
        <source>Vielen Dank!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Die Station hat Ihre Karte gespeichert. Ihre Karte ist jetzt ein Teil vom Stadt-Gespräch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="139"/>
        <source>Ihr Kartencode</source>
        <translation>Ihr Karten-Code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="154"/>
        <source>Ihr Kartencode: %1</source>
        <translation>Ihr Karten-Code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="163"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Die Station druckt jetzt Ihren Zettel …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="164"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Bitte nehmen Sie Ihren Zettel mit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>Die Station kann Ihren Zettel leider nicht drucken. Bitte schreiben Sie Ihren Karten-Code auf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="166"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Bitte schreiben Sie Ihren Karten-Code auf. Oder machen Sie ein Foto vom QR-Code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="186"/>
        <source>Noch eine Karte</source>
        <translation>Noch eine Karte schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="192"/>
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="198"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>Diese Seite geht gleich von selbst zu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="231"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>QR-Code: Ihre Karte im Internet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="236"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Scannen Sie den Code mit dem Handy. Dann finden Sie Ihre Karte später im Internet.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>Zu welchem Thema passt Ihre Karte?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>Ihre Frage: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="56"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Für alle anderen Themen</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="83"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>Ihr Text zur Frage: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="110"/>
        <source>Text vorlesen</source>
        <translation>Text vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="117"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Ihr Text ist zu lang. Bitte machen Sie Ihren Text kürzer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="127"/>
        <source>%1 von %2 Zeichen</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
</TS>
