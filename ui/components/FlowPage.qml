pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui
import "speech"

// The frame of every step after the start screen: a header with the event and the
// progress, a title, a scrollable body (so 150 % and 200 % text never clips; at 200 % the
// header scrolls with it) and a footer with "Zurück", an optional skip and the main
// action. "Vorlesen" (ReadAloud) in the header reads the title, the question and the choices
// (speechParts) when it is turned on and whenever the step appears while speech is on.
FocusScope {
    id: page

    property string step: ""
    property string eventName: ""
    property int stepNumber: 0
    property int stepCount: 0
    property string title: ""
    property string subtitle: ""
    property bool backVisible: true
    property string nextText: qsTr("Weiter")
    property bool nextVisible: true
    property bool nextEnabled: true
    property string skipText: ""
    property alias flickable: flick
    // Header, content and footer share one column, centred on wide screens.
    readonly property real sideMargin: Math.max(Theme.margin, (width - Theme.contentMaxWidth) / 2)
    default property alias content: body.data
    // The window's speech output (Main.qml's `speech`): the screens are built by
    // FlowScreens.qml, which need not hand it on.
    // qmllint disable missing-property
    readonly property SpeechBridge speech: page.Window.window ? page.Window.window.speech : null
    // qmllint enable missing-property
    // Portrait: "Vorlesen" below "Große Schrift", so that the header's line keeps its room.
    readonly property bool stackedToggles: Theme.portrait
    // Text at 200 %: the header scrolls with the step (headerBlock).
    readonly property bool headerScrolls: Theme.largestText

    signal backRequested()
    signal nextRequested()
    signal skipRequested()

    objectName: step + "Screen"

    SpeechParts { id: parts }

    // What the step says: its title, the question below it, and what its body shows.
    function speechParts() {
        return [{ "kind": "title", "text": page.title },
                { "kind": "text", "text": page.subtitle }].concat(parts.partsOf(body, false))
    }
    function readAloud() {
        if (page.speech)
            page.speech.readScreen(page.speechParts())
    }
    StackView.onActivated: if (page.speech && page.speech.active) page.readAloud()

    // Scroll the focused field (or tile) into view, e.g. when the keyboard opens. A field
    // inside an item with `property bool keepInView: true` brings that whole item into
    // view (the e-mail field with its helpers and the consent box).
    function ensureVisible(item) {
        let inside = item
        while (inside && inside !== flick.contentItem) {
            if (inside.keepInView === true)
                item = inside
            inside = inside.parent
        }
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        // a little air around it, but never at the cost of cutting it
        const room = Math.min(Theme.px(12), Math.max(0, (flick.height - item.height) / 2))
        if (top < flick.contentY || item.height > flick.height)
            flick.contentY = Math.max(0, top - room)
        else if (top + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height,
                                      top + item.height - flick.height + room)
    }

    // The step's first focus (its first tile, for the keyboard) leaves the step at its top,
    // with its title in view (text at 200 % would scroll it away); a focus moved by Tab or
    // a touch, and a text field, are brought into view.
    function focusMoved(item) {
        if (!item)
            return
        const editable = item instanceof TextInput || item instanceof TextEdit
        // qmllint disable missing-property
        const reason = item.focusReason
        // qmllint enable missing-property
        if (editable || reason !== Qt.OtherFocusReason)
            page.ensureVisible(item)
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            Qt.callLater(page.focusMoved, page.Window.activeFocusItem)
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.px(6)
            color: Theme.accent
        }

        // The header's place while it stays put (100 % and 150 % text).
        Item {
            id: fixedHeader
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            Layout.topMargin: Theme.px(12)
            visible: !page.headerScrolls
            implicitHeight: page.headerScrolls ? 0 : headerBlock.implicitHeight
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.px(12)
            clip: true
            contentWidth: width
            contentHeight: column.height + Theme.px(8)
            boundsBehavior: Flickable.StopAtBounds
            onHeightChanged: Qt.callLater(page.ensureVisible, page.Window.activeFocusItem)
            ScrollBar.vertical: ScrollBar {
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                Accessible.role: Accessible.ScrollBar
                Accessible.name: qsTr("Bildlaufleiste")
            }

            // Title and body scroll together, so large text and the on-screen keyboard
            // never squeeze the fields away.
            ColumnLayout {
                id: column
                x: page.sideMargin
                width: flick.width - 2 * page.sideMargin
                height: Math.max(implicitHeight, flick.height - Theme.px(8))
                spacing: Theme.px(6)

                // The header's place with text at 200 % (see headerBlock).
                Item {
                    id: scrollingHeader
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.px(12)
                    visible: page.headerScrolls
                    implicitHeight: page.headerScrolls ? headerBlock.implicitHeight : 0
                }
                Text {
                    Layout.fillWidth: true
                    text: page.title
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.variableAxes: Theme.bold
                    color: Theme.ink
                    // a word longer than the line (text at 200 %) breaks rather than overflows
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.subtitle !== ""
                    text: page.subtitle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                }
                ColumnLayout {
                    id: body
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.topMargin: Theme.px(10)
                    spacing: Theme.spacing
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.line
        }

        // "Zurück", the skip and the main action on one line; when they do not fit side by
        // side (text at 200 % in portrait) the skip has a line of its own above the others.
        GridLayout {
            id: footer
            readonly property bool stacked: skip.visible
                && back.implicitWidth + skip.implicitWidth + next.implicitWidth + 3 * columnSpacing
                   > page.width - 2 * page.sideMargin
            readonly property real room: page.width - 2 * page.sideMargin
            Layout.fillWidth: true
            Layout.leftMargin: page.sideMargin
            Layout.rightMargin: page.sideMargin
            Layout.topMargin: Theme.px(12)
            Layout.bottomMargin: Theme.px(12)
            columns: stacked ? 3 : 4
            columnSpacing: Theme.spacing
            rowSpacing: Theme.px(10)

            KioskButton {
                id: back
                objectName: page.step + "_back"
                Layout.row: footer.stacked ? 1 : 0
                Layout.column: 0
                Layout.maximumWidth: footer.room
                visible: page.backVisible
                variant: "secondary"
                text: qsTr("Zurück")
                onClicked: page.backRequested()
            }
            Item {
                Layout.row: footer.stacked ? 1 : 0
                Layout.column: 1
                Layout.fillWidth: true
            }
            KioskButton {
                id: skip
                objectName: page.step + "_skip"
                Layout.row: 0
                Layout.column: footer.stacked ? 0 : 2
                Layout.columnSpan: footer.stacked ? 3 : 1
                Layout.alignment: Qt.AlignRight
                Layout.maximumWidth: footer.room
                visible: page.skipText !== ""
                variant: "secondary"
                text: page.skipText
                onClicked: page.skipRequested()
            }
            KioskButton {
                id: next
                objectName: page.step + "_next"
                Layout.row: footer.stacked ? 1 : 0
                Layout.column: footer.stacked ? 2 : 3
                Layout.maximumWidth: footer.room
                visible: page.nextVisible
                enabled: page.nextEnabled
                text: page.nextText
                Layout.minimumWidth: Theme.px(200)
                onClicked: page.nextRequested()
            }
        }
    }

    // The event, the progress, "Vorlesen" and "Große Schrift" (and the speech settings when
    // open): fixed above the scrolling body, or with text at 200 % its first part, so that
    // the step keeps its room for the question, the answer and the keyboard. At 200 % the
    // controls come first, at the reading end, each on a line of its own in portrait.
    ColumnLayout {
        id: headerBlock
        parent: page.headerScrolls ? scrollingHeader : fixedHeader
        width: parent ? parent.width : 0
        spacing: Theme.px(10)

        GridLayout {
            id: header
            Layout.fillWidth: true
            columns: !page.headerScrolls ? 3 : Theme.portrait ? 2 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.px(8)

            ColumnLayout {
                Layout.fillWidth: true
                Layout.row: page.headerScrolls ? (Theme.portrait ? 2 : 1) : 0
                Layout.column: 0
                Layout.columnSpan: page.headerScrolls ? header.columns : 1
                Layout.rowSpan: page.stackedToggles && !page.headerScrolls ? 2 : 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(6)
                Text {
                    Layout.fillWidth: true
                    text: page.eventName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.Wrap
                    // the event's (German) name starts where the page reads: right for RTL
                    horizontalAlignment: Text.AlignLeft
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.stepCount > 0
                    spacing: Theme.px(6)
                    Repeater {
                        model: page.stepCount
                        delegate: Rectangle {
                            required property int index
                            Layout.alignment: Qt.AlignVCenter
                            implicitWidth: index + 1 === page.stepNumber ? Theme.px(28) : Theme.px(10)
                            implicitHeight: Theme.px(10)
                            radius: height / 2
                            color: index < page.stepNumber ? Theme.primary : Theme.line
                        }
                    }
                    Text {
                        Layout.leftMargin: Theme.px(8)
                        Layout.fillWidth: true
                        text: qsTr("Schritt %1 von %2").arg(page.stepNumber).arg(page.stepCount)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            // text at 200 %: keeps the controls at the reading end of their line
            Item {
                visible: page.headerScrolls
                Layout.row: 0
                Layout.column: 0
                Layout.rowSpan: Theme.portrait ? 2 : 1
                Layout.fillWidth: true
            }
            ReadAloud {
                id: readAloud
                Layout.row: page.stackedToggles ? 1 : 0
                Layout.column: 1
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                speech: page.speech
                namePrefix: page.step
                current: page.StackView.status === StackView.Active
                onReadRequested: page.readAloud()
            }
            TextSizeToggle {
                objectName: page.step + "_largeText"
                Layout.row: 0
                Layout.column: page.stackedToggles ? 1 : 2
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
            }
        }

        ReadAloudSettings {
            objectName: page.step + "_speechSettingsRow"
            Layout.fillWidth: true
            visible: readAloud.settingsOpen
            speech: page.speech
            namePrefix: page.step
        }
    }
}
