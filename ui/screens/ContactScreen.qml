pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Optional: the Mitmachpool. The address is sealed for the collector when the card is
// handed in and stored apart from it; the consent box starts unticked.
FlowPage {
    id: screen

    required property KioskBridge kiosk
    required property ContactBridge contact

    step: "contact"
    eventName: kiosk.eventName
    stepNumber: kiosk.steps.indexOf(step)
    stepCount: kiosk.steps.length - 2
    title: qsTr("Dürfen wir Sie wieder einladen?")
    subtitle: qsTr("Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.")
    skipText: qsTr("Überspringen")
    nextEnabled: contact.ready
    onSkipRequested: {
        contact.clear()
        nextRequested()
    }

    SectionLabel {
        Layout.fillWidth: true
        text: qsTr("Ihre E-Mail-Adresse")
    }
    // The field, its helpers and the consent box stay in view together while the
    // keyboard is open.
    ColumnLayout {
        id: emailGroup
        objectName: "emailGroup"
        property bool keepInView: true
        Layout.fillWidth: true
        // large text settles over several layout passes: follow it while writing
        onHeightChanged: if (email.activeFocus) Qt.callLater(screen.ensureVisible, emailGroup)
        spacing: Theme.spacing

        // in landscape the helpers sit beside the field, so the consent box fits above the
        // keyboard even with large text; with text at 200 % they go below it, so that the
        // field has the whole width for the address
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.portrait || Theme.largestText ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            TextField {
                id: email
                objectName: "contactEmail"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.buttonHeight, contentHeight + topPadding + bottomPadding)
                focus: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                color: Theme.ink
                placeholderText: qsTr("name@beispiel.de")
                placeholderTextColor: Theme.inkMuted
                // an address is written left to right, but the field is aligned as the
                // page is: right for RTL (mirrored)
                horizontalAlignment: TextInput.AlignLeft
                leftPadding: Theme.px(16)
                rightPadding: Theme.px(16)
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Ihre E-Mail-Adresse")
                Component.onCompleted: {
                    text = screen.contact.email
                    cursorPosition = length
                }
                onTextChanged: screen.contact.email = text
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: email.activeFocus ? 3 : 1
                    border.color: email.activeFocus ? Theme.primary : Theme.line
                }
            }

            // "@" is on the symbols page of the on-screen keyboard; while the address is being
            // written, it and the usual endings are one tap away here. These buttons never take
            // the focus, so the field and the keyboard stay as they are.
            Flow {
                objectName: "emailHelpers"
                Layout.fillWidth: Theme.portrait || Theme.largestText
                spacing: Theme.spacing
                visible: email.activeFocus

                Repeater {
                    model: [{ name: "at", text: "@" }, { name: "de", text: ".de" },
                            { name: "com", text: ".com" }]
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "emailInsert_" + modelData.name
                        variant: "secondary"
                        text: modelData.text
                        focusPolicy: Qt.NoFocus
                        accessibleName: qsTr("„%1“ einfügen").arg(modelData.text)
                        onClicked: email.insert(email.cursorPosition, modelData.text)
                    }
                }
            }

        }
        Button {
            id: consent
            objectName: "contactConsent"
            Layout.fillWidth: true
            checkable: false
            checked: screen.contact.consent
            onClicked: screen.contact.consent = !screen.contact.consent
            text: screen.contact.consentText
            implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + topPadding + bottomPadding)
            padding: Theme.px(14)
            focusPolicy: Qt.StrongFocus
            hoverEnabled: false
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.checkable: true
            Accessible.checked: checked
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()

            contentItem: RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: Theme.px(36)
                    implicitHeight: Theme.px(36)
                    radius: Theme.px(6)
                    color: consent.checked ? Theme.primary : Theme.surface
                    border.width: 2
                    border.color: consent.checked ? Theme.primary : Theme.inkMuted
                    Text {
                        anchors.centerIn: parent
                        visible: consent.checked
                        text: "✓"
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.px(24)
                        font.variableAxes: Theme.bold
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: consent.text
                    font: consent.font
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: consent.checked ? Theme.selected : Theme.surface
                border.width: consent.checked ? 2 : 1
                border.color: consent.checked ? Theme.selectedBorder : Theme.line
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -Theme.focusWidth - 2
                    radius: parent.radius + Theme.focusWidth + 2
                    color: "transparent"
                    border.width: Theme.focusWidth
                    border.color: Theme.focusRing
                    visible: consent.visualFocus
                }
            }
        }

    }
    Text {
        objectName: "contactProblem"
        Layout.fillWidth: true
        visible: screen.contact.problem !== "" && screen.contact.email !== ""
        text: screen.contact.problem === "email"
              ? qsTr("Bitte prüfen Sie die E-Mail-Adresse.")
              : qsTr("Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.inkMuted
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    KioskButton {
        objectName: "contactPrivacy"
        Layout.fillWidth: Theme.portrait
        Layout.maximumWidth: screen.flickable.width - 2 * screen.sideMargin
        visible: screen.contact.privacyNotice !== ""
        variant: "secondary"
        text: qsTr("Datenschutzhinweise lesen")
        onClicked: privacyPanel.open()
    }
    Item { Layout.fillHeight: true }

    // Over the whole step (not inside its scrolling body).
    NoticePanel {
        id: privacyPanel
        parent: screen
        anchors.fill: parent
        z: 10
        title: qsTr("Datenschutzhinweise zum Mitmachpool")
        text: screen.contact.privacyNotice
        onClosed: consent.forceActiveFocus()
    }
}
