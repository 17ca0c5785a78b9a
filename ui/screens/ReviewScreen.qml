pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// The card as it will be handed in, every answer with "Ändern". "Karte abgeben" commits
// it; if that fails a calm message says so and nothing is lost.
FlowPage {
    id: screen

    required property KioskBridge kiosk
    required property ContactBridge contact
    property string failure: ""

    signal editRequested(string step)

    step: "review"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: qsTr("Ihre Karte – ist alles richtig?")
    subtitle: qsTr("Sie können jede Angabe noch ändern.")
    nextText: qsTr("Karte abgeben")
    nextEnabled: kiosk.textReady && kiosk.promptId !== "" && kiosk.topicId !== "" && contact.ready

    Connections {
        target: screen.kiosk
        function onSubmitFailed(reason: string) { screen.failure = reason }
    }

    component ReviewRow: RowLayout {
        id: row

        property string label
        property string value
        property string editStep
        property bool multiline: false

        Layout.fillWidth: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(2)
            // aligned to the reading start even when a value is in another script
            // (a German district in Arabic): left, mirrored to the right for RTL
            Text {
                Layout.fillWidth: true
                text: row.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                horizontalAlignment: Text.AlignLeft
            }
            Text {
                objectName: "review_value_" + row.editStep
                Layout.fillWidth: true
                text: row.value
                font.family: Theme.fontFamily
                font.pixelSize: row.multiline ? Theme.fontLead : Theme.fontBody
                font.variableAxes: row.multiline ? Theme.regular : Theme.semiBold
                color: Theme.ink
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignLeft
            }
        }
        KioskButton {
            objectName: "review_edit_" + row.editStep
            Layout.alignment: Qt.AlignTop
            variant: "quiet"
            text: qsTr("Ändern")
            accessibleName: qsTr("%1 ändern").arg(row.label)
            onClicked: screen.editRequested(row.editStep)
        }
    }

    CalmMessage {
        objectName: "submitFailedMessage"
        Layout.fillWidth: true
        visible: screen.failure !== ""
        text: screen.failure === "storage"
              ? qsTr("Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.")
              : qsTr("Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.")
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: rows.implicitHeight + 2 * Theme.px(24)
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: Theme.line

        Rectangle {
            // the card's coloured edge, as on the printed Beteiligungskarte (at the
            // reading start: anchored, so it moves to the right for RTL)
            objectName: "reviewCardEdge"
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Theme.px(8)
            radius: Theme.radius
            color: Theme.accent
        }

        ColumnLayout {
            id: rows
            anchors.fill: parent
            anchors.margins: Theme.px(24)
            anchors.leftMargin: Theme.px(32)
            spacing: Theme.spacing

            ReviewRow {
                label: qsTr("Frage")
                value: screen.kiosk.promptLabel
                editStep: "prompt"
            }
            ReviewRow {
                label: qsTr("Themenfeld")
                value: screen.kiosk.topicLabel
                editStep: "topic"
            }
            ReviewRow {
                label: qsTr("Ihr Text")
                value: screen.kiosk.text.trim()
                editStep: "write"
                multiline: true
            }
            ReviewRow {
                visible: screen.kiosk.steps.indexOf("details") >= 0
                label: qsTr("Angaben zu Ihnen")
                value: screen.kiosk.detailsSummary
                editStep: "details"
            }
            ReviewRow {
                visible: screen.kiosk.steps.indexOf("contact") >= 0
                label: qsTr("Mitmachpool")
                value: screen.contact.wanted ? screen.contact.email : qsTr("Nein, danke")
                editStep: "contact"
            }
        }
    }
    // While speech is on: hear the text once more before handing the card in.
    KioskButton {
        objectName: "reviewReadBack"
        Layout.alignment: Qt.AlignRight
        visible: screen.speech !== null && screen.speech.active
        variant: "secondary"
        text: qsTr("Text vorlesen")
        onClicked: screen.speech.readText(screen.kiosk.text)
    }
    Item { Layout.fillHeight: true }
}
