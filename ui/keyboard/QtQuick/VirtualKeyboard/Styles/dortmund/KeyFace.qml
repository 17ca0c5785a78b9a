import QtQuick
import QtQuick.VirtualKeyboard.Components as C

// The visible face of one key: a rounded card inset in the key's cell, with a label or an
// icon (and an optional small hint in its corner), coloured for its kind and state.
//
// Kinds: "character" (letters, digits, symbols: white), "function" (shift, backspace, mode
// keys: the line tone), "action" (enter: petrol), "space" (white, a muted label).
// States, strongest first: disabled, pressed, locked (caps lock: petrol), latched (shift
// on once, a mode key switched on: the selected tint), normal.
Rectangle {
    id: face

    required property Look look
    // The key (null while its panel is being created: Qt sets it right after).
    property C.BaseKey control: null
    property string kind: "character"
    property bool latched: false
    property bool locked: false

    // What it shows: an icon (images/<icon>-<ink>.svg) if set, else the label.
    property string label: ""
    property string icon: ""
    property string hint: ""
    property int labelSize: look.letterSize
    property var labelAxes: look.regular
    property bool uppercase: false
    // The space bar's language name is quieter than a letter.
    property bool mutedLabel: false

    readonly property string faceState: {
        if (control !== null && !control.enabled)
            return "disabled"
        if (control !== null && control.pressed)
            return "pressed"
        if (locked)
            return "locked"
        return latched ? "latched" : "normal"
    }
    // Petrol faces: enter (also pressed) and caps lock.
    readonly property bool dark: faceState === "locked"
                                 || (kind === "action" && (faceState === "normal"
                                                           || faceState === "pressed"))
    readonly property color ink: faceState === "disabled" ? look.disabledInk
                                 : dark ? look.textOnPrimary : look.ink
    // Quieter text (the space bar's language, a corner hint): inkMuted on white and tinted
    // faces, plain ink on the darker function keys (inkMuted there would be just 4.6:1).
    readonly property color quietInk: {
        if (faceState === "disabled")
            return look.disabledInk
        if (dark)
            return look.textOnPrimary
        return kind === "function" && faceState === "normal" ? look.ink : look.inkMuted
    }
    readonly property string inkName: faceState === "disabled" ? "disabled"
                                      : dark ? "white" : "ink"

    anchors.fill: parent
    anchors.margins: look.keyMargin
    radius: look.keyRadius
    color: {
        if (faceState === "disabled")
            return look.disabledFace
        if (dark)
            return faceState === "pressed" ? look.actionPressedFace : look.actionFace
        if (faceState === "pressed" || faceState === "latched")
            return look.pressedFace
        return kind === "function" ? look.functionFace : look.characterFace
    }
    border.width: {
        if (!dark && (faceState === "pressed" || faceState === "latched"))
            return Math.max(2, look.px(5))
        if (faceState === "disabled")
            return 1
        return faceState === "normal" && (kind === "character" || kind === "space") ? 1 : 0
    }
    border.color: faceState === "disabled" ? look.disabledBorder
                  : faceState === "normal" ? look.characterBorder : look.pressedBorder

    Text {
        id: labelText
        objectName: "keyLabel"
        visible: face.icon === "" && text !== ""
        anchors.fill: parent
        anchors.leftMargin: face.look.px(12)
        anchors.rightMargin: face.look.px(12)
        text: face.label
        color: face.mutedLabel ? face.quietInk : face.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        elide: Text.ElideNone
        font.family: face.look.fontFamily
        font.pixelSize: face.labelSize
        font.variableAxes: face.labelAxes
        font.capitalization: face.uppercase ? Font.AllUppercase : Font.MixedCase
    }

    Image {
        objectName: "keyIcon"
        visible: face.icon !== ""
        anchors.centerIn: parent
        width: face.look.iconSize
        height: face.look.iconSize
        sourceSize: Qt.size(face.look.iconSize, face.look.iconSize)
        source: face.icon === "" ? ""
                : Qt.resolvedUrl("images/" + face.icon + "-" + face.inkName + ".svg")
        smooth: true
    }

    Text {
        objectName: "keyHint"
        visible: text !== ""
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: face.look.px(8)
        anchors.rightMargin: face.look.px(14)
        text: face.hint
        color: face.quietInk
        font.family: face.look.fontFamily
        font.pixelSize: face.look.hintSize
        font.variableAxes: face.look.regular
    }
}
