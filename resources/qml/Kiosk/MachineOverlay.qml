import QtQuick
import Kiosk

// Over a venue machine's window, as the control asked of this machine alone (issue 15): a
// message (stage), blank (black, the show going on beneath) and identify (its name, big, for
// five seconds), each above the one before.
Item {
    id: overlay
    required property var machine
    anchors.fill: parent
    z: 10000
    readonly property real u: height / 1080

    // A message to this machine alone (the stage; the slideshow shows it in its own way).
    Item {
        objectName: "machineAnnouncement"
        anchors.fill: parent
        visible: overlay.machine.announcement !== ""
        Rectangle { anchors.fill: parent; color: Theme.background }
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: 14 * overlay.u
            color: Theme.accent
        }
        Text {
            objectName: "machineMessage"
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width * 0.8
            height: parent.height * 0.6
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: overlay.machine.announcement
            color: Theme.text
            font.family: Theme.displayFont
            font.styleName: "Regular"
            font.pixelSize: 150 * overlay.u
            fontSizeMode: Text.Fit
            minimumPixelSize: 36 * overlay.u
            wrapMode: Text.WordWrap
        }
    }

    Rectangle {
        objectName: "machineBlank"
        anchors.fill: parent
        color: "black"
        visible: overlay.machine.blank
    }

    Item {
        objectName: "machineIdentify"
        anchors.fill: parent
        visible: overlay.machine.identifying

        Rectangle { anchors.fill: parent; color: Theme.background }
        // A frame along the screen's edges: this is the screen, seen from across the room.
        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.color: Theme.accent
            border.width: 28 * overlay.u
        }
        Column {
            anchors.centerIn: parent
            width: parent.width * 0.84
            spacing: 30 * overlay.u
            Text {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                text: overlay.machine.roleText
                color: Theme.primary
                font.family: Theme.bodyFont
                font.weight: Font.Bold
                font.pixelSize: 40 * overlay.u
                font.letterSpacing: 12 * overlay.u
                font.capitalization: Font.AllUppercase
            }
            Text {
                objectName: "machineName"
                textFormat: Text.PlainText
                width: parent.width
                height: 380 * overlay.u
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: overlay.machine.name
                color: Theme.text
                font.family: Theme.displayFont
                font.styleName: "Regular"
                font.pixelSize: 340 * overlay.u
                fontSizeMode: Text.Fit
                minimumPixelSize: 60 * overlay.u
                elide: Text.ElideRight
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 180 * overlay.u
                height: 5 * overlay.u
                color: Theme.primary
            }
            Text {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                // Which window and how big: two screens on one machine tell apart.
                text: overlay.machine.detail + " · " + Math.round(overlay.width) + "×" + Math.round(overlay.height)
                color: Theme.muted
                font.family: Theme.bodyFont
                font.pixelSize: 34 * overlay.u
            }
        }
    }
}
