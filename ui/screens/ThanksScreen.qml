import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui
import "../components/speech" as Parts

// The card is stored. Its code in large letters, the QR code of its follow-up page, a line
// about the printed receipt (fed by the receipt printer through kiosk.receiptStatus),
// "Noch eine Karte" and "Fertig". Returns to the start by itself. While speech is on it
// reads the thanks and spells the card code, character by character.
FocusScope {
    id: thanks

    required property KioskBridge kiosk
    readonly property string step: "thanks"
    // qmllint disable missing-property
    readonly property SpeechBridge speech: thanks.Window.window ? thanks.Window.window.speech
                                                                 : null
    // qmllint enable missing-property

    signal anotherCardRequested()
    signal doneRequested()

    objectName: "thanksScreen"

    function speechParts() {
        return [{ "kind": "title", "text": thanksTitle.text },
                { "kind": "text", "text": thanksStored.text },
                { "kind": "code", "text": thanks.kiosk.lastCode },
                { "kind": "text", "text": receiptLine.visible ? receiptLine.text : "" }]
    }
    function readAloud() {
        if (thanks.speech)
            thanks.speech.readScreen(thanks.speechParts())
    }
    StackView.onActivated: if (thanks.speech && thanks.speech.active) thanks.readAloud()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.px(6)
        color: Theme.accent
    }

    Flickable {
        anchors.fill: parent
        anchors.topMargin: Theme.px(6)
        contentWidth: width
        contentHeight: Math.max(grid.below + grid.implicitHeight + Theme.margin, height)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        // "Vorlesen" at the reading end of the top, its settings below it
        ColumnLayout {
            id: speechBar
            x: Theme.margin
            y: Theme.px(14)
            width: parent.width - 2 * Theme.margin
            visible: readAloud.visible
            spacing: Theme.px(10)
            Parts.ReadAloud {
                id: readAloud
                Layout.alignment: Qt.AlignRight
                speech: thanks.speech
                namePrefix: "thanks"
                current: thanks.StackView.status === StackView.Active
                onReadRequested: thanks.readAloud()
            }
            Parts.ReadAloudSettings {
                objectName: "thanks_speechSettingsRow"
                Layout.fillWidth: true
                visible: readAloud.settingsOpen
                speech: thanks.speech
                namePrefix: "thanks"
            }
        }

        GridLayout {
            id: grid
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            readonly property real below: speechBar.visible
                                        ? speechBar.y + speechBar.height + Theme.spacing
                                        : Theme.margin
            y: Math.max(below, (parent.height - implicitHeight) / 2)
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.px(56)
            rowSpacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                spacing: Theme.spacing

                Rectangle {
                    // a calm "received" mark
                    implicitWidth: Theme.px(72)
                    implicitHeight: implicitWidth
                    radius: width / 2
                    color: Theme.selected
                    Accessible.ignored: true
                    Text {
                        anchors.centerIn: parent
                        text: "✓"
                        color: Theme.primary
                        font.pixelSize: Theme.px(40)
                        font.variableAxes: Theme.bold
                    }
                }
                Text {
                    id: thanksTitle
                    Layout.fillWidth: true
                    text: qsTr("Vielen Dank!")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHero
                    font.variableAxes: Theme.bold
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    id: thanksStored
                    Layout.fillWidth: true
                    text: qsTr("Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLead
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.topMargin: Theme.px(12)
                    text: qsTr("Ihr Kartencode")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                }
                Text {
                    objectName: "thanksCode"
                    text: thanks.kiosk.lastCode
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCode
                    font.variableAxes: Theme.bold
                    font.letterSpacing: Theme.px(3)
                    color: Theme.codeInk
                    LayoutMirroring.enabled: false
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Ihr Kartencode: %1").arg(thanks.kiosk.lastCode.split("").join(" "))
                }
                Text {
                    id: receiptLine
                    objectName: "receiptStatus"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: {
                        switch (thanks.kiosk.receiptStatus) {
                        case "printing": return qsTr("Ihr Beleg wird gedruckt …")
                        case "printed": return qsTr("Bitte nehmen Sie Ihren Beleg mit.")
                        case "failed": return qsTr("Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.")
                        case "disabled": return qsTr("Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.")
                        default: return ""
                        }
                    }
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.variableAxes: Theme.semiBold
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                // side by side, or one above the other when they do not fit (text at 200 %)
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.px(16)
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "thanksAnother"
                        focus: true
                        text: qsTr("Noch eine Karte")
                        onClicked: thanks.anotherCardRequested()
                    }
                    KioskButton {
                        objectName: "thanksDone"
                        variant: "secondary"
                        text: qsTr("Fertig")
                        onClicked: thanks.doneRequested()
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Diese Anzeige schließt sich nach kurzer Zeit von selbst.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
            }

            Rectangle {
                Layout.alignment: Theme.portrait ? Qt.AlignHCenter : Qt.AlignVCenter
                implicitWidth: qrColumn.implicitWidth + 2 * Theme.px(24)
                implicitHeight: qrColumn.implicitHeight + 2 * Theme.px(24)
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.line

                ColumnLayout {
                    id: qrColumn
                    anchors.centerIn: parent
                    spacing: Theme.px(12)
                    Image {
                        objectName: "thanksQr"
                        Layout.alignment: Qt.AlignHCenter
                        readonly property int side: Theme.px(260)
                        sourceSize.width: side
                        sourceSize.height: side
                        Layout.preferredWidth: side
                        Layout.preferredHeight: side
                        asynchronous: true
                        smooth: false
                        source: thanks.kiosk.lastQrImage
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR-Code zu Ihrer Karte im Internet")
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: Theme.px(300)
                        text: qsTr("Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
