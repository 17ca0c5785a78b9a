pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Drucker & Sync: the receipt printer (PrinterSection), the transfer to the collection point
// (SyncSection) and the station's enrolment from a USB stick (SetupSection).
//   printer  ReceiptPrinterBridge (station_app/qml/receipt_bridge.py)
//   sync     SyncBridge (station_app/qml/sync_status.py); sync.enrolment the EnrolmentBridge
//            (station_app/qml/enrolment_bridge.py), null when not offered
//   exports  ExportBridge: the USB stick for batch files comes from its targets
// While the page is shown, the pending count is re-read every few seconds, so cards that
// come in meanwhile (at the kiosk, transcribed, from the command line) show at once.
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

    objectName: "devicesPage"
    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.gap
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    // Shown: look for printers and sticks again (plugged in since the last look).
    onVisibleChanged: if (visible) page.lookAround()
    Component.onCompleted: if (visible) page.lookAround()

    function lookAround() {
        if (page.printer)
            page.printer.refreshPrinters()
        if (page.sync && page.sync.enrolment)
            page.sync.enrolment.refresh()
        if (page.sync)
            page.sync.refresh()
    }

    Timer {
        objectName: "devicesPoll"
        interval: 2000
        repeat: true
        running: page.visible && page.sync !== null
        onTriggered: page.sync.refreshCounts()
    }

    ColumnLayout {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: page.width - 2 * Theme.gap
        spacing: Theme.gap

        Loader {  // the printer attaches a moment after the station
            Layout.fillWidth: true
            active: page.printer !== null
            visible: active
            sourceComponent: PrinterSection {
                printer: page.printer
            }
        }
        SyncSection {
            Layout.fillWidth: true
            sync: page.sync
            stick: page.stick
        }
        Loader {
            Layout.fillWidth: true
            active: page.sync !== null && page.sync.enrolment !== null
            visible: active
            sourceComponent: SetupSection {
                enrolment: page.sync.enrolment
            }
        }
    }
}
