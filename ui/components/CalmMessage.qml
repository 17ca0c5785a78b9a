import QtQuick
import ui

// A quiet notice in the flow (e.g. the card could not be stored). Never red, never loud.
Rectangle {
    id: message

    property alias text: label.text

    implicitHeight: label.implicitHeight + Theme.px(32)
    radius: Theme.radius
    color: Theme.noticeFill
    border.width: 1
    border.color: Theme.line

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.noticeInk
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}
