pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Belegdrucker on the "Drucker & Sync" page: the latest receipt's status and why it did not
// print, the receipts that failed for good, which printer queue receipts go to (chosen from
// the system's queues, remembered by the station), a test page, and reprints.
//   printer  ReceiptPrinterBridge (station_app/qml/receipt_bridge.py)
Rectangle {
    id: section

    required property ReceiptPrinterBridge printer
    readonly property bool printingOn: printer.status !== "off"

    objectName: "printerSection"
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    function words(status) {
        switch (status) {
        case "off": return qsTr("Belegdruck ist ausgeschaltet")
        case "none": return qsTr("Kein Belegdrucker eingerichtet")
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
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.spacing

        SectionLabel {
            Layout.fillWidth: true
            text: qsTr("Belegdrucker")
        }
        Text {
            objectName: "printerStatus"
            Layout.fillWidth: true
            text: section.words(section.printer.status)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "printerDetail"
            Layout.fillWidth: true
            visible: section.printer.detail !== ""
            text: qsTr("Grund: %1").arg(section.printer.detail)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "printerQueue"
            Layout.fillWidth: true
            text: qsTr("Druckwarteschlange: %n Belege endgültig fehlgeschlagen", "",
                       section.printer.failedCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: section.printer.failedCount > 0 ? Theme.accent : Theme.ink
            wrapMode: Text.WordWrap
        }

        // --- reprint: right under the receipts that failed ----------------------------------
        // Field and button side by side while the hint fits beside the button, else stacked.
        TextMetrics {
            id: reprintHint
            font: reprintCode.font
            text: reprintCode.placeholderText
        }
        GridLayout {
            Layout.fillWidth: true
            columns: reprintHint.advanceWidth + reprintCode.leftPadding + reprintCode.rightPadding
                     + Theme.spacing + reprintButton.implicitWidth <= width ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            DashTextField {
                id: reprintCode
                objectName: "reprintCode"
                Layout.fillWidth: true
                placeholderText: qsTr("Kartencode für einen neuen Beleg")
            }
            KioskButton {
                id: reprintButton
                objectName: "reprintButton"
                Layout.maximumWidth: parent.width
                enabled: reprintCode.text.trim() !== ""
                text: qsTr("Beleg erneut drucken")
                onClicked: {
                    if (section.printer.reprint(reprintCode.text.trim()))
                        reprintCode.text = ""
                }
            }
        }

        // --- which printer -----------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: section.printingOn
            spacing: Theme.spacing
            Text {
                objectName: "printerCurrent"
                Layout.fillWidth: true
                text: section.printer.printerName === ""
                      ? qsTr("Noch kein Drucker gewählt: bitte unten einen antippen.")
                      : section.printer.usesDefault
                        ? qsTr("Belege gehen an den Standarddrucker „%1“.").arg(section.printer.printerName)
                        : qsTr("Belege gehen an „%1“.").arg(section.printer.printerName)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.variableAxes: Theme.semiBold
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "printerSearch"
                variant: "quiet"
                enabled: !section.printer.searching
                text: section.printer.searching ? qsTr("Suche läuft …") : qsTr("Drucker suchen")
                onClicked: section.printer.refreshPrinters()
            }
        }
        Text {
            objectName: "printerNoQueues"
            Layout.fillWidth: true
            visible: section.printingOn && !section.printer.searching
                     && section.printer.printers.length === 0
            text: qsTr("Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: section.printingOn ? section.printer.printers : []
            delegate: KioskButton {
                required property var modelData
                required property int index
                objectName: "printerChoice_" + index
                Layout.fillWidth: true
                variant: modelData.chosen ? "primary" : "secondary"
                text: modelData.isDefault ? qsTr("%1 (Standarddrucker)").arg(modelData.name)
                                          : modelData.name
                accessibleName: modelData.chosen ? qsTr("%1, gewählt").arg(text) : text
                onClicked: section.printer.choosePrinter(modelData.name)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: section.printingOn
            spacing: Theme.spacing
            KioskButton {
                objectName: "printerTestPage"
                variant: "secondary"
                enabled: section.printer.configured && !section.printer.testPageBusy
                text: section.printer.testPageBusy ? qsTr("Testseite wird gedruckt …")
                                                   : qsTr("Testseite drucken")
                onClicked: section.printer.printTestPage()
            }
            BusyIndicator {
                objectName: "printerTestPageBusy"
                running: section.printer.testPageBusy
                visible: running
                Layout.preferredHeight: Theme.buttonHeight
                Layout.preferredWidth: Theme.buttonHeight
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "printerTestPageResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: section.printer.testPageResult
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: section.printer.testPageOk ? Theme.ink : Theme.accent
            wrapMode: Text.WordWrap
        }
    }
}
