<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>Dzielnica: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>Wiek: %1</translation>
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
        <translation>Tekst zawiera niedozwolone znaki.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="52"/>
        <source>Der Text ist leer: bitte ein paar Worte schreiben.</source>
        <translation>Tekst jest pusty: proszę napisać kilka słów.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="57"/>
        <source>Der Text ist zu lang (%1 Zeichen, höchstens %2).</source>
        <translation>Tekst jest za długi (liczba znaków: %1, maksymalnie %2).</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="37"/>
        <source>Text oder Kartencode</source>
        <translation>Tekst lub kod karty</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="38"/>
        <source>Karten suchen: Text oder Kartencode</source>
        <translation>Szukaj kart: tekst lub kod karty</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="44"/>
        <source>Suchen</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="51"/>
        <source>Alle</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Keine Karte gefunden.</source>
        <translation>Nie znaleziono żadnej karty.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>W tej sesji nie ma jeszcze kart.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n karty, od najnowszych</numerusform>
            <numerusform>%n kart, od najnowszych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="135"/>
        <source>Ausgeblendet: %1</source>
        <translation>Ukryta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="149"/>
        <source>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</source>
        <translation>Ukrytych kart nie można zatwierdzić na ścianę na żywo.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="150"/>
        <source>Live-Wand: freigegeben</source>
        <translation>Ściana na żywo: zatwierdzona</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Wieder zeigen</source>
        <translation>Pokaż ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Ausblenden</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="186"/>
        <source>Für die Live-Wand freigeben</source>
        <translation>Zatwierdź na ścianę na żywo</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>Czy możemy zaprosić Państwa ponownie?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>Dobrowolnie: w ramach Mitmachpool miasto zaprasza Państwa e-mailem do udziału w kolejnych konsultacjach. Państwa adres jest szyfrowany i przechowywany oddzielnie od karty.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="71"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Państwa adres e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="62"/>
        <source>name@beispiel.de</source>
        <translation>imie@przyklad.pl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="103"/>
        <source>„%1“ einfügen</source>
        <translation>Wstaw „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="182"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Prosimy sprawdzić adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="183"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Prosimy zaznaczyć pole – lub pominąć ten krok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="197"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>Przeczytaj informację o ochronie danych</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="208"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>Informacja o ochronie danych w Mitmachpool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Czy chcą Państwo powiedzieć coś o sobie?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>Dobrowolnie – pomaga nam to lepiej zrozumieć wyniki.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>W której dzielnicy Państwo mieszkają?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="71"/>
        <source>Wie alt sind Sie?</source>
        <translation>Ile mają Państwo lat?</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="192"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet.</source>
        <translation>Stacja nie jest jeszcze zarejestrowana w żadnym punkcie zbiorczym.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="195"/>
        <source>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</source>
        <translation>Zarejestrowana jako „%1”, bez adresu punktu zbiorczego (tylko pamięć USB)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="197"/>
        <source>Angemeldet als „%1“ bei %2</source>
        <translation>Zarejestrowana jako „%1” w %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="212"/>
        <source>Nicht eingerichtet: %1</source>
        <translation>Nie skonfigurowano: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="216"/>
        <source>keine (nur USB-Stick)</source>
        <translation>brak (tylko pamięć USB)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="217"/>
        <source>Eingerichtet: Station „%1“, Sammelstelle %2</source>
        <translation>Skonfigurowano: stacja „%1”, punkt zbiorczy %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="226"/>
        <source>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</source>
        <translation>Mitmachpool szyfruje dane kontaktowe dla tego punktu zbiorczego.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="228"/>
        <source>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Mitmachpool zacznie działać dla tego punktu zbiorczego dopiero po ponownym uruchomieniu: proszę nacisnąć „Wyjdź z kiosku” i ponownie uruchomić stację.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="231"/>
        <source>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</source>
        <translation>Uwaga: konfiguracja wskazuje klucz innego punktu zbiorczego (contact.collector_public_key). Ten punkt zbiorczy nie mógłby otworzyć kontaktów z Mitmachpool: proszę usunąć to ustawienie.</translation>
    </message>
