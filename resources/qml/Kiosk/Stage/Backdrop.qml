import QtQuick
import Kiosk

// The stage's set: deep night blue, racing-stripe light, the event's mark and a baseline
// bar. Slow ambient drift only where a GPU draws it (never on the software renderer).
Item {
    id: set
    width: 1920
    height: 1080
    property bool ambient: GraphicsInfo.api !== GraphicsInfo.Software
    property string eventName: ""
    property string eventLine: ""
    property bool chrome: true
    // Static without a GPU: drawn once into a layer and blitted, not repainted under every card.
    layer.enabled: !ambient

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.darker(Theme.surface, 1.25) }
            GradientStop { position: 0.55; color: Theme.background }
            GradientStop { position: 1.0; color: "#020307" }
        }
    }
    // A soft spotlight from the top left.
    Rectangle {
        width: 2200; height: 2200; radius: 1100
        x: -900; y: -1500
        gradient: Gradient {
            GradientStop { position: 0.55; color: "#00000000" }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.07) }
        }
    }
    // Diagonal speed stripes.
    Item {
        id: stripes
        anchors.fill: parent
        clip: true
        Repeater {
            model: [
                { x: 1180, w: 260, o: 0.05 }, { x: 1480, w: 70, o: 0.07 },
                { x: 1600, w: 24, o: 0.10 }, { x: 1680, w: 140, o: 0.04 }, { x: 220, w: 40, o: 0.03 }
            ]
            delegate: Rectangle {
                required property var modelData
                x: modelData.x
                y: -400
                width: modelData.w
                height: 2000
                rotation: 24
                color: Theme.primary
                opacity: modelData.o
            }
        }
        XAnimator on x {
            running: set.ambient && set.visible  // not behind the blackout (AudienceWindow)
            from: 0; to: -120; duration: 12000
            loops: Animation.Infinite
            easing.type: Easing.InOutSine
        }
    }
    Image {
        source: Theme.logoMark
        width: 900; height: 900
        x: 1300; y: 330
        opacity: 0.035
        sourceSize.width: 900
        sourceSize.height: 900
        asynchronous: true
        smooth: true
    }
    // Broadcast chrome: the corner bug and the baseline.
    Item {
        visible: set.chrome
        anchors.fill: parent
        Image {
            id: bug
            source: Theme.logoMark
            x: 72; y: 56
            width: 64; height: 64
            sourceSize.width: 128; sourceSize.height: 128
        }
        Text {
            textFormat: Text.PlainText
            anchors.left: bug.right
            anchors.leftMargin: 18
            anchors.verticalCenter: bug.verticalCenter
            text: set.eventName
            color: Theme.text
            opacity: 0.75
            font.family: Theme.bodyFont
            font.weight: Font.DemiBold
            font.pixelSize: 22
            font.letterSpacing: 3
            font.capitalization: Font.AllUppercase
            width: 1100
            elide: Text.ElideRight
        }
        Rectangle { x: 72; y: 1000; width: 1776; height: 2; color: Theme.primary; opacity: 0.55 }
        Rectangle { x: 72; y: 996; width: 180; height: 6; color: Theme.accent }
        Text {
            textFormat: Text.PlainText
            x: 72; y: 1016
            text: set.eventLine
            color: Theme.muted
            font.family: Theme.bodyFont
            font.pixelSize: 20
            font.letterSpacing: 2.5
            font.capitalization: Font.AllUppercase
        }
    }
}
