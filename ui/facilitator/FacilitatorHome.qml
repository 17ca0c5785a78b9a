pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// The facilitator dashboard, opened by ui/Main.qml after a correct PIN.
//
// Interface with Main.qml – keep it:
//   required property FacilitatorBridge facilitator   station_app/qml/facilitator.py
//   required property SyncBridge sync                 station_app/qml/sync_status.py
//   required property ReceiptPrinterBridge printer    station_app/qml/receipt_bridge.py
//   signal leaveKioskRequested()      quit the kiosk (Main calls pin.leaveKiosk())
//   signal backToKioskRequested()     close this area and lock it again
// Pages: Überblick, Karten, Sitzungen, Papierkarte, Export, Drucker & Sync.
FocusScope {
    id: home

    required property FacilitatorBridge facilitator
    required property SyncBridge sync
    required property ReceiptPrinterBridge printer
    property string page: "overview"
    property string noticeText: ""
    property bool noticeIsError: false

    signal leaveKioskRequested()
    signal backToKioskRequested()

    objectName: "facilitatorHome"

    function show(name) { home.page = name }
    function say(text, isError) {
        home.noticeText = text
        home.noticeIsError = isError
        noticeTimer.restart()
    }

    // Counts are read while the dashboard is on screen, and kept current from then on.
    Component.onCompleted: {
        facilitator.setActive(true)
        sync.refresh()  // cards may have come in since the last look
    }
    Component.onDestruction: facilitator.setActive(false)

    Connections {
        target: home.facilitator
        function onNotice(text, isError) {
            home.noticeText = text
            home.noticeIsError = isError
            noticeTimer.restart()
        }
    }
    // The printer (a queue chosen) and the set-up (an enrolment installed) say so here too.
    Connections {
        target: home.printer
        function onNotice(text, isError) { home.say(text, isError) }
    }
    Connections {
        target: home.sync ? home.sync.enrolment : null
        function onNotice(text, isError) { home.say(text, isError) }
    }
    Connections {
        target: home.facilitator ? home.facilitator.exports : null
        function onFinished(path, cards, hidden) {
            home.noticeText = qsTr("Export gespeichert: %1").arg(path)
            home.noticeIsError = false
            noticeTimer.restart()
        }
        function onFailed(reason) {
            home.noticeText = qsTr("Export fehlgeschlagen: %1").arg(reason)
            home.noticeIsError = true
            noticeTimer.restart()
        }
    }
    Timer {
        id: noticeTimer
        interval: 8000
        onTriggered: home.noticeText = ""
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    MouseArea {  // nothing below the dashboard may be touched
        anchors.fill: parent
        Accessible.ignored: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // --- top bar: where am I, and the two ways out ---------------------------------
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: topBar.implicitHeight + 2 * Theme.spacing
            color: Theme.primary

            // Narrow (portrait, large text): the title and session line above the two buttons.
            GridLayout {
                id: topBar
                readonly property bool narrow: home.width < Theme.textPx(1000)
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                columns: narrow ? 2 : 3
                columnSpacing: Theme.gap
                rowSpacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.columnSpan: topBar.narrow ? 2 : 1
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Moderation")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        font.weight: Font.Bold
                        color: Theme.textOnPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        objectName: "dashboardSessionLine"
                        Layout.fillWidth: true
                        text: !home.facilitator ? ""
                              : home.facilitator.hasSession
                                ? (home.facilitator.sessionOpen ? qsTr("Sitzung: %1")
                                                                : qsTr("Letzte Sitzung (geschlossen): %1"))
                                  .arg(home.facilitator.sessionName)
                                : qsTr("Noch keine Sitzung")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textOnPrimary
                        wrapMode: Text.WordWrap
                    }
                }
                KioskButton {
                    objectName: "facilitatorBack"
                    Layout.fillWidth: topBar.narrow
                    variant: "secondary"
                    focus: true
                    text: qsTr("Zurück zum Kiosk")
                    onClicked: home.backToKioskRequested()
                }
                KioskButton {
                    objectName: "facilitatorLeave"
                    Layout.fillWidth: topBar.narrow
                    variant: "secondary"
                    text: qsTr("Kiosk verlassen")
                    onClicked: leaveConfirm.open()
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            rowSpacing: 0
            columnSpacing: 0

            // --- navigation: a rail beside the page, or rows above it in portrait -----------
            Rectangle {
                objectName: "dashboardNav"
                Layout.fillHeight: !Theme.portrait
                Layout.fillWidth: Theme.portrait
                Layout.preferredWidth: Theme.portrait ? -1 : Math.min(Theme.textPx(250), home.width * 0.3)
                Layout.preferredHeight: Theme.portrait ? nav.implicitHeight + 2 * Theme.spacing : -1
                color: Theme.surfaceMuted

                // Scrolls when the on-screen keyboard leaves too little height for the rail.
                Flickable {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    clip: true
                    contentWidth: width
                    contentHeight: nav.implicitHeight
                    interactive: contentHeight > height
                    boundsBehavior: Flickable.StopAtBounds

                    Flow {
                        id: nav
                        width: parent.width
                        spacing: Theme.spacing

                        Repeater {
                            model: [
                                { name: "overview", label: qsTr("Überblick") },
                                { name: "cards", label: qsTr("Karten") },
                                { name: "sessions", label: qsTr("Sitzungen") },
                                { name: "paper", label: qsTr("Papierkarte erfassen") },
                                { name: "export", label: qsTr("Export") },
                                { name: "devices", label: qsTr("Drucker & Sync") }
                            ]
                            delegate: KioskButton {
                                required property var modelData
                                objectName: "nav_" + modelData.name
                                width: Theme.portrait ? Math.min(implicitWidth, nav.width) : nav.width
                                text: modelData.label
                                variant: home.page === modelData.name ? "primary" : "quiet"
                                onClicked: home.show(modelData.name)
                            }
                        }
                    }
                }
            }

            // --- the page ---------------------------------------------------------------
            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: ["overview", "cards", "sessions", "paper", "export", "devices"]
                              .indexOf(home.page)

                OverviewPage { facilitator: home.facilitator }
                CardsPage { facilitator: home.facilitator }
                SessionsPage { facilitator: home.facilitator }
                PaperCardPage { facilitator: home.facilitator }
                ExportPage { facilitator: home.facilitator }
                DevicesPage {
                    printer: home.printer
                    sync: home.sync
                    exports: home.facilitator.exports
                }
            }
        }

        // --- what just happened: a row of its own below the page, never over it ------------
        Rectangle {
            objectName: "dashboardNotice"
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? noticeLabel.implicitHeight + 2 * Theme.spacing : 0
            visible: home.noticeText !== ""
            color: home.noticeIsError ? Theme.noticeFill : Theme.selected

            Text {
                id: noticeLabel
                objectName: "dashboardNoticeText"
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: home.noticeText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: home.noticeIsError ? Theme.noticeInk : Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    ConfirmPopup {
        id: leaveConfirm
        objectName: "leaveConfirm"
        title: qsTr("Kiosk wirklich verlassen?")
        message: qsTr("Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.")
        confirmText: qsTr("Kiosk verlassen")
        onConfirmed: home.leaveKioskRequested()
    }
}
