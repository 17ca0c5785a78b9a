<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>Cartier: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>Vârstă: %1</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="177"/>
        <source>dd.MM. HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a card came in, in the card list.</extracomment>
        <translation>dd.MM HH:mm</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <location filename="../../station_app/cards.py" line="47"/>
        <source>Der Text enthält ungültige Zeichen.</source>
        <translation>Textul conține caractere nevalide.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="52"/>
        <source>Der Text ist leer: bitte ein paar Worte schreiben.</source>
        <translation>Textul este gol: vă rugăm să scrieți câteva cuvinte.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="57"/>
        <source>Der Text ist zu lang (%1 Zeichen, höchstens %2).</source>
        <translation>Textul este prea lung (caractere: %1, cel mult %2).</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="37"/>
        <source>Text oder Kartencode</source>
        <translation>Text sau cod de fișă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="38"/>
        <source>Karten suchen: Text oder Kartencode</source>
        <translation>Căutare fișe: text sau cod de fișă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="44"/>
        <source>Suchen</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="51"/>
        <source>Alle</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Keine Karte gefunden.</source>
        <translation>Nu s-a găsit nicio fișă.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>Încă nu există fișe în această sesiune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>%n fișă</numerusform>
            <numerusform>%n fișe, cele mai noi primele</numerusform>
            <numerusform>%n de fișe, cele mai noi primele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="135"/>
        <source>Ausgeblendet: %1</source>
        <translation>Ascunsă: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="149"/>
        <source>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</source>
        <translation>Fișele ascunse nu pot fi aprobate pentru peretele live.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="150"/>
        <source>Live-Wand: freigegeben</source>
        <translation>Peretele live: aprobată</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Wieder zeigen</source>
        <translation>Afișează din nou</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Ausblenden</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="186"/>
        <source>Für die Live-Wand freigeben</source>
        <translation>Aprobă pentru peretele live</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>Vă putem invita din nou?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>Opțional: în Mitmachpool, orașul vă invită prin e-mail la alte oportunități de participare. Adresa dumneavoastră este criptată și păstrată separat de fișa dumneavoastră.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>Omiteți</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="71"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Adresa dumneavoastră de e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="62"/>
        <source>name@beispiel.de</source>
        <translation>nume@exemplu.ro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="103"/>
        <source>„%1“ einfügen</source>
        <translation>Inserați „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="182"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Vă rugăm să verificați adresa de e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="183"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Vă rugăm să bifați căsuța – sau să omiteți acest pas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="197"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>Citiți informațiile privind protecția datelor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="208"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>Informații privind protecția datelor în Mitmachpool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Doriți să ne spuneți ceva despre dumneavoastră?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>Opțional – ne ajută să interpretăm rezultatele.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>Omiteți</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>În ce cartier locuiți?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="71"/>
        <source>Wie alt sind Sie?</source>
        <translation>Ce vârstă aveți?</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="192"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet.</source>
        <translation>Stația nu este încă înregistrată la niciun centru de colectare.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="195"/>
        <source>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</source>
        <translation>Înregistrată ca „%1”, fără adresa centrului de colectare (doar stick USB)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="197"/>
        <source>Angemeldet als „%1“ bei %2</source>
        <translation>Înregistrată ca „%1” la %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="212"/>
        <source>Nicht eingerichtet: %1</source>
        <translation>Neconfigurată: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="216"/>
        <source>keine (nur USB-Stick)</source>
        <translation>niciuna (doar stick USB)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="217"/>
        <source>Eingerichtet: Station „%1“, Sammelstelle %2</source>
        <translation>Configurată: stația „%1”, centrul de colectare %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="226"/>
        <source>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</source>
        <translation>Mitmachpool criptează contactele pentru acest centru de colectare.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="228"/>
        <source>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Mitmachpool funcționează pentru acest centru de colectare abia după o repornire: vă rugăm să apăsați „Ieșire din chioșc” și să reporniți stația.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="231"/>
        <source>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</source>
        <translation>Atenție: configurația indică cheia altui centru de colectare (contact.collector_public_key). Acest centru de colectare nu ar putea deschide contactele din Mitmachpool: vă rugăm să eliminați setarea.</translation>
    </message>
