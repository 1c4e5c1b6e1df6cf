import QtQuick
import Kiosk

// Three thin gold circles: the envelope card's backdrop.
Item {
    anchors.centerIn: parent
    width: 1400; height: 1400
    opacity: 0.16
    Repeater {
        model: 3
        delegate: Rectangle {
            required property int index
            anchors.centerIn: parent
            width: 760 + index * 260; height: width; radius: width / 2
            color: "transparent"
            border.color: Theme.primary
            border.width: 2
        }
    }
}
