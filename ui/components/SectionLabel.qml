import QtQuick
import ui

// A small heading inside a screen ("Stadtbezirk", "Alter").
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLead
    font.variableAxes: Theme.semiBold
    color: Theme.ink
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
