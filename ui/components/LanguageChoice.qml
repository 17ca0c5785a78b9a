pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Station.Bridge
import ui

// One pill per station language, each labelled in its own language ("Deutsch", "Leichte
// Sprache", "Türkçe", "العربية", "Українська"). The pills wrap into rows (ten languages,
// large text, portrait): a language's name is never cut. Mirrored for right-to-left, as the
// whole window is. Leichte Sprache is found by its name, right after Deutsch (the station's
// order, `kiosk.languages`).
Flow {
    id: choice

    required property LanguageBridge language

    objectName: "languageChoice"
    spacing: Theme.px(10)

    Repeater {
        model: choice.language.languages
        delegate: Button {
            id: pill

            required property var modelData

            objectName: "language_" + modelData.code
            checkable: false
            checked: choice.language.language === modelData.code
            onClicked: choice.language.setLanguage(modelData.code)
            text: modelData.name
            implicitHeight: Math.max(Theme.buttonHeight,
                                     implicitContentHeight + topPadding + bottomPadding)
            implicitWidth: Math.max(Theme.px(120),
                                    implicitContentWidth + leftPadding + rightPadding)
            // ten languages (German, Leichte Sprache and eight more) in two rows at
            // 1280×800 with large text: the start screen has no room for a third
            leftPadding: Theme.px(16)
            rightPadding: Theme.px(16)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.variableAxes: Theme.semiBold
            focusPolicy: Qt.StrongFocus
            hoverEnabled: false

            Accessible.role: Accessible.RadioButton
            Accessible.name: text
            Accessible.checkable: true
            Accessible.checked: checked
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()

            contentItem: Text {
                text: pill.text
                font: pill.font
                color: pill.checked ? Theme.textOnPrimary : Theme.primary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
            background: Rectangle {
                radius: height / 2
                color: pill.checked ? Theme.primary : Theme.surface
                border.width: 2
                border.color: Theme.primary
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -Theme.focusWidth - 2
                    radius: parent.radius + Theme.focusWidth + 2
                    color: "transparent"
                    border.width: Theme.focusWidth
                    border.color: Theme.focusRing
                    visible: pill.visualFocus
                }
            }
        }
    }
}
