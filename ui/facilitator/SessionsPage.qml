pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Sitzungen: open a new session with a name, close the current one, see all of them.
Item {
    id: page

    required property FacilitatorBridge facilitator

    objectName: "sessionsPage"

    ListView {
        id: list
        objectName: "sessionList"
        anchors.fill: parent
        anchors.margins: Theme.gap
        clip: true
        spacing: Theme.px(8)
        model: page.facilitator ? page.facilitator.sessions : null
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        // The current session and the form scroll with the list, so that large text or a
        // small window never pushes the list out of the window.
        header: ColumnLayout {
            width: list.width - Theme.spacing
            spacing: Theme.gap
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: current.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line

                ColumnLayout {
                    id: current
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.spacing

                    SectionLabel {
                        Layout.fillWidth: true
                        text: !page.facilitator || !page.facilitator.hasSession
                              ? qsTr("Noch keine Sitzung – die erste Karte öffnet automatisch eine.")
                              : page.facilitator.sessionOpen
                                ? qsTr("Offene Sitzung: %1").arg(page.facilitator.sessionName)
                                : qsTr("Keine Sitzung offen (zuletzt: %1)").arg(page.facilitator.sessionName)
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: page.width < Theme.textPx(760) ? 1 : 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        DashTextField {
                            id: nameField
                            objectName: "sessionNameField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Name der Sitzung")
                            maximumLength: 200
                        }
                        KioskButton {
                            objectName: "sessionOpenButton"
                            text: page.facilitator && page.facilitator.sessionOpen
                                  ? qsTr("Neue Sitzung beginnen") : qsTr("Sitzung öffnen")
                            enabled: nameField.text.trim() !== ""
                            onClicked: {
                                if (page.facilitator.openSession(nameField.text))
                                    nameField.text = ""
                            }
                        }
                    }
                    KioskButton {
                        objectName: "sessionCloseButton"
                        variant: "secondary"
                        visible: page.facilitator && page.facilitator.sessionOpen
                        text: qsTr("Sitzung schließen")
                        onClicked: closeConfirm.open()
                    }
                }
            }

            SectionLabel {
                text: qsTr("Alle Sitzungen")
            }
            Item { implicitHeight: Theme.px(2) }
        }

        delegate: Rectangle {
            id: row
            required property int sessionId
            required property string name
            required property string openedAt
            required property string closedAt
            required property bool isOpen
            required property int cardCount

            width: list.width - Theme.spacing
            height: Math.max(Theme.buttonHeight, rowLayout.implicitHeight) + Theme.spacing
            radius: Theme.radius
            color: isOpen ? Theme.selected : Theme.surface
            border.color: isOpen ? Theme.selectedBorder : Theme.line

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.gap
                Text {
                    text: "#" + row.sessionId
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
                // The name above its times, so both keep their room in a narrow window
                // and with longer dates ("28 Sep 2026 10:30").
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(2)
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: row.isOpen ? Font.Bold : Font.Normal
                        color: Theme.ink
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.isOpen ? qsTr("offen seit %1").arg(row.openedAt)
                                         : row.openedAt + " – " + row.closedAt.slice(-5)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("%n Karten", "", row.cardCount)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    color: Theme.ink
                }
            }
        }
    }

    ConfirmPopup {
        id: closeConfirm
        objectName: "closeSessionConfirm"
        title: qsTr("Sitzung schließen?")
        message: qsTr("Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.")
        confirmText: qsTr("Sitzung schließen")
        onConfirmed: page.facilitator.closeSession()
    }
}
