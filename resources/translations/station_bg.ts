<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>Район: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>Възраст: %1</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="177"/>
        <source>dd.MM. HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a card came in, in the card list.</extracomment>
        <translation>d.MM HH:mm</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <location filename="../../station_app/cards.py" line="47"/>
        <source>Der Text enthält ungültige Zeichen.</source>
        <translation>Текстът съдържа невалидни знаци.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="52"/>
        <source>Der Text ist leer: bitte ein paar Worte schreiben.</source>
        <translation>Текстът е празен: моля, напишете няколко думи.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="57"/>
        <source>Der Text ist zu lang (%1 Zeichen, höchstens %2).</source>
        <translation>Текстът е твърде дълъг (%1 знака, най-много %2).</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="37"/>
        <source>Text oder Kartencode</source>
        <translation>Текст или код на карта</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="38"/>
        <source>Karten suchen: Text oder Kartencode</source>
        <translation>Търсене на карти: текст или код на карта</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="44"/>
        <source>Suchen</source>
        <translation>Търси</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="51"/>
        <source>Alle</source>
        <translation>Всички</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Keine Karte gefunden.</source>
        <translation>Не е намерена карта.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>В тази сесия все още няма карти.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>%n карта</numerusform>
            <numerusform>%n карти, първо най-новите</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="135"/>
        <source>Ausgeblendet: %1</source>
        <translation>Скрита: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="149"/>
        <source>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</source>
        <translation>Скритите карти не могат да бъдат одобрени за стената на живо.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="150"/>
        <source>Live-Wand: freigegeben</source>
        <translation>Стена на живо: одобрена</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Wieder zeigen</source>
        <translation>Покажи отново</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Ausblenden</source>
        <translation>Скрий</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="186"/>
        <source>Für die Live-Wand freigeben</source>
        <translation>Одобри за стената на живо</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>Може ли да Ви поканим отново?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>По желание: в Mitmachpool градът Ви кани по имейл за участие в други инициативи. Вашият адрес се криптира и съхранява отделно от Вашата карта.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>Пропуснете</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="71"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>Вашият имейл адрес</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="62"/>
        <source>name@beispiel.de</source>
        <translation>ime@primer.bg</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="103"/>
        <source>„%1“ einfügen</source>
        <translation>Вмъкнете „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="182"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Моля, проверете имейл адреса.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="183"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Моля, поставете отметка – или пропуснете тази стъпка.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="197"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>Прочетете информацията за защита на данните</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="208"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>Информация за защита на данните в Mitmachpool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Искате ли да ни кажете нещо за себе си?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>По желание – помага ни да тълкуваме резултатите.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>Пропуснете</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>В кой район живеете?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="71"/>
        <source>Wie alt sind Sie?</source>
        <translation>На колко години сте?</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="192"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet.</source>
        <translation>Станцията все още не е регистрирана в събирателен център.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="195"/>
        <source>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</source>
        <translation>Регистрирана като „%1“, без адрес на събирателен център (само USB флашка)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="197"/>
        <source>Angemeldet als „%1“ bei %2</source>
        <translation>Регистрирана като „%1“ в %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="212"/>
        <source>Nicht eingerichtet: %1</source>
        <translation>Не е настроено: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="216"/>
        <source>keine (nur USB-Stick)</source>
        <translation>няма (само USB флашка)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="217"/>
        <source>Eingerichtet: Station „%1“, Sammelstelle %2</source>
        <translation>Настроено: станция „%1“, събирателен център %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="226"/>
        <source>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</source>
        <translation>Mitmachpool криптира контактите за този събирателен център.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="228"/>
        <source>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>Mitmachpool ще работи за този събирателен център едва след рестартиране: моля, натиснете „Изход от киоска“ и стартирайте станцията отново.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="231"/>
        <source>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</source>
        <translation>Внимание: конфигурацията посочва ключа на друг събирателен център (contact.collector_public_key). Този събирателен център не би могъл да отвори контактите от Mitmachpool: моля, премахнете настройката.</translation>
    </message>
