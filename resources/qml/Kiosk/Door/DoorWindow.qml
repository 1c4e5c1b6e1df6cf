import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Kiosk

// The door check-in screen: the verdict fills most of it; counts, VIP arrivals, last
// scans and the manual search sit beside it. Scanner bursts are captured wherever the
// focus is (see kiosk/ui/door/wedge.py), so staff never need to click before scanning.
Window {
    id: root
    objectName: "doorWindow"
    required property var theme
    required property var controller
    required property var countsModel
    required property var recentModel
    required property var vipModel
    required property var searchModel

    title: "Kiosk Door · Check-in — " + controller.eventName
    color: Theme.background
    width: 1600
    height: 900
    visible: false

    Binding { target: Theme; property: "data"; value: root.theme }

    readonly property real u: Math.min(width / 1920, height / 1080)
    readonly property string kind: controller.verdict.kind || "ready"
    readonly property alias verdictPanel: verdict
    readonly property alias searchField: searchPanel.field

    // Esc: the search box emptied and the verdict put away. Ctrl+Shift+Q quits (as on stage):
    // no single key a guest or a scanner could press ends the door.
    Shortcut {
        sequence: "Esc"
        onActivated: { root.searchField.text = ""; root.controller.dismiss() }
    }
    Shortcut { sequence: "Ctrl+Shift+Q"; onActivated: Qt.quit() }
    Shortcut { sequence: "F2"; onActivated: root.controller.toggleExitMode() }

    // -- top bar -----------------------------------------------------------------------------
    Item {
        id: bar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: 96 * root.u

        Image {
            id: logo
            anchors.left: parent.left
            anchors.leftMargin: 32 * root.u
            anchors.verticalCenter: parent.verticalCenter
            height: 52 * root.u
            fillMode: Image.PreserveAspectFit
            source: Theme.logoMark
            sourceSize.height: 104
            visible: status === Image.Ready
        }
        Column {
            anchors.left: logo.visible ? logo.right : parent.left
            anchors.leftMargin: 24 * root.u
            anchors.verticalCenter: parent.verticalCenter
            Text {
                textFormat: Text.PlainText
                text: root.controller.eventName
                color: Theme.text
                font.family: Theme.displayFont
                font.pixelSize: 40 * root.u
                font.letterSpacing: 1.5 * root.u
            }
            Text {
                textFormat: Text.PlainText
                text: [root.controller.listName !== "" ? root.controller.listName : qsTr("All lists"),
                       root.controller.doorName !== "" ? qsTr("Door %1").arg(root.controller.doorName) : ""]
                      .filter(s => s).join("  ·  ")
                color: Theme.primary
                font.family: Theme.bodyFont
                font.weight: Font.DemiBold
                font.pixelSize: 22 * root.u
            }
        }

        Row {
            anchors.right: parent.right
            anchors.rightMargin: 32 * root.u
            anchors.verticalCenter: parent.verticalCenter
            spacing: 30 * root.u

            Rectangle {
                // The venue hub: ONLINE (admissions decided for the whole venue) or, plainly,
                // OFFLINE (this door decides alone; everything is sent when the hub returns),
                // or ACCESS REVOKED (the control shut this laptop out: it decides alone too).
                objectName: "venueStatus"
                visible: root.controller.venue !== ""
                anchors.verticalCenter: parent.verticalCenter
                width: venueText.implicitWidth + 28 * root.u
                height: 40 * root.u
                radius: height / 2
                color: root.controller.venue === "online" ? Theme.surfaceRaised : Theme.refused
                Text {
                    id: venueText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: root.controller.venue === "online" ? qsTr("ONLINE")
                        : root.controller.venue === "revoked" ? qsTr("ACCESS REVOKED")
                        : qsTr("OFFLINE")
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.weight: Font.Bold
                    font.pixelSize: 18 * root.u
                    font.letterSpacing: 1 * root.u
                }
            }
            Rectangle {
                objectName: "cameraStatus"
                visible: root.controller.cameraStatus !== ""
                anchors.verticalCenter: parent.verticalCenter
                width: cameraText.implicitWidth + 28 * root.u
                height: 40 * root.u
                radius: height / 2
                color: root.controller.cameraStatus === "on" ? Theme.admitted : Theme.surfaceRaised
                Text {
                    id: cameraText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: root.controller.cameraStatus === "on" ? qsTr("CAMERA ON")
                          : root.controller.cameraStatus === "no camera" ? qsTr("NO CAMERA")
                          : qsTr("CAMERA: %1").arg(root.controller.cameraStatus)
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.weight: Font.Bold
                    font.pixelSize: 18 * root.u
                    font.letterSpacing: 1 * root.u
                }
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    textFormat: Text.PlainText
                    anchors.right: parent.right
                    text: qsTr("INSIDE NOW")
                    color: Theme.muted
                    font.family: Theme.bodyFont
                    font.weight: Font.Bold
                    font.pixelSize: 16 * root.u
                    font.letterSpacing: 2 * root.u
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "insideNow"
                    anchors.right: parent.right
                    text: root.controller.insideNow
                    color: Theme.text
                    font.family: Theme.displayFont
                    font.pixelSize: 46 * root.u
                }
            }
            // Entry / exit mode: an unmistakable switch, colour and words both change.
            Rectangle {
                id: modeSwitch
                objectName: "exitToggle"
                anchors.verticalCenter: parent.verticalCenter
                width: modeRow.implicitWidth + 44 * root.u
                height: 64 * root.u
                radius: height / 2
                color: root.controller.exitMode ? "#2d6fd6" : Theme.surfaceRaised
                border.width: 2
                border.color: root.controller.exitMode ? "#8fb6ff" : Theme.primary
                Row {
                    id: modeRow
                    anchors.centerIn: parent
                    spacing: 12 * root.u
                    Text {
                        textFormat: Text.PlainText
                        text: root.controller.exitMode ? qsTr("EXIT MODE") : qsTr("ENTRY MODE")
                        color: Theme.text
                        font.family: Theme.bodyFont
                        font.weight: Font.Bold
                        font.pixelSize: 24 * root.u
                        font.letterSpacing: 1.5 * root.u
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: qsTr("(F2)")
                        color: Theme.muted
                        font.family: Theme.bodyFont
                        font.pixelSize: 18 * root.u
                        anchors.baseline: parent.children[0].baseline
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: root.controller.toggleExitMode()
                }
            }
            Text {
                id: clock
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.text
                font.family: Theme.displayFont
                font.pixelSize: 46 * root.u
                objectName: "clock"
                text: root.controller.clock
            }
            Text {  // the event's zone: the clock is the venue's time, not the laptop's
                textFormat: Text.PlainText
                anchors.baseline: clock.baseline
                color: Theme.muted
                font.family: Theme.bodyFont
                font.pixelSize: 18 * root.u
                objectName: "clockZone"
                text: root.controller.clockZone
            }
        }
    }

    // -- verdict -------------------------------------------------------------------------------
    VerdictPanel {
        id: verdict
        controller: root.controller
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.right: sideColumn.left
        anchors.margins: 24 * root.u
        anchors.rightMargin: 20 * root.u
        onUndoRequested: (guestId, name) => undoDialog.ask(guestId, name)
    }

    // -- side: search, counts, arrivals, last scans ----------------------------------------------
    Column {
        id: sideColumn
        anchors.top: bar.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.topMargin: 24 * root.u
        anchors.rightMargin: 24 * root.u
        anchors.bottomMargin: 24 * root.u
        width: 620 * root.u
        spacing: 20 * root.u

        SearchPanel {
            id: searchPanel
            width: parent.width
            u: root.u
            height: implicitHeight
            controller: root.controller
            searchModel: root.searchModel
            onUndoRequested: (guestId, name) => undoDialog.ask(guestId, name)
        }
        SidePanel {
            width: parent.width
            height: parent.height - searchPanel.height - parent.spacing
            u: root.u
            countsModel: root.countsModel
            recentModel: root.recentModel
            vipModel: root.vipModel
        }
    }

    // -- an event that cannot record (read-only, replaced): said before the first guest --------
    Rectangle {
        objectName: "eventWarning"
        visible: root.controller.warning !== ""
        anchors.left: verdict.left
        anchors.right: verdict.right
        anchors.bottom: verdict.bottom
        height: warningText.implicitHeight + 36 * root.u
        radius: 12 * root.u
        color: Theme.refused
        border.width: 3
        border.color: "#ffffff"
        Text {
            id: warningText
            objectName: "eventWarningText"
            anchors.fill: parent
            anchors.margins: 18 * root.u
            text: root.controller.warning
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "#ffffff"
            font.family: Theme.bodyFont
            font.weight: Font.Bold
            font.pixelSize: 26 * root.u
            verticalAlignment: Text.AlignVCenter
        }
    }

    UndoDialog {
        id: undoDialog
        controller: root.controller
        u: root.u
    }
}
