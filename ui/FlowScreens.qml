pragma ComponentBehavior: Bound
import QtQuick

// The attendee flow after the start screen, one Component per screen, keyed by step. Main.qml
// loads this right after the start screen's first frame, so those screens are compiled
// while the invitation is already on show. Nothing here is drawn: the screens are created
// by Main.qml's StackView.
Item {
    id: screens

    visible: false

    // Main.qml's window: the bridges and go(), back(), resetToStart().
    required property var main

    readonly property var screens: ({
        "prompt": promptScreen, "topic": topicScreen, "write": writeScreen,
        "details": detailsScreen, "contact": contactScreen, "review": reviewScreen,
        "thanks": thanksScreen
    })

    Component {
        id: promptScreen
        PromptScreen {
            kiosk: screens.main.kiosk
            onNextRequested: screens.main.go(screens.main.kiosk.nextStep("prompt"))
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("prompt"))
        }
    }
    Component {
        id: topicScreen
        TopicScreen {
            kiosk: screens.main.kiosk
            onNextRequested: screens.main.go(screens.main.kiosk.nextStep("topic"))
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("topic"))
        }
    }
    Component {
        id: writeScreen
        WriteScreen {
            kiosk: screens.main.kiosk
            onNextRequested: screens.main.go(screens.main.kiosk.nextStep("write"))
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("write"))
        }
    }
    Component {
        id: detailsScreen
        DetailsScreen {
            kiosk: screens.main.kiosk
            onNextRequested: screens.main.go(screens.main.kiosk.nextStep("details"))
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("details"))
        }
    }
    Component {
        id: contactScreen
        ContactScreen {
            kiosk: screens.main.kiosk
            contact: screens.main.contact
            onNextRequested: screens.main.go(screens.main.kiosk.nextStep("contact"))
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("contact"))
        }
    }
    Component {
        id: reviewScreen
        ReviewScreen {
            kiosk: screens.main.kiosk
            contact: screens.main.contact
            onNextRequested: if (screens.main.kiosk.submit()) screens.main.go("thanks")
            onBackRequested: screens.main.go(screens.main.kiosk.previousStep("review"))
            onEditRequested: (step) => screens.main.go(screens.main.kiosk.editStep(step))
        }
    }
    Component {
        id: thanksScreen
        ThanksScreen {
            kiosk: screens.main.kiosk
            onAnotherCardRequested: {
                screens.main.kiosk.discard()
                screens.main.go(screens.main.kiosk.nextStep("start"))
            }
            onDoneRequested: screens.main.resetToStart()
        }
    }
}
