import QtQuick

// The Dortmund keyboard's colours, fonts and sizes in one place (style.qml makes one).
//
// The colours are the Theme's (ui/Theme.qml). Qt Virtual Keyboard loads its style on its
// own, outside the `ui` module, so the style cannot rely on the Theme singleton: the values
// are repeated here, each naming the Theme property it mirrors. Change one there, change it
// here too. Every text or icon colour sits on its key face with at least 4.5:1 contrast
// (WCAG 2.1 AA); tests/qml/test_keyboard_style.py measures it on the rendered keyboard.
QtObject {
    // The style's scaleHint (rendered keyboard height / design height), set by style.qml.
    property real scale: 1

    // --- the Theme's colours ----------------------------------------------------------
    readonly property color surface: "#FFFFFF"         // Theme.surface
    readonly property color surfaceMuted: "#EAE6DC"    // Theme.surfaceMuted
    readonly property color ink: "#1B2227"             // Theme.ink
    readonly property color inkMuted: "#4A545C"        // Theme.inkMuted
    readonly property color line: "#CFC8BA"            // Theme.line
    readonly property color primary: "#00506E"         // Theme.primary
    readonly property color primaryPressed: "#003A52"  // Theme.primaryPressed
    readonly property color textOnPrimary: "#FFFFFF"   // Theme.textOnPrimary
    readonly property color selected: "#DCEBF1"        // Theme.selected
    readonly property color focusRing: "#9A4A00"       // Theme.focusRing
    readonly property color disabledInk: "#4F5961"     // Theme.disabledInk

    // --- where they go ----------------------------------------------------------------
    // The panel behind the keys. Main.qml's keyboardArea (beside the panel on wide windows)
    // should have the same colour, so the two read as one.
    readonly property color panel: surfaceMuted
    // Letter keys and the space bar: white with ink (16.1:1); the language name on the
    // space bar and the small hints in inkMuted (7.7:1).
    readonly property color characterFace: surface
    readonly property color characterBorder: line
    // Shift, backspace, &123, language, hide, and keys a layout highlights: the line tone
    // with ink (9.7:1), their corner hints in ink too.
    readonly property color functionFace: line
    // Enter: petrol with white (8.9:1); pressed, the darker petrol (12.2:1).
    readonly property color actionFace: primary
    readonly property color actionPressedFace: primaryPressed
    // A pressed key, shift that is on: the selected tint with a petrol edge, ink (13.2:1).
    readonly property color pressedFace: selected
    readonly property color pressedBorder: primary
    // A key that does nothing now (the language key with one language): an empty outline
    // on the panel, its icon in disabledInk (5.7:1).
    readonly property color disabledFace: surfaceMuted
    readonly property color disabledBorder: line

    // --- fonts ------------------------------------------------------------------------
    readonly property string fontFamily: "Noto Sans"                 // Theme.fontFamily
    // Weights as variable-font axes, like the Theme (Noto Sans is one variable font).
    readonly property var regular: ({ "wght": 400, "wdth": 100 })   // Theme.regular
    readonly property var semiBold: ({ "wght": 600, "wdth": 100 })  // Theme.semiBold

    // --- sizes: design units (the keyboard is 2560 × 676 of them) to pixels -------------
    function px(units: real): int { return Math.round(units * scale) }

    readonly property int keyMargin: Math.max(2, px(9))      // half the gap between keys
    readonly property int keyRadius: Math.max(4, px(16))
    readonly property int letterSize: Math.max(18, px(64))   // 28 px at 1120 px wide
    readonly property int labelSize: Math.max(14, px(42))    // "&123", the space bar
    readonly property int hintSize: Math.max(12, px(30))     // a key's small corner text
    readonly property int iconSize: Math.max(22, px(86))
    readonly property int popupTextSize: Math.max(16, px(48))
    readonly property int previewTextSize: Math.max(24, px(96))
}
