<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten, die neuesten zuerst</numerusform>
        </translation>
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
</context>
<context>
    <name>PrinterSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>Druckwarteschlange: %n Beleg endgültig fehlgeschlagen</numerusform>
            <numerusform>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>%n Karte wartet</numerusform>
            <numerusform>%n Karten warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>Teilweise übertragen: %n Karte, der Rest nicht: %1</numerusform>
            <numerusform>Teilweise übertragen: %n Karten, der Rest nicht: %1</numerusform>
        </translation>
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
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>%n Stapel-Datei gespeichert in %1</numerusform>
            <numerusform>%n Stapel-Dateien gespeichert in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>Noch nicht übertragen: %n Karte</numerusform>
            <numerusform>Noch nicht übertragen: %n Karten</numerusform>
        </translation>
    </message>
</context>
</TS>
