pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// Asks why a card is hidden: common reasons as large buttons, or a reason typed in.
// A button's reason is stored as the bridge gives it (German, whatever the UI language);
// only its label is translated.
Popup {
    id: popup

    property string code
    property string cardText
    property string reason
    // The common reasons, each {reason, label} (FacilitatorBridge.hideReasons).
    property var reasons: []

    signal hideRequested(string code, string reason)

    function ask(code, text) {
        popup.code = code
        popup.cardText = text
        popup.reason = ""
        reasonField.text = ""
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.px(820), parent ? parent.width - 2 * Theme.margin : Theme.px(820))
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
