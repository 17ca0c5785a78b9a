import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// A longer text read on the kiosk itself (the Mitmachpool's privacy notice): over the whole
// step, scrollable, plain text (never a link to follow), closed with one large button.
FocusScope {
    id: panel

    property string title: ""
    property string text: ""

    signal closed()

    objectName: "noticePanel"
    visible: false

    function open() {
        body.contentY = 0
        visible = true
        closeButton.forceActiveFocus()
    }
    function close() {
        visible = false
        closed()
    }

    Keys.onEscapePressed: close()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        // taps on the panel never reach the step underneath
        MouseArea { anchors.fill: parent }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.margin, (panel.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        anchors.topMargin: Theme.px(24)
        anchors.bottomMargin: Theme.px(16)
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: panel.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.variableAxes: Theme.bold
            color: Theme.ink
            // a word longer than the line (text at 200 %) breaks rather than overflows
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Flickable {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: noticeText.height
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: body.contentHeight > body.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                Accessible.role: Accessible.ScrollBar
                Accessible.name: qsTr("Bildlaufleiste")
            }

            Text {
                id: noticeText
                objectName: "noticeText"
                width: body.width - Theme.px(24)
                // a little slack: a line mixing Arabic and Latin text (an address) may
                // measure a few pixels wider than the width it was broken for
                leftPadding: 4
                rightPadding: 4
                text: panel.text
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
                color: Theme.ink
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        KioskButton {
            id: closeButton
            objectName: "noticeClose"
            Layout.alignment: Qt.AlignRight
            Layout.minimumWidth: Theme.px(200)
            text: qsTr("Schließen")
            onClicked: panel.close()
        }
    }
}
