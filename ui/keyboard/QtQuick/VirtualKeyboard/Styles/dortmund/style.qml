pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components as C
import QtQuick.VirtualKeyboard.Styles

// The on-screen keyboard in the house style: a light, flat keyboard in the Theme's colours
// (Look.qml) and font. app.py selects it (QT_VIRTUALKEYBOARD_STYLE=dortmund) and puts
// ui/keyboard on the QML import path, where Qt Virtual Keyboard finds
// QtQuick/VirtualKeyboard/Styles/dortmund/style.qml.
//
// Letter keys are white cards on the muted panel, function keys the line tone, enter is
// petrol. A pressed key turns the selected tint with a petrol edge. Every label and icon
// has at least 4.5:1 contrast on its face, in every state (tests/qml/test_keyboard_style.py).
//
// Sizes are in design units: the keyboard is 2560 × 676 of them, so at the kiosk's 1120 px
// wide panel (1280 × 800) it is 296 px tall, four rows of 72 px; at 800 px wide (portrait)
// 211 px, rows of 51 px – never under the 48 px touch floor.
KeyboardStyle {
    id: dortmund

    readonly property Look look: Look {
        scale: dortmund.scaleHint
    }
    // Set while the keyboard takes handwriting (the handwriting key then offers letters).
    readonly property bool handwriting: InputContext.inputEngine.patternRecognitionModes
                                        .indexOf(InputEngine.PatternRecognitionMode.Handwriting) !== -1

    keyboardDesignWidth: 2560
    keyboardDesignHeight: 676
    keyboardRelativeLeftMargin: 10 / keyboardDesignWidth
    keyboardRelativeRightMargin: 10 / keyboardDesignWidth
    keyboardRelativeTopMargin: 10 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 10 / keyboardDesignHeight

    keyboardBackground: Rectangle {
        objectName: "keyboardStyleBackground"
        color: dortmund.look.panel
    }

    // --- keys ---------------------------------------------------------------------------

    keyPanel: KeyPanel {
        id: characterKey
        KeyFace {
            look: dortmund.look
            control: characterKey.control
            kind: characterKey.control?.highlighted ? "function" : "character"
            label: characterKey.control?.displayText ?? ""
            uppercase: characterKey.control?.uppercased ?? false
            hint: characterKey.control?.smallTextVisible ? characterKey.control.smallText : ""
        }
    }

    backspaceKeyPanel: KeyPanel {
        id: backspaceKey
        KeyFace {
            look: dortmund.look
            control: backspaceKey.control
            kind: "function"
            icon: "backspace"
        }
    }

    languageKeyPanel: KeyPanel {
        id: languageKey
        KeyFace {
            look: dortmund.look
            control: languageKey.control
            kind: "function"
            icon: "globe"
        }
    }

    enterKeyPanel: KeyPanel {
        id: enterKey
        readonly property int actionId: (enterKey.control as C.EnterKey)?.actionId
                                        ?? EnterKeyAction.None
        // An input field may name the action ("Senden"); then the key says so.
        readonly property string actionLabel: actionId !== EnterKeyAction.None
                                              ? enterKey.control?.displayText ?? "" : ""
        KeyFace {
            look: dortmund.look
            control: enterKey.control
            kind: "action"
            label: enterKey.actionLabel
            labelSize: dortmund.look.labelSize
            labelAxes: dortmund.look.semiBold
            icon: {
                if (enterKey.actionLabel !== "")
                    return ""
                switch (enterKey.actionId) {
                case EnterKeyAction.Go:
                case EnterKeyAction.Send:
                case EnterKeyAction.Next:
                case EnterKeyAction.Done:
                    return "check"
                case EnterKeyAction.Search:
                    return "search"
                default:
                    return "enter"
                }
            }
        }
    }

    hideKeyPanel: KeyPanel {
        id: hideKey
        KeyFace {
            look: dortmund.look
            control: hideKey.control
            kind: "function"
            icon: "hide"
        }
    }

    shiftKeyPanel: KeyPanel {
        id: shiftKey
        KeyFace {
            look: dortmund.look
            control: shiftKey.control
            kind: "function"
            locked: InputContext.capsLockActive
            latched: InputContext.shiftActive && !InputContext.capsLockActive
            icon: InputContext.capsLockActive ? "capslock"
                  : InputContext.shiftActive ? "shift-on" : "shift"
        }
    }

    spaceKeyPanel: KeyPanel {
        id: spaceKey
        KeyFace {
            look: dortmund.look
            control: spaceKey.control
            kind: "space"
            // The keyboard's language, so an attendee sees which letters it offers.
            label: Qt.locale(InputContext.locale).nativeLanguageName
            labelSize: dortmund.look.labelSize
            mutedLabel: true
        }
    }

    symbolKeyPanel: KeyPanel {
        id: symbolKey
        KeyFace {
            look: dortmund.look
            control: symbolKey.control
            kind: "function"
            label: symbolKey.control?.displayText ?? ""
            labelSize: dortmund.look.labelSize
            labelAxes: dortmund.look.semiBold
        }
    }

    modeKeyPanel: KeyPanel {
        id: modeKey
        KeyFace {
            look: dortmund.look
            control: modeKey.control
            kind: "function"
            latched: (modeKey.control as C.ModeKey)?.mode ?? false
            label: modeKey.control?.displayText ?? ""
            labelSize: dortmund.look.labelSize
            labelAxes: dortmund.look.semiBold
        }
    }

    handwritingKeyPanel: KeyPanel {
        id: handwritingKey
        KeyFace {
            look: dortmund.look
            control: handwritingKey.control
            kind: "function"
            icon: dortmund.handwriting ? "" : "handwriting"
            label: "Abc"
            labelSize: dortmund.look.labelSize
            labelAxes: dortmund.look.semiBold
        }
    }

    // --- the character preview and the alternative characters (press and hold) ---------

    characterPreviewMargin: look.px(14)
    characterPreviewDelegate: Item {
        id: preview
        // Set by the keyboard: the character, and for flick keys the ones around it.
        property string text
        property string flickLeft
        property string flickTop
        property string flickRight
        property string flickBottom
        readonly property bool flicks: flickLeft !== "" || flickTop !== ""
                                       || flickRight !== "" || flickBottom !== ""

        Rectangle {
            anchors.fill: parent
            radius: dortmund.look.keyRadius
            color: dortmund.look.surface
            border.width: Math.max(2, dortmund.look.px(5))
            border.color: dortmund.look.primary

            Text {
                anchors.centerIn: parent
                text: preview.text
                color: dortmund.look.ink
                font.family: dortmund.look.fontFamily
                font.pixelSize: preview.flicks ? dortmund.look.letterSize
                                               : dortmund.look.previewTextSize
                font.variableAxes: dortmund.look.regular
            }
            Repeater {
                model: [
                    { text: preview.flickLeft, x: 0.18, y: 0.5 },
                    { text: preview.flickTop, x: 0.5, y: 0.2 },
                    { text: preview.flickRight, x: 0.82, y: 0.5 },
                    { text: preview.flickBottom, x: 0.5, y: 0.8 }
                ]
                Text {
                    required property var modelData
                    x: Math.round(parent.width * modelData.x - width / 2)
                    y: Math.round(parent.height * modelData.y - height / 2)
                    visible: preview.flicks
                    text: modelData.text
                    color: dortmund.look.inkMuted
                    font.family: dortmund.look.fontFamily
                    font.pixelSize: dortmund.look.hintSize
                    font.variableAxes: dortmund.look.regular
                }
            }
        }
    }

    alternateKeysListItemWidth: Math.max(48, 150 * scaleHint)
    alternateKeysListItemHeight: Math.max(52, 170 * scaleHint)
    alternateKeysListTopMargin: look.px(10)
    alternateKeysListBottomMargin: look.px(24)
    alternateKeysListLeftMargin: look.px(24)
    alternateKeysListRightMargin: look.px(24)
    alternateKeysListDelegate: Item {
        id: alternative
        required property string text
        readonly property bool current: ListView.isCurrentItem
        width: dortmund.alternateKeysListItemWidth
        height: dortmund.alternateKeysListItemHeight
        Text {
            anchors.centerIn: parent
            text: alternative.text
            // On the petrol highlight white, else ink on white.
            color: alternative.current ? dortmund.look.textOnPrimary : dortmund.look.ink
            font.family: dortmund.look.fontFamily
            font.pixelSize: dortmund.look.letterSize
            font.variableAxes: dortmund.look.regular
        }
    }
    alternateKeysListHighlight: Rectangle {
        radius: dortmund.look.keyRadius
        color: dortmund.look.primary
    }
    alternateKeysListBackground: Item {
        Rectangle {
            readonly property int margin: dortmund.look.px(10)
            x: -margin
            y: -margin
            width: parent.width + 2 * margin
            height: parent.height + 2 * margin
            radius: dortmund.look.keyRadius + margin
            color: dortmund.look.surface
            border.width: 1
            border.color: dortmund.look.line
        }
    }

    // --- word suggestions (input methods that predict) -----------------------------------

    selectionListHeight: Math.max(48, 110 * scaleHint)
    selectionListDelegate: SelectionListItem {
        id: suggestion
        // index: SelectionListItem selects the row it was tapped on.
        required property int index
        required property string display
        required property int wordCompletionLength
        width: suggestionText.implicitWidth + 2 * dortmund.look.px(56)
        Text {
            id: suggestionText
            anchors.centerIn: parent
            text: dortmund.underlineCompletion(suggestion.display,
                                               suggestion.wordCompletionLength)
            textFormat: Text.StyledText
            color: dortmund.look.ink
            font.family: dortmund.look.fontFamily
            font.pixelSize: dortmund.look.popupTextSize
            font.variableAxes: suggestion.ListView.isCurrentItem ? dortmund.look.semiBold
                                                                 : dortmund.look.regular
        }
        Rectangle {
            width: 1
            height: parent.height * 0.5
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.left
            color: dortmund.look.line
        }
    }
    selectionListHighlight: Rectangle {
        color: dortmund.look.selected
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Math.max(2, dortmund.look.px(5))
            color: dortmund.look.primary
        }
    }
    selectionListBackground: Rectangle {
        color: dortmund.look.surface
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: dortmund.look.line
        }
    }
    selectionListAdd: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 }
    }
    selectionListRemove: Transition {
        NumberAnimation { property: "opacity"; to: 0; duration: 150 }
    }

    function underlineCompletion(text: string, completionLength: int): string {
        if (completionLength <= 0)
            return text
        return text.slice(0, -completionLength) + "<u>" + text.slice(-completionLength) + "</u>"
    }

    // --- arrow-key navigation, swipe and handwriting input ---------------------------------

    navigationHighlight: Rectangle {
        color: "transparent"
        radius: dortmund.look.keyRadius
        border.width: 4
        border.color: dortmund.look.focusRing
    }

    traceInputKeyPanelDelegate: TraceInputKeyPanel {
        id: traceKey
        traceMargins: dortmund.look.keyMargin
        Rectangle {
            anchors.fill: parent
            anchors.margins: dortmund.look.keyMargin
            radius: dortmund.look.keyRadius
            color: dortmund.look.surface
            border.width: 1
            border.color: dortmund.look.line
            Text {
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: dortmund.look.px(20)
                visible: traceKey.control?.patternRecognitionMode
                         === InputEngine.PatternRecognitionMode.Handwriting
                text: InputContext.inputEngine.inputMode === InputEngine.InputMode.Numeric
                      ? "123" : "Abc"
                color: dortmund.look.inkMuted
                font.family: dortmund.look.fontFamily
                font.pixelSize: dortmund.look.labelSize
                font.variableAxes: dortmund.look.regular
            }
        }
        // The writing lines, so letters land at a common height.
        Repeater {
            model: traceKey.control?.horizontalRulers ?? []
            Rectangle {
                required property real modelData
                x: dortmund.look.px(40)
                y: Math.round(modelData)
                width: traceKey.width - 2 * dortmund.look.px(40)
                height: 1
                color: dortmund.look.line
            }
        }
    }

    traceCanvasDelegate: TraceCanvas {
        autoDestroyDelay: 800
        onAvailableChanged: {
            if (!available)
                return
            const context = getContext("2d")
            context.lineWidth = Math.max(3, 10 * dortmund.scaleHint)
            context.lineCap = "round"
            context.strokeStyle = dortmund.look.primary
            context.fillStyle = dortmund.look.primary
        }
        onTraceChanged: if (trace === null) opacity = 0
        Behavior on opacity { NumberAnimation { duration: 150; easing.type: Easing.OutCubic } }
    }

    // --- popup lists: word suggestions at the cursor, and the languages ---------------------

    popupListDelegate: SelectionListItem {
        id: popupItem
        required property int index
        required property string display
        required property int wordCompletionLength
        width: popupText.implicitWidth + 2 * dortmund.look.px(40)
        height: Math.max(48, popupText.implicitHeight + 2 * dortmund.look.px(24))
        Text {
            id: popupText
            anchors.verticalCenter: parent.verticalCenter
            x: dortmund.look.px(40)
            text: dortmund.underlineCompletion(popupItem.display, popupItem.wordCompletionLength)
            textFormat: Text.StyledText
            color: dortmund.look.ink
            font.family: dortmund.look.fontFamily
            font.pixelSize: dortmund.look.popupTextSize
            font.variableAxes: dortmund.look.regular
        }
    }
    popupListHighlight: Rectangle {
        color: dortmund.look.selected
    }
    popupListBackground: Rectangle {
        color: dortmund.look.surface
        border.width: 1
        border.color: dortmund.look.line
    }
    popupListAdd: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 }
    }
    popupListRemove: Transition {
        NumberAnimation { property: "opacity"; to: 0; duration: 150 }
    }

    // Several keyboard languages: the language key opens a list of them.
    languagePopupListEnabled: true
    languageListDelegate: SelectionListItem {
        id: languageItem
        required property int index
        required property string displayName
        width: Math.max(dortmund.look.px(520), languageText.implicitWidth + 2 * dortmund.look.px(40))
        height: Math.max(48, languageText.implicitHeight + 2 * dortmund.look.px(24))
        Text {
            id: languageText
            anchors.verticalCenter: parent.verticalCenter
            x: dortmund.look.px(40)
            text: languageItem.displayName
            color: dortmund.look.ink
            font.family: dortmund.look.fontFamily
            font.pixelSize: dortmund.look.popupTextSize
            font.variableAxes: languageItem.ListView.isCurrentItem ? dortmund.look.semiBold
                                                                   : dortmund.look.regular
        }
    }
    languageListHighlight: Rectangle {
        color: dortmund.look.selected
        Rectangle {
            width: Math.max(3, dortmund.look.px(8))
            height: parent.height
            color: dortmund.look.primary
        }
    }
    languageListBackground: Rectangle {
        color: dortmund.look.surface
        border.width: 1
        border.color: dortmund.look.line
    }
    languageListAdd: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 150 }
    }
    languageListRemove: Transition {
        NumberAnimation { property: "opacity"; to: 0; duration: 150 }
    }

    // --- keyboard functions offered on a long press, when their keys are hidden ------------

    functionPopupListDelegate: Item {
        id: functionItem
        required property int keyboardFunction
        width: dortmund.look.iconSize + 2 * dortmund.look.px(48)
        height: dortmund.look.iconSize + 2 * dortmund.look.px(48)
        Image {
            anchors.centerIn: parent
            width: dortmund.look.iconSize
            height: dortmund.look.iconSize
            sourceSize: Qt.size(dortmund.look.iconSize, dortmund.look.iconSize)
            source: {
                switch (functionItem.keyboardFunction) {
                case QtVirtualKeyboard.KeyboardFunction.HideInputPanel:
                    return Qt.resolvedUrl("images/hide-ink.svg")
                case QtVirtualKeyboard.KeyboardFunction.ChangeLanguage:
                    return Qt.resolvedUrl("images/globe-ink.svg")
                default:
                    return Qt.resolvedUrl("images/handwriting-ink.svg")
                }
            }
        }
    }
    functionPopupListHighlight: Rectangle {
        radius: dortmund.look.keyRadius
        color: dortmund.look.selected
        border.width: Math.max(2, dortmund.look.px(5))
        border.color: dortmund.look.primary
    }
    functionPopupListBackground: Item {
        Rectangle {
            readonly property int margin: dortmund.look.px(10)
            x: -margin
            y: -margin
            width: parent.width + 2 * margin
            height: parent.height + 2 * margin
            radius: dortmund.look.keyRadius + margin
            color: dortmund.look.surface
            border.width: 1
            border.color: dortmund.look.line
        }
    }

    // --- text selection handles ------------------------------------------------------------

    selectionHandle: Item {
        implicitWidth: 24
        implicitHeight: 32
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 2
            height: 10
            color: dortmund.look.primary
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: 24
            height: 24
            radius: 12
            color: dortmund.look.primary
            border.width: 2
            border.color: dortmund.look.surface
        }
    }

    // --- full-screen input (the text shown above the keyboard in full-screen mode) --------

    fullScreenInputContainerBackground: Rectangle {
        color: dortmund.look.surfaceMuted
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: dortmund.look.line
        }
    }
    fullScreenInputBackground: Rectangle {
        radius: dortmund.look.keyRadius
        color: dortmund.look.surface
        border.width: 1
        border.color: dortmund.look.line
    }
    fullScreenInputMargins: look.px(24)
    fullScreenInputPadding: look.px(16)
    // The input field blinks the cursor through its own blinkStatus property.
    // qmllint disable missing-property
    fullScreenInputCursor: Rectangle {
        width: 2
        color: dortmund.look.ink
        visible: parent.blinkStatus
    }
    // qmllint enable missing-property
    fullScreenInputFont.family: look.fontFamily
    fullScreenInputFont.pixelSize: look.popupTextSize
    fullScreenInputColor: look.ink
    fullScreenInputSelectionColor: look.selected
    fullScreenInputSelectedTextColor: look.ink
    fullScreenInputPasswordCharacter: "\u2022"
}
