import QtQuick
import QtQuick.Layouts
import ui

// "Sind Sie noch da?" – shown before an idle draft is discarded. Any tap anywhere gives
// more time (the IdleWatch sees it first), the button says so for screen readers.
Rectangle {
    id: overlay

    property int secondsLeft: 0
    // In the facilitator dashboard the warning says that it will lock, not that a card goes.
    property bool dashboard: false

    signal stayRequested()

    objectName: "inactivityOverlay"
    color: Theme.overlayShade

    MouseArea {
        // swallow everything under the overlay
        anchors.fill: parent
        onClicked: overlay.stayRequested()
        Accessible.ignored: true
    }

    // Wider for text at 200 %; taller than the window (the dashboard's longer text at 200 %
    // in portrait), its content scrolls.
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(Theme.largestText ? 900 : 720))
        height: Math.min(column.implicitHeight + 2 * Theme.px(40), parent.height - 2 * Theme.px(12))
        radius: Theme.radius * 2
        color: Theme.surface

        Flickable {
            id: cardScroll
            anchors.fill: parent
            // room for the focus ring inside the clip
            anchors.topMargin: Theme.px(40) - cardScroll.ring
            anchors.bottomMargin: Theme.px(40) - cardScroll.ring
            readonly property int ring: Theme.focusWidth + 4
            contentWidth: width
            contentHeight: column.implicitHeight + 2 * ring
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            clip: true

            ColumnLayout {
                id: column
                x: Theme.px(40)
                y: cardScroll.ring
                width: cardScroll.width - 2 * Theme.px(40)
                spacing: Theme.gap

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Sind Sie noch da?")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.variableAxes: Theme.bold
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "inactivityCountdown"
                    Layout.fillWidth: true
                    text: qsTr("%1 Sekunden").arg(overlay.secondsLeft)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHero
                    font.variableAxes: Theme.bold
                    color: Theme.accent
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    objectName: "inactivityExplanation"
                    text: overlay.dashboard
                          ? qsTr("Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.")
                          : qsTr("Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "inactivityStay"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Ich bin noch da")
                    onClicked: overlay.stayRequested()
                }
            }
        }
    }
}
