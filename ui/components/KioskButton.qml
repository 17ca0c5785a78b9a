import QtQuick
import QtQuick.Controls.Basic
import ui

// The kiosk's button: large, calm, keyboard-operable (Space, Return, Enter).
// variant: "primary" (filled), "secondary" (outlined), "quiet" (text only), "hero" (start).
Button {
    id: control

    property string variant: "primary"
    property string accessibleName: text

    readonly property bool filled: variant === "primary" || variant === "hero"

    implicitHeight: Math.max(variant === "hero" ? Theme.heroButtonHeight : Theme.buttonHeight,
                             implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.buttonHeight * 2,
                            implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.px(variant === "hero" ? 56 : 28)
    rightPadding: leftPadding
    topPadding: Theme.px(10)
    bottomPadding: Theme.px(10)
    font.family: Theme.fontFamily
    font.pixelSize: variant === "hero" ? Theme.fontTitle : Theme.fontBody
    font.variableAxes: Theme.semiBold
    focusPolicy: Qt.StrongFocus
    hoverEnabled: false

    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.disabledInk
               : control.filled ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        elide: Text.ElideNone
        Accessible.ignored: true
    }

    background: Rectangle {
        radius: control.variant === "hero" ? height / 2 : Theme.radius
        color: !control.enabled ? (control.variant === "quiet" ? "transparent" : Theme.disabledFill)
               : control.filled ? (control.down ? Theme.primaryPressed : Theme.primary)
               : control.variant === "secondary" ? (control.down ? Theme.selected : Theme.surface)
               : (control.down ? Theme.selected : "transparent")
        border.width: control.variant === "secondary" ? 2 : 0
        border.color: control.enabled ? Theme.primary : Theme.disabledFill

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - 2
            radius: parent.radius + Theme.focusWidth + 2
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: control.visualFocus
        }
    }
}
