pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import ui

// A titled bar chart of counts: one row per {label, count}, bars scaled to the largest and
// the count right at the end of its bar. With `stacked`, each label sits above its bar, so
// long prompts ("Welche Herausforderungen kommen auf Dortmund zu?") are read in full.
ColumnLayout {
    id: chart

    property string title
    property var rows: []
    property bool stacked: false
    readonly property int largest: rows.reduce((most, row) => Math.max(most, row.count), 0)

    spacing: Theme.px(stacked ? 4 : 6)

    SectionLabel {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.px(4)
        text: chart.title
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: chart.rows
        delegate: GridLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            Layout.bottomMargin: chart.stacked ? Theme.px(6) : 0
            columns: chart.stacked ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.px(2)
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + modelData.count

            Text {
                Layout.fillWidth: chart.stacked
                Layout.preferredWidth: chart.stacked ? -1 : chart.width * 0.36
                text: row.modelData.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.ink
                wrapMode: Text.WordWrap
                horizontalAlignment: chart.stacked ? Text.AlignLeft : Text.AlignRight
            }
            Item {
                id: track
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.px(24), countLabel.implicitHeight)
                readonly property real room: width - countLabel.implicitWidth - Theme.px(10)

                Rectangle {
                    id: bar
                    width: chart.largest > 0 ? Math.max(3, track.room * row.modelData.count / chart.largest) : 3
                    height: parent.height
                    radius: Theme.px(4)
                    color: row.modelData.count > 0 ? Theme.primary : Theme.line
                }
                Text {
                    id: countLabel
                    x: bar.width + Theme.px(8)
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.modelData.count
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    color: Theme.ink
                }
            }
        }
    }
}
