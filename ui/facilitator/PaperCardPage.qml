pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Station.Bridge
import ui

// Papierkarte erfassen: a handwritten card typed in with the same fields as at the kiosk;
// it is stored with source = paper in the current session.
Flickable {
    id: page

    required property FacilitatorBridge facilitator
    property string promptId: ""
    property string topicId: ""
    property string districtId: ""
    property string ageGroupId: ""
    property string lastCode: ""
    // A card begun before the dashboard locked (or the page was left) comes back as it was.
    property bool draftRestored: false
    readonly property bool ready: promptId !== "" && topicId !== "" && textArea.text.trim() !== ""

    objectName: "paperPage"
    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.gap
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    Component.onCompleted: {
        const draft = page.facilitator ? page.facilitator.paperDraft : {}
        page.promptId = draft.promptId || ""
        page.topicId = draft.topicId || ""
        page.districtId = draft.districtId || ""
        page.ageGroupId = draft.ageGroupId || ""
        textArea.text = draft.text || ""
        page.draftRestored = textArea.text !== ""
    }
    function keepDraft() {
        if (page.facilitator)
            page.facilitator.keepPaperDraft({ "promptId": page.promptId, "topicId": page.topicId,
                                              "text": textArea.text, "districtId": page.districtId,
                                              "ageGroupId": page.ageGroupId })
    }
    onPromptIdChanged: keepDraft()
    onTopicIdChanged: keepDraft()
    onDistrictIdChanged: keepDraft()
    onAgeGroupIdChanged: keepDraft()

    function save() {
        const code = page.facilitator.transcribe(page.promptId, page.topicId, textArea.text,
                                                 page.districtId, page.ageGroupId)
        if (code !== "") {
            page.lastCode = code
            page.draftRestored = false
            textArea.text = ""
            page.districtId = ""
            page.ageGroupId = ""
        }
    }

    ColumnLayout {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: page.width - 2 * Theme.gap
        spacing: Theme.spacing

        Text {
            objectName: "paperDraftRestored"
            Layout.fillWidth: true
            visible: page.draftRestored
            text: qsTr("Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.variableAxes: Theme.bold
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        SectionLabel { text: qsTr("Frage") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: page.facilitator ? page.facilitator.promptChoices : []
                delegate: KioskButton {
                    required property var modelData
                    width: Math.min(implicitWidth, content.width)
                    objectName: "paperPrompt_" + modelData.id
                    text: modelData.label
                    variant: page.promptId === modelData.id ? "primary" : "secondary"
                    onClicked: page.promptId = modelData.id
                }
            }
        }
        SectionLabel { text: qsTr("Themenfeld") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: page.facilitator ? page.facilitator.topicChoices : []
                delegate: KioskButton {
                    required property var modelData
                    width: Math.min(implicitWidth, content.width)
                    objectName: "paperTopic_" + modelData.id
                    text: modelData.label
                    variant: page.topicId === modelData.id ? "primary" : "secondary"
                    onClicked: page.topicId = modelData.id
                }
            }
        }
        SectionLabel { text: qsTr("Text der Karte") }
        TextArea {
            id: textArea
            objectName: "paperText"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.px(150)
            wrapMode: TextEdit.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            placeholderText: qsTr("So wie auf der Karte geschrieben")
            onTextChanged: page.keepDraft()
            placeholderTextColor: Theme.inkMuted
            Accessible.name: qsTr("Text der Karte")
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: textArea.activeFocus ? Theme.focusWidth : 2
                border.color: textArea.activeFocus ? Theme.focusRing : Theme.line
            }
        }
        SectionLabel { text: qsTr("Stadtbezirk (freiwillig)") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            Repeater {
                model: page.facilitator
                       ? [{ id: "", label: page.facilitator.notGivenLabel }].concat(page.facilitator.districtChoices) : []
                delegate: KioskButton {
                    required property var modelData
                    width: Math.min(implicitWidth, content.width)
                    objectName: "paperDistrict_" + (modelData.id || "none")
                    text: modelData.label
                    font.pixelSize: Theme.fontSmall
                    leftPadding: Theme.px(16)
                    rightPadding: Theme.px(16)
                    variant: page.districtId === modelData.id ? "primary" : "secondary"
                    onClicked: page.districtId = modelData.id
                }
            }
        }
        SectionLabel { text: qsTr("Altersgruppe (freiwillig)") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            Repeater {
                model: page.facilitator
                       ? [{ id: "", label: page.facilitator.notGivenLabel }].concat(page.facilitator.ageGroupChoices) : []
                delegate: KioskButton {
                    required property var modelData
                    width: Math.min(implicitWidth, content.width)
                    objectName: "paperAge_" + (modelData.id || "none")
                    text: modelData.label
                    font.pixelSize: Theme.fontSmall
                    leftPadding: Theme.px(16)
                    rightPadding: Theme.px(16)
                    variant: page.ageGroupId === modelData.id ? "primary" : "secondary"
                    onClicked: page.ageGroupId = modelData.id
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.gap
            KioskButton {
                objectName: "paperSave"
                text: qsTr("Papierkarte speichern")
                enabled: page.ready
                onClicked: page.save()
            }
            Text {
                objectName: "paperLastCode"
                Layout.fillWidth: true
                visible: page.lastCode !== ""
                text: qsTr("Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.").arg(page.lastCode)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.codeInk
                wrapMode: Text.WordWrap
            }
        }
    }
}
