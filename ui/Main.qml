pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import "components/speech" as Parts

// The kiosk window: one screen at a time in a StackView, the on-screen keyboard below it
// (so it never covers what is being written), the inactivity warning, the facilitator PIN
// pad and the facilitator area on top. The bridges come from station_app/app.py.
ApplicationWindow {
    id: root

    required property KioskBridge kiosk
    required property LanguageBridge language
    required property ContactBridge contact
    required property PinBridge pin
    required property IdleWatch idle
    // Speech output ("Vorlesen"); the screens find it here (FlowPage: Window.window.speech).
    required property SpeechBridge speech
    // The facilitator's bridges (FacilitatorBridge, SyncBridge, ReceiptPrinterBridge), set by
    // app.py once the station's database is open and handed on to FacilitatorHome, which
    // declares their types. Their Python modules load only after the start screen's first
    // frame, so this window knows them as plain objects.
    property QtObject facilitator: null
    property QtObject sync: null
    property QtObject printer: null
    // station-app run: frameless, full screen and on top (not with --windowed or in tests).
    property bool lockedDown: false

    // Only a facilitator's "Kiosk verlassen" sets this (through app.py).
    property bool allowClose: false
    property bool pinPadOpen: false
    property bool facilitatorOpen: false
    // The dashboard (staff only) is laid out for text up to 150 %: an attendee's 200 %
    // ("Große Schrift", Theme.textStep) waits here and comes back when it closes.
    property int attendeeTextStep: 0
    // The step on screen: set when a screen is pushed (go, resetToStart).
    property string currentStep: "start"
    readonly property bool startScreenShown: currentStep === "start" && !stack.busy
    // The keyboard is loaded by URL after the first frame (naming its type here would load
    // the Qt Virtual Keyboard plugin before the start screen), so qmllint cannot know it.
    // qmllint disable missing-property
    readonly property bool keyboardVisible: keyboard.item !== null && keyboard.item.active
    // qmllint enable missing-property
    // Loaded, or failed to load (then hardware keyboards still work; the log says why).
    readonly property bool keyboardLoaded: keyboard.status === Loader.Ready
                                           || keyboard.status === Loader.Error
    // Set by app.py right after the start screen's first frame: the flow screens, the PIN
    // pad and the on-screen keyboard load then (the start screen does not need them).
    property bool startScreenDrawn: false

    width: 1280
    height: 800
    visible: false
    flags: lockedDown ? Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint : Qt.Window
    title: qsTr("Beteiligungsstation")
    color: Theme.background
    font.family: Theme.fontFamily

    LayoutMirroring.enabled: language.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Locked down, only a facilitator's "Kiosk verlassen" closes the kiosk; a development
    // window (--windowed) closes like any other window.
    onClosing: (close) => { close.accepted = root.allowClose || !root.lockedDown }

    Binding { target: Theme; property: "windowWidth"; value: root.width }
    Binding { target: Theme; property: "windowHeight"; value: root.height }

    function modeFor(step) {
        if (root.facilitatorOpen)
            return "dashboard"
        if (root.pinPadOpen)
            return "flow"
        return step === "start" ? "off" : step === "thanks" ? "thanks" : "flow"
    }

    // Qt.inputMethod is the QInputMethod, but the linter of Qt 6.12 types it as QObject.
    function hideKeyboard(forget) {
        // qmllint disable missing-property
        Qt.inputMethod.hide()
        if (forget)
            Qt.inputMethod.reset()
        // qmllint enable missing-property
    }

    function go(step) {
        const component = screenFor(step)
        if (!component)
            return
        hideKeyboard(false)
        root.currentStep = step
        stack.replaceCurrentItem(component, {}, StackView.ReplaceTransition)
        idle.mode = modeFor(step)
    }

    // Discard the draft and everything on screen; the next attendee starts fresh.
    function resetToStart() {
        root.pinPadOpen = false
        root.facilitatorOpen = false
        pin.lock()
        pinPad.clear()
        kiosk.discard()
        language.reset()
        speech.reset()  // silent, and off for the next attendee
        Theme.textStep = 0  // text at 100 % again
        hideKeyboard(true)
        stack.clear(StackView.Immediate)
        root.currentStep = "start"
        stack.push(startScreen, {}, StackView.Immediate)
        idle.mode = "off"
    }

    function openPinPad() {
        if (root.facilitatorOpen)
            return
        pinPad.clear()
        speech.setActive(false)
        root.pinPadOpen = true
        idle.mode = "flow"
        pinPad.open()
    }

    function closePinPad() {
        root.pinPadOpen = false
        idle.mode = modeFor(currentStep)
        stack.currentItem.forceActiveFocus()
    }

    function closeFacilitator() {
        root.facilitatorOpen = false
        Theme.textStep = root.attendeeTextStep
        pin.lock()
        idle.mode = modeFor(currentStep)
        stack.currentItem.forceActiveFocus()
    }

    // The start screen is part of this file; the other screens are compiled right after its
    // first frame (FlowScreens.qml), with the keyboard, the PIN pad and the overlay.
    function screenFor(step) {
        if (step === "start")
            return startScreen
        if (!flowScreens.item)
            loadTheRest()  // a tap that came before the rest was loaded: load it now
        // qmllint disable missing-property
        return flowScreens.item ? flowScreens.item.screens[step] : null
        // qmllint enable missing-property
    }

    // After the first frame (app.py sets startScreenDrawn), from the event loop: a Qt thread
    // may log while QML loads, and a Python message handler (pytest-qt) could not run while
    // Python waits for the load.
    function loadTheRest() {
        if (flowScreens.status === Loader.Null)
            flowScreens.setSource(Qt.resolvedUrl("FlowScreens.qml"), { "main": root })
        if (pinPad.status === Loader.Null)
            pinPad.setSource(Qt.resolvedUrl("components/PinPad.qml"), { "pin": root.pin })
        if (inactivityOverlay.status === Loader.Null)
            inactivityOverlay.setSource(Qt.resolvedUrl("components/InactivityOverlay.qml"))
        if (keyboard.status === Loader.Null)
            keyboard.setSource(Qt.resolvedUrl("components/OnScreenKeyboard.qml"),
                               { "language": root.language })
    }
    onStartScreenDrawnChanged: if (startScreenDrawn) Qt.callLater(loadTheRest)

    // The flow screens, the PIN pad and the inactivity overlay are loaded by URL in
    // loadTheRest: naming their types in this file would compile them all before the start
    // screen's first frame. So this file knows their items as plain items.
    Loader { id: flowScreens }

    Component {
        id: startScreen
        StartScreen {
            kiosk: root.kiosk
            language: root.language
            decorated: root.startScreenDrawn
            speech: root.speech
            onParticipateRequested: root.go(root.kiosk.nextStep("start"))
            onFacilitatorRequested: root.openPinPad()
        }
    }
    Connections {
        target: root.idle
        function onTimedOut() { root.resetToStart() }
    }

    // While speech is on: a control that gets the focus from the keyboard (Tab), or that a
    // touch is held on, says its name and state; so does the focused control whose state
    // changes (a tile chosen, a box ticked).
    Parts.SpeechParts { id: speechParts }
    function readControl(item) {
        if (item && root.speech.active)
            root.speech.readControl(speechParts.describe(item))
    }
    onActiveFocusItemChanged: {
        const item = root.activeFocusItem
        // qmllint disable missing-property
        const reason = item ? item.focusReason : undefined
        // qmllint enable missing-property
        if (reason === Qt.TabFocusReason || reason === Qt.BacktabFocusReason)
            root.readControl(item)
    }
    Connections {
        target: root.activeFocusItem
        ignoreUnknownSignals: true
        function onCheckedChanged() { Qt.callLater(root.readControl, root.activeFocusItem) }
        // "Große Schrift" from 150 % to 200 % (still checked): its new size is read too
        function onTextStepChanged() { Qt.callLater(root.readControl, root.activeFocusItem) }
    }
    Connections {
        target: root.speech
        function onHeld(x: real, y: real) {
            root.readControl(speechParts.controlAt(root.contentItem, x, y))
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StackView {
            id: stack
            objectName: "screenStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: startScreen
            focus: true
            onCurrentItemChanged: if (currentItem) currentItem.forceActiveFocus()

            replaceEnter: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animationMs }
            }
            replaceExit: Transition {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animationMs }
            }
        }

        Item {
            id: keyboardArea
            objectName: "keyboardArea"
            Layout.fillWidth: true
            Layout.preferredHeight: root.keyboardVisible ? (keyboard.item as Item).height : 0
            visible: root.keyboardVisible
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true

            Rectangle {
                anchors.fill: parent
                color: Theme.surfaceMuted  // the keyboard style's own panel colour (ui/keyboard/…/Look.qml)
            }
            Loader {
                id: keyboard
                width: Math.min(parent.width, root.height * 1.4)
                anchors.horizontalCenter: parent.horizontalCenter
                y: 0
                onLoaded: (item as Item).width = Qt.binding(() => keyboard.width)
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+F"
        context: Qt.ApplicationShortcut
        onActivated: root.openPinPad()
    }

    Loader {
        id: pinPad
        anchors.fill: parent
        visible: root.pinPadOpen
        // qmllint disable missing-property
        function clear() { if (item) item.clear() }
        // qmllint enable missing-property
        function open() { if (item) (item as Item).forceActiveFocus() }
    }
    Connections {
        target: pinPad.item
        ignoreUnknownSignals: true
        function onDismissed() { root.closePinPad() }
    }

    Connections {
        target: root.pin
        function onAccepted() {
            root.pinPadOpen = false
            root.attendeeTextStep = Theme.textStep
            Theme.textStep = Math.min(Theme.textStep, 1)
            root.facilitatorOpen = true
            root.idle.mode = "dashboard"
        }
    }

    // The dashboard ends where the on-screen keyboard begins, so that a touch-only tablet
    // can type into its fields (search, session names, paper cards, reasons, codes).
    Loader {
        id: facilitatorArea
        objectName: "facilitatorArea"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: parent.height - (root.keyboardVisible ? keyboardArea.height : 0)
        active: root.facilitatorOpen && root.pin.facilitatorHomeUrl !== ""
                && root.facilitator !== null && root.printer !== null
        onActiveChanged: {
            if (active)
                setSource(root.pin.facilitatorHomeUrl, { "facilitator": root.facilitator,
                                                         "sync": root.sync,
                                                         "printer": root.printer })
        }
        onLoaded: (item as Item).forceActiveFocus()
    }

    Connections {
        target: facilitatorArea.item
        ignoreUnknownSignals: true
        function onLeaveKioskRequested() { root.pin.leaveKiosk() }
        function onBackToKioskRequested() { root.closeFacilitator() }
    }

    // Drawn over everything, the dashboard too: the warning before a draft is discarded or
    // the dashboard locks.
    Loader {
        id: inactivityOverlay
        anchors.fill: parent
        visible: root.idle.warning
    }
    Binding {
        target: inactivityOverlay.item
        when: inactivityOverlay.item !== null
        property: "secondsLeft"
        value: root.idle.secondsLeft
    }
    Binding {
        target: inactivityOverlay.item
        when: inactivityOverlay.item !== null
        property: "dashboard"
        value: root.idle.mode === "dashboard"
    }
    Connections {
        target: inactivityOverlay.item
        ignoreUnknownSignals: true
        function onStayRequested() { root.idle.extend() }
    }
}