</context>
<context>
    <name>EnrolmentProblem</name>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="31"/>
        <source>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</source>
        <translation>„%1“ не може да бъде прочетен – USB флашката все още ли е включена?</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="33"/>
        <source>„%1“ ist keine Anmeldedatei einer Sammelstelle</source>
        <translation>„%1“ не е файл за регистрация от събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="35"/>
        <source>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Файлът за регистрация „%1“ е повреден: моля, поискайте нов от събирателния център</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="37"/>
        <source>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Файлът за регистрация „%1“ е за станция „%2“, а тази станция е „%3“</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="39"/>
        <source>Die Anmeldung ließ sich auf der Station nicht speichern</source>
        <translation>Регистрацията не можа да бъде запазена на станцията</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="78"/>
        <source>USB-Stick „%1“</source>
        <translation>USB флашка „%1“</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="79"/>
        <source>Datenordner der Station</source>
        <translation>Папката с данни на станцията</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="86"/>
        <source>%1 GB frei</source>
        <translation>%1 GB свободни</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="87"/>
        <source>%1 MB frei</source>
        <translation>%1 MB свободни</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="104"/>
        <source>Es läuft schon ein Export.</source>
        <translation>Вече тече експорт.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="107"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>Моля, изберете формат и място за запис.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n карта</numerusform>
            <numerusform>%n карти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (без %1 скрити)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> запазени в
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Не е запазено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="44"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="50"/>
        <source>PDF-Bericht</source>
        <translation>PDF отчет</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="51"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="52"/>
        <source>CSV (Excel, Semikolon)</source>
        <translation>CSV (Excel, точка и запетая)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (всички полета)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>Текущата сесия</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>Всички сесии</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>Запис в</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>Потърси USB флашка отново</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>Експортиране …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>Експортирай</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>Скритите карти и данните за контакт от Mitmachpool никога не се експортират.</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <location filename="../../station_app/export/common.py" line="73"/>
        <source>Es gibt noch keine Sitzung, also nichts zu exportieren.</source>
        <translation>Все още няма сесия, така че няма какво да се експортира.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="17"/>
        <source>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</source>
        <translation>Паметта е пълна: %1 не беше запазен. Моля, освободете място или използвайте друга USB флашка.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="20"/>
        <source>Hier darf nicht geschrieben werden (schreibgeschützt): %1</source>
        <translation>Тук не може да се записва (защита срещу запис): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="22"/>
        <source>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</source>
        <translation>USB флашката съобщава за грешка (извадена или повредена?): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="24"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 е папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="25"/>
        <source>%1 ist keine gewöhnliche Datei.</source>
        <translation>%1 не е обикновен файл.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="26"/>
        <source>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</source>
        <translation>Папката %1 не съществува (извадена USB флашка?).</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="28"/>
        <source>%1 konnte nicht geschrieben werden.</source>
        <translation>%1 не можа да бъде записан.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="162"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>Базата данни на станцията беше повредена и е отделена като „%1“. Новите карти се запазват в нова база данни. Моля, запазете копие на стария файл и уведомете събирателния център.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="196"/>
        <source>dd.MM.yyyy, HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): since when the session is open.</extracomment>
        <translation>d.MM.yyyy &apos;г.&apos;, HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="275"/>
        <source>Sitzung „%1“ geöffnet</source>
        <translation>Сесия „%1“ е отворена</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="280"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>Сесия „%1“ е затворена</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="290"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>Карта %1 е скрита</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="295"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>Карта %1 е отново видима</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="302"/>
        <source>Karte %1 für die Live-Wand freigegeben</source>
        <translation>Карта %1 е одобрена за стената на живо</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="322"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>Хартиената карта е запазена: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="65"/>
        <source>Export gespeichert: %1</source>
        <translation>Експортът е запазен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="70"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Експортът е неуспешен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="117"/>
        <source>Moderation</source>
        <translation>Модериране</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="130"/>
        <source>Sitzung: %1</source>
        <translation>Сесия: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>Последна сесия (затворена): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="133"/>
        <source>Noch keine Sitzung</source>
        <translation>Все още няма сесия</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="145"/>
        <source>Zurück zum Kiosk</source>
        <translation>Обратно към киоска</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="152"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="263"/>
        <source>Kiosk verlassen</source>
        <translation>Изход от киоска</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="191"/>
        <source>Überblick</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="192"/>
        <source>Karten</source>
        <translation>Карти</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="193"/>
        <source>Sitzungen</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="194"/>
        <source>Papierkarte erfassen</source>
        <translation>Хартиена карта</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="195"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="196"/>
        <source>Drucker &amp; Sync</source>
        <translation>Печат и пренос</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="261"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>Наистина ли искате да излезете от киоска?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="262"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>След това станцията няма да приема карти, докато не бъде рестартирана.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="24"/>
        <source>Weiter</source>
        <translation>Напред</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="314"/>
        <source>Schritt %1 von %2</source>
        <translation>Стъпка %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="143"/>
        <location filename="../../ui/screens/StartScreen.qml" line="102"/>
        <source>Bildlaufleiste</source>
        <translation>Лента за превъртане</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="225"/>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="91"/>
        <source>Karte %1 ausblenden</source>
        <translation>Скрий карта %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="112"/>
        <source>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</source>
        <translation>Картата е одобрена за стената на живо. Ако бъде скрита, тя изчезва и от стената.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="120"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>Картата не се изтрива. Тя не се включва в броенето и експорта, докато не бъде показана отново. Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="148"/>
        <source>Anderer Grund</source>
        <translation>Друга причина</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="159"/>
        <source>Abbrechen</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="166"/>
        <source>Ausblenden</source>
        <translation>Скрий</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Persönliche Daten</source>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>Обидно или дискриминационно</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="40"/>
        <source>Werbung</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="41"/>
        <source>Doppelt</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="42"/>
        <source>Testkarte</source>
        <translation>Тестова карта</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="57"/>
        <source>Sind Sie noch da?</source>
        <translation>Още ли сте тук?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="70"/>
        <source>%1 Sekunden</source>
        <translation>%1 сек.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="84"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>След това менюто за модериране се заключва. Започнатата хартиена карта се запазва като чернова. Докоснете където и да е, за да продължите.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="85"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>След това Вашата карта ще бъде изтрита, за да може следващият човек да започне. Докоснете където и да е, за да продължите.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="95"/>
        <source>Ich bin noch da</source>
        <translation>Още съм тук</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../station_app/intake.py" line="29"/>
        <source>Bitte eine Frage wählen.</source>
        <translation>Моля, изберете въпрос.</translation>
    </message>
    <message>
        <location filename="../../station_app/intake.py" line="30"/>
        <source>Bitte ein Themenfeld wählen.</source>
        <translation>Моля, изберете тема.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../station_app/qml/jobs.py" line="23"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</source>
        <translation>Неочаквана грешка; подробностите са в дневника на станцията.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="24"/>
        <source>Anderes Thema</source>
        <translation>Друга тема</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>keine Angabe</source>
        <translation>не желая да посоча</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="27"/>
        <source>Station (Touchscreen)</source>
        <translation>Станция (сензорен екран)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="28"/>
        <source>Papierkarte</source>
        <translation>Хартиена карта</translation>
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
        <translation>„%1“ не е код на карта (кодът изглежда така: K7M-4QX-9TRP).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="105"/>
        <source>Keine Karte %1 auf dieser Station.</source>
        <translation>На тази станция няма карта %1.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="116"/>
        <source>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</source>
        <translation>Моля, посочете причина, напр. „Лични данни“.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="121"/>
        <source>Der Grund ist zu lang (höchstens %1 Zeichen).</source>
        <translation>Причината е твърде дълга (най-много %1 знака).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="170"/>
        <source>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</source>
        <translation>Карта %1 е скрита и не може да бъде одобрена за стената на живо.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="177"/>
        <source>Karte %1 ist schon für die Live-Wand freigegeben.</source>
        <translation>Карта %1 вече е одобрена за стената на живо.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="205"/>
        <source>Karte %1 ist schon ausgeblendet.</source>
        <translation>Карта %1 вече е скрита.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="209"/>
        <source>Karte %1 ist nicht ausgeblendet.</source>
        <translation>Карта %1 не е скрита.</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="70"/>
        <source>Bildlaufleiste</source>
        <translation>Лента за превъртане</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="98"/>
        <source>Schließen</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>Карти</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>от тях хартиени</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>скрити</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>Сесия от</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="117"/>
        <source>Karten je Frage</source>
        <translation>Карти по въпрос</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="126"/>
        <source>Karten je Themenfeld</source>
        <translation>Карти по тема</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="135"/>
        <source>Karten je Stadtbezirk</source>
        <translation>Карти по район</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="143"/>
        <source>Karten je Altersgruppe</source>
        <translation>Карти по възрастова група</translation>
    </message>
