pragma Singleton
import QtQuick

// One place for colours, sizes and fonts. The contrast test reads `contrastPairs`, the
// touch-target test checks against `touchMinimum`; change a colour here and both recheck it.
QtObject {
    id: theme

    // --- set by Main.qml -------------------------------------------------------------
    property int windowWidth: 1280
    property int windowHeight: 800
    // "Große Schrift", in steps: 0 = 100 %, 1 = 150 %, 2 = 200 % (WCAG 1.4.4). Every text
    // size is multiplied by textScale. The toggle cycles it; Main.qml resets it to 0.
    property int textStep: 0
    // any enlargement (the layouts that make room for large text read this)
    readonly property bool largeText: textStep > 0
    // text at 200 %: some layouts stack or drop a column
    readonly property bool largestText: textStep >= 2

    // --- scale ----------------------------------------------------------------------
    // 1.0 at 1280×800 (and 800×1280); larger screens get proportionally larger things.
    readonly property real sizeFactor: Math.max(1.0, Math.min(1.6,
                                                Math.min(windowWidth, windowHeight) / 800))
    readonly property real textScale: textStep >= 2 ? 2.0 : textStep === 1 ? 1.5 : 1.0
    readonly property int textPercent: Math.round(textScale * 100)
    readonly property bool portrait: windowHeight > windowWidth

    function px(value) { return Math.round(value * sizeFactor) }
    function textPx(value) { return Math.round(value * sizeFactor * textScale) }

    // --- colours --------------------------------------------------------------------
    readonly property color background: "#F4F1EA"     // warm paper
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#EAE6DC"
    readonly property color ink: "#1B2227"
    readonly property color inkMuted: "#4A545C"
    readonly property color line: "#CFC8BA"
    readonly property color primary: "#00506E"        // deep petrol
    readonly property color primaryPressed: "#003A52"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color accent: "#B8102C"         // Dortmund red
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color selected: "#DCEBF1"
    readonly property color selectedBorder: "#00506E"
    readonly property color focusRing: "#9A4A00"
    readonly property color disabledFill: "#DAD5CB"
    readonly property color disabledInk: "#4F5961"
    readonly property color noticeFill: "#FFF1D6"
    readonly property color noticeInk: "#5C3300"
    readonly property color overlayShade: "#CC1B2227"
    readonly property color codeInk: "#00374C"

    // Every text colour on every background it is used on (checked ≥ 4.5:1 by a test).
    readonly property var contrastPairs: [
        { name: "body text", fg: ink, bg: background },
        { name: "body text on cards", fg: ink, bg: surface },
        { name: "secondary text", fg: inkMuted, bg: background },
        { name: "secondary text on cards", fg: inkMuted, bg: surface },
        { name: "secondary text on muted", fg: inkMuted, bg: surfaceMuted },
        { name: "primary button", fg: textOnPrimary, bg: primary },
        { name: "pressed primary button", fg: textOnPrimary, bg: primaryPressed },
        { name: "accent band", fg: textOnAccent, bg: accent },
        { name: "selected tile", fg: ink, bg: selected },
        { name: "link-like buttons", fg: primary, bg: background },
        { name: "link-like buttons on cards", fg: primary, bg: surface },
        { name: "disabled button", fg: disabledInk, bg: disabledFill },
        { name: "notice", fg: noticeInk, bg: noticeFill },
        { name: "card code", fg: codeInk, bg: surface },
        { name: "warning text", fg: accent, bg: surface },
        { name: "overlay text", fg: textOnPrimary, bg: ink }
    ]

    // --- fonts ----------------------------------------------------------------------
    // The bundled font app.py registers (Qt falls back to the system font if it is missing).
    readonly property string fontFamily: "Noto Sans"
    // Weights as variable-font axes: Noto Sans ships as one variable font, and Qt picks
    // a narrow named instance (or none, above 64 px) for font.weight.
    readonly property var regular: ({ "wght": 400, "wdth": 100 })
    readonly property var semiBold: ({ "wght": 600, "wdth": 100 })
    readonly property var bold: ({ "wght": 700, "wdth": 100 })
    readonly property int fontSmall: textPx(18)
    readonly property int fontBody: textPx(22)
    readonly property int fontLead: textPx(26)
    readonly property int fontTitle: textPx(36)
    readonly property int fontHero: textPx(52)
    readonly property int fontCode: px(64)

    // --- sizes ----------------------------------------------------------------------
    readonly property int touchMinimum: 48          // WCAG 2.5.5 / our floor at 1280×800
    readonly property int buttonHeight: px(64)      // what we actually use
    readonly property int heroButtonHeight: px(88)
    readonly property int tileHeight: px(96)
    readonly property int spacing: px(16)
    readonly property int gap: px(24)
    readonly property int margin: px(portrait ? 32 : 48)
    readonly property int radius: px(14)
    readonly property int focusWidth: 4
    readonly property int contentMaxWidth: px(1100)
    // Screen changes fade briefly; with reducedMotion (benchmarks, and attendees sensitive
    // to movement) they switch at once.
    property bool reducedMotion: false
    readonly property int animationMs: reducedMotion ? 0 : 140
}
