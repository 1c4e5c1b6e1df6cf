import QtQuick
import QtQuick.Controls
import Kiosk

// The verdict, readable from two metres: colour, shape, a word, the guest, the reason.
Rectangle {
    id: panel
    objectName: "verdictPanel"
    required property var controller
    readonly property var v: controller ? controller.verdict : ({})
    readonly property string kind: v.kind || "ready"
    readonly property real u: Math.min(width / 1000, height / 760)
    signal undoRequested(int guestId, string name)

    readonly property color kindColor: ({
        "admitted": Theme.admitted, "companion": Theme.admitted, "attention": Theme.attention,
        "duplicate": Theme.duplicate, "refused": Theme.refused, "exited": "#2d6fd6",
        "undone": "#5b6478", "ready": Theme.surface
    })[kind] || Theme.surface
    readonly property color ink: kind === "duplicate" ? "#1a1204" : "#ffffff"
    readonly property color soft: kind === "duplicate" ? "#3d2a05" : Qt.rgba(1, 1, 1, 0.82)

    color: kindColor
    radius: 18 * u
    border.width: kind === "ready" ? 2 : 0
    border.color: Theme.surfaceRaised

    // -- ready -----------------------------------------------------------------------------
    Item {
        anchors.fill: parent
        visible: panel.kind === "ready"
        Column {
            anchors.centerIn: parent
            spacing: 26 * panel.u
            VerdictIcon {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 190 * panel.u; height: width
                kind: "ready"
                ink: (controller && controller.exitMode) ? "#5b9bff" : Theme.primary
            }
            Text {
                textFormat: Text.PlainText
                objectName: "readyLabel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: (controller && controller.exitMode) ? qsTr("EXIT · SCAN OUT") : qsTr("READY")
                color: Theme.text
                font.family: Theme.displayFont
                font.pixelSize: 150 * panel.u
                font.letterSpacing: 4 * panel.u
            }
            Text {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                text: (controller && controller.exitMode) ? qsTr("Scan the tickets of guests going out")
                                          : qsTr("Scan a ticket, or search a guest by name")
                color: Theme.muted
                font.family: Theme.bodyFont
                font.pixelSize: 34 * panel.u
            }
        }
    }

    // -- a verdict ---------------------------------------------------------------------------
    Item {
        id: shown
        anchors.fill: parent
        anchors.margins: 44 * panel.u
        visible: panel.kind !== "ready"

        VerdictIcon {
            id: bigIcon
            anchors.top: parent.top
            anchors.left: parent.left
            width: 140 * panel.u; height: width
            kind: panel.kind
            ink: panel.ink
            paper: panel.kindColor
            // Every new verdict pulses, even one identical to the last: staff see that it changed.
            ScaleAnimator on scale {
                id: pulse
                from: 1.18; to: 1.0
                duration: Theme.ms(260)
                easing.type: Easing.OutBack
                running: false
            }
        }
        Connections {
            target: panel.controller
            function onVerdictChanged() { if (panel.kind !== "ready") pulse.restart() }
        }
        Text {
            id: title
            textFormat: Text.PlainText
            objectName: "verdictTitle"
            anchors.left: bigIcon.right
            anchors.leftMargin: 34 * panel.u
            anchors.right: parent.right
            anchors.verticalCenter: bigIcon.verticalCenter
            text: panel.v.title || ""
            color: panel.ink
            font.family: Theme.displayFont
            font.pixelSize: 132 * panel.u
            font.letterSpacing: 3 * panel.u
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 60 * panel.u
            elide: Text.ElideRight
        }

        Item {
          id: detailsArea
          anchors.top: bigIcon.bottom
          anchors.topMargin: 26 * panel.u
          anchors.left: parent.left
          anchors.right: parent.right
          anchors.bottom: actions.top
          anchors.bottomMargin: 16 * panel.u
          clip: true
          Column {
            id: details
            width: parent.width
            spacing: 14 * panel.u

            Text {
                textFormat: Text.PlainText
                objectName: "verdictName"
                width: parent.width
                visible: text !== ""
                text: panel.v.name || ""
                color: panel.ink
                font.family: Theme.bodyFont
                font.weight: Font.Bold
                font.pixelSize: 86 * panel.u
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 40 * panel.u
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                visible: text !== ""
                // The list, only when this door admits to several (one door, one list: it goes without saying).
                text: [panel.v.organisation || "", panel.v.category || "",
                       controller.listName === "" ? (panel.v.list || "") : ""]
                      .filter(s => s).join("  ·  ")
                color: panel.soft
                font.family: Theme.bodyFont
                font.pixelSize: 36 * panel.u
                elide: Text.ElideRight
            }
            Flow {
                width: parent.width
                spacing: 18 * panel.u
                visible: panel.kind === "admitted" || panel.kind === "attention"
                         || panel.kind === "companion" || panel.kind === "duplicate"
                Chip { label: qsTr("TABLE"); value: panel.v.table || "–"; visible: (panel.v.table || "") !== "" }
                Chip {
                    objectName: "partyChip"
                    label: qsTr("PARTY")
                    value: (panel.v.companionsLeft || 0) > 0
                           ? qsTr("%1 · %2 to come").arg(panel.v.party).arg(panel.v.companionsLeft)
                           : String(panel.v.party || 1)
                    visible: (panel.v.party || 1) > 1
                }
            }
            Row {
                spacing: 18 * panel.u
                visible: panel.kind === "duplicate" && (panel.v.firstTime || "") !== ""
                Chip { label: qsTr("ALREADY IN AT"); value: panel.v.firstTime || "" }
                Chip { label: qsTr("DOOR"); value: panel.v.firstDoor || "–" }
            }
            Rectangle {
                id: notesBox
                objectName: "verdictNotesBox"
                width: parent.width
                // A refusal needs its reason, not the guest's notes.
                visible: (panel.v.notes || "") !== "" && panel.kind !== "refused"
                // As tall as the note at full size, within what is left below the lines above
                // it (and the message under it): a long note wraps, then shrinks; never cut.
                readonly property real room: detailsArea.height - y
                                             - (message.visible ? message.height + details.spacing : 0)
                height: Math.max(24 * panel.u, Math.min(notesMeasure.implicitHeight, room - 28 * panel.u)) + 28 * panel.u
                radius: 10 * panel.u
                color: Qt.rgba(0, 0, 0, 0.28)
                Text {  // the note's natural height, never shown
                    id: notesMeasure
                    visible: false
                    textFormat: Text.PlainText
                    width: notesText.width
                    text: notesText.text
                    font: notesText.font
                    wrapMode: Text.WordWrap
                }
                Text {
                    id: notesText
                    textFormat: Text.PlainText
                    objectName: "verdictNotes"
                    anchors.fill: parent
                    anchors.margins: 14 * panel.u
                    text: panel.v.notes || ""
                    color: "#ffffff"
                    font.family: Theme.bodyFont
                    font.weight: Font.DemiBold
                    font.pixelSize: 36 * panel.u
                    wrapMode: Text.WordWrap
                    fontSizeMode: Text.Fit
                    minimumPixelSize: 16 * panel.u
                    elide: Text.ElideRight
                }
            }
            Text {
                id: message
                textFormat: Text.PlainText
                objectName: "verdictMessage"
                width: parent.width
                // An admission speaks through its chips; refusals need the sentence. ALREADY IN
                // with its time and door in chips leaves the room to the guest's note.
                visible: ["admitted", "attention", "companion"].indexOf(panel.kind) < 0
                         && !(panel.kind === "duplicate" && (panel.v.firstTime || "") !== ""
                              && (panel.v.notes || "") !== "")
                text: panel.v.message || ""
                color: panel.ink
                font.family: Theme.bodyFont
                font.pixelSize: (panel.kind === "refused" ? 44 : 34) * panel.u
                font.weight: panel.kind === "refused" ? Font.DemiBold : Font.Normal
                wrapMode: Text.WordWrap
                maximumLineCount: 4
                elide: Text.ElideRight
            }
          }
        }

        Row {
            id: actions
            anchors.bottom: parent.bottom
            anchors.right: parent.right
            spacing: 16 * panel.u
            DoorButton {
                objectName: "companionButton"
                visible: (panel.v.companionsLeft || 0) > 0
                text: qsTr("+ Companion (%1 to come)").arg(panel.v.companionsLeft || 0)
                u: panel.u
                onClicked: controller.admitCompanion(panel.v.guestId)
            }
            DoorButton {
                objectName: "undoButton"
                visible: panel.v.canUndo === true
                text: qsTr("Undo…")
                u: panel.u
                onClicked: panel.undoRequested(panel.v.guestId, panel.v.name)
            }
            DoorButton {
                text: qsTr("OK")
                u: panel.u
                onClicked: controller.dismiss()
            }
        }
    }

    // Attention: a thick frame that keeps pulsing while the verdict is up.
    Rectangle {
        anchors.fill: parent
        visible: panel.kind === "attention"
        color: "transparent"
        radius: panel.radius
        border.width: 16 * panel.u
        border.color: Theme.primary
        SequentialAnimation on opacity {
            running: panel.kind === "attention"
            loops: Animation.Infinite
            NumberAnimation { from: 1; to: 0.25; duration: Theme.ms(450) }
            NumberAnimation { from: 0.25; to: 1; duration: Theme.ms(450) }
        }
    }

    component Chip: Rectangle {
        property string label
        property string value
        height: 66 * panel.u
        width: Math.min(chipRow.implicitWidth + 36 * panel.u, details.width)
        clip: true
        radius: 10 * panel.u
        color: Qt.rgba(0, 0, 0, 0.25)
        Row {
            id: chipRow
            anchors.centerIn: parent
            spacing: 14 * panel.u
            Text {
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: label
                color: panel.soft
                font.family: Theme.bodyFont
                font.weight: Font.DemiBold
                font.pixelSize: 24 * panel.u
                font.letterSpacing: 1.5 * panel.u
            }
            Text {
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: value
                color: panel.ink
                font.family: Theme.bodyFont
                font.weight: Font.Bold
                font.pixelSize: 40 * panel.u
            }
        }
    }
}
