pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Einrichtung on the "Drucker & Sync" page: the station's enrolment at a collection point,
// installed from a USB stick without a command line (the file that "station-app collector
// add-station" writes). Says what was installed, or why not.
//   enrolment  EnrolmentBridge (station_app/qml/enrolment_bridge.py)
Rectangle {
    id: section

    required property EnrolmentBridge enrolment

    objectName: "setupSection"
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
            text: qsTr("Einrichtung: Anmeldung bei der Sammelstelle")
        }
        Text {
            objectName: "setupCurrent"
            Layout.fillWidth: true
            text: section.enrolment.currentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.")
                  .arg(section.enrolment.stationId)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        KioskButton {
            objectName: "setupSearch"
            Layout.maximumWidth: column.width
            variant: "secondary"
            enabled: !section.enrolment.searching && !section.enrolment.busy
            text: section.enrolment.searching ? qsTr("Suche läuft …")
                                              : qsTr("USB-Sticks durchsuchen")
            onClicked: section.enrolment.refresh()
        }
        Text {
            objectName: "setupNoFiles"
            Layout.fillWidth: true
            visible: !section.enrolment.searching && section.enrolment.files.length === 0
            text: qsTr("Keine Anmeldedatei auf einem USB-Stick gefunden.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: section.enrolment.files
            delegate: KioskButton {
                required property var modelData
                required property int index
                objectName: "enrolmentFile_" + index
                Layout.fillWidth: true
                enabled: !section.enrolment.busy
                text: qsTr("„%1“ von „%2“ einrichten").arg(modelData.name).arg(modelData.stick)
                onClicked: section.enrolment.install(index)
            }
        }
        BusyIndicator {
            objectName: "setupBusy"
            running: section.enrolment.busy
            visible: running
            Layout.preferredHeight: Theme.buttonHeight
            Layout.preferredWidth: Theme.buttonHeight
        }
        Text {
            objectName: "setupResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: section.enrolment.resultText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.variableAxes: Theme.semiBold
            color: section.enrolment.resultOk ? Theme.ink : Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "setupMitmachpool"
            Layout.fillWidth: true
            visible: text !== ""
            text: section.enrolment.mitmachpoolText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: section.enrolment.restartNeeded ? Theme.noticeInk : Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
