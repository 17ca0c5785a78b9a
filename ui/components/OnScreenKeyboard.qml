import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Station.Bridge

// Qt Virtual Keyboard in the UI language (LanguageBridge.keyboardLocale: German QWERTZ with
// umlauts, US English, Turkish, Polish, Romanian, Arabic ar_AR, Bulgarian, Ukrainian,
// Russian). Main.qml keeps it unmirrored for right-to-left: a layout has its own order.
// Main.qml loads this file after the first frame, so the keyboard plugin does not delay
// the start screen; it places the panel below the page so it never covers the text.
InputPanel {
    id: panel

    required property LanguageBridge language

    // An e-mail address has no comma: in e-mail fields the main layer's comma key types
    // "@" instead (Qt's layouts keep "@" on the symbol layer only).
    readonly property bool emailField: (InputContext.inputMethodHints & Qt.ImhEmailCharactersOnly) !== 0
    readonly property Item layoutItem: keyboard ? keyboard.keyboardLayoutLoader.item : null

    objectName: "keyboard"

    function keyFor(item, code) {
        if (item.key === code && item.text !== undefined)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = panel.keyFor(item.children[i], code)
            if (found)
                return found
        }
        return null
    }
    // the key of the main layer that now types "@" (null once its layout is gone)
    property var atKey: null
    function placeAt() {
        if (panel.atKey && !panel.emailField) {
            panel.atKey.key = Qt.Key_Comma
            panel.atKey.text = ","
            panel.atKey = null
        }
        if (!panel.emailField || !panel.layoutItem || panel.keyboard.layoutType !== "main")
            return
        const key = panel.keyFor(panel.layoutItem, Qt.Key_Comma)
        if (key) {
            key.key = Qt.Key_At
            key.text = "@"
            panel.atKey = key
        }
    }
    onEmailFieldChanged: placeAt()
    onLayoutItemChanged: placeAt()

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.language.keyboardLocale
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [panel.language.keyboardLocale]
    }
}
