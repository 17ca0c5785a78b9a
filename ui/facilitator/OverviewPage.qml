pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Überblick: totals of the current session and its counts per prompt, topic, district and
// age group (hidden cards are not counted; their number is shown apart).
Flickable {
    id: page

    required property FacilitatorBridge facilitator

    objectName: "overviewPage"
    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.gap
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    ColumnLayout {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: page.width - 2 * Theme.gap
        spacing: Theme.gap

        // Something the facilitator must act on (a damaged database was set aside).
        Rectangle {
            objectName: "stationWarning"
            Layout.fillWidth: true
            visible: page.facilitator.stationWarning !== ""
            Layout.preferredHeight: warningText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.noticeFill
            Text {
                id: warningText
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: page.facilitator.stationWarning
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.noticeInk
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: content.width < Theme.textPx(640) ? 2 : 4  // two rows in a narrow window
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: page.facilitator ? [
                    { name: "visible", label: qsTr("Karten"), value: page.facilitator.visibleCount },
                    { name: "paper", label: qsTr("davon Papierkarten"), value: page.facilitator.paperCount },
                    { name: "hidden", label: qsTr("ausgeblendet"), value: page.facilitator.hiddenCount },
                    { name: "since", label: qsTr("Sitzung seit"), value: page.facilitator.sessionSince || "–" }
                ] : []
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    objectName: "total_" + modelData.name
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1  // equal columns
                    Layout.preferredHeight: Math.max(Theme.px(110), tileColumn.implicitHeight + Theme.px(24))
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.value
                    // Narrow windows and large text: the value (a date, "28 Sep 2026, 10:30")
                    // and the label wrap, and the tile grows with them.
                    Column {
                        id: tileColumn
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.px(8)
                        spacing: Theme.px(4)
                        Text {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: tile.modelData.value
                            font.family: Theme.fontFamily
                            font.pixelSize: tile.modelData.name === "since" ? Theme.fontLead : Theme.fontTitle
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                        }
                        Text {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: tile.modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            color: Theme.inkMuted
                        }
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: content.width < Theme.textPx(640) ? 1 : 2
            columnSpacing: Theme.gap * 2
            rowSpacing: Theme.gap

            CountBars {
                objectName: "chartPrompts"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Karten je Frage")
                stacked: true
                rows: page.facilitator ? page.facilitator.byPrompt : []
            }
            CountBars {
                objectName: "chartTopics"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Karten je Themenfeld")
                stacked: true
                rows: page.facilitator ? page.facilitator.byTopic : []
            }
            CountBars {
                objectName: "chartDistricts"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Karten je Stadtbezirk")
                rows: page.facilitator ? page.facilitator.byDistrict : []
            }
            CountBars {
                objectName: "chartAgeGroups"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("Karten je Altersgruppe")
                rows: page.facilitator ? page.facilitator.byAgeGroup : []
            }
        }
    }
}
