import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Drucker & Sync:
//   printer  ReceiptPrinterBridge (station_app/qml/receipt_bridge.py):
//            status, code, detail, failedCount, reprint(code)
//   sync     SyncBridge (station_app/qml/sync_status.py): statusText, pendingCards,
//            syncNow(), writeBatchFiles(folder) with filesWritten(count, folder) /
//            filesFailed(reason); the USB stick comes from the export targets (exports)
Flickable {
    id: page

    required property ReceiptPrinterBridge printer
    required property SyncBridge sync
    required property ExportBridge exports
    // The first writable USB stick among the export targets, or null.
    readonly property var stick: {
        const targets = exports.targets
        for (let i = 0; i < targets.length; ++i) {
            if (targets[i].removable && targets[i].writable)
                return targets[i]
        }
        return null
    }
    property string batchResult: ""

    Connections {
        target: page.sync
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

        // --- printer: status, queue, reprint ------------------------------------------------
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
                    text: page.printerWords(page.printer.status)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "printerDetail"
                    Layout.fillWidth: true
                    visible: page.printer.detail !== ""
                    text: qsTr("Grund: %1").arg(page.printer.detail)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "printerQueue"
                    Layout.fillWidth: true
                    text: qsTr("Druckwarteschlange: %1 Beleg(e) endgültig fehlgeschlagen")
                          .arg(page.printer.failedCount)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: page.printer.failedCount > 0 ? Theme.accent : Theme.ink
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    DashTextField {
                        id: reprintCode
                        objectName: "reprintCode"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Kartencode für einen neuen Beleg")
                    }
                    KioskButton {
                        objectName: "reprintButton"
                        enabled: reprintCode.text.trim() !== ""
                        text: qsTr("Beleg erneut drucken")
                        onClicked: {
                            if (page.printer.reprint(reprintCode.text.trim()))
                                reprintCode.text = ""
                        }
                    }
                }
            }
        }

        // --- sync status ---------------------------------------------------------------------
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
                    text: page.sync.statusText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "syncPending"
                    Layout.fillWidth: true
                    text: qsTr("Noch nicht übertragen: %1 Karten").arg(page.sync.pendingCards)
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
                        visible: page.sync.online
                        width: Math.min(implicitWidth, parent.width)
                        text: qsTr("Jetzt übertragen")
                        onClicked: page.sync.syncNow()
                    }
                    KioskButton {
                        objectName: "syncToStick"
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
