import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Station.Bridge

// Qt Virtual Keyboard in the UI language (German QWERTZ with umlauts, US English, …).
// Main.qml loads this file after the first frame, so the keyboard plugin does not delay
// the start screen; it places the panel below the page so it never covers the text.
InputPanel {
    id: panel

    required property LanguageBridge language

    objectName: "keyboard"

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
