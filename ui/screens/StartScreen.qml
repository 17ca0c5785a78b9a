pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui
import "../components/speech" as Parts

// The invitation: event, a line that cycles through the station's languages, "Mitmachen",
// the language choice and "Große Schrift". A long press (3 s) in the bottom corner opens the
// facilitator PIN pad (bottom corner after the language choice; mirrored for RTL).
// "Vorlesen" beside "Mitmachen" reads the event, the invitation, "Mitmachen" and the
// languages (speechParts), in the UI language.
FocusScope {
    id: start

    required property KioskBridge kiosk
    required property LanguageBridge language
    property SpeechBridge speech: null
    readonly property string step: "start"
    readonly property string invitationSource: QT_TR_NOOP("Ihre Meinung für Dortmund zählt.")
    readonly property var invitations: language.translateAll("StartScreen", invitationSource)
    property int invitationIndex: 0
    // The decoration fades in right after the first frame (Main.startScreenDrawn): the
    // invitation is on screen a few milliseconds sooner, and nothing moves (it keeps its room).
    property bool decorated: true

    signal participateRequested()
    signal facilitatorRequested()

    objectName: "startScreen"

    Parts.SpeechParts { id: parts }

    // The invitation in the UI language (the line on show cycles through all of them).
    function invitationText() {
        for (const line of start.invitations)
            if (line.code === start.language.language)
                return line.text
        return qsTranslate("StartScreen", start.invitationSource)
    }
    function speechParts() {
        return [{ "kind": "title", "text": start.kiosk.eventName },
                { "kind": "text", "text": dateLine.text },
                { "kind": "text", "text": start.invitationText() },
                { "kind": "text", "text": lead.text },
                parts.describe(participate),
                { "kind": "heading", "text": languageLabel.text }]
            .concat(parts.partsOf(languageChoice, false))
    }
    function readAloud() {
        if (start.speech)
            start.speech.readScreen(start.speechParts())
    }
    StackView.onActivated: if (start.speech && start.speech.active) start.readAloud()

    // A control reached by Tab (or a touch) is scrolled into view when the page scrolls
    // (text at 200 %); the screen's first focus ("Mitmachen") leaves it at its top.
    function bringIntoView(item) {
        // qmllint disable missing-property
        if (!item || item.focusReason === Qt.OtherFocusReason)
            return
        // qmllint enable missing-property
        let inside = item
        while (inside && inside !== page.contentItem)
            inside = inside.parent
        if (!inside)
            return
        const top = item.mapToItem(page.contentItem, 0, 0).y
        const room = Theme.px(12)
        if (top < page.contentY)
            page.contentY = Math.max(0, top - room)
        else if (top + item.height > page.contentY + page.height)
            page.contentY = Math.max(0, Math.min(page.contentHeight - page.height,
                                                 top + item.height - page.height + room))
    }
    Connections {
        target: start.Window.window
        function onActiveFocusItemChanged() {
            Qt.callLater(start.bringIntoView, start.Window.activeFocusItem)
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Everything scrolls when it does not fit (text at 200 %); at 100 % and 150 % it fits
    // and nothing moves.
    Flickable {
        id: page
        objectName: "startPage"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, layout.implicitHeight)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {
            policy: page.contentHeight > page.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            Accessible.role: Accessible.ScrollBar
            Accessible.name: qsTranslate("FlowPage", "Bildlaufleiste")
        }

        // Decoration: a loose stack of participation cards, calm and in the city's colours.
        Item {
            id: cards
            objectName: "startIllustration"
            // beside the text in landscape (on the reading end's side), above it in portrait;
            // large text needs the room
            visible: !Theme.largeText
            opacity: start.decorated ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }
            width: Theme.px(300)
            height: Theme.px(340)
            scale: Theme.portrait ? 0.8 : 1.0
            x: Theme.portrait ? (parent.width - width) / 2
               : start.LayoutMirroring.enabled ? Theme.margin + Theme.px(20)
               : parent.width - width - Theme.margin - Theme.px(20)
            // in portrait in the room the column leaves it below the header
            y: Theme.portrait ? portraitRoom.y + (portraitRoom.height - height) / 2
               : (parent.height - height) / 2 - Theme.px(10)
            Accessible.ignored: true

            Repeater {
                model: [{ angle: -9, fill: Theme.accent, dx: -30, dy: 14 },
                        { angle: 5, fill: Theme.primary, dx: 24, dy: -6 },
                        { angle: -2, fill: Theme.surface, dx: 0, dy: 0 }]
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    width: Theme.px(250)
                    height: Theme.px(300)
                    x: (cards.width - width) / 2 + Theme.px(modelData.dx)
                    y: (cards.height - height) / 2 + Theme.px(modelData.dy)
                    rotation: modelData.angle
                    radius: Theme.radius
                    color: modelData.fill
                    border.width: index === 2 ? 1 : 0
                    border.color: Theme.line
                    antialiasing: true

                    Column {
                        visible: parent.index === 2
                        anchors.fill: parent
                        anchors.margins: Theme.px(26)
                        spacing: Theme.px(18)
                        Rectangle { width: parent.width * 0.55; height: Theme.px(14); radius: height / 2; color: Theme.accent }
                        Repeater {
                            model: 6
                            delegate: Rectangle {
                                required property int index
                                width: parent.width * (index === 5 ? 0.6 : 1.0)
                                height: Theme.px(8)
                                radius: height / 2
                                color: Theme.surfaceMuted
                            }
                        }
                        Rectangle {
                            width: Theme.px(56); height: width; radius: width / 2
                            color: Theme.selected
                            Text {
                                anchors.centerIn: parent
                                text: "✓"
                                color: Theme.primary
                                font.pixelSize: Theme.px(30)
                                font.variableAxes: Theme.bold
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            id: layout
            width: page.width
            height: page.contentHeight
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.px(6)
                color: Theme.accent
            }

            // The event beside "Große Schrift"; with text at 200 % in portrait the toggle
            // has a line of its own above it (at the reading end).
            GridLayout {
                id: header
                readonly property bool toggleAbove: Theme.largestText && Theme.portrait
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.px(Theme.largestText ? 12 : 20)
                columns: toggleAbove ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.px(10)
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.row: header.toggleAbove ? 1 : 0
                    Layout.column: 0
                    spacing: Theme.px(4)
                    Text {
                        objectName: "startEventName"
                        Layout.fillWidth: true
                        text: start.kiosk.eventName
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        font.variableAxes: Theme.bold
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        // the event's (German) name starts where the page reads: right for RTL
                        horizontalAlignment: Text.AlignLeft
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        id: dateLine
                        Layout.fillWidth: true
                        text: start.kiosk.eventVenue !== ""
                              ? start.kiosk.eventDate + " · " + start.kiosk.eventVenue
                              : start.kiosk.eventDate
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                TextSizeToggle {
                    objectName: "start_largeText"
                    Layout.row: 0
                    Layout.column: header.toggleAbove ? 0 : 1
                    Layout.alignment: Qt.AlignTop | Qt.AlignRight
                }
            }

            Item {
                id: portraitRoom
                // in portrait the card stack stands above the invitation
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.portrait && cards.visible ? Theme.px(340)
                                      : Theme.largestText ? 0 : Theme.px(16)
                Layout.maximumHeight: Theme.portrait && cards.visible ? Theme.px(380) : Number.POSITIVE_INFINITY
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.portrait || !cards.visible ? Theme.margin
                                   : Theme.margin + cards.width + Theme.px(40)
                // text at 200 %: closer together, so that "Mitmachen" stays in view at 1280×800
                spacing: Theme.largestText ? Theme.px(12) : Theme.gap

                // Every invitation is laid out at once, one above the other, and the block is as
                // tall as the tallest: the cycle fades between them and nothing below moves.
                // With text at 200 % it holds still in the UI language and is as tall as that
                // line, so that "Mitmachen" stays as high up as it can.
                Item {
                    id: invitation
                    objectName: "startInvitation"
                    readonly property bool still: Theme.largestText
                    readonly property int uiLine: {
                        const code = start.language.language
                        for (let i = 0; i < start.invitations.length; ++i)
                            if (start.invitations[i].code === code)
                                return i
                        return 0
                    }
                    readonly property int current: start.invitations.length === 0 ? 0
                                                   : still ? uiLine
                                                   : start.invitationIndex % start.invitations.length
                    readonly property string text: start.invitations.length > 0
                                                   ? start.invitations[current].text : ""
                    // fades out and in again around each change of language
                    property real level: 1
                    Layout.fillWidth: true
                    implicitHeight: {
                        let tallest = 0
                        for (const line of children)
                            if (!still || line.index === current)
                                tallest = Math.max(tallest, line.implicitHeight)
                        return tallest
                    }
                    onStillChanged: {
                        cycle.stop()
                        level = 1
                    }
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text

                    Repeater {
                        id: invitationTexts
                        model: start.invitations
                        delegate: Text {
                            required property var modelData
                            required property int index
                            width: invitation.width
                            text: modelData.text
                            opacity: index === invitation.current ? invitation.level : 0
                            font.family: Theme.fontFamily
                            // hero-sized already: "Große Schrift" leaves it as it is, so that
                            // the block (as tall as the longest of up to ten invitations)
                            // leaves room for the larger text below it (at 200 % the lead
                            // below is as large)
                            font.pixelSize: Theme.px(52)
                            font.variableAxes: Theme.bold
                            lineHeight: 1.1
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Accessible.ignored: true
                        }
                    }
                }
                Text {
                    id: lead
                    Layout.fillWidth: true
                    text: qsTr("Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLead
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
                // "Vorlesen" beside "Mitmachen": the header has no room for it at 150 % text
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.largestText ? 0 : Theme.px(8)
                    spacing: Theme.gap
                    KioskButton {
                        id: participate
                        objectName: "startParticipate"
                        variant: "hero"
                        focus: true
                        text: qsTr("Mitmachen")
                        onClicked: start.participateRequested()
                    }
                    Item {  // centred on the hero button's line
                        visible: readAloud.shown
                        implicitWidth: readAloud.implicitWidth
                        implicitHeight: Math.max(participate.height, readAloud.implicitHeight)
                        Parts.ReadAloud {
                            id: readAloud
                            anchors.verticalCenter: parent.verticalCenter
                            width: parent.width
                            speech: start.speech
                            namePrefix: "start"
                            current: start.StackView.status === StackView.Active
                            onReadRequested: start.readAloud()
                        }
                    }
                }
                Parts.ReadAloudSettings {
                    objectName: "start_speechSettingsRow"
                    Layout.fillWidth: true
                    visible: readAloud.settingsOpen
                    speech: start.speech
                    namePrefix: "start"
                }
            }

            Item { Layout.fillHeight: true; Layout.minimumHeight: Theme.px(16) }

            // "Sprache" beside the pills; with text at 200 % above them, so that they have the
            // whole width
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin + corner.width
                Layout.bottomMargin: Theme.px(28)
                columns: Theme.largestText ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.px(8)
                Text {
                    id: languageLabel
                    Layout.maximumWidth: parent.width
                    text: qsTr("Sprache")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                }
                LanguageChoice {
                    id: languageChoice
                    Layout.fillWidth: true
                    language: start.language
                }
            }
        }

    }

    SequentialAnimation {
        id: cycle
        NumberAnimation { target: invitation; property: "level"; to: 0; duration: 350 }
        ScriptAction { script: start.invitationIndex += 1 }
        NumberAnimation { target: invitation; property: "level"; to: 1; duration: 350 }
    }

    Timer {
        interval: 4500
        repeat: true
        running: start.invitations.length > 1 && start.visible && !invitation.still
        onTriggered: cycle.restart()
    }

    // The facilitator's door: hold the bottom corner for three seconds.
    MouseArea {
        id: corner
        objectName: "facilitatorCorner"
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: Theme.px(96)
        height: Theme.px(96)
        pressAndHoldInterval: 3000
        onPressAndHold: start.facilitatorRequested()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Zugang für das Moderationsteam (drei Sekunden halten)")
    }
}
