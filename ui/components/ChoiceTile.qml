import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// A large tile for one choice (prompt, topic, district, age group). `checked` marks the
// attendee's current choice with a tinted fill, a thick border and a tick. A topic tile may
// lead with a pictogram (resources/pictograms/, drawn in one colour): sized with the label's
// text, at the reading start (mirrored for right-to-left), silent for a screen reader – the
// tile's name says what it shows.
Button {
    id: tile

    property string description: ""
    // compact: smaller tiles for long lists (districts, age groups), no tick ring
    property bool compact: false
    // an SVG or PNG file URL; empty for none
    property url pictogram: ""

    checkable: false
    implicitHeight: Math.max(compact ? Theme.buttonHeight : Theme.tileHeight,
                             implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Theme.px(compact ? 160 : 240)
    leftPadding: Theme.px(compact ? 16 : 24)
    rightPadding: Theme.px(compact ? 12 : 20)
    topPadding: Theme.px(compact ? 8 : 14)
    bottomPadding: Theme.px(compact ? 8 : 14)
    font.family: Theme.fontFamily
    font.pixelSize: compact ? Theme.fontBody : Theme.fontLead
    font.variableAxes: Theme.semiBold
    focusPolicy: Qt.StrongFocus
    hoverEnabled: false

    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.description: description
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: RowLayout {
        spacing: Theme.spacing
        Image {
            objectName: tile.objectName === "" ? "" : tile.objectName + "_pictogram"
            readonly property int side: Math.round(tile.font.pixelSize * 1.6)
            visible: tile.pictogram.toString() !== "" && status !== Image.Error
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            sourceSize.width: side
            sourceSize.height: side
            fillMode: Image.PreserveAspectFit
            source: tile.pictogram
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(4)
            Text {
                Layout.fillWidth: true
                text: tile.text
                font: tile.font
                color: Theme.ink
                // long compound words ("Lütgendortmund") break rather than overflow
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                visible: tile.description !== ""
                text: tile.description
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
                Accessible.ignored: true
            }
        }
        Rectangle {
            // the tick: an empty ring, filled when chosen (compact tiles: only when chosen,
            // but its room is always kept, so choosing a tile never rewraps its label)
            opacity: !tile.compact || tile.checked ? 1 : 0
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.px(tile.compact ? 26 : 32)
            implicitHeight: implicitWidth
            radius: width / 2
            color: tile.checked ? Theme.primary : "transparent"
            border.width: 2
            border.color: tile.checked ? Theme.primary : Theme.line
            Text {
                anchors.centerIn: parent
                visible: tile.checked
                text: "✓"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.px(20)
                font.variableAxes: Theme.bold
                Accessible.ignored: true
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: tile.checked ? Theme.selected : tile.down ? Theme.surfaceMuted : Theme.surface
        border.width: tile.checked ? 3 : 1
        border.color: tile.checked ? Theme.selectedBorder : Theme.line

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - 2
            radius: parent.radius + Theme.focusWidth + 2
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: tile.visualFocus
        }
    }
}
