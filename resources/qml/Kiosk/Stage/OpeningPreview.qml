import QtQuick
import Kiosk

// The control window's Event panel: the stage's opening card, small, as the settings stand
// (saved or not). The same Backdrop and TitleCard as the audience view, scaled down.
Item {
    id: root
    required property var theme
    width: 480
    height: 270
    readonly property var event: theme && theme.event ? theme.event : ({})
    readonly property string line: [event.venue || "", event.dateText || ""].filter(function (s) { return s !== "" }).join("  ·  ")

    Binding { target: Theme; property: "data"; value: root.theme }

    Rectangle { anchors.fill: parent; color: "black" }
    Item {
        width: 1920
        height: 1080
        anchors.centerIn: parent
        scale: Math.min(root.width / width, root.height / height)
        clip: true
        Backdrop {
            eventName: root.event.name || ""
            eventLine: root.line
            ambient: false
        }
        TitleCard {
            objectName: "openingCard"
            animate: false
            ambient: false
            cue: ({ kind: "opening", id: 0, index: 0, title: root.event.name || "",
                    body: root.event.venue || "", dateText: root.event.dateText || "", notes: "",
                    custom: false, category: null, nominees: [], nominee: null, winner: null })
        }
    }
}
