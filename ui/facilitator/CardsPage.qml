pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Karten: the newest cards of the session with search; hide (with a reason) or show again.
// Hidden cards stay in the list, marked, so a decision can be reversed. On a live station
// (the venue's live wall) a card that is not hidden can also be approved for the wall,
// once; the card then says so.
Item {
    id: page

    required property FacilitatorBridge facilitator
    readonly property var cards: facilitator ? facilitator.cards : null
    readonly property bool wallApproval: cards ? cards.wallApproval : false

    objectName: "cardsPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.spacing

        // The field above its two buttons when the page is narrow (portrait, large text).
        GridLayout {
            Layout.fillWidth: true
            columns: page.width < Theme.textPx(760) ? 2 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            DashTextField {
                id: searchField
                objectName: "cardSearch"
                Layout.fillWidth: true
                Layout.columnSpan: page.width < Theme.textPx(760) ? 2 : 1
                placeholderText: qsTr("Text oder Kartencode")
                Accessible.name: qsTr("Karten suchen: Text oder Kartencode")
                onAccepted: if (page.cards) page.cards.search(text)
            }
            KioskButton {
                objectName: "cardSearchButton"
                Layout.fillWidth: page.width < Theme.textPx(760)
                text: qsTr("Suchen")
                onClicked: if (page.cards) page.cards.search(searchField.text)
            }
            KioskButton {
                objectName: "cardSearchClear"
                Layout.fillWidth: page.width < Theme.textPx(760)
                variant: "secondary"
                text: qsTr("Alle")
                enabled: searchField.text !== ""
                onClicked: {
                    searchField.text = ""
                    if (page.cards) page.cards.search("")
                }
            }
        }

        Text {
            Layout.fillWidth: true
            objectName: "cardCountLine"
            text: !page.cards ? "" : page.cards.count === 0
                  ? (page.cards.query ? qsTr("Keine Karte gefunden.") : qsTr("Noch keine Karten in dieser Sitzung."))
                  : qsTr("%n Karten, die neuesten zuerst", "", page.cards.count)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
        }

        ListView {
            id: list
            objectName: "cardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: page.cards
            // Delegates are created synchronously: a search that resets the model while
            // buffer items are still incubating would otherwise cancel them mid-way.
            cacheBuffer: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }

            delegate: Rectangle {
                id: cardItem
                required property string code
                required property string text
                required property string promptLabel
                required property string topicLabel
                required property string details
                required property string createdAt
                required property bool hidden
                required property string reason
                required property bool approved

                objectName: "card_" + code
                width: list.width - Theme.spacing
                height: cardRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: hidden ? Theme.surfaceMuted : Theme.surface
                border.color: Theme.line

                RowLayout {
                    id: cardRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.gap

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.px(4)
                        Text {
                            Layout.fillWidth: true
                            text: "<b>" + cardItem.code + "</b> · " + cardItem.createdAt + " · "
                                  + cardItem.promptLabel + " · " + cardItem.topicLabel
                            textFormat: Text.StyledText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.codeInk
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: cardItem.text
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: cardItem.hidden ? qsTr("Ausgeblendet: %1").arg(cardItem.reason)
                                                  : cardItem.details
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: cardItem.hidden ? Font.Bold : Font.Normal
                            color: cardItem.hidden ? Theme.accent : Theme.inkMuted
                            wrapMode: Text.Wrap
                        }
                        Text {  // the live wall: approved, or why a hidden card cannot be
                            objectName: "wallState_" + cardItem.code
                            Layout.fillWidth: true
                            visible: page.wallApproval && (cardItem.hidden || cardItem.approved)
                            text: cardItem.hidden
                                  ? qsTr("Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.")
                                  : qsTr("Live-Wand: freigegeben")
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: cardItem.hidden ? Font.Normal : Font.Bold
                            color: cardItem.hidden ? Theme.inkMuted : Theme.primary
                            wrapMode: Text.Wrap
                        }
                    }
                    ColumnLayout {
                        Layout.alignment: Qt.AlignVCenter
                        // Never narrower than its buttons' words; on a live station one width in
                        // every row, whether the approval is offered or given.
                        readonly property real liveWidth: Math.max(hideButton.implicitWidth,
                                                                   Math.min(Theme.textPx(300), cardRow.width / 3))
                        Layout.minimumWidth: page.wallApproval ? liveWidth : hideButton.implicitWidth
                        Layout.preferredWidth: page.wallApproval ? liveWidth : -1
                        Layout.maximumWidth: page.wallApproval ? liveWidth : Number.POSITIVE_INFINITY
                        spacing: Theme.spacing
                        KioskButton {
                            id: hideButton
                            objectName: (cardItem.hidden ? "unhide_" : "hide_") + cardItem.code
                            Layout.fillWidth: true
                            variant: "secondary"
                            text: cardItem.hidden ? qsTr("Wieder zeigen") : qsTr("Ausblenden")
                            onClicked: {
                                if (cardItem.hidden)
                                    page.facilitator.unhideCard(cardItem.code)
                                else
                                    hidePopup.ask(cardItem.code, cardItem.text, cardItem.approved)
                            }
                        }
                        KioskButton {
                            objectName: "approve_" + cardItem.code
                            Layout.fillWidth: true
                            visible: page.wallApproval && !cardItem.hidden && !cardItem.approved
                            text: qsTr("Für die Live-Wand freigeben")
                            onClicked: page.facilitator.approveCardForWall(cardItem.code)
                        }
                    }
                }
            }
        }
    }

    HidePopup {
        id: hidePopup
        objectName: "hidePopup"
        reasons: page.facilitator ? page.facilitator.hideReasons : []
        onHideRequested: (code, reason) => page.facilitator.hideCard(code, reason)
    }
}
