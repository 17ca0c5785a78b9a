pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// Step 2: the topic field (Themenfeld), or "Anderes Thema".
FlowPage {
    id: screen

    required property KioskBridge kiosk

    step: "topic"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: qsTr("Zu welchem Themenfeld passt Ihre Karte?")
    subtitle: qsTr("Ihre Frage: %1").arg(kiosk.promptLabel)
    nextEnabled: kiosk.topicId !== ""

    GridLayout {
        Layout.fillWidth: true
        // one column with text at 200 %: long words ("Herausforderungen") stay whole
        columns: Theme.portrait || Theme.largestText ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Repeater {
            model: screen.kiosk.topics
            delegate: ChoiceTile {
                required property string choiceId
                required property string label
                required property int index
                required property var model

                objectName: "topic_" + choiceId
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: label
                // the configured pictogram's file URL (the model's `pictogram` role)
                pictogram: model.pictogram ?? ""
                checked: screen.kiosk.topicId === choiceId
                focus: index === 0
                onClicked: {
                    screen.kiosk.chooseTopic(choiceId)
                    screen.nextRequested()
                }
            }
        }
        ChoiceTile {
            objectName: "topic_" + screen.kiosk.otherTopicId
            visible: screen.kiosk.allowOtherTopic
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.kiosk.otherTopicLabel
            description: qsTr("Ihr Anliegen passt in keines der Felder")
            // never configured: the kiosk's own speech bubble (ui/ and resources/ are siblings
            // in the checkout, the installed package and the bundle)
            pictogram: Qt.resolvedUrl("../../resources/pictograms/anderes.svg")
            checked: screen.kiosk.topicId === screen.kiosk.otherTopicId
            onClicked: {
                screen.kiosk.chooseTopic(screen.kiosk.otherTopicId)
                screen.nextRequested()
            }
        }
    }
    Item { Layout.fillHeight: true }
}