</context>
<context>
    <name>EnrolmentProblem</name>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="31"/>
        <source>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</source>
        <translation>„%1” nu poate fi citit – mai este introdus stickul USB?</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="33"/>
        <source>„%1“ ist keine Anmeldedatei einer Sammelstelle</source>
        <translation>„%1” nu este un fișier de înregistrare al unui centru de colectare</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="35"/>
        <source>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Fișierul de înregistrare „%1” este deteriorat: vă rugăm să cereți centrului de colectare unul nou</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="37"/>
        <source>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Fișierul de înregistrare „%1” aparține stației „%2”, această stație este „%3”</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="39"/>
        <source>Die Anmeldung ließ sich auf der Station nicht speichern</source>
        <translation>Înregistrarea nu a putut fi salvată pe stație</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="78"/>
        <source>USB-Stick „%1“</source>
        <translation>Stick USB „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="79"/>
        <source>Datenordner der Station</source>
        <translation>Dosarul de date al stației</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="86"/>
        <source>%1 GB frei</source>
        <translation>%1 GB liberi</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="87"/>
        <source>%1 MB frei</source>
        <translation>%1 MB liberi</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="104"/>
        <source>Es läuft schon ein Export.</source>
        <translation>Un export este deja în curs.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="107"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>Vă rugăm să alegeți un format și o destinație.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n fișă</numerusform>
            <numerusform>%n fișe</numerusform>
            <numerusform>%n de fișe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (fără cele %1 ascunse)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> salvate în
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Nu s-a salvat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="44"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="50"/>
        <source>PDF-Bericht</source>
        <translation>Raport PDF</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="51"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="52"/>
        <source>CSV (Excel, Semikolon)</source>
        <translation>CSV (Excel, punct și virgulă)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (toate câmpurile)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>Sesiunea curentă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>Toate sesiunile</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>Salvare pe</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>Caută din nou stickul USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>Export în curs …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>Fișele ascunse și datele de contact din Mitmachpool nu se exportă niciodată.</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <location filename="../../station_app/export/common.py" line="73"/>
        <source>Es gibt noch keine Sitzung, also nichts zu exportieren.</source>
        <translation>Nu există încă nicio sesiune, deci nu este nimic de exportat.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="17"/>
        <source>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</source>
        <translation>Spațiul de stocare este plin: %1 nu a fost salvat. Vă rugăm să eliberați spațiu sau să folosiți alt stick USB.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="20"/>
        <source>Hier darf nicht geschrieben werden (schreibgeschützt): %1</source>
        <translation>Aici nu se poate scrie (protejat la scriere): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="22"/>
        <source>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</source>
        <translation>Stickul USB raportează o eroare (scos sau deteriorat?): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="24"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 este un dosar, nu un fișier.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="25"/>
        <source>%1 ist keine gewöhnliche Datei.</source>
        <translation>%1 nu este un fișier obișnuit.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="26"/>
        <source>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</source>
        <translation>Dosarul %1 nu există (stickul USB a fost scos?).</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="28"/>
        <source>%1 konnte nicht geschrieben werden.</source>
        <translation>%1 nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="162"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>Baza de date a stației era deteriorată și a fost pusă deoparte ca „%1”. Fișele noi se salvează într-o bază de date nouă. Vă rugăm să păstrați o copie a fișierului vechi și să anunțați centrul de colectare.</translation>
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
        <translation>Sesiunea „%1” a fost deschisă</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="280"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>Sesiunea „%1” a fost închisă</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="290"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>Fișa %1 a fost ascunsă</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="295"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>Fișa %1 este din nou vizibilă</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="302"/>
        <source>Karte %1 für die Live-Wand freigegeben</source>
        <translation>Fișa %1 a fost aprobată pentru peretele live</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="322"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>Fișă pe hârtie salvată: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="65"/>
        <source>Export gespeichert: %1</source>
        <translation>Export salvat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="70"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export eșuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="117"/>
        <source>Moderation</source>
        <translation>Moderare</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="130"/>
        <source>Sitzung: %1</source>
        <translation>Sesiune: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>Ultima sesiune (închisă): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="133"/>
        <source>Noch keine Sitzung</source>
        <translation>Încă nicio sesiune</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="145"/>
        <source>Zurück zum Kiosk</source>
        <translation>Înapoi la chioșc</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="152"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="263"/>
        <source>Kiosk verlassen</source>
        <translation>Ieșire din chioșc</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="191"/>
        <source>Überblick</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="192"/>
        <source>Karten</source>
        <translation>Fișe</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="193"/>
        <source>Sitzungen</source>
        <translation>Sesiuni</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="194"/>
        <source>Papierkarte erfassen</source>
        <translation>Fișă pe hârtie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="195"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="196"/>
        <source>Drucker &amp; Sync</source>
        <translation>Imprimare &amp; transfer</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="261"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>Sigur ieșiți din chioșc?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="262"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>După aceea, stația nu mai acceptă fișe până când este repornită.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="24"/>
        <source>Weiter</source>
        <translation>Continuați</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="314"/>
        <source>Schritt %1 von %2</source>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="143"/>
        <location filename="../../ui/screens/StartScreen.qml" line="102"/>
        <source>Bildlaufleiste</source>
        <translation>Bară de derulare</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="225"/>
        <source>Zurück</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="91"/>
        <source>Karte %1 ausblenden</source>
        <translation>Ascunde fișa %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="112"/>
        <source>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</source>
        <translation>Fișa este aprobată pentru peretele live. Dacă o ascundeți, dispare și de pe perete.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="120"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>Fișa nu se șterge. Ea nu este inclusă în numărători și exporturi până când este afișată din nou. Motiv:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="148"/>
        <source>Anderer Grund</source>
        <translation>Alt motiv</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="159"/>
        <source>Abbrechen</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="166"/>
        <source>Ausblenden</source>
        <translation>Ascunde</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Persönliche Daten</source>
        <translation>Date personale</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>Jignitor sau discriminatoriu</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="40"/>
        <source>Werbung</source>
        <translation>Publicitate</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="41"/>
        <source>Doppelt</source>
        <translation>Duplicat</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="42"/>
        <source>Testkarte</source>
        <translation>Fișă de test</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="57"/>
        <source>Sind Sie noch da?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="70"/>
        <source>%1 Sekunden</source>
        <translation>%1 sec.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="84"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>După aceea, meniul de moderare se blochează. O fișă pe hârtie începută se păstrează ca ciornă. Atingeți oriunde pentru a continua.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="85"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>După aceea, fișa dumneavoastră va fi anulată, pentru ca următoarea persoană să poată începe. Atingeți oriunde pentru a continua.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="95"/>
        <source>Ich bin noch da</source>
        <translation>Sunt încă aici</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../station_app/intake.py" line="29"/>
        <source>Bitte eine Frage wählen.</source>
        <translation>Vă rugăm să alegeți o întrebare.</translation>
    </message>
    <message>
        <location filename="../../station_app/intake.py" line="30"/>
        <source>Bitte ein Themenfeld wählen.</source>
        <translation>Vă rugăm să alegeți o temă.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../station_app/qml/jobs.py" line="23"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</source>
        <translation>Eroare neașteptată; detaliile se găsesc în jurnalul stației.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="24"/>
        <source>Anderes Thema</source>
        <translation>Altă temă</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>keine Angabe</source>
        <translation>prefer să nu spun</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="27"/>
        <source>Station (Touchscreen)</source>
        <translation>Stație (ecran tactil)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="28"/>
        <source>Papierkarte</source>
        <translation>Fișă pe hârtie</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="57"/>
        <source>Beteiligungsstation</source>
        <translation>Beteiligungsstation</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="98"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP).</source>
        <translation>„%1” nu este un cod de fișă (un cod arată așa: K7M-4QX-9TRP).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="105"/>
        <source>Keine Karte %1 auf dieser Station.</source>
        <translation>Nu există fișa %1 pe această stație.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="116"/>
        <source>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</source>
        <translation>Vă rugăm să indicați un motiv, de ex. „Date personale”.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="121"/>
        <source>Der Grund ist zu lang (höchstens %1 Zeichen).</source>
        <translation>Motivul este prea lung (numărul maxim de caractere: %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="170"/>
        <source>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</source>
        <translation>Fișa %1 este ascunsă și nu poate fi aprobată pentru peretele live.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="177"/>
        <source>Karte %1 ist schon für die Live-Wand freigegeben.</source>
        <translation>Fișa %1 este deja aprobată pentru peretele live.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="205"/>
        <source>Karte %1 ist schon ausgeblendet.</source>
        <translation>Fișa %1 este deja ascunsă.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="209"/>
        <source>Karte %1 ist nicht ausgeblendet.</source>
        <translation>Fișa %1 nu este ascunsă.</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="70"/>
        <source>Bildlaufleiste</source>
        <translation>Bară de derulare</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="98"/>
        <source>Schließen</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>Fișe</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>dintre care pe hârtie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>ascunse</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>Sesiune deschisă la</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="117"/>
        <source>Karten je Frage</source>
        <translation>Fișe pe întrebare</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="126"/>
        <source>Karten je Themenfeld</source>
        <translation>Fișe pe temă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="135"/>
        <source>Karten je Stadtbezirk</source>
        <translation>Fișe pe cartier</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="143"/>
        <source>Karten je Altersgruppe</source>
        <translation>Fișe pe grupă de vârstă</translation>
    </message>
</context>
<context>
    <name>PackageBridge</name>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="207"/>
        <source>Kein Stationspaket installiert: die Station läuft mit „%1“.</source>
        <translation>Niciun pachet de stație instalat: stația funcționează cu „%1”.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="209"/>
        <source>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</source>
        <translation>Instalat: pachetul de stație pentru „%1”, versiunea configurației %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="226"/>
        <source>„%1“ ändert an dieser Station:</source>
        <translation>„%1” modifică la această stație:</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="244"/>
        <source>Nicht übernommen: %1</source>
        <translation>Neaplicat: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="248"/>
        <source>Übernommen: Station „%1“, %2, Konfigurationsversion %3</source>
        <translation>Aplicat: stația „%1”, %2, versiunea configurației %3</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="265"/>
        <source>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</source>
        <translation>Stația întreabă după noua configurație imediat ce ecranul de start apare din nou (după „Înapoi la chioșc”).</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="267"/>
        <source>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>După următoarea pornire, stația pune întrebările din noua configurație: vă rugăm să apăsați „Ieșire din chioșc” și să reporniți stația.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../station_app/package_install.py" line="77"/>
        <source>Veranstaltung</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="78"/>
        <source>Station</source>
        <translation>Stație</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="79"/>
        <source>Sprachen</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="80"/>
        <source>Fragen</source>
        <translation>Întrebări</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="81"/>
        <source>Themen</source>
        <translation>Teme</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="82"/>
        <source>Sammelstelle</source>
        <translation>Centru de colectare</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="83"/>
        <source>Konfigurationsversion</source>
        <translation>Versiunea configurației</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="84"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="85"/>
        <source>%1: %2 (unverändert)</source>
        <translation>%1: %2 (neschimbat)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="86"/>
        <source>%1 hinzugefügt: %2</source>
        <translation>%1 – adăugate: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="87"/>
        <source>%1 entfernt: %2</source>
        <translation>%1 – eliminate: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="88"/>
        <source>%1 umbenannt: %2</source>
        <translation>%1 – redenumite: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="89"/>
        <source>keine</source>
        <translation>lipsă</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <location filename="../../station_app/package_install.py" line="56"/>
        <source>„%1“ ist kein Stationspaket einer Sammelstelle</source>
        <translation>„%1” nu este un pachet de stație al unui centru de colectare</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="58"/>
        <source>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</source>
        <translation>„%1” provine de la un centru de colectare mai nou: vă rugăm să actualizați software-ul stației</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="60"/>
        <source>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Pachetul de stație „%1” este deteriorat: vă rugăm să cereți centrului de colectare unul nou</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="62"/>
        <source>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</source>
        <translation>Pachetul de stație „%1” a fost modificat după creare și nu este aplicat</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="64"/>
        <source>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</source>
        <translation>Configurația din pachetul de stație „%1” nu este validă (setarea „%2”)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="66"/>
        <source>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</source>
        <translation>Pachetul de stație „%1” provine de la alt centru de colectare decât cel la care este înregistrată această stație</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="69"/>
        <source>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Pachetul de stație „%1” aparține stației „%2”, această stație este „%3”</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="71"/>
        <source>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</source>
        <translation>Pachetul de stație „%1” are versiunea %2, această stație are deja versiunea %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="73"/>
        <source>Das Stationspaket ließ sich auf der Station nicht speichern</source>
        <translation>Pachetul de stație nu a putut fi salvat pe stație</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="35"/>
        <source>Einrichtung: Stationspaket für eine Veranstaltung</source>
        <translation>Configurare: pachet de stație pentru un eveniment</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="48"/>
        <source>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</source>
        <translation>Centrul de colectare oferă pachetul de stație (un fișier cu extensia „.station-package”) pe un stick USB. Introduceți stickul, căutați, atingeți fișierul, verificați modificările, aplicați.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="59"/>
        <source>Suche läuft …</source>
        <translation>Căutare în curs …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="60"/>
        <source>USB-Sticks nach Stationspaketen durchsuchen</source>
        <translation>Caută pachete de stație pe stickurile USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="67"/>
        <source>Kein Stationspaket auf einem USB-Stick gefunden.</source>
        <translation>Nu s-a găsit niciun pachet de stație pe stickurile USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="81"/>
        <source>„%1“ von „%2“ prüfen</source>
        <translation>Verifică „%1” din „%2”</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="130"/>
        <source>Übernehmen</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="137"/>
        <source>Abbrechen</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>Ciornă restaurată – această fișă pe hârtie nu este încă salvată.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="96"/>
        <source>Themenfeld</source>
        <translation>Temă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="112"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="125"/>
        <source>Text der Karte</source>
        <translation>Textul fișei</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="122"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>Exact cum este scris pe fișă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="133"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>Cartier (opțional)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="153"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>Grupă de vârstă (opțional)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="179"/>
        <source>Papierkarte speichern</source>
        <translation>Salvează fișa pe hârtie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="187"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>Ultima salvată: %1 – vă rugăm să scrieți codul pe fișa pe hârtie.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Prea multe încercări. Vă rugăm să mai așteptați %1 sec.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>PIN-ul nu este corect. Încercări rămase: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="151"/>
        <source>Moderation</source>
        <translation>Moderare</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>Introduceți PIN-ul</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>PIN-ul trebuie să aibă între 4 și 12 cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>Cele două introduceri diferă. Vă rugăm să alegeți din nou noul PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>PIN-ul nu poate fi salvat acum. Vă rugăm să încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>Alegeți un PIN nou</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>Repetați noul PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="165"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>Pentru această stație nu a fost stabilit încă un PIN. Alegeți acum un PIN de 4 până la 12 cifre; de acum înainte, acesta deschide zona de moderare.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="185"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>Cifre introduse: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="229"/>
        <source>Letzte Ziffer löschen</source>
        <translation>Șterge ultima cifră</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="246"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>PIN bestätigen</source>
        <translation>Confirmă PIN-ul</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>Neue PIN übernehmen</source>
        <translation>Folosește noul PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="262"/>
        <source>Abbrechen</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="19"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Nicio imprimantă de bonuri configurată</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="20"/>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>Imprimanta „%1” nu a fost găsită</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="21"/>
        <source>Drucker „%1“ ist angehalten oder gesperrt</source>
        <translation>Imprimanta „%1” este oprită sau blocată</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="22"/>
        <source>Drucker „%1“ hat den letzten Auftrag abgebrochen</source>
        <translation>Imprimanta „%1” a anulat ultima lucrare</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="24"/>
        <source>Der Drucker nimmt das Papierformat %1 nicht an</source>
        <translation>Imprimanta nu acceptă formatul de hârtie %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="25"/>
        <source>Der Drucker lässt sich nicht öffnen</source>
        <translation>Imprimanta nu poate fi deschisă</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="26"/>
        <source>Der Drucker hat den Auftrag nicht angenommen</source>
        <translation>Imprimanta nu a acceptat lucrarea</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="28"/>
        <source>Die Schrift für den Beleg fehlt auf der Station</source>
        <translation>Fontul pentru bon lipsește de pe stație</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="29"/>
        <source>Keine Karte mit dem Code %1 auf dieser Station</source>
        <translation>Nicio fișă cu codul %1 pe această stație</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="30"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</source>
        <translation>„%1” nu este un cod de fișă (un cod arată așa: K7M-4QX-9TRP)</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="32"/>
        <source>Der Druck wurde durch einen Neustart unterbrochen</source>
        <translation>Imprimarea a fost întreruptă de o repornire</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="34"/>
        <source>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Eroare neașteptată de imprimantă; detaliile se găsesc în jurnalul stației</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="26"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>Imprimarea bonurilor este dezactivată</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="27"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Nicio imprimantă de bonuri configurată</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="28"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>Pregătită – nimic imprimat încă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="29"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>Bonul %1 așteaptă imprimanta</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="30"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>Bonul %1 se imprimă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="31"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>Bonul %1: o nouă încercare</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="32"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>Ultimul imprimat: bonul %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="33"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>Bonul %1 nu a putut fi imprimat</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="46"/>
        <source>Belegdrucker</source>
        <translation>Imprimantă de bonuri</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="61"/>
        <source>Grund: %1</source>
        <translation>Motiv: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>Coada de imprimare: %n bon a eșuat definitiv</numerusform>
            <numerusform>Coada de imprimare: %n bonuri au eșuat definitiv</numerusform>
            <numerusform>Coada de imprimare: %n de bonuri au eșuat definitiv</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="120"/>
        <source>Noch kein Drucker gewählt: bitte unten einen antippen.</source>
        <translation>Nicio imprimantă aleasă încă: vă rugăm să atingeți una mai jos.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="122"/>
        <source>Belege gehen an den Standarddrucker „%1“.</source>
        <translation>Bonurile merg la imprimanta implicită „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="123"/>
        <source>Belege gehen an „%1“.</source>
        <translation>Bonurile merg la „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Suche läuft …</source>
        <translation>Căutare în curs …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Drucker suchen</source>
        <translation>Caută imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="143"/>
        <source>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</source>
        <translation>Nu s-au găsit imprimante. Imprimanta este pornită și conectată?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="157"/>
        <source>%1 (Standarddrucker)</source>
        <translation>%1 (imprimantă implicită)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="159"/>
        <source>%1, gewählt</source>
        <translation>%1, aleasă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="171"/>
        <source>Testseite wird gedruckt …</source>
        <translation>Se imprimă pagina de test …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="172"/>
        <source>Testseite drucken</source>
        <translation>Imprimă o pagină de test</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="95"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>Codul fișei pentru un bon nou</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="102"/>
        <source>Beleg erneut drucken</source>
        <translation>Reimprimă bonul</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>Despre ce doriți să vă spuneți părerea?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Alegeți o întrebare.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="40"/>
        <source>Vorlesen</source>
        <translation>Citește cu voce tare</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="100"/>
        <source>Lautstärke und Sprechtempo</source>
        <translation>Volum și viteza vorbirii</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="25"/>
        <source>ausgewählt</source>
        <translation>selectat</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="26"/>
        <source>nicht ausgewählt</source>
        <translation>neselectat</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="27"/>
        <source>nicht verfügbar</source>
        <translation>indisponibil</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="28"/>
        <source>Schaltfläche</source>
        <translation>buton</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="29"/>
        <source>Eingabefeld</source>
        <translation>câmp de text</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="30"/>
        <source>leer</source>
        <translation>gol</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="31"/>
        <source>Ihr Kartencode lautet:</source>
        <translation>Codul fișei dumneavoastră este:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="32"/>
        <source>%1 wie %2</source>
        <translation>%1 de la %2</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="33"/>
        <source>Ihr Text:</source>
        <translation>Textul dumneavoastră:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="34"/>
        <source>Sie haben noch keinen Text geschrieben.</source>
        <translation>Încă nu ați scris niciun text.</translation>
    </message>
</context>
<context>
    <name>ReadAloudSettings</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="16"/>
        <source>normal</source>
        <translation>normală</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="79"/>
        <source>Lautstärke</source>
        <translation>Volum</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="80"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="81"/>
        <source>Leiser</source>
        <translation>Volum mai mic</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="82"/>
        <source>Lauter</source>
        <translation>Volum mai mare</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="90"/>
        <source>Sprechtempo</source>
        <translation>Viteza vorbirii</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="92"/>
        <source>Langsamer sprechen</source>
        <translation>Vorbește mai rar</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="93"/>
        <source>Schneller sprechen</source>
        <translation>Vorbește mai repede</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="86"/>
        <source>Themenfeld: %1</source>
        <translation>Temă: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Ihr Kartencode</source>
        <translation>Codul fișei dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern.</source>
        <extracomment>Printed under the follow-up address (two lines on 58 mm paper): the code is the only key to the card online.</extracomment>
        <translation>Cod personal: cine îl cunoaște poate retrage sau modifica fișa dumneavoastră.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="93"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d.%m.%Y, ora %H:%M</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="94"/>
        <source>Testseite – %1</source>
        <translation>Pagină de test – %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterBridge</name>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="187"/>
        <source>Belege werden ab jetzt auf „%1“ gedruckt</source>
        <translation>De acum, bonurile se imprimă la „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="254"/>
        <source>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Pagina de test a fost trimisă la imprimanta implicită: vă rugăm să verificați dacă iese.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="257"/>
        <source>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Pagina de test a fost trimisă la „%1”: vă rugăm să verificați dacă iese.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="261"/>
        <source>Testseite nicht gedruckt: %1</source>
        <translation>Pagina de test nu a fost imprimată: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Fișa dumneavoastră – este totul corect?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>Puteți modifica încă orice informație.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>Trimiteți fișa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="73"/>
        <source>Ändern</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="74"/>
        <source>%1 ändern</source>
        <translation>Modificați: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="84"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Fișa dumneavoastră nu a putut fi salvată acum. Datele introduse se păstrează – vă rugăm să încercați din nou imediat sau să vă adresați echipei de la stație.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="85"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Fișa dumneavoastră nu a putut fi salvată în această formă. Vă rugăm să verificați informațiile.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="116"/>
        <source>Frage</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="121"/>
        <source>Themenfeld</source>
        <translation>Temă</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126"/>
        <source>Ihr Text</source>
        <translation>Textul dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="133"/>
        <source>Angaben zu Ihnen</source>
        <translation>Despre dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="139"/>
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="140"/>
        <source>Nein, danke</source>
        <translation>Nu, mulțumesc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="151"/>
        <source>Text vorlesen</source>
        <translation>Citește textul cu voce tare</translation>
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
        <translation>Sesiunea are nevoie de un nume, de ex. „Conferința orașului 28.09 – Stația 1”.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="96"/>
        <source>Der Name ist zu lang (höchstens 200 Zeichen).</source>
        <translation>Numele este prea lung (cel mult 200 de caractere).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="112"/>
        <source>Es ist keine Sitzung offen.</source>
        <translation>Nu este deschisă nicio sesiune.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="47"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>Încă nicio sesiune – prima fișă deschide automat una.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Offene Sitzung: %1</source>
        <translation>Sesiune deschisă: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="50"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>Nicio sesiune deschisă (ultima: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="54"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>Nume, de ex. „Conferința orașului 28.09 – Locuire”</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="69"/>
        <source>Name der Sitzung</source>
        <translation>Numele sesiunii</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Neue Sitzung beginnen</source>
        <translation>Începe o sesiune nouă</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Sitzung öffnen</source>
        <translation>Deschide sesiunea</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="87"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="167"/>
        <source>Sitzung schließen</source>
        <translation>Închide sesiunea</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="94"/>
        <source>Alle Sitzungen</source>
        <translation>Toate sesiunile</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="142"/>
        <source>offen seit %1</source>
        <translation>deschisă de la %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n fișă</numerusform>
            <numerusform>%n fișe</numerusform>
            <numerusform>%n de fișe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="165"/>
        <source>Sitzung schließen?</source>
        <translation>Închideți sesiunea?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="166"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>Fișele noi vor deschide apoi automat o sesiune pentru ziua de azi. Fișele acestei sesiuni se păstrează și pot fi exportate.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="31"/>
        <source>Einrichtung: Anmeldung bei der Sammelstelle</source>
        <translation>Configurare: înregistrare la centrul de colectare</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="44"/>
        <source>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</source>
        <translation>Centrul de colectare oferă fișierul de înregistrare pentru stația „%1” pe un stick USB. Introduceți stickul, căutați, atingeți fișierul.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="56"/>
        <source>Suche läuft …</source>
        <translation>Căutare în curs …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="57"/>
        <source>USB-Sticks durchsuchen</source>
        <translation>Caută pe stickurile USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="64"/>
        <source>Keine Anmeldedatei auf einem USB-Stick gefunden.</source>
        <translation>Nu s-a găsit niciun fișier de înregistrare pe stickurile USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="78"/>
        <source>„%1“ von „%2“ einrichten</source>
        <translation>Configurează „%1” din „%2”</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="21"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Părerea dumneavoastră contează pentru Dortmund.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="319"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Scrieți-vă părerea sau ideea pentru viitorul orașului nostru pe o fișă de participare. Durează doar două-trei minute.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="335"/>
        <source>Mitmachen</source>
        <translation>Participați</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="377"/>
        <source>Sprache</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="418"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Acces pentru echipa de moderare (țineți apăsat trei secunde)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../station_app/storage/cards.py" line="71"/>
        <source>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</source>
        <translation>Spațiul de stocare al stației este plin: fișa nu a fost salvată. Vă rugăm să eliberați spațiu și să încercați din nou.</translation>
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
        <translation>Eroare de sincronizare: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>%n fișă așteaptă</numerusform>
            <numerusform>%n fișe așteaptă</numerusform>
            <numerusform>%n de fișe așteaptă</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="213"/>
        <source>alle Karten übertragen</source>
        <translation>toate fișele au fost transferate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>Transfer parțial: %n fișă, restul nu: %1</numerusform>
            <numerusform>Transfer parțial: %n fișe, restul nu: %1</numerusform>
            <numerusform>Transfer parțial: %n de fișe, restul nu: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="276"/>
        <source>Nicht übertragen: %1</source>
        <translation>Nu s-a transferat: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="278"/>
        <source>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</source>
        <translation>Transferat: nimic nou, centrul de colectare are toate fișele</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="279"/>
        <source>Übertragen: %n Karten</source>
        <translation>
            <numerusform>Transferat: %n fișă</numerusform>
            <numerusform>Transferat: %n fișe</numerusform>
            <numerusform>Transferat: %n de fișe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="214"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>Ultimul transfer: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="217"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>Niciun server de centru de colectare configurat: transfer prin stick USB</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="218"/>
        <source>Noch nicht übertragen</source>
        <translation>Încă netransferat</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="19"/>
        <source>Sammelstelle nicht erreichbar</source>
        <translation>Centrul de colectare nu poate fi contactat</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="20"/>
        <source>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</source>
        <translation>Centrul de colectare are o defecțiune temporară (răspuns %1), urmează o nouă încercare</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="22"/>
        <source>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</source>
        <translation>Răspunsul centrului de colectare nu poate fi citit (pagină de autentificare în rețea?), urmează o nouă încercare</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="24"/>
        <source>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</source>
        <translation>Centrul de colectare a confirmat alt lot, acesta va fi trimis din nou</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="26"/>
        <source>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</source>
        <translation>Centrul de colectare are deja o fișă cu același identificator, dar cu alt conținut</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="28"/>
        <source>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</source>
        <translation>Centrul de colectare nu cunoaște această stație sau cheia ei: vă rugăm să verificați fișierul de înregistrare</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="30"/>
        <source>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</source>
        <translation>Contactele din Mitmachpool sunt criptate pentru alt centru de colectare</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="32"/>
        <source>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</source>
        <translation>Centrul de colectare a respins un lot (răspuns %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="34"/>
        <source>Keine Sammelstelle eingerichtet</source>
        <translation>Niciun centru de colectare configurat</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="35"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet</source>
        <translation>Stația nu este încă înregistrată la niciun centru de colectare</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="37"/>
        <source>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</source>
        <translation>Fișierul de înregistrare aparține stației „%1”, această stație este „%2”</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="39"/>
        <source>Die Anmeldedatei der Station ist beschädigt</source>
        <translation>Fișierul de înregistrare al stației este deteriorat</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="41"/>
        <source>Der Datenträger ist voll</source>
        <translation>Suportul de stocare este plin</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="42"/>
        <source>Der Datenträger ist schreibgeschützt</source>
        <translation>Suportul de stocare este protejat la scriere</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="43"/>
        <source>Der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>Suportul de stocare raportează o eroare de citire sau de scriere</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="45"/>
        <source>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</source>
        <translation>Dosarul nu (mai) există – stickul USB a fost scos?</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="47"/>
        <source>Die Datei ließ sich nicht schreiben</source>
        <translation>Fișierul nu a putut fi scris</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="48"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Eroare neașteptată; detaliile se găsesc în jurnalul stației</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>%n fișier de lot salvat în %1</numerusform>
            <numerusform>%n fișiere de lot salvate în %1</numerusform>
            <numerusform>%n de fișiere de lot salvate în %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="30"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>Lotul nu a fost salvat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="42"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>Transfer către centrul de colectare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>Încă netransferată: %n fișă</numerusform>
            <numerusform>Încă netransferate: %n fișe</numerusform>
            <numerusform>Încă netransferate: %n de fișe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Wird übertragen …</source>
        <translation>Transfer în curs …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Jetzt übertragen</source>
        <translation>Transferă acum</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="86"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>Scrie lotul pe %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="87"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>Nu s-a găsit niciun stick USB</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="21"/>
        <source>Große Schrift</source>
        <translation>Text mare</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119"/>
        <source>Vielen Dank!</source>
        <translation>Vă mulțumim!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Fișa dumneavoastră a fost salvată și va fi inclusă în Stadtgespräch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="139"/>
        <source>Ihr Kartencode</source>
        <translation>Codul fișei dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="154"/>
        <source>Ihr Kartencode: %1</source>
        <translation>Codul fișei dumneavoastră: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="163"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Bonul dumneavoastră se imprimă …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="164"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Vă rugăm să luați bonul cu dumneavoastră.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>Din păcate, bonul nu a putut fi imprimat. Vă rugăm să vă notați codul fișei.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="166"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Vă rugăm să vă notați codul fișei sau să fotografiați codul QR.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="186"/>
        <source>Noch eine Karte</source>
        <translation>Încă o fișă</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="192"/>
        <source>Fertig</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="198"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>Acest ecran se închide singur după scurt timp.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="231"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>Cod QR către fișa dumneavoastră pe internet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="236"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Scanați codul: așa vă puteți regăsi fișa mai târziu online.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>În ce temă se încadrează fișa dumneavoastră?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>Întrebarea dumneavoastră: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="56"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Subiectul dumneavoastră nu se încadrează în niciuna dintre teme</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>Temă: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="83"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>Textul dumneavoastră la întrebarea: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="110"/>
        <source>Text vorlesen</source>
        <translation>Citește textul cu voce tare</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="117"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Vă rugăm să vă scurtați puțin textul.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="127"/>
        <source>%1 von %2 Zeichen</source>
        <translation>Caractere: %1 din %2</translation>
    </message>
</context>
</TS>