</context>
<context>
    <name>PackageBridge</name>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="207"/>
        <source>Kein Stationspaket installiert: die Station läuft mit „%1“.</source>
        <translation>Няма инсталиран пакет за станцията: станцията работи с „%1“.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="209"/>
        <source>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</source>
        <translation>Инсталиран: пакет за станция „%1“, версия на конфигурацията %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="226"/>
        <source>„%1“ ändert an dieser Station:</source>
        <translation>„%1“ променя в тази станция:</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="244"/>
        <source>Nicht übernommen: %1</source>
        <translation>Не е приложено: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="248"/>
        <source>Übernommen: Station „%1“, %2, Konfigurationsversion %3</source>
        <translation>Приложено: станция „%1“, %2, версия на конфигурацията %3</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="265"/>
        <source>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</source>
        <translation>Станцията задава въпросите на новата конфигурация веднага щом началният екран се покаже отново (след „Обратно към киоска“).</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="267"/>
        <source>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>След следващото стартиране станцията ще задава въпросите от новата конфигурация: моля, натиснете „Изход от киоска“ и стартирайте станцията отново.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../station_app/package_install.py" line="77"/>
        <source>Veranstaltung</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="78"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="79"/>
        <source>Sprachen</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="80"/>
        <source>Fragen</source>
        <translation>Въпроси</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="81"/>
        <source>Themen</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="82"/>
        <source>Sammelstelle</source>
        <translation>Събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="83"/>
        <source>Konfigurationsversion</source>
        <translation>Версия на конфигурацията</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="84"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="85"/>
        <source>%1: %2 (unverändert)</source>
        <translation>%1: %2 (без промяна)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="86"/>
        <source>%1 hinzugefügt: %2</source>
        <translation>%1 – добавени: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="87"/>
        <source>%1 entfernt: %2</source>
        <translation>%1 – премахнати: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="88"/>
        <source>%1 umbenannt: %2</source>
        <translation>%1 – преименувани: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="89"/>
        <source>keine</source>
        <translation>няма</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <location filename="../../station_app/package_install.py" line="56"/>
        <source>„%1“ ist kein Stationspaket einer Sammelstelle</source>
        <translation>„%1“ не е пакет за станция от събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="58"/>
        <source>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</source>
        <translation>„%1“ е от по-нов събирателен център: моля, обновете софтуера на станцията</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="60"/>
        <source>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>Пакетът за станция „%1“ е повреден: моля, поискайте нов от събирателния център</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="62"/>
        <source>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</source>
        <translation>Пакетът за станция „%1“ е променен след създаването си и няма да бъде приложен</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="64"/>
        <source>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</source>
        <translation>Конфигурацията в пакета за станция „%1“ е невалидна (настройка „%2“)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="66"/>
        <source>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</source>
        <translation>Пакетът за станция „%1“ е от друг събирателен център, а не от този, в който е регистрирана тази станция</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="69"/>
        <source>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>Пакетът за станция „%1“ е за станция „%2“, а тази станция е „%3“</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="71"/>
        <source>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</source>
        <translation>Пакетът за станция „%1“ е версия %2, а тази станция вече има версия %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="73"/>
        <source>Das Stationspaket ließ sich auf der Station nicht speichern</source>
        <translation>Пакетът за станция не можа да бъде запазен на станцията</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="35"/>
        <source>Einrichtung: Stationspaket für eine Veranstaltung</source>
        <translation>Настройка: пакет за станция за събитие</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="48"/>
        <source>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</source>
        <translation>Събирателният център предоставя пакета за станцията (файл с разширение „.station-package“) на USB флашка. Включете флашката, потърсете, докоснете файла, проверете промените, приложете.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="59"/>
        <source>Suche läuft …</source>
        <translation>Търсене …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="60"/>
        <source>USB-Sticks nach Stationspaketen durchsuchen</source>
        <translation>Търси пакети за станция на USB флашките</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="67"/>
        <source>Kein Stationspaket auf einem USB-Stick gefunden.</source>
        <translation>Не е намерен пакет за станция на USB флашка.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="81"/>
        <source>„%1“ von „%2“ prüfen</source>
        <translation>Провери „%1“ от „%2“</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="130"/>
        <source>Übernehmen</source>
        <translation>Приложи</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="137"/>
        <source>Abbrechen</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>Черновата е възстановена – тази хартиена карта все още не е запазена.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="96"/>
        <source>Themenfeld</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="112"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="125"/>
        <source>Text der Karte</source>
        <translation>Текст на картата</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="122"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>Точно както е написано на картата</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="133"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>Район (по желание)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="153"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>Възрастова група (по желание)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="179"/>
        <source>Papierkarte speichern</source>
        <translation>Запази хартиената карта</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="187"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>Последно запазена: %1 – моля, напишете кода на хартиената карта.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Твърде много опити. Моля, изчакайте %1 сек.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>Грешен ПИН. Оставащи опити: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="151"/>
        <source>Moderation</source>
        <translation>Модериране</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>Въведете ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>ПИН кодът трябва да е от 4 до 12 цифри.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>Двете въвеждания се различават. Моля, изберете новия ПИН отново.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>ПИН кодът не може да бъде запазен в момента. Моля, опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>Изберете нов ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>Повторете новия ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="165"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>За тази станция все още няма зададен ПИН. Изберете сега ПИН от 4 до 12 цифри; оттук нататък той ще отваря зоната за модериране.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="185"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>Въведени цифри: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="229"/>
        <source>Letzte Ziffer löschen</source>
        <translation>Изтрий последната цифра</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="246"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>PIN bestätigen</source>
        <translation>Потвърди ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>Neue PIN übernehmen</source>
        <translation>Използвай новия ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="262"/>
        <source>Abbrechen</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="19"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Няма настроен принтер за бележки</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="20"/>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>Принтерът „%1“ не е намерен</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="21"/>
        <source>Drucker „%1“ ist angehalten oder gesperrt</source>
        <translation>Принтерът „%1“ е спрян или блокиран</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="22"/>
        <source>Drucker „%1“ hat den letzten Auftrag abgebrochen</source>
        <translation>Принтерът „%1“ прекъсна последната задача</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="24"/>
        <source>Der Drucker nimmt das Papierformat %1 nicht an</source>
        <translation>Принтерът не приема формата на хартията %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="25"/>
        <source>Der Drucker lässt sich nicht öffnen</source>
        <translation>Принтерът не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="26"/>
        <source>Der Drucker hat den Auftrag nicht angenommen</source>
        <translation>Принтерът не прие задачата</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="28"/>
        <source>Die Schrift für den Beleg fehlt auf der Station</source>
        <translation>Шрифтът за бележката липсва на станцията</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="29"/>
        <source>Keine Karte mit dem Code %1 auf dieser Station</source>
        <translation>На тази станция няма карта с код %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="30"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</source>
        <translation>„%1“ не е код на карта (кодът изглежда така: K7M-4QX-9TRP)</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="32"/>
        <source>Der Druck wurde durch einen Neustart unterbrochen</source>
        <translation>Печатът беше прекъснат от рестартиране</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="34"/>
        <source>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Неочаквана грешка на принтера; подробностите са в дневника на станцията</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="26"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>Печатът на бележки е изключен</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="27"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>Няма настроен принтер за бележки</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="28"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>Готов – все още нищо не е отпечатано</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="29"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>Бележка %1 чака принтера</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="30"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>Бележка %1 се отпечатва</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="31"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>Бележка %1: нов опит</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="32"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>Последно отпечатана: бележка %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="33"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>Бележка %1 не можа да бъде отпечатана</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="46"/>
        <source>Belegdrucker</source>
        <translation>Принтер за бележки</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="61"/>
        <source>Grund: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>Опашка за печат: %n бележка окончателно неуспешна</numerusform>
            <numerusform>Опашка за печат: %n бележки окончателно неуспешни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="120"/>
        <source>Noch kein Drucker gewählt: bitte unten einen antippen.</source>
        <translation>Все още не е избран принтер: моля, докоснете някой от долните.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="122"/>
        <source>Belege gehen an den Standarddrucker „%1“.</source>
        <translation>Бележките отиват към принтера по подразбиране „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="123"/>
        <source>Belege gehen an „%1“.</source>
        <translation>Бележките отиват към „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Suche läuft …</source>
        <translation>Търсене …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Drucker suchen</source>
        <translation>Търси принтери</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="143"/>
        <source>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</source>
        <translation>Не са намерени принтери. Включен и свързан ли е принтерът?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="157"/>
        <source>%1 (Standarddrucker)</source>
        <translation>%1 (принтер по подразбиране)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="159"/>
        <source>%1, gewählt</source>
        <translation>%1, избран</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="171"/>
        <source>Testseite wird gedruckt …</source>
        <translation>Отпечатва се тестова страница …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="172"/>
        <source>Testseite drucken</source>
        <translation>Отпечатай тестова страница</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="95"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>Код на карта за нова бележка</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="102"/>
        <source>Beleg erneut drucken</source>
        <translation>Отпечатай бележката отново</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>По какво искате да се изкажете?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Изберете въпрос.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="40"/>
        <source>Vorlesen</source>
        <translation>Четене на глас</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="100"/>
        <source>Lautstärke und Sprechtempo</source>
        <translation>Сила на звука и темп на говора</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="25"/>
        <source>ausgewählt</source>
        <translation>избрано</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="26"/>
        <source>nicht ausgewählt</source>
        <translation>не е избрано</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="27"/>
        <source>nicht verfügbar</source>
        <translation>недостъпно</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="28"/>
        <source>Schaltfläche</source>
        <translation>бутон</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="29"/>
        <source>Eingabefeld</source>
        <translation>поле за въвеждане</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="30"/>
        <source>leer</source>
        <translation>празно</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="31"/>
        <source>Ihr Kartencode lautet:</source>
        <translation>Кодът на Вашата карта е:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="32"/>
        <source>%1 wie %2</source>
        <translation>%1 като %2</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="33"/>
        <source>Ihr Text:</source>
        <translation>Вашият текст:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="34"/>
        <source>Sie haben noch keinen Text geschrieben.</source>
        <translation>Все още не сте написали текст.</translation>
    </message>
