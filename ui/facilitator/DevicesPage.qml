import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// Drucker & Sync. Each section reads the bridge its feature adds to `bridges`:
//   bridges.printer  ReceiptPrinterBridge (station_app/qml/receipt_bridge.py):
//                    status, code, detail, failedCount, reprint(code)
//   bridges.sync     SyncBridge (station_app/qml/sync_status.py): statusText,
//                    pendingCards, syncNow(), writeBatchFiles(folder) with
//                    filesWritten(count, folder) / filesFailed(reason); the USB stick
//                    comes from the export targets (bridges.facilitator.exports)
// Until a feature is attached, its section says so instead of guessing.
Flickable {
    id: page

    property var bridges
    readonly property var printer: bridges && bridges.printer ? bridges.printer : null
    readonly property var sync: bridges && bridges.sync ? bridges.sync : null
    readonly property var exports: bridges && bridges.facilitator ? bridges.facilitator.exports : null
    // The first writable USB stick among the export targets, or null.
    readonly property var stick: {
        const targets = exports ? exports.targets : []
        for (let i = 0; i < targets.length; ++i) {
            if (targets[i].removable && targets[i].writable)
                return targets[i]
        }
        return null
    }
    property string batchResult: ""

    Connections {
        target: page.sync
        ignoreUnknownSignals: true
        function onFilesWritten(count, folder) {
            page.batchResult = qsTr("%1 Stapel-Datei(en) gespeichert in %2").arg(count).arg(folder)
        }
        function onFilesFailed(reason) {
            page.batchResult = qsTr("Stapel nicht gespeichert: %1").arg(reason)
        }
    }

    objectName: "devicesPage"
    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.gap
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    function printerWords(status) {
        switch (status) {
        case "off": return qsTr("Belegdruck ist ausgeschaltet")
        case "idle": return qsTr("Bereit – noch nichts gedruckt")
        case "queued": return qsTr("Beleg %1 wartet auf den Drucker").arg(printer.code)
        case "printing": return qsTr("Beleg %1 wird gedruckt").arg(printer.code)
        case "retrying": return qsTr("Beleg %1: neuer Versuch").arg(printer.code)
        case "done": return qsTr("Zuletzt gedruckt: Beleg %1").arg(printer.code)
        case "failed": return qsTr("Beleg %1 konnte nicht gedruckt werden").arg(printer.code)
        }
        return status
    }

    ColumnLayout {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: page.width - 2 * Theme.gap
        spacing: Theme.gap

        // --- printer: status, queue, reprint (fed by bridges.printer) ---------------------
        Rectangle {
            objectName: "printerSection"
            Layout.fillWidth: true
            Layout.preferredHeight: printerColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line

            ColumnLayout {
                id: printerColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.spacing

                SectionLabel { text: qsTr("Belegdrucker") }
                Text {
                    objectName: "printerStatus"
                    Layout.fillWidth: true
                    text: page.printer ? page.printerWords(page.printer.status)
                                       : qsTr("Druckerstatus: noch nicht angeschlossen (Beleg-Modul)")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.printer !== null && page.printer.detail !== ""
                    text: page.printer ? qsTr("Grund: %1").arg(page.printer.detail) : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "printerQueue"
                    Layout.fillWidth: true
                    visible: page.printer !== null
                    text: page.printer ? qsTr("Druckwarteschlange: %1 Beleg(e) endgültig fehlgeschlagen")
                                         .arg(page.printer.failedCount) : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: page.printer && page.printer.failedCount > 0 ? Theme.accent : Theme.ink
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    DashTextField {
                        id: reprintCode
                        objectName: "reprintCode"
                        Layout.fillWidth: true
                        enabled: page.printer !== null
                        placeholderText: qsTr("Kartencode für einen neuen Beleg")
                    }
                    KioskButton {
                        objectName: "reprintButton"
                        enabled: page.printer !== null && reprintCode.text.trim() !== ""
                        text: qsTr("Beleg erneut drucken")
                        onClicked: {
                            if (page.printer.reprint(reprintCode.text.trim()))
                                reprintCode.text = ""
                        }
                    }
                }
            }
        }

        // --- sync status (fed by bridges.sync) ------------------------------------------------
        Rectangle {
            objectName: "syncSection"
            Layout.fillWidth: true
            Layout.preferredHeight: syncColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line

            ColumnLayout {
                id: syncColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.spacing

                SectionLabel { text: qsTr("Übertragung zur Sammelstelle") }
                Text {
                    objectName: "syncStatus"
                    Layout.fillWidth: true
                    text: page.sync && page.sync.statusText !== undefined ? page.sync.statusText
                          : qsTr("Sync-Status: noch nicht angeschlossen (Sync-Modul)")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.sync !== null && page.sync.pendingCards !== undefined
                    text: page.sync && page.sync.pendingCards !== undefined
                          ? qsTr("Noch nicht übertragen: %1 Karten").arg(page.sync.pendingCards) : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "syncNow"
                        // Only with a collector to upload to (SyncBridge.online).
                        visible: page.sync !== null && typeof page.sync.syncNow === "function"
                                 && page.sync.online !== false
                        width: Math.min(implicitWidth, parent.width)
                        text: qsTr("Jetzt übertragen")
                        onClicked: page.sync.syncNow()
                    }
                    KioskButton {
                        objectName: "syncToStick"
                        visible: page.sync !== null && typeof page.sync.writeBatchFiles === "function"
                        width: Math.min(implicitWidth, parent.width)  // a long stick name wraps
                        enabled: page.stick !== null
                        variant: "secondary"
                        text: page.stick ? qsTr("Stapel auf %1 schreiben").arg(page.stick.label)
                                         : qsTr("Kein USB-Stick gefunden")
                        onClicked: {
                            page.batchResult = ""
                            page.sync.writeBatchFiles(page.stick.path)
                        }
                    }
                }
                Text {
                    objectName: "syncBatchResult"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: page.batchResult
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
