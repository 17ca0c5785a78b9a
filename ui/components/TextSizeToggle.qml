import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// "Große Schrift" in two steps: each tap goes 100 % → 150 % → 200 % → 100 % (Theme.textStep).
// Enlarged, it is filled and shows the size before its name ("150 %", "200 %"); a screen
// reader hears the size in its name and "checked" while the text is enlarged. Reset to 100 %
// for every new attendee (Main.qml).
Button {
    id: toggle

    // Main.qml reads the focused toggle again when this changes (150 % → 200 % leaves
    // `checked` as it is).
    readonly property int textStep: Theme.textStep
    readonly property string sizeText: Theme.textPercent + "\u00a0%"

    checkable: false
    checked: Theme.textStep > 0
    onClicked: Theme.textStep = (Theme.textStep + 1) % 3
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
    Accessible.name: checked ? text + ", " + sizeText : text
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    // "AA" at 100 %; enlarged, the size in its place ("150 %"), so that the toggle grows
    // hardly wider and the header keeps its room
    contentItem: RowLayout {
        spacing: Theme.px(10)
        Text {
            visible: !toggle.checked
            text: "A<font size=\"+2\">A</font>"
            textFormat: Text.StyledText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.px(22)
            font.variableAxes: Theme.bold
            color: Theme.primary
            Accessible.ignored: true
        }
        Text {
            objectName: "textSizeValue"
            visible: toggle.checked
            text: toggle.sizeText
            font.family: Theme.fontFamily
            font.pixelSize: toggle.font.pixelSize
            font.variableAxes: Theme.bold
            color: Theme.textOnPrimary
            // digits and the sign in this order in every language
            LayoutMirroring.enabled: false
            Accessible.ignored: true
        }
        Text {
            objectName: "textSizeLabel"
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
