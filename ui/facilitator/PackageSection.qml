pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Einrichtung on the "Drucker & Sync" page: a station package from a USB stick (the file
// "station-app collector package" or the office writes): the event's configuration, the
// station's keys and its collector in one signed file. Tapping a file shows what it
// changes; "Übernehmen" installs it, "Abbrechen" leaves the station as it is.
//   stationPackage  PackageBridge (station_app/qml/package_bridge.py)
Rectangle {
    id: section

    required property PackageBridge stationPackage

    // The preview or the outcome appeared below: the page scrolls it into view.
    signal reveal(Item item)

    objectName: "packageSection"
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.spacing

        SectionLabel {
            Layout.fillWidth: true
            text: qsTr("Einrichtung: Stationspaket für eine Veranstaltung")
        }
        Text {
            objectName: "packageCurrent"
            Layout.fillWidth: true
            text: section.stationPackage.currentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        KioskButton {
            objectName: "packageSearch"
            Layout.maximumWidth: column.width
            variant: "secondary"
            enabled: !section.stationPackage.searching && !section.stationPackage.busy
            text: section.stationPackage.searching ? qsTr("Suche läuft …")
                                            : qsTr("USB-Sticks nach Stationspaketen durchsuchen")
            onClicked: section.stationPackage.refresh()
        }
        Text {
            objectName: "packageNoFiles"
            Layout.fillWidth: true
            visible: !section.stationPackage.searching && section.stationPackage.files.length === 0
            text: qsTr("Kein Stationspaket auf einem USB-Stick gefunden.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: section.stationPackage.previewing ? [] : section.stationPackage.files
            delegate: KioskButton {
                required property var modelData
                required property int index
                objectName: "packageFile_" + index
                Layout.fillWidth: true
                enabled: !section.stationPackage.busy
                text: qsTr("„%1“ von „%2“ prüfen").arg(modelData.name).arg(modelData.stick)
                onClicked: section.stationPackage.check(index)
            }
        }
        BusyIndicator {
            objectName: "packageBusy"
            running: section.stationPackage.busy
            visible: running
            Layout.preferredHeight: Theme.buttonHeight
            Layout.preferredWidth: Theme.buttonHeight
        }
        ColumnLayout {
            id: preview
            objectName: "packagePreview"
            Layout.fillWidth: true
            visible: section.stationPackage.previewing
            spacing: Theme.spacing
            onVisibleChanged: if (visible) section.reveal(preview)

            Text {
                Layout.fillWidth: true
                text: section.stationPackage.previewTitle
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.variableAxes: Theme.semiBold
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: section.stationPackage.previewLines
                delegate: Text {
                    required property string modelData
                    required property int index
                    objectName: "packageChange_" + index
                    Layout.fillWidth: true
                    text: "• " + modelData
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                KioskButton {
                    objectName: "packageConfirm"
                    enabled: !section.stationPackage.busy
                    text: qsTr("Übernehmen")
                    onClicked: section.stationPackage.confirm()
                }
                KioskButton {
                    objectName: "packageCancel"
                    variant: "secondary"
                    enabled: !section.stationPackage.busy
                    text: qsTr("Abbrechen")
                    onClicked: section.stationPackage.cancel()
                }
            }
        }
        Text {
            id: result
            objectName: "packageResult"
            Layout.fillWidth: true
            visible: text !== ""
            onVisibleChanged: if (visible) section.reveal(result)
            text: section.stationPackage.resultText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.variableAxes: Theme.semiBold
            color: section.stationPackage.resultOk ? Theme.ink : Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            id: restart
            objectName: "packageRestart"
            Layout.fillWidth: true
            visible: text !== ""
            onVisibleChanged: if (visible) section.reveal(restart)
            text: section.stationPackage.restartText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.noticeInk
            wrapMode: Text.WordWrap
        }
    }
}
