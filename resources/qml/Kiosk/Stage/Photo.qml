import QtQuick
import Kiosk

// A portrait in a frame; initials on the team colour when there is no photo.
Item {
    id: photo
    property string source: ""
    property string name: ""
    property bool sweep: false
    property bool animate: true
    property int sweepDelay: 600
    property color frame: Theme.primary
    property real frameWidth: 3
    clip: true

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.surfaceRaised }
            GradientStop { position: 1.0; color: Theme.surface }
        }
    }
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: img.status !== Image.Ready
        text: {
            var parts = photo.name.split(/[\s-]+/).filter(function (p) { return p.length > 0 })
            return parts.length ? (parts[0][0] + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase() : ""
        }
        color: Theme.primary
        opacity: 0.7
        font.family: Theme.displayFont
        font.pixelSize: parent.height * 0.35
    }
    Image {
        id: img
        anchors.fill: parent
        source: photo.source
        fillMode: Image.PreserveAspectCrop
        verticalAlignment: Image.AlignTop
        asynchronous: true
        cache: true
        smooth: true
        mipmap: true
        sourceSize.height: Math.max(256, Math.round(photo.height))
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: parent.height * 0.35
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#0005070e" }
            GradientStop { position: 1.0; color: "#cc05070e" }
        }
    }
    LightSweep { animate: photo.animate && photo.sweep; delay: photo.sweepDelay }
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: photo.frame
        border.width: photo.frameWidth
    }
}
