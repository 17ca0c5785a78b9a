pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import ui

// Asks why a card is hidden: common reasons as large buttons, or a reason typed in.
// A button's reason is stored as the bridge gives it (German, whatever the UI language);
// only its label is translated.
// A layer over the cards page, not a window-wide modal popup: the page ends where the
// on-screen keyboard begins, so the keyboard stays tappable for "Anderer Grund" and the
// question scrolls if the room above the keyboard is too small for it.
FocusScope {
    id: popup

    property string code
    property string cardText
    property string reason
    // The card is approved for the live wall: hiding takes it off the wall, too.
    property bool onWall: false
    // The common reasons, each {reason, label} (FacilitatorBridge.hideReasons).
    property var reasons: []
    readonly property bool opened: visible

    signal hideRequested(string code, string reason)

    function ask(code, text, onWall) {
        popup.code = code
        popup.cardText = text
        popup.onWall = onWall === true
        popup.reason = ""
        reasonField.text = ""
        open()
    }
    function open() {
        visible = true
        popup.forceActiveFocus()
    }
    function close() { visible = false }
    // While a reason is typed, the field and the buttons under it stay above the keyboard.
    function keepActionsInView() {
        if (!reasonField.activeFocus)
            return
        const bottom = panel.y + panel.height
        if (bottom > scroller.contentY + scroller.height)
            scroller.contentY = Math.max(0, bottom - scroller.height)
    }

    anchors.fill: parent
    visible: false
    z: 10
    Keys.onEscapePressed: close()

    Rectangle {  // the page behind is dimmed and cannot be touched
        anchors.fill: parent
        color: Theme.overlayShade
        MouseArea {
            anchors.fill: parent
            Accessible.ignored: true
        }
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        contentWidth: width
        contentHeight: Math.max(height, panel.height)
        interactive: panel.height > height
        boundsBehavior: Flickable.StopAtBounds
        onHeightChanged: popup.keepActionsInView()

        Rectangle {
            id: panel
            width: Math.min(Theme.px(820), scroller.width)
            height: column.implicitHeight + 2 * Theme.gap
            x: (scroller.width - width) / 2
            y: Math.max(0, (scroller.height - height) / 2)
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.line

            ColumnLayout {
                id: column
                x: Theme.gap
                y: Theme.gap
                width: panel.width - 2 * Theme.gap
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Karte %1 ausblenden").arg(popup.code)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLead
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Text {
                    Layout.fillWidth: true
                    text: popup.cardText
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "hideFromWall"
                    Layout.fillWidth: true
                    visible: popup.onWall
                    text: qsTr("Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: popup.reasons
                        delegate: KioskButton {
                            required property var modelData
                            required property int index
                            objectName: "reason_" + index
                            text: modelData.label
                            variant: popup.reason === modelData.reason ? "primary" : "secondary"
                            onClicked: {
                                popup.reason = modelData.reason
                                reasonField.text = ""
                            }
                        }
                    }
                }
                DashTextField {
                    id: reasonField
                    objectName: "reasonField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Anderer Grund")
                    onTextEdited: popup.reason = text
                    onActiveFocusChanged: popup.keepActionsInView()
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "hideCancel"
                        Layout.fillWidth: true
                        variant: "secondary"
                        text: qsTr("Abbrechen")
                        onClicked: popup.close()
                    }
                    KioskButton {
                        objectName: "hideConfirm"
                        Layout.fillWidth: true
                        enabled: popup.reason.trim() !== ""
                        text: qsTr("Ausblenden")
                        onClicked: {
                            popup.close()
                            popup.hideRequested(popup.code, popup.reason)
                        }
                    }
                }
            }
        }
    }
}

