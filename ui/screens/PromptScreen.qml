pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// Step 1: which question (Frage / Impuls) the card answers. A tap chooses and moves on.
FlowPage {
    id: screen

    required property KioskBridge kiosk

    step: "prompt"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: qsTr("Wozu möchten Sie etwas sagen?")
    subtitle: qsTr("Wählen Sie eine Frage aus.")
    nextEnabled: kiosk.promptId !== ""

    GridLayout {
        Layout.fillWidth: true
        // one column with text at 200 %: long words ("Herausforderungen") stay whole
        columns: Theme.portrait || Theme.largestText ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Repeater {
            model: screen.kiosk.prompts
            delegate: ChoiceTile {
                required property string choiceId
                required property string label
                required property int index

                objectName: "prompt_" + choiceId
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: label
                checked: screen.kiosk.promptId === choiceId
                focus: index === 0
                onClicked: {
                    screen.kiosk.choosePrompt(choiceId)
                    screen.nextRequested()
                }
            }
        }
    }
    Item { Layout.fillHeight: true }
}
