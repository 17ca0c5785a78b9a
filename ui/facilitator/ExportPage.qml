pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Export: format, scope and target (a USB stick or the data folder; no file dialog), then
// the export runs in the background. Hidden cards and Mitmachpool contacts are never exported.
Flickable {
    id: page

    required property FacilitatorBridge facilitator
    readonly property var exports: facilitator ? facilitator.exports : null
    property string format: "pdf"
    property bool allSessions: false
    property int targetIndex: 0
    property string lastResult: ""

    objectName: "exportPage"
    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.gap
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    Connections {
        target: page.exports
        function onFinished(path, cards, hidden) {
            page.lastResult = qsTr("%n Karten", "", cards)
                    + (hidden > 0 ? qsTr(" (%1 ausgeblendete nicht enthalten)").arg(hidden) : "")
                    + qsTr(" gespeichert in\n%1").arg(path)
        }
        function onFailed(reason) { page.lastResult = qsTr("Nicht gespeichert: %1").arg(reason) }
    }

    ColumnLayout {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: page.width - 2 * Theme.gap
        spacing: Theme.spacing

        SectionLabel { text: qsTr("Format") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [
                    { id: "pdf", label: qsTr("PDF-Bericht") },
                    { id: "xlsx", label: qsTr("Excel (XLSX)") },
                    { id: "csv", label: qsTr("CSV (Excel, Semikolon)") },
                    { id: "json", label: qsTr("JSON (alle Felder)") }
                ]
                delegate: KioskButton {
                    required property var modelData
                    objectName: "exportFormat_" + modelData.id
                    text: modelData.label
                    variant: page.format === modelData.id ? "primary" : "secondary"
                    onClicked: page.format = modelData.id
                }
            }
        }
        SectionLabel { text: qsTr("Umfang") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "exportScopeSession"
                text: qsTr("Aktuelle Sitzung")
                variant: page.allSessions ? "secondary" : "primary"
                onClicked: page.allSessions = false
            }
            KioskButton {
                objectName: "exportScopeAll"
                text: qsTr("Alle Sitzungen")
                variant: page.allSessions ? "primary" : "secondary"
                onClicked: page.allSessions = true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            SectionLabel {
                Layout.fillWidth: true
                text: qsTr("Speichern auf")
            }
            KioskButton {
                objectName: "exportRefreshTargets"
                variant: "quiet"
                text: qsTr("USB-Stick neu suchen")
                onClicked: page.exports.refreshTargets()
            }
        }
        Repeater {
            model: page.exports ? page.exports.targets : []
            delegate: KioskButton {
                required property var modelData
                required property int index
                objectName: "exportTarget_" + index
                Layout.fillWidth: true
                enabled: modelData.writable
                variant: page.targetIndex === index ? "primary" : "secondary"
                text: modelData.label + " – " + modelData.free
                accessibleName: text + ", " + modelData.path
                onClicked: page.targetIndex = index
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.gap
            KioskButton {
                objectName: "exportStart"
                text: page.exports && page.exports.busy ? qsTr("Export läuft …") : qsTr("Exportieren")
                enabled: page.exports !== null && !page.exports.busy
                onClicked: {
                    page.lastResult = ""
                    page.exports.start(page.format, page.targetIndex, -1, page.allSessions)
                }
            }
            BusyIndicator {
                objectName: "exportBusy"
                running: page.exports !== null && page.exports.busy
                visible: running
                Layout.preferredHeight: Theme.buttonHeight
                Layout.preferredWidth: Theme.buttonHeight
            }
        }
        Text {
            objectName: "exportResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.lastResult
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
    }
}
