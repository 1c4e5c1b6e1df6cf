import QtQuick
import QtQuick.Window
import Kiosk

// The audience view: the stage canvas letterboxed to any screen shape, never cropped.
Window {
    id: root
    required property var controller
    required property var theme
    required property real animationScale
    required property string eventName
    required property string eventVenue
    required property string eventDate
    required property var runningOrder
    title: "Kiosk Stage"
    color: "black"
    width: 1280
    height: 720
    visible: false

    Binding { target: Theme; property: "data"; value: root.theme }
    Binding { target: Theme; property: "animationScale"; value: root.animationScale }

    Item {
        id: canvas
        width: 1920
        height: 1080
        anchors.centerIn: parent
        scale: Math.min(root.width / width, root.height / height)
        clip: true
        // Once the blackout is whole, nothing under it is drawn or animated.
        visible: black.opacity < 1
        CueView {
            id: view
            objectName: "cueView"
            prewarm: true
            // The event's words as they stand now (kiosk event set follows within a second).
            eventName: Theme.event.name !== undefined ? Theme.event.name : root.eventName
            eventLine: [Theme.event.venue !== undefined ? Theme.event.venue : root.eventVenue,
                        Theme.event.dateText !== undefined ? Theme.event.dateText : root.eventDate]
                       .filter(function (s) { return s !== "" }).join("  ·  ")
        }
        // An event with no awards yet: say what to import, rather than an empty set.
        Column {
            objectName: "noAwardsCard"
            visible: root.controller.count === 0
            anchors.centerIn: parent
            width: 1500
            spacing: 36
            Text {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No awards yet")
                color: Theme.primary
                font.family: Theme.displayFont
                font.pixelSize: 150
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Import the award categories and nominees: kiosk import awards FILE.csv (one row per nominee). The running order is built from them.")
                color: Theme.text
                font.family: Theme.bodyFont
                font.pixelSize: 40
            }
        }
        // A rehearsal says so on every card: nobody mistakes its placeholders for results.
        Label {
            visible: root.controller.rehearsal
            x: 1920 - width - 72; y: 66
            text: qsTr("Rehearsal")
            fill: "#f5a623"
            ink: "#111111"
            size: 22
        }
    }
    Rectangle {
        id: black
        objectName: "blackout"
        anchors.fill: parent
        color: "black"
        opacity: root.controller.blackout ? 1 : 0
    }
    OpacityAnimator { id: fade; target: black; duration: Theme.ms(400) }

    Connections {
        target: root.controller
        function onCueChanged() { view.present(root.controller.cue, root.controller.animate) }
        // After the frame that showed a cue: build its neighbours' cards, unseen.
        function onNeighboursChanged() { view.prepare(root.controller.neighbours) }
        function onBlackoutChanged() {
            fade.stop()
            fade.to = root.controller.blackout ? 1 : 0
            fade.start()
        }
    }
    Component.onCompleted: view.present(controller.cue, false)
}
