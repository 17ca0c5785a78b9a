pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Station.Bridge
import ui

// Volume and rate of the speech output, each with − and +: a row the screen shows below its
// header while ReadAloud's settings are open. Each change is said at once, in the new
// volume or pace.
Flow {
    id: row

    property SpeechBridge speech: null
    property string namePrefix: ""

    readonly property string rateText: !speech || speech.rateStep === 0 ? qsTr("normal")
                                       : speech.rateStep > 0 ? "+" + speech.rateStep
                                       : "−" + (-speech.rateStep)

    spacing: Theme.gap

    function changed(label, value) {
        row.speech.readControl({ "kind": "text", "text": label + ": " + value })
    }

    component Step: KioskButton {
        id: step
        property string symbol
        variant: "secondary"
        text: symbol
        implicitWidth: Theme.buttonHeight
        leftPadding: 0
        rightPadding: 0
        font.pixelSize: Theme.fontLead
        focusPolicy: Qt.TabFocus  // a tap leaves the focus (and the keyboard) where it is
    }

    component Setting: RowLayout {
        id: setting
        property string label
        property string value
        property string name
        property string lessName
        property string moreName
        property bool canLess
        property bool canMore
        signal less()
        signal more()
        spacing: Theme.px(10)

        Step {
            objectName: row.namePrefix + "_" + setting.name + "Less"
            symbol: "−"
            accessibleName: setting.lessName
            enabled: setting.canLess
            onClicked: setting.less()
        }
        Text {
            objectName: row.namePrefix + "_" + setting.name + "Value"
            text: setting.label + ": " + setting.value
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.variableAxes: Theme.semiBold
            color: Theme.ink
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Step {
            objectName: row.namePrefix + "_" + setting.name + "More"
            symbol: "+"
            accessibleName: setting.moreName
            enabled: setting.canMore
            onClicked: setting.more()
        }
    }

    Setting {
        name: "volume"
        label: qsTr("Lautstärke")
        value: qsTr("%1 %").arg(row.speech ? row.speech.volumePercent : 0)
        lessName: qsTr("Leiser")
        moreName: qsTr("Lauter")
        canLess: row.speech !== null && row.speech.canQuieter
        canMore: row.speech !== null && row.speech.canLouder
        onLess: { row.speech.changeVolume(-1); row.changed(label, value) }
        onMore: { row.speech.changeVolume(1); row.changed(label, value) }
    }
    Setting {
        name: "rate"
        label: qsTr("Sprechtempo")
        value: row.rateText
        lessName: qsTr("Langsamer sprechen")
        moreName: qsTr("Schneller sprechen")
        canLess: row.speech !== null && row.speech.canSlower
        canMore: row.speech !== null && row.speech.canFaster
        onLess: { row.speech.changeRate(-1); row.changed(label, value) }
        onMore: { row.speech.changeRate(1); row.changed(label, value) }
    }
}
