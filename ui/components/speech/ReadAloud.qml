pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// "Vorlesen" on every screen: speech on or off (SpeechBridge), and while it is on a button
// that opens the volume and rate controls (ReadAloudSettings, placed by the screen). Hidden
// when the station has no speech engine or voice. `current` says whether this screen is the
// one on show: only that one answers the bridge's readWanted with readRequested().
RowLayout {
    id: control

    property SpeechBridge speech: null
    property string namePrefix: ""
    property bool current: true
    property bool settingsOpen: false

    signal readRequested()

    readonly property bool shown: control.speech !== null && control.speech.available
    readonly property bool active: control.shown && control.speech.active

    visible: shown
    spacing: Theme.px(8)
    onActiveChanged: if (!active) settingsOpen = false

    Connections {
        target: control.speech
        function onReadWanted() { if (control.current) control.readRequested() }
    }

    Button {
        id: toggle
        objectName: control.namePrefix + "_readAloud"
        checkable: false
        checked: control.active
        onClicked: control.speech.toggle()
        text: qsTr("Vorlesen")
        implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + topPadding + bottomPadding)
        leftPadding: Theme.px(16)
        rightPadding: Theme.px(20)
        topPadding: Theme.px(8)
        bottomPadding: Theme.px(8)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.variableAxes: Theme.semiBold
        focusPolicy: Qt.TabFocus  // a tap leaves the focus (and the keyboard) where it is
        hoverEnabled: false

        Accessible.role: Accessible.CheckBox
        Accessible.name: text
        Accessible.checkable: true
        Accessible.checked: checked
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()

        contentItem: RowLayout {
            spacing: Theme.px(10)
            SpeakerIcon {
                Layout.preferredWidth: Theme.px(26)
                Layout.preferredHeight: Theme.px(22)
                color: toggle.checked ? Theme.textOnPrimary : Theme.primary
                waves: toggle.checked
            }
            Text {
                text: toggle.text
                font: toggle.font
                color: toggle.checked ? Theme.textOnPrimary : Theme.primary
                Accessible.ignored: true
            }
        }

        background: Rectangle {
            radius: height / 2
            color: toggle.checked ? Theme.primary : Theme.surface
            border.width: 2
            border.color: Theme.primary
            Rectangle {
                anchors.fill: parent
                anchors.margins: -Theme.focusWidth - 2
                radius: parent.radius + Theme.focusWidth + 2
                color: "transparent"
                border.width: Theme.focusWidth
                border.color: Theme.focusRing
                visible: toggle.visualFocus
            }
        }
    }

    // Volume and rate: opens the screen's ReadAloudSettings row.
    Button {
        id: settings
        objectName: control.namePrefix + "_speechSettings"
        visible: control.active
        checkable: false
        checked: control.settingsOpen
        onClicked: control.settingsOpen = !control.settingsOpen
        text: qsTr("Lautstärke und Sprechtempo")
        implicitWidth: Theme.buttonHeight
        implicitHeight: Theme.buttonHeight
        padding: 0
        focusPolicy: Qt.TabFocus  // a tap leaves the focus (and the keyboard) where it is
        hoverEnabled: false

        Accessible.role: Accessible.CheckBox
        Accessible.name: text
        Accessible.checkable: true
        Accessible.checked: checked
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()

        // three sliders
        contentItem: Item {
            Repeater {
                model: [0.3, 0.7, 0.45]
                delegate: Item {
                    required property real modelData
                    required property int index
                    x: settings.width * 0.25
                    y: settings.height * (0.3 + index * 0.2) - height / 2
                    width: settings.width * 0.5
                    height: Theme.px(10)
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        height: Theme.px(3)
                        radius: height / 2
                        color: settings.checked ? Theme.textOnPrimary : Theme.primary
                    }
                    Rectangle {
                        x: parent.width * parent.modelData - width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.px(10)
                        height: width
                        radius: width / 2
                        color: settings.checked ? Theme.textOnPrimary : Theme.primary
                    }
                }
            }
        }

        background: Rectangle {
            radius: height / 2
            color: settings.checked ? Theme.primary : Theme.surface
            border.width: 2
            border.color: Theme.primary
            Rectangle {
                anchors.fill: parent
                anchors.margins: -Theme.focusWidth - 2
                radius: parent.radius + Theme.focusWidth + 2
                color: "transparent"
                border.width: Theme.focusWidth
                border.color: Theme.focusRing
                visible: settings.visualFocus
            }
        }
    }
}
