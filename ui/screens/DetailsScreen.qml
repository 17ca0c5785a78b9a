pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// Optional: district and age group, each with "keine Angabe"; "Überspringen" in one tap.
FlowPage {
    id: screen

    required property KioskBridge kiosk

    step: "details"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: qsTr("Möchten Sie noch etwas über sich sagen?")
    subtitle: qsTr("Freiwillig – es hilft uns, die Ergebnisse einzuordnen.")
    skipText: qsTr("Überspringen")
    onSkipRequested: {
        kiosk.clearDetails()
        nextRequested()
    }

    SectionLabel {
        Layout.fillWidth: true
        visible: screen.kiosk.districts.count > 0
        text: qsTr("In welchem Stadtbezirk wohnen Sie?")
    }
    GridLayout {
        Layout.fillWidth: true
        visible: screen.kiosk.districts.count > 0
        // fewer columns for larger text: a district's name breaks at most between words
        columns: Theme.largestText ? (Theme.portrait ? 1 : 2)
                                   : Theme.portrait ? 2 : Theme.largeText ? 3 : 4
        rowSpacing: Theme.px(10)
        columnSpacing: Theme.px(10)

        Repeater {
            model: screen.kiosk.districts
            delegate: ChoiceTile {
                required property string choiceId
                required property string label
                required property int index

                objectName: "district_" + choiceId
                compact: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: label
                focus: index === 0
                checked: screen.kiosk.districtId === choiceId
                onClicked: screen.kiosk.chooseDistrict(choiceId)
            }
        }
        ChoiceTile {
            objectName: "district_none"
            compact: true
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.kiosk.notGivenLabel
            checked: screen.kiosk.districtId === ""
            onClicked: screen.kiosk.chooseDistrict("")
        }
    }

    SectionLabel {
        Layout.fillWidth: true
        Layout.topMargin: Theme.px(8)
        visible: screen.kiosk.ageGroups.count > 0
        text: qsTr("Wie alt sind Sie?")
    }
    GridLayout {
        Layout.fillWidth: true
        visible: screen.kiosk.ageGroups.count > 0
        columns: Theme.portrait ? 2 : 3
        rowSpacing: Theme.px(10)
        columnSpacing: Theme.px(10)

        Repeater {
            model: screen.kiosk.ageGroups
            delegate: ChoiceTile {
                required property string choiceId
                required property string label

                objectName: "age_" + choiceId
                compact: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: label
                checked: screen.kiosk.ageGroupId === choiceId
                onClicked: screen.kiosk.chooseAgeGroup(choiceId)
            }
        }
        ChoiceTile {
            objectName: "age_none"
            compact: true
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.kiosk.notGivenLabel
            checked: screen.kiosk.ageGroupId === ""
            onClicked: screen.kiosk.chooseAgeGroup("")
        }
    }
    Item { Layout.fillHeight: true }
}
