import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// "Große Schrift": all text at 150 %. Reset for every new attendee.
Button {
    id: toggle

    checkable: false
    checked: Theme.largeText
    onClicked: Theme.largeText = !Theme.largeText
    text: qsTr("Große Schrift")
    implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.px(16)
    rightPadding: Theme.px(20)
    topPadding: Theme.px(8)
    bottomPadding: Theme.px(8)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSmall
    font.variableAxes: Theme.semiBold
    focusPolicy: Qt.StrongFocus
    hoverEnabled: false

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: RowLayout {
        spacing: Theme.px(10)
        Text {
            text: "A<font size=\"+2\">A</font>"
            textFormat: Text.StyledText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.px(22)
            font.variableAxes: Theme.bold
            color: toggle.checked ? Theme.textOnPrimary : Theme.primary
            Accessible.ignored: true
        }
        Text {
            text: toggle.text
            font: toggle.font
            color: toggle.checked ? Theme.textOnPrimary : Theme.primary
            Accessible.ignored: true
        }
    }

    background: Rectangle {
        radius: height / 2
        color: toggle.checked ? Theme.primary : Theme.surface
        border.width: 2
        border.color: Theme.primary
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - 2
            radius: parent.radius + Theme.focusWidth + 2
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: toggle.visualFocus
        }
    }
}
