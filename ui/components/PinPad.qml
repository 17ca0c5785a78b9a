pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// The facilitator PIN pad. Digits by touch or keyboard; the check and the lockout live in
// PinBridge (FacilitatorPin), so this only collects digits and shows the verdict.
// On a station without a PIN (the first start after installing) the pad asks to choose
// one, entered twice, and then opens the dashboard.
Rectangle {
    id: pad

    required property PinBridge pin
    property string entered: ""
    property string message: ""
    // Choosing the first PIN: the first entry while the second is typed.
    property string firstEntry: ""
    readonly property bool choosing: !pin.isSet

    signal dismissed()

    objectName: "pinPad"
    color: Theme.overlayShade
    focus: visible

    function clear() { entered = ""; message = ""; firstEntry = "" }
    function press(digit) {
        if (entered.length < 12 && pin.lockedSeconds === 0)
            entered += digit
    }
    function submit() {
        if (entered.length === 0)
            return
        if (choosing) {
            choose()
            return
        }
        const ok = pin.verify(entered)
        entered = ""
        if (!ok)
            message = describe()
    }
    function choose() {
        if (firstEntry === "") {
            if (entered.length < 4) {
                message = qsTr("Die PIN braucht 4 bis 12 Ziffern.")
                entered = ""
                return
            }
            firstEntry = entered
            entered = ""
            message = ""
            return
        }
        const problem = pin.chooseFirstPin(firstEntry, entered)
        entered = ""
        firstEntry = ""
        if (problem === "mismatch")
            message = qsTr("Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.")
        else if (problem === "format")
            message = qsTr("Die PIN braucht 4 bis 12 Ziffern.")
        else if (problem !== "")
            message = qsTr("Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.")
    }
    function prompt() {
        if (!choosing)
            return qsTr("PIN eingeben")
        return firstEntry === "" ? qsTr("Neue PIN wählen") : qsTr("Neue PIN wiederholen")
    }
    function describe() {
        if (pin.lockedSeconds > 0)
            return qsTr("Zu viele Versuche. Bitte warten Sie %1 Sekunden.").arg(pin.lockedSeconds)
        return qsTr("Die PIN stimmt nicht. Noch %1 Versuche.").arg(pin.triesLeft)
    }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.entered = pad.entered.slice(0, -1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit()
            event.accepted = true
        } else if (event.key === Qt.Key_Escape) {
            pad.dismissed()
            event.accepted = true
        }
    }

    Timer {
        interval: 1000
        repeat: true
        running: pad.visible && pad.pin.lockedSeconds > 0
        onTriggered: {
            pad.pin.refresh()
            pad.message = pad.pin.lockedSeconds > 0 ? pad.describe() : ""
        }
    }

    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }

    // The pad's card. With text at 200 % it is wider, in landscape with the texts beside the
    // keys; when it is still taller than the window (choosing a PIN) its content scrolls.
    readonly property bool sideBySide: Theme.largestText && !Theme.portrait
    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin,
                        Theme.px(pad.sideBySide ? 920 : Theme.largestText ? 620 : 460))
        height: Math.min(column.implicitHeight + 2 * Theme.px(32), parent.height - 2 * Theme.px(12))
        radius: Theme.radius * 2
        color: Theme.surface

        Flickable {
            id: cardScroll
            anchors.fill: parent
            // room for the focus ring inside the clip
            anchors.topMargin: Theme.px(32) - cardScroll.ring
            anchors.bottomMargin: Theme.px(32) - cardScroll.ring
            readonly property int ring: Theme.focusWidth + 4
            contentWidth: width
            contentHeight: column.implicitHeight + 2 * ring
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            clip: true

            GridLayout {
                id: column
                x: Theme.px(32)
                y: cardScroll.ring
                width: cardScroll.width - 2 * Theme.px(32)
                columns: pad.sideBySide ? 2 : 1
                columnSpacing: Theme.px(32)
                rowSpacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.row: 0
                    Layout.column: 0
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.spacing

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Moderation")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.variableAxes: Theme.bold
                        color: Theme.ink
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        objectName: "pinIntro"
                        Layout.fillWidth: true
                        visible: pad.choosing
                        text: qsTr("Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt "
                                   + "eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Text {
                        objectName: "pinDots"
                        Layout.fillWidth: true
                        text: pad.entered.length > 0 ? "●".repeat(pad.entered.length) : pad.prompt()
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        color: pad.entered.length > 0 ? Theme.ink : Theme.inkMuted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1 Ziffern eingegeben").arg(pad.entered.length)
                    }
                    Text {
                        objectName: "pinMessage"
                        Layout.fillWidth: true
                        visible: pad.message !== ""
                        text: pad.message
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
                GridLayout {
                    Layout.row: pad.sideBySide ? 0 : 1
                    Layout.column: pad.sideBySide ? 1 : 0
                    Layout.rowSpan: pad.sideBySide ? 2 : 1
                    Layout.alignment: Qt.AlignCenter
                    columns: 3
                    rowSpacing: Theme.px(10)
                    columnSpacing: Theme.px(10)
                    LayoutMirroring.enabled: false
                    Repeater {
                        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                        delegate: KioskButton {
                            required property string modelData
                            objectName: "pin_" + modelData
                            variant: "secondary"
                            text: modelData
                            implicitWidth: Theme.px(96)
                            leftPadding: Theme.px(8)
                            rightPadding: Theme.px(8)
                            onClicked: pad.press(modelData)
                        }
                    }
                    KioskButton {
                        objectName: "pin_delete"
                        leftPadding: Theme.px(8)
                        rightPadding: Theme.px(8)
                        variant: "quiet"
                        text: "⌫"
                        accessibleName: qsTr("Letzte Ziffer löschen")
                        implicitWidth: Theme.px(96)
                        onClicked: pad.entered = pad.entered.slice(0, -1)
                    }
                    KioskButton {
                        objectName: "pin_0"
                        leftPadding: Theme.px(8)
                        rightPadding: Theme.px(8)
                        variant: "secondary"
                        text: "0"
                        implicitWidth: Theme.px(96)
                        onClicked: pad.press("0")
                    }
                    KioskButton {
                        objectName: "pin_ok"
                        leftPadding: Theme.px(8)
                        rightPadding: Theme.px(8)
                        text: qsTr("OK")
                        accessibleName: pad.choosing && pad.firstEntry === ""
                                        ? qsTr("Neue PIN übernehmen") : qsTr("PIN bestätigen")
                        // "OK" is longer in some languages ("Tamam", large text): the key grows.
                        implicitWidth: Math.max(Theme.px(96),
                                                implicitContentWidth + leftPadding + rightPadding)
                        enabled: pad.entered.length > 0
                        onClicked: pad.submit()
                    }
                }
                KioskButton {
                    objectName: "pin_cancel"
                    Layout.row: pad.sideBySide ? 1 : 2
                    Layout.column: 0
                    Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                    variant: "quiet"
                    text: qsTr("Abbrechen")
                    onClicked: pad.dismissed()
                }
            }
        }
    }
}
