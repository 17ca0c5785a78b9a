import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// A modal question with two large buttons, for actions that are hard to undo.
Popup {
    id: popup

    property string title
    property string message
    property string confirmText: qsTr("Ja")

    signal confirmed()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.px(640), parent ? parent.width - 2 * Theme.margin : Theme.px(640))
    modal: true
    focus: true
    padding: Theme.gap
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.line
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: popup.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            font.weight: Font.Bold
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: popup.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "confirmCancel"
                Layout.fillWidth: true
                variant: "secondary"
                text: qsTr("Abbrechen")
                onClicked: popup.close()
            }
            KioskButton {
                objectName: "confirmAccept"
                Layout.fillWidth: true
                text: popup.confirmText
                onClicked: {
                    popup.close()
                    popup.confirmed()
                }
            }
        }
    }
}
