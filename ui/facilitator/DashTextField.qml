import QtQuick
import QtQuick.Controls.Basic
import ui

// A large text field for the dashboard (touch height, theme colours, visible focus).
TextField {
    id: field

    implicitHeight: Math.max(Theme.buttonHeight, contentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.ink
    placeholderTextColor: Theme.inkMuted
    selectByMouse: true
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : 2
        border.color: field.activeFocus ? Theme.focusRing : Theme.line
    }
}