</context>
<context>
    <name>EnrolmentProblem</name>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="31"/>
        <source>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</source>
        <translation>Nie można odczytać „%1” – czy pamięć USB jest nadal podłączona?</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="33"/>
        <source>„%1“ ist keine Anmeldedatei einer Sammelstelle</source>
        <translation>„%1” nie jest plikiem rejestracyjnym punktu zbiorczego</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="35"/>
        <source>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Plik rejestracyjny „%1” jest uszkodzony: proszę poprosić punkt zbiorczy o nowy plik</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="37"/>
        <source>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Plik rejestracyjny „%1” należy do stacji „%2”, a ta stacja to „%3”</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="39"/>
        <source>Die Anmeldung ließ sich auf der Station nicht speichern</source>
        <translation>Nie udało się zapisać rejestracji na stacji</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="78"/>
        <source>USB-Stick „%1“</source>
        <translation>Pamięć USB „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="79"/>
        <source>Datenordner der Station</source>
        <translation>Folder danych stacji</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="86"/>
        <source>%1 GB frei</source>
        <translation>%1 GB wolnego miejsca</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="87"/>
        <source>%1 MB frei</source>
        <translation>%1 MB wolnego miejsca</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="104"/>
        <source>Es läuft schon ein Export.</source>
        <translation>Eksport już trwa.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="107"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>Proszę wybrać format i miejsce zapisu.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n kartę</numerusform>
            <numerusform>%n karty</numerusform>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (bez ukrytych: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> zapisano w
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Nie zapisano: %1</translation>
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
        <translation>CSV (Excel, średnik)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (wszystkie pola)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>Bieżąca sesja</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>Wszystkie sesje</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>Miejsce zapisu</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>Ponownie wyszukaj pamięć USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>Trwa eksport …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>Ukryte karty i dane kontaktowe z Mitmachpool nigdy nie są eksportowane.</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <location filename="../../station_app/export/common.py" line="73"/>
        <source>Es gibt noch keine Sitzung, also nichts zu exportieren.</source>
        <translation>Nie ma jeszcze żadnej sesji, więc nie ma czego eksportować.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="17"/>
        <source>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</source>
        <translation>Pamięć jest pełna: nie zapisano %1. Proszę zwolnić miejsce lub użyć innej pamięci USB.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="20"/>
        <source>Hier darf nicht geschrieben werden (schreibgeschützt): %1</source>
        <translation>Nie można tu zapisywać (tylko do odczytu): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="22"/>
        <source>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</source>
        <translation>Pamięć USB zgłasza błąd (odłączona lub uszkodzona?): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="24"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 jest folderem, a nie plikiem.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="25"/>
        <source>%1 ist keine gewöhnliche Datei.</source>
        <translation>%1 nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="26"/>
        <source>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</source>
        <translation>Folder %1 nie istnieje (odłączono pamięć USB?).</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="28"/>
        <source>%1 konnte nicht geschrieben werden.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="162"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>Baza danych stacji była uszkodzona i została zachowana osobno jako „%1”. Nowe karty są zapisywane w nowej bazie danych. Proszę zrobić kopię starego pliku i zgłosić sprawę punktowi zbiorczemu.</translation>
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
        <translation>Otwarto sesję „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="280"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>Zamknięto sesję „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="290"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>Ukryto kartę %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="295"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>Karta %1 znów jest widoczna</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="302"/>
        <source>Karte %1 für die Live-Wand freigegeben</source>
        <translation>Karta %1 zatwierdzona na ścianę na żywo</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="322"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>Zapisano kartę papierową: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="65"/>
        <source>Export gespeichert: %1</source>
        <translation>Zapisano eksport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="70"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Eksport nie powiódł się: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="117"/>
        <source>Moderation</source>
        <translation>Moderacja</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="130"/>
        <source>Sitzung: %1</source>
        <translation>Sesja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>Ostatnia sesja (zamknięta): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="133"/>
        <source>Noch keine Sitzung</source>
        <translation>Nie ma jeszcze sesji</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="145"/>
        <source>Zurück zum Kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="152"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="263"/>
        <source>Kiosk verlassen</source>
        <translation>Wyjdź z kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="191"/>
        <source>Überblick</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="192"/>
        <source>Karten</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="193"/>
        <source>Sitzungen</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="194"/>
        <source>Papierkarte erfassen</source>
        <translation>Karta papierowa</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="195"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="196"/>
        <source>Drucker &amp; Sync</source>
        <translation>Drukarka i synchr.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="261"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>Na pewno wyjść z kiosku?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="262"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>Stacja nie będzie potem przyjmować kart, dopóki nie zostanie ponownie uruchomiona.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="24"/>
        <source>Weiter</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="314"/>
        <source>Schritt %1 von %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="143"/>
        <location filename="../../ui/screens/StartScreen.qml" line="102"/>
        <source>Bildlaufleiste</source>
        <translation>Pasek przewijania</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="225"/>
        <source>Zurück</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="91"/>
        <source>Karte %1 ausblenden</source>
        <translation>Ukryj kartę %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="112"/>
        <source>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</source>
        <translation>Karta jest zatwierdzona na ścianę na żywo. Po ukryciu zniknie również ze ściany.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="120"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>Karta nie zostanie usunięta. Nie będzie uwzględniana w zliczeniach ani w eksporcie, dopóki nie zostanie ponownie pokazana. Powód:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="148"/>
        <source>Anderer Grund</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="159"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="166"/>
        <source>Ausblenden</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Persönliche Daten</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>Obraźliwe lub dyskryminujące</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="40"/>
        <source>Werbung</source>
        <translation>Reklama</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="41"/>
        <source>Doppelt</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="42"/>
        <source>Testkarte</source>
        <translation>Karta testowa</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="57"/>
        <source>Sind Sie noch da?</source>
        <translation>Czy są Państwo jeszcze tutaj?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="70"/>
        <source>%1 Sekunden</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="84"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>Potem menu moderacji zostanie zablokowane. Rozpoczęta karta papierowa zostanie zachowana jako wersja robocza. Proszę dotknąć ekranu w dowolnym miejscu, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="85"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>Potem Państwa karta zostanie usunięta, aby następna osoba mogła zacząć. Prosimy dotknąć ekranu w dowolnym miejscu, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="95"/>
        <source>Ich bin noch da</source>
        <translation>Nadal tu jestem</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../station_app/intake.py" line="29"/>
        <source>Bitte eine Frage wählen.</source>
        <translation>Proszę wybrać pytanie.</translation>
    </message>
    <message>
        <location filename="../../station_app/intake.py" line="30"/>
        <source>Bitte ein Themenfeld wählen.</source>
        <translation>Proszę wybrać temat.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../station_app/qml/jobs.py" line="23"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</source>
        <translation>Nieoczekiwany błąd, szczegóły są w dzienniku stacji.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="24"/>
        <source>Anderes Thema</source>
        <translation>Inny temat</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>keine Angabe</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="27"/>
        <source>Station (Touchscreen)</source>
        <translation>Stacja (ekran dotykowy)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="28"/>
        <source>Papierkarte</source>
        <translation>Karta papierowa</translation>
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
        <translation>„%1” nie jest kodem karty (tak wygląda kod: K7M-4QX-9TRP).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="105"/>
        <source>Keine Karte %1 auf dieser Station.</source>
        <translation>Na tej stacji nie ma karty %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="116"/>
        <source>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</source>
        <translation>Proszę podać powód, np. „Dane osobowe”.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="121"/>
        <source>Der Grund ist zu lang (höchstens %1 Zeichen).</source>
        <translation>Powód jest za długi (limit znaków: %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="170"/>
        <source>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</source>
        <translation>Karta %1 jest ukryta i nie można jej zatwierdzić na ścianę na żywo.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="177"/>
        <source>Karte %1 ist schon für die Live-Wand freigegeben.</source>
        <translation>Karta %1 jest już zatwierdzona na ścianę na żywo.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="205"/>
        <source>Karte %1 ist schon ausgeblendet.</source>
        <translation>Karta %1 jest już ukryta.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="209"/>
        <source>Karte %1 ist nicht ausgeblendet.</source>
        <translation>Karta %1 nie jest ukryta.</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="70"/>
        <source>Bildlaufleiste</source>
        <translation>Pasek przewijania</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="98"/>
        <source>Schließen</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>w tym papierowe</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>Sesja od</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="117"/>
        <source>Karten je Frage</source>
        <translation>Karty według pytań</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="126"/>
        <source>Karten je Themenfeld</source>
        <translation>Karty według tematów</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="135"/>
        <source>Karten je Stadtbezirk</source>
        <translation>Karty według dzielnic</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="143"/>
        <source>Karten je Altersgruppe</source>
        <translation>Karty według grup wiekowych</translation>
    </message>
</context>
<context>
    <name>PackageBridge</name>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="207"/>
        <source>Kein Stationspaket installiert: die Station läuft mit „%1“.</source>
        <translation>Nie zainstalowano pakietu stacji: stacja korzysta z „%1”.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="209"/>
        <source>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</source>
        <translation>Zainstalowano: pakiet stacji dla „%1”, wersja konfiguracji %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="226"/>
        <source>„%1“ ändert an dieser Station:</source>
        <translation>„%1” zmienia na tej stacji:</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="244"/>
        <source>Nicht übernommen: %1</source>
        <translation>Nie zastosowano: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="248"/>
        <source>Übernommen: Station „%1“, %2, Konfigurationsversion %3</source>
        <translation>Zastosowano: stacja „%1”, %2, wersja konfiguracji %3</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="265"/>
        <source>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</source>
        <translation>Stacja pyta według nowej konfiguracji, gdy tylko znów pojawi się ekran startowy (po „Wróć do kiosku”).</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="267"/>
        <source>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Po następnym uruchomieniu stacja zada pytania z nowej konfiguracji: proszę nacisnąć „Wyjdź z kiosku” i ponownie uruchomić stację.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../station_app/package_install.py" line="77"/>
        <source>Veranstaltung</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="78"/>
        <source>Station</source>
        <translation>Stacja</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="79"/>
        <source>Sprachen</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="80"/>
        <source>Fragen</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="81"/>
        <source>Themen</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="82"/>
        <source>Sammelstelle</source>
        <translation>Punkt zbiorczy</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="83"/>
        <source>Konfigurationsversion</source>
        <translation>Wersja konfiguracji</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="84"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="85"/>
        <source>%1: %2 (unverändert)</source>
        <translation>%1: %2 (bez zmian)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="86"/>
        <source>%1 hinzugefügt: %2</source>
        <translation>%1 – dodano: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="87"/>
        <source>%1 entfernt: %2</source>
        <translation>%1 – usunięto: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="88"/>
        <source>%1 umbenannt: %2</source>
        <translation>%1 – zmieniono nazwę: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="89"/>
        <source>keine</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <location filename="../../station_app/package_install.py" line="56"/>
        <source>„%1“ ist kein Stationspaket einer Sammelstelle</source>
        <translation>„%1” nie jest pakietem stacji punktu zbiorczego</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="58"/>
        <source>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</source>
        <translation>„%1” pochodzi z nowszego punktu zbiorczego: proszę zaktualizować oprogramowanie stacji</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="60"/>
        <source>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Pakiet stacji „%1” jest uszkodzony: proszę poprosić punkt zbiorczy o nowy pakiet</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="62"/>
        <source>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</source>
        <translation>Pakiet stacji „%1” został zmieniony po utworzeniu i nie zostanie zastosowany</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="64"/>
        <source>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</source>
        <translation>Konfiguracja w pakiecie stacji „%1” jest nieprawidłowa (ustawienie „%2”)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="66"/>
        <source>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</source>
        <translation>Pakiet stacji „%1” pochodzi z innego punktu zbiorczego niż ten, w którym zarejestrowana jest ta stacja</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="69"/>
        <source>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Pakiet stacji „%1” należy do stacji „%2”, a ta stacja to „%3”</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="71"/>
        <source>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</source>
        <translation>Pakiet stacji „%1” ma wersję %2, a ta stacja ma już wersję %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="73"/>
        <source>Das Stationspaket ließ sich auf der Station nicht speichern</source>
        <translation>Nie udało się zapisać pakietu stacji na stacji</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="35"/>
        <source>Einrichtung: Stationspaket für eine Veranstaltung</source>
        <translation>Konfiguracja: pakiet stacji na wydarzenie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="48"/>
        <source>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</source>
        <translation>Punkt zbiorczy przekazuje pakiet stacji (plik z rozszerzeniem „.station-package”) na pamięci USB. Proszę podłączyć pamięć, wyszukać plik, dotknąć go, sprawdzić zmiany i je zastosować.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="59"/>
        <source>Suche läuft …</source>
        <translation>Wyszukiwanie …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="60"/>
        <source>USB-Sticks nach Stationspaketen durchsuchen</source>
        <translation>Szukaj pakietów stacji na pamięciach USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="67"/>
        <source>Kein Stationspaket auf einem USB-Stick gefunden.</source>
        <translation>Nie znaleziono pakietu stacji na żadnej pamięci USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="81"/>
        <source>„%1“ von „%2“ prüfen</source>
        <translation>Sprawdź: „%1” z „%2”</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="130"/>
        <source>Übernehmen</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="137"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>Przywrócono wersję roboczą – ta karta papierowa nie jest jeszcze zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="96"/>
        <source>Themenfeld</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="112"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="125"/>
        <source>Text der Karte</source>
        <translation>Tekst karty</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="122"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>Dokładnie tak, jak napisano na karcie</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="133"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>Dzielnica (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="153"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>Grupa wiekowa (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="179"/>
        <source>Papierkarte speichern</source>
        <translation>Zapisz kartę papierową</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="187"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>Ostatnio zapisana: %1 – proszę wpisać kod na karcie papierowej.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Zbyt wiele prób. Proszę poczekać %1 s.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>Nieprawidłowy PIN. Pozostałe próby: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="151"/>
        <source>Moderation</source>
        <translation>Moderacja</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>Wprowadź PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>PIN musi mieć od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>Oba wpisy się różnią. Proszę ponownie wybrać nowy PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>Nie można teraz zapisać PIN-u. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>Wybierz nowy PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>Powtórz nowy PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="165"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>Dla tej stacji nie ustalono jeszcze PIN-u. Proszę teraz wybrać PIN złożony z 4 do 12 cyfr; odtąd będzie on otwierał moderację.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="185"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>Wprowadzone cyfry: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="229"/>
        <source>Letzte Ziffer löschen</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="246"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>PIN bestätigen</source>
        <translation>Potwierdź PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>Neue PIN übernehmen</source>
        <translation>Użyj nowego PIN-u</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="262"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="19"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Nie skonfigurowano drukarki potwierdzeń</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="20"/>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>Nie znaleziono drukarki „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="21"/>
        <source>Drucker „%1“ ist angehalten oder gesperrt</source>
        <translation>Drukarka „%1” jest wstrzymana lub zablokowana</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="22"/>
        <source>Drucker „%1“ hat den letzten Auftrag abgebrochen</source>
        <translation>Drukarka „%1” przerwała ostatnie zadanie</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="24"/>
        <source>Der Drucker nimmt das Papierformat %1 nicht an</source>
        <translation>Drukarka nie obsługuje formatu papieru %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="25"/>
        <source>Der Drucker lässt sich nicht öffnen</source>
        <translation>Nie można otworzyć drukarki</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="26"/>
        <source>Der Drucker hat den Auftrag nicht angenommen</source>
        <translation>Drukarka nie przyjęła zadania</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="28"/>
        <source>Die Schrift für den Beleg fehlt auf der Station</source>
        <translation>Na stacji brakuje czcionki do potwierdzeń</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="29"/>
        <source>Keine Karte mit dem Code %1 auf dieser Station</source>
        <translation>Na tej stacji nie ma karty o kodzie %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="30"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</source>
        <translation>„%1” nie jest kodem karty (tak wygląda kod: K7M-4QX-9TRP)</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="32"/>
        <source>Der Druck wurde durch einen Neustart unterbrochen</source>
        <translation>Drukowanie zostało przerwane przez ponowne uruchomienie</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="34"/>
        <source>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Nieoczekiwany błąd drukarki, szczegóły są w dzienniku stacji</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="26"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>Drukowanie potwierdzeń jest wyłączone</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="27"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Nie skonfigurowano drukarki potwierdzeń</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="28"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>Gotowa – jeszcze nic nie wydrukowano</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="29"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>Potwierdzenie %1 czeka na drukarkę</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="30"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>Drukowanie potwierdzenia %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="31"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>Potwierdzenie %1: kolejna próba</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="32"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>Ostatnio wydrukowano: potwierdzenie %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="33"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>Nie udało się wydrukować potwierdzenia %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="46"/>
        <source>Belegdrucker</source>
        <translation>Drukarka potwierdzeń</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="61"/>
        <source>Grund: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>Kolejka wydruku: ostatecznie nie wydrukowano %n potwierdzenia</numerusform>
            <numerusform>Kolejka wydruku: ostatecznie nie wydrukowano %n potwierdzeń</numerusform>
            <numerusform>Kolejka wydruku: ostatecznie nie wydrukowano %n potwierdzeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="120"/>
        <source>Noch kein Drucker gewählt: bitte unten einen antippen.</source>
        <translation>Nie wybrano jeszcze drukarki: proszę dotknąć jednej z poniższych.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="122"/>
        <source>Belege gehen an den Standarddrucker „%1“.</source>
        <translation>Potwierdzenia trafiają do drukarki domyślnej „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="123"/>
        <source>Belege gehen an „%1“.</source>
        <translation>Potwierdzenia trafiają do drukarki „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Suche läuft …</source>
        <translation>Wyszukiwanie …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Drucker suchen</source>
        <translation>Szukaj drukarek</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="143"/>
        <source>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</source>
        <translation>Nie znaleziono drukarek. Czy drukarka jest włączona i podłączona?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="157"/>
        <source>%1 (Standarddrucker)</source>
        <translation>%1 (drukarka domyślna)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="159"/>
        <source>%1, gewählt</source>
        <translation>%1, wybrana</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="171"/>
        <source>Testseite wird gedruckt …</source>
        <translation>Drukowanie strony testowej …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="172"/>
        <source>Testseite drucken</source>
        <translation>Drukuj stronę testową</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="95"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>Kod karty dla nowego potwierdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="102"/>
        <source>Beleg erneut drucken</source>
        <translation>Wydrukuj potwierdzenie ponownie</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>W jakiej sprawie chcą Państwo zabrać głos?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Prosimy wybrać pytanie.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="40"/>
        <source>Vorlesen</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="100"/>
        <source>Lautstärke und Sprechtempo</source>
        <translation>Głośność i tempo mowy</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="25"/>
        <source>ausgewählt</source>
        <translation>zaznaczone</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="26"/>
        <source>nicht ausgewählt</source>
        <translation>niezaznaczone</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="27"/>
        <source>nicht verfügbar</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="28"/>
        <source>Schaltfläche</source>
        <translation>przycisk</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="29"/>
        <source>Eingabefeld</source>
        <translation>pole tekstowe</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="30"/>
        <source>leer</source>
        <translation>puste</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="31"/>
        <source>Ihr Kartencode lautet:</source>
        <translation>Kod Państwa karty to:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="32"/>
        <source>%1 wie %2</source>
        <translation>%1 jak %2</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="33"/>
        <source>Ihr Text:</source>
        <translation>Państwa tekst:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="34"/>
        <source>Sie haben noch keinen Text geschrieben.</source>
        <translation>Nie napisali Państwo jeszcze żadnego tekstu.</translation>
    </message>
</context>
<context>
    <name>ReadAloudSettings</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="16"/>
        <source>normal</source>
        <translation>normalne</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="79"/>
        <source>Lautstärke</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="80"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="81"/>
        <source>Leiser</source>
        <translation>Ciszej</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="82"/>
        <source>Lauter</source>
        <translation>Głośniej</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="90"/>
        <source>Sprechtempo</source>
        <translation>Tempo mowy</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="92"/>
        <source>Langsamer sprechen</source>
        <translation>Mów wolniej</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="93"/>
        <source>Schneller sprechen</source>
        <translation>Mów szybciej</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="86"/>
        <source>Themenfeld: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Ihr Kartencode</source>
        <translation>Kod Państwa karty</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern.</source>
        <extracomment>Printed under the follow-up address (two lines on 58 mm paper): the code is the only key to the card online.</extracomment>
        <translation>Kod osobisty: kto go zna, może wycofać lub zmienić Państwa kartę.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="93"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d.%m.%Y, %H:%M</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="94"/>
        <source>Testseite – %1</source>
        <translation>Strona testowa – %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterBridge</name>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="187"/>
        <source>Belege werden ab jetzt auf „%1“ gedruckt</source>
        <translation>Od teraz potwierdzenia są drukowane na drukarce „%1”</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="254"/>
        <source>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Wysłano stronę testową do drukarki domyślnej: proszę sprawdzić, czy się wydrukuje.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="257"/>
        <source>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Wysłano stronę testową do drukarki „%1”: proszę sprawdzić, czy się wydrukuje.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="261"/>
        <source>Testseite nicht gedruckt: %1</source>
        <translation>Nie wydrukowano strony testowej: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Państwa karta – czy wszystko się zgadza?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>Każdą odpowiedź można jeszcze zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>Wyślij kartę</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="73"/>
        <source>Ändern</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="74"/>
        <source>%1 ändern</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="84"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Nie udało się teraz zapisać Państwa karty. Wpisane dane nie zginą – prosimy spróbować ponownie za chwilę lub zwrócić się do zespołu przy stacji.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="85"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Nie udało się zapisać karty w tej postaci. Prosimy sprawdzić swoje odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="116"/>
        <source>Frage</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="121"/>
        <source>Themenfeld</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126"/>
        <source>Ihr Text</source>
        <translation>Państwa tekst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="133"/>
        <source>Angaben zu Ihnen</source>
        <translation>Informacje o Państwu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="139"/>
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="140"/>
        <source>Nein, danke</source>
        <translation>Nie, dziękuję</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="151"/>
        <source>Text vorlesen</source>
        <translation>Przeczytaj tekst na głos</translation>
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
        <translation>Sesja musi mieć nazwę, np. „Konferencja miejska 28.09 – Stacja 1”.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="96"/>
        <source>Der Name ist zu lang (höchstens 200 Zeichen).</source>
        <translation>Nazwa jest za długa (maksymalnie 200 znaków).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="112"/>
        <source>Es ist keine Sitzung offen.</source>
        <translation>Żadna sesja nie jest otwarta.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="47"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>Nie ma jeszcze sesji – pierwsza karta otworzy ją automatycznie.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Offene Sitzung: %1</source>
        <translation>Otwarta sesja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="50"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>Brak otwartej sesji (ostatnia: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="54"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>Nazwa, np. „Konferencja miejska 28.09 – Mieszkalnictwo”</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="69"/>
        <source>Name der Sitzung</source>
        <translation>Nazwa sesji</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Neue Sitzung beginnen</source>
        <translation>Rozpocznij nową sesję</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Sitzung öffnen</source>
        <translation>Otwórz sesję</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="87"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="167"/>
        <source>Sitzung schließen</source>
        <translation>Zamknij sesję</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="94"/>
        <source>Alle Sitzungen</source>
        <translation>Wszystkie sesje</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="142"/>
        <source>offen seit %1</source>
        <translation>otwarta od %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n karty</numerusform>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="165"/>
        <source>Sitzung schließen?</source>
        <translation>Zamknąć sesję?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="166"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>Nowe karty otworzą wtedy automatycznie sesję na dziś. Karty z tej sesji zostaną zachowane i nadal można je eksportować.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="31"/>
        <source>Einrichtung: Anmeldung bei der Sammelstelle</source>
        <translation>Konfiguracja: rejestracja w punkcie zbiorczym</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="44"/>
        <source>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</source>
        <translation>Punkt zbiorczy przekazuje plik rejestracyjny dla stacji „%1” na pamięci USB. Proszę podłączyć pamięć, wyszukać plik i go dotknąć.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="56"/>
        <source>Suche läuft …</source>
        <translation>Wyszukiwanie …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="57"/>
        <source>USB-Sticks durchsuchen</source>
        <translation>Przeszukaj pamięci USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="64"/>
        <source>Keine Anmeldedatei auf einem USB-Stick gefunden.</source>
        <translation>Nie znaleziono pliku rejestracyjnego na żadnej pamięci USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="78"/>
        <source>„%1“ von „%2“ einrichten</source>
        <translation>Skonfiguruj: „%1” z „%2”</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="21"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Dla Dortmundu liczy się Państwa zdanie.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="319"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Zapraszamy do zapisania swojej opinii lub pomysłu na przyszłość naszego miasta na karcie konsultacyjnej. Zajmie to tylko dwie, trzy minuty.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="335"/>
        <source>Mitmachen</source>
        <translation>Wezmę udział</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="377"/>
        <source>Sprache</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="418"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Dostęp dla zespołu moderatorów (przytrzymać przez trzy sekundy)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../station_app/storage/cards.py" line="71"/>
        <source>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</source>
        <translation>Pamięć stacji jest pełna: karta nie została zapisana. Proszę zwolnić miejsce i spróbować ponownie.</translation>
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
        <translation>Błąd synchronizacji: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>%n karta czeka</numerusform>
            <numerusform>%n karty czekają</numerusform>
            <numerusform>%n kart czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="213"/>
        <source>alle Karten übertragen</source>
        <translation>wszystkie karty przesłane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>Przesłano częściowo: %n kartę, reszty nie: %1</numerusform>
            <numerusform>Przesłano częściowo: %n karty, reszty nie: %1</numerusform>
            <numerusform>Przesłano częściowo: %n kart, reszty nie: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="276"/>
        <source>Nicht übertragen: %1</source>
        <translation>Nie przesłano: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="278"/>
        <source>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</source>
        <translation>Przesłano: nic nowego, punkt zbiorczy ma wszystkie karty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="279"/>
        <source>Übertragen: %n Karten</source>
        <translation>
            <numerusform>Przesłano: %n kartę</numerusform>
            <numerusform>Przesłano: %n karty</numerusform>
            <numerusform>Przesłano: %n kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="214"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>Ostatnio przesłano: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="217"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>Nie skonfigurowano serwera punktu zbiorczego: przesyłanie przez pamięć USB</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="218"/>
        <source>Noch nicht übertragen</source>
        <translation>Jeszcze nie przesłano</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="19"/>
        <source>Sammelstelle nicht erreichbar</source>
        <translation>Punkt zbiorczy jest nieosiągalny</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="20"/>
        <source>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</source>
        <translation>Punkt zbiorczy chwilowo nie działa (odpowiedź %1), nastąpi kolejna próba</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="22"/>
        <source>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</source>
        <translation>Nieczytelna odpowiedź punktu zbiorczego (strona logowania w sieci?), nastąpi kolejna próba</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="24"/>
        <source>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</source>
        <translation>Punkt zbiorczy potwierdził inną paczkę, zostanie ona wysłana ponownie</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="26"/>
        <source>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</source>
        <translation>Punkt zbiorczy ma już kartę o tym samym identyfikatorze, ale innej treści</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="28"/>
        <source>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</source>
        <translation>Punkt zbiorczy nie zna tej stacji lub jej klucza: proszę sprawdzić plik rejestracyjny</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="30"/>
        <source>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</source>
        <translation>Kontakty z Mitmachpool są zaszyfrowane dla innego punktu zbiorczego</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="32"/>
        <source>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</source>
        <translation>Punkt zbiorczy odrzucił paczkę (odpowiedź %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="34"/>
        <source>Keine Sammelstelle eingerichtet</source>
        <translation>Nie skonfigurowano punktu zbiorczego</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="35"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet</source>
        <translation>Stacja nie jest jeszcze zarejestrowana w żadnym punkcie zbiorczym</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="37"/>
        <source>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</source>
        <translation>Plik rejestracyjny należy do stacji „%1”, a ta stacja to „%2”</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="39"/>
        <source>Die Anmeldedatei der Station ist beschädigt</source>
        <translation>Plik rejestracyjny stacji jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="41"/>
        <source>Der Datenträger ist voll</source>
        <translation>Nośnik danych jest pełny</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="42"/>
        <source>Der Datenträger ist schreibgeschützt</source>
        <translation>Nośnik danych jest chroniony przed zapisem</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="43"/>
        <source>Der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>Nośnik danych zgłasza błąd odczytu lub zapisu</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="45"/>
        <source>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</source>
        <translation>Folderu nie ma (już) – odłączono pamięć USB?</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="47"/>
        <source>Die Datei ließ sich nicht schreiben</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="48"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Nieoczekiwany błąd, szczegóły są w dzienniku stacji</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>Zapisano %n plik paczki w %1</numerusform>
            <numerusform>Zapisano %n pliki paczek w %1</numerusform>
            <numerusform>Zapisano %n plików paczek w %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="30"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>Nie zapisano paczki: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="42"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>Przesyłanie do punktu zbiorczego</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>Jeszcze nie przesłano: %n karta</numerusform>
            <numerusform>Jeszcze nie przesłano: %n karty</numerusform>
            <numerusform>Jeszcze nie przesłano: %n kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Wird übertragen …</source>
        <translation>Przesyłanie …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Jetzt übertragen</source>
        <translation>Prześlij teraz</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="86"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>Zapisz paczkę na %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="87"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>Nie znaleziono pamięci USB</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="21"/>
        <source>Große Schrift</source>
        <translation>Duża czcionka</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119"/>
        <source>Vielen Dank!</source>
        <translation>Dziękujemy!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Państwa karta została zapisana i zostanie uwzględniona w Stadtgespräch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="139"/>
        <source>Ihr Kartencode</source>
        <translation>Kod Państwa karty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="154"/>
        <source>Ihr Kartencode: %1</source>
        <translation>Kod Państwa karty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="163"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Trwa drukowanie potwierdzenia …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="164"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Prosimy zabrać potwierdzenie.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>Niestety nie udało się wydrukować potwierdzenia. Prosimy zanotować kod karty.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="166"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Prosimy zanotować kod karty lub zrobić zdjęcie kodu QR.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="186"/>
        <source>Noch eine Karte</source>
        <translation>Kolejna karta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="192"/>
        <source>Fertig</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="198"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>Ten ekran zamknie się samoczynnie po krótkiej chwili.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="231"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>Kod QR prowadzący do Państwa karty w internecie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="236"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Prosimy zeskanować kod: dzięki temu można później odnaleźć kartę w internecie.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>Do jakiego tematu pasuje Państwa karta?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>Państwa pytanie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="56"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Ta sprawa nie pasuje do żadnego z tematów</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="83"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>Państwa tekst do pytania: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="110"/>
        <source>Text vorlesen</source>
        <translation>Przeczytaj tekst na głos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="117"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Prosimy nieco skrócić tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="127"/>
        <source>%1 von %2 Zeichen</source>
        <translation>%1 z %2 znaków</translation>
    </message>
</context>
</TS>
