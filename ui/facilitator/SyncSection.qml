import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Übertragung zur Sammelstelle on the "Drucker & Sync" page: status, the cards still to
// go, "Jetzt übertragen" (shows that it runs and how it went), batch files for a USB stick.
//   sync   SyncBridge (station_app/qml/sync_status.py)
//   stick  the first writable USB stick among the export targets, or null
Rectangle {
    id: section

    required property SyncBridge sync
    required property var stick
    property string batchResult: ""

    objectName: "syncSection"
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    Connections {
        target: section.sync
        function onFilesWritten(count, folder) {
            section.batchResult = qsTr("%n Stapel-Dateien gespeichert in %1", "", count).arg(folder)
        }
        function onFilesFailed(reason) {
            section.batchResult = qsTr("Stapel nicht gespeichert: %1").arg(reason)
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.spacing

        SectionLabel {
            Layout.fillWidth: true
            text: qsTr("Übertragung zur Sammelstelle")
        }
        Text {
            objectName: "syncStatus"
            Layout.fillWidth: true
            text: section.sync.statusText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "syncPending"
            Layout.fillWidth: true
            text: qsTr("Noch nicht übertragen: %n Karten", "", section.sync.pendingCards)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "syncNow"
                // Only with a collector to upload to (SyncBridge.online).
                visible: section.sync.online
                enabled: !section.sync.syncing
                width: Math.min(implicitWidth, parent.width)
                text: section.sync.syncing ? qsTr("Wird übertragen …") : qsTr("Jetzt übertragen")
                onClicked: section.sync.syncNow()
            }
            BusyIndicator {
                objectName: "syncBusy"
                running: section.sync.syncing
                visible: running
                width: Theme.buttonHeight
                height: Theme.buttonHeight
            }
            KioskButton {
                objectName: "syncToStick"
                width: Math.min(implicitWidth, parent.width)  // a long stick name wraps
                enabled: section.stick !== null && !section.sync.busy
                variant: "secondary"
                text: section.stick ? qsTr("Stapel auf %1 schreiben").arg(section.stick.label)
                                    : qsTr("Kein USB-Stick gefunden")
                onClicked: {
                    section.batchResult = ""
                    section.sync.writeBatchFiles(section.stick.path)
                }
            }
        }
        Text {
            objectName: "syncResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: section.sync.syncResult
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.variableAxes: Theme.semiBold
            color: section.sync.syncOk ? Theme.ink : Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "syncBatchResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: section.batchResult
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
    }
}
