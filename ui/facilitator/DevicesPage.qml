pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Drucker & Sync: the receipt printer (PrinterSection), the transfer to the collection point
// (SyncSection), the station's enrolment from a USB stick (SetupSection) and a station package
// from a USB stick (PackageSection).
//   printer  ReceiptPrinterBridge (station_app/qml/receipt_bridge.py)
//   sync     SyncBridge (station_app/qml/sync_status.py); sync.enrolment the EnrolmentBridge
//            (station_app/qml/enrolment_bridge.py), sync.stationPackage the PackageBridge
//            (station_app/qml/package_bridge.py), each null when not offered
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

    // Scroll so that an item that just appeared in the content is in view, its top first;
    // kept in view while the layout places it (the content grows a moment later), until
    // the facilitator scrolls.
    property Item revealTarget: null

    function reveal(item) {
        page.revealTarget = item
        page.revealNow()
    }

    function revealNow() {
        const item = page.revealTarget
        if (!item || !item.visible)
            return
        const top = item.mapToItem(content, 0, 0).y
        const bottom = top + item.height
        if (top >= page.contentY && bottom <= page.contentY + page.height)
            return
        const tall = bottom - top > page.height - 2 * Theme.gap
        const wanted = tall || top < page.contentY ? top - Theme.gap
                                                   : bottom + Theme.gap - page.height
        page.contentY = Math.max(0, Math.min(Math.max(wanted, 0), page.contentHeight - page.height))
    }

    onContentHeightChanged: page.revealNow()
    onMovementStarted: page.revealTarget = null

    function lookAround() {
        if (page.printer)
            page.printer.refreshPrinters()
        if (page.sync && page.sync.enrolment)
            page.sync.enrolment.refresh()
        if (page.sync && page.sync.stationPackage)
            page.sync.stationPackage.refresh()
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
        Loader {
            Layout.fillWidth: true
            active: page.sync !== null && page.sync.stationPackage !== null
            visible: active
            sourceComponent: PackageSection {
                stationPackage: page.sync.stationPackage
                onReveal: (item) => page.reveal(item)
            }
        }
    }
}