</context>
<context>
    <name>ReadAloudSettings</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="16"/>
        <source>normal</source>
        <translation>нормален</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="79"/>
        <source>Lautstärke</source>
        <translation>Сила на звука</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="80"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="81"/>
        <source>Leiser</source>
        <translation>По-тихо</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="82"/>
        <source>Lauter</source>
        <translation>По-силно</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="90"/>
        <source>Sprechtempo</source>
        <translation>Темп на говора</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="92"/>
        <source>Langsamer sprechen</source>
        <translation>По-бавен говор</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="93"/>
        <source>Schneller sprechen</source>
        <translation>По-бърз говор</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="86"/>
        <source>Themenfeld: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Ihr Kartencode</source>
        <translation>Кодът на Вашата карта</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern.</source>
        <extracomment>Printed under the follow-up address (two lines on 58 mm paper): the code is the only key to the card online.</extracomment>
        <translation>Личен код: който го знае, може да оттегли или промени Вашата карта.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="93"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d.%m.%Y г., %H:%M ч.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="94"/>
        <source>Testseite – %1</source>
        <translation>Тестова страница – %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterBridge</name>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="187"/>
        <source>Belege werden ab jetzt auf „%1“ gedruckt</source>
        <translation>Отсега нататък бележките се отпечатват на „%1“</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="254"/>
        <source>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Тестовата страница е изпратена към принтера по подразбиране: моля, проверете дали излиза.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="257"/>
        <source>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>Тестовата страница е изпратена към „%1“: моля, проверете дали излиза.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="261"/>
        <source>Testseite nicht gedruckt: %1</source>
        <translation>Тестовата страница не е отпечатана: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Вашата карта – всичко ли е наред?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>Все още можете да промените всеки отговор.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>Изпратете картата</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="73"/>
        <source>Ändern</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="74"/>
        <source>%1 ändern</source>
        <translation>Промяна: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="84"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Вашата карта не можа да бъде запазена в момента. Въведеното от Вас се пази – моля, опитайте отново след малко или се обърнете към екипа на станцията.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="85"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Вашата карта не можа да бъде запазена в този вид. Моля, проверете данните си.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="116"/>
        <source>Frage</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="121"/>
        <source>Themenfeld</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126"/>
        <source>Ihr Text</source>
        <translation>Вашият текст</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="133"/>
        <source>Angaben zu Ihnen</source>
        <translation>За Вас</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="139"/>
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="140"/>
        <source>Nein, danke</source>
        <translation>Не, благодаря</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="151"/>
        <source>Text vorlesen</source>
        <translation>Прочети текста на глас</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_sessions.py" line="72"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a session opened or closed. Keep the time (HH:mm) last: the list shows only those five characters of the closing time.</extracomment>
        <translation>d.MM.yyyy &apos;г.&apos; HH:mm</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="91"/>
        <source>Die Sitzung braucht einen Namen, z. B. „Stadtkonferenz 28.09. – Station 1“.</source>
        <translation>Сесията трябва да има име, напр. „Градска конференция 28.09 – Станция 1“.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="96"/>
        <source>Der Name ist zu lang (höchstens 200 Zeichen).</source>
        <translation>Името е твърде дълго (най-много 200 знака).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="112"/>
        <source>Es ist keine Sitzung offen.</source>
        <translation>Няма отворена сесия.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="47"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>Все още няма сесия – първата карта отваря автоматично нова.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Offene Sitzung: %1</source>
        <translation>Отворена сесия: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="50"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>Няма отворена сесия (последна: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="54"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>Име, напр. „Градска конференция 28.09 – Жилища“</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="69"/>
        <source>Name der Sitzung</source>
        <translation>Име на сесията</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Neue Sitzung beginnen</source>
        <translation>Започни нова сесия</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Sitzung öffnen</source>
        <translation>Отвори сесия</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="87"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="167"/>
        <source>Sitzung schließen</source>
        <translation>Затвори сесията</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="94"/>
        <source>Alle Sitzungen</source>
        <translation>Всички сесии</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="142"/>
        <source>offen seit %1</source>
        <translation>отворена от %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n карта</numerusform>
            <numerusform>%n карти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="165"/>
        <source>Sitzung schließen?</source>
        <translation>Да се затвори ли сесията?</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="166"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>След това новите карти автоматично ще отворят сесия за днес. Картите от тази сесия се запазват и могат да бъдат експортирани.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="31"/>
        <source>Einrichtung: Anmeldung bei der Sammelstelle</source>
        <translation>Настройка: регистрация в събирателния център</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="44"/>
        <source>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</source>
        <translation>Събирателният център предоставя файла за регистрация за станция „%1“ на USB флашка. Включете флашката, потърсете, докоснете файла.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="56"/>
        <source>Suche läuft …</source>
        <translation>Търсене …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="57"/>
        <source>USB-Sticks durchsuchen</source>
        <translation>Претърси USB флашките</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="64"/>
        <source>Keine Anmeldedatei auf einem USB-Stick gefunden.</source>
        <translation>Не е намерен файл за регистрация на USB флашка.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="78"/>
        <source>„%1“ von „%2“ einrichten</source>
        <translation>Настрой „%1“ от „%2“</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="21"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Вашето мнение за Дортмунд има значение.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="319"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Напишете мнението или идеята си за бъдещето на нашия град върху карта за участие. Това отнема само две-три минути.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="335"/>
        <source>Mitmachen</source>
        <translation>Участвайте</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="377"/>
        <source>Sprache</source>
        <translation>Език</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="418"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Достъп за екипа модератори (задръжте три секунди)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../station_app/storage/cards.py" line="71"/>
        <source>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</source>
        <translation>Паметта на станцията е пълна: картата не беше запазена. Моля, освободете място и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="45"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when the last sync worked or failed.</extracomment>
        <translation>d.MM.yyyy &apos;г.&apos; HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="209"/>
        <source>Sync-Fehler: %1</source>
        <translation>Грешка при синхронизация: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>%n карта чака</numerusform>
            <numerusform>%n карти чакат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="213"/>
        <source>alle Karten übertragen</source>
        <translation>всички карти са прехвърлени</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>Частично прехвърлено: %n карта, останалото не: %1</numerusform>
            <numerusform>Частично прехвърлено: %n карти, останалото не: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="276"/>
        <source>Nicht übertragen: %1</source>
        <translation>Не е прехвърлено: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="278"/>
        <source>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</source>
        <translation>Прехвърлено: нищо ново, събирателният център има всички карти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="279"/>
        <source>Übertragen: %n Karten</source>
        <translation>
            <numerusform>Прехвърлена: %n карта</numerusform>
            <numerusform>Прехвърлени: %n карти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="214"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>Последно прехвърляне: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="217"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>Няма настроен сървър на събирателен център: прехвърляне чрез USB флашка</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="218"/>
        <source>Noch nicht übertragen</source>
        <translation>Все още не е прехвърлено</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="19"/>
        <source>Sammelstelle nicht erreichbar</source>
        <translation>Събирателният център не е достъпен</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="20"/>
        <source>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</source>
        <translation>Събирателният център временно не работи (отговор %1), ще има нов опит</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="22"/>
        <source>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</source>
        <translation>Отговорът на събирателния център е нечетим (страница за вход в мрежата?), ще има нов опит</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="24"/>
        <source>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</source>
        <translation>Събирателният център потвърди друг пакет; той ще бъде изпратен отново</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="26"/>
        <source>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</source>
        <translation>Събирателният център вече има карта със същия идентификатор, но с друго съдържание</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="28"/>
        <source>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</source>
        <translation>Събирателният център не познава тази станция или нейния ключ: моля, проверете файла за регистрация</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="30"/>
        <source>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</source>
        <translation>Контактите от Mitmachpool са криптирани за друг събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="32"/>
        <source>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</source>
        <translation>Събирателният център отхвърли пакет (отговор %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="34"/>
        <source>Keine Sammelstelle eingerichtet</source>
        <translation>Няма настроен събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="35"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet</source>
        <translation>Станцията все още не е регистрирана в събирателен център</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="37"/>
        <source>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</source>
        <translation>Файлът за регистрация е за станция „%1“, а тази станция е „%2“</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="39"/>
        <source>Die Anmeldedatei der Station ist beschädigt</source>
        <translation>Файлът за регистрация на станцията е повреден</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="41"/>
        <source>Der Datenträger ist voll</source>
        <translation>Носителят е пълен</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="42"/>
        <source>Der Datenträger ist schreibgeschützt</source>
        <translation>Носителят е защитен срещу запис</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="43"/>
        <source>Der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>Носителят съобщава за грешка при четене или запис</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="45"/>
        <source>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</source>
        <translation>Папката я няма (вече) – USB флашката извадена ли е?</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="47"/>
        <source>Die Datei ließ sich nicht schreiben</source>
        <translation>Файлът не можа да бъде записан</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="48"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>Неочаквана грешка; подробностите са в дневника на станцията</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>%n файл с пакет е запазен в %1</numerusform>
            <numerusform>%n файла с пакети са запазени в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="30"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>Пакетът не е запазен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="42"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>Прехвърляне към събирателния център</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>Все още не е прехвърлена: %n карта</numerusform>
            <numerusform>Все още не са прехвърлени: %n карти</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Wird übertragen …</source>
        <translation>Прехвърляне …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Jetzt übertragen</source>
        <translation>Прехвърли сега</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="86"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>Запиши пакета на %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="87"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>Не е намерена USB флашка</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="21"/>
        <source>Große Schrift</source>
        <translation>Едър шрифт</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119"/>
        <source>Vielen Dank!</source>
        <translation>Много благодарим!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Вашата карта е запазена и ще бъде включена в Stadtgespräch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="139"/>
        <source>Ihr Kartencode</source>
        <translation>Кодът на Вашата карта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="154"/>
        <source>Ihr Kartencode: %1</source>
        <translation>Кодът на Вашата карта: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="163"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Вашата бележка се отпечатва …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="164"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Моля, вземете бележката си.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>За съжаление бележката не можа да бъде отпечатана. Моля, запишете си кода на картата.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="166"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Моля, запишете си кода на картата или снимайте QR кода.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="186"/>
        <source>Noch eine Karte</source>
        <translation>Още една карта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="192"/>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="198"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>Този екран ще се затвори сам след малко.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="231"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>QR код към Вашата карта в интернет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="236"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Сканирайте кода: така по-късно ще намерите картата си онлайн.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>Към коя тема се отнася Вашата карта?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>Вашият въпрос: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="56"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Вашата тема не е сред изброените</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="83"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>Вашият текст по въпроса: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="110"/>
        <source>Text vorlesen</source>
        <translation>Прочети текста на глас</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="117"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Моля, съкратете малко текста си.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="127"/>
        <source>%1 von %2 Zeichen</source>
        <translation>%1 от %2 знака</translation>
    </message>
</context>
</TS>
