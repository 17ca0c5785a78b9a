import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import ui

// Überblick: totals of the current session and its counts per prompt, topic, district and
// age group (hidden cards are not counted; their number is shown apart).
Flickable {
    id: page

    property var facilitator

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

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: page.facilitator ? [
                    { name: "visible", label: qsTr("Karten"), value: page.facilitator.visibleCount },
                    { name: "paper", label: qsTr("davon Papierkarten"), value: page.facilitator.paperCount },
                    { name: "hidden", label: qsTr("ausgeblendet"), value: page.facilitator.hiddenCount },
                    { name: "since", label: qsTr("Sitzung seit"), value: page.facilitator.sessionSince || "–" }
                ] : []
                delegate: Rectangle {
                    required property var modelData
                    objectName: "total_" + modelData.name
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.px(110)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.value
                    Column {
                        anchors.centerIn: parent
                        spacing: Theme.px(4)
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: modelData.value
                            font.family: Theme.fontFamily
                            font.pixelSize: modelData.name === "since" ? Theme.fontLead : Theme.fontTitle
                            font.weight: Font.Bold
                            color: Theme.ink
                        }
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.inkMuted
                        }
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
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
