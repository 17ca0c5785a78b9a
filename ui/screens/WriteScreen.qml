import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Step 3: the card's text. The on-screen keyboard opens below the page (never over the
// text); a hardware keyboard works as well. The prompt's example is the placeholder.
FlowPage {
    id: screen

    required property KioskBridge kiosk

    step: "write"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: kiosk.promptLabel
    subtitle: qsTr("Themenfeld: %1").arg(kiosk.topicLabel)
    nextEnabled: kiosk.textReady

    // The field shows whole lines only, never half a line: the padding lies outside the
    // scrolling view, its height is a whole number of lines and a flick ends on a line.
    Rectangle {
        id: frame
        Layout.fillWidth: true
        Layout.fillHeight: true
        // at least three lines with text at 200 % (the header scrolls away above it)
        Layout.minimumHeight: Theme.largestText ? Math.max(Theme.px(120), 2 * inset + 3 * linePitch)
                                                : Theme.px(120)
        radius: Theme.radius
        color: Theme.surface
        border.width: area.activeFocus ? 3 : 1
        border.color: area.activeFocus ? Theme.primary : Theme.line
        readonly property real inset: 3 + Theme.px(16)
        // as the text is laid out (whole pixels), not the font's fractional line spacing
        readonly property real linePitch: area.contentHeight / Math.max(1, area.lineCount)

        MouseArea {  // the padding around the text is part of the field
            anchors.fill: parent
            onPressed: area.forceActiveFocus()
            Accessible.ignored: true
        }

        ScrollView {
            id: scroller
            objectName: "writeView"
            x: frame.inset
            y: frame.inset
            width: frame.width - 2 * frame.inset
            height: Math.max(frame.linePitch,
                             Math.floor((frame.height - 2 * frame.inset) / frame.linePitch)
                             * frame.linePitch)
            focus: true
            clip: true

            Connections {
                target: scroller.contentItem as Flickable
                function onMovementEnded() {
                    const view = scroller.contentItem as Flickable
                    const line = Math.round(view.contentY / frame.linePitch) * frame.linePitch
                    view.contentY = Math.max(0, Math.min(line, view.contentHeight - view.height))
                }
            }

            TextArea {
                id: area
                objectName: "writeArea"
                focus: true
                wrapMode: TextEdit.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                color: Theme.ink
                placeholderText: screen.kiosk.promptExample
                placeholderTextColor: Theme.inkMuted
                // from the reading start whatever is typed: right for RTL (mirrored)
                horizontalAlignment: TextEdit.AlignLeft
                selectByMouse: true
                padding: 0
                inputMethodHints: Qt.ImhMultiLine
                background: null
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Ihr Text zur Frage: %1").arg(screen.kiosk.promptLabel)
                Accessible.description: placeholderText
                Component.onCompleted: {
                    text = screen.kiosk.text
                    cursorPosition = length  // editing from the review continues at the end
                }
                onTextChanged: screen.kiosk.setText(text)
                Keys.onTabPressed: (event) => {
                    area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    event.accepted = true
                }
                Keys.onBacktabPressed: (event) => {
                    area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    event.accepted = true
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        // While speech is on: hear what is written before going on.
        KioskButton {
            objectName: "writeReadBack"
            visible: screen.speech !== null && screen.speech.active
            variant: "secondary"
            text: qsTr("Text vorlesen")
            focusPolicy: Qt.TabFocus  // a tap leaves the keyboard on the text
            onClicked: screen.speech.readText(screen.kiosk.text)
        }
        Text {
            Layout.fillWidth: true
            visible: screen.kiosk.textTooLong
            text: qsTr("Bitte kürzen Sie Ihren Text etwas.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillWidth: true; visible: !screen.kiosk.textTooLong }
        Text {
            objectName: "writeCounter"
            Layout.minimumWidth: implicitWidth
            text: qsTr("%1 von %2 Zeichen").arg(screen.kiosk.textLength).arg(screen.kiosk.maxTextLength)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: screen.kiosk.textTooLong ? Theme.accent : Theme.inkMuted
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
