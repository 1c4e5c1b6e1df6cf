import QtQuick
import Kiosk

// A band of light passing diagonally over its parent (a photo, a name plate). A plain
// gradient rectangle: drawn the same by the software renderer, no shader needed.
Item {
    id: light
    property bool animate: true
    property int delay: 0
    property int duration: 1300
    property real strength: 0.45
    property bool repeat: false
    anchors.fill: parent
    clip: true
    visible: animate
    Rectangle {
        id: band
        width: light.width * 0.45
        height: light.height * 2.2
        y: -light.height * 0.6
        x: -width * 1.5
        rotation: 18
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#00ffffff" }
            GradientStop { position: 0.5; color: Qt.rgba(1, 0.97, 0.88, light.strength) }
            GradientStop { position: 1.0; color: "#00ffffff" }
        }
    }
    SequentialAnimation {
        id: pass
        loops: light.repeat ? Animation.Infinite : 1
        PauseAnimation { duration: Theme.ms(light.delay) }
        XAnimator { target: band; from: -band.width * 1.5; to: light.width + band.width * 0.5; duration: Theme.ms(light.duration); easing.type: Easing.InOutQuad }
        PauseAnimation { duration: light.repeat ? Theme.ms(5000) : 0 }
    }
    // Start now, or when the held card around it is shown (a card built ahead of its cue).
    function begin() {
        for (var p = parent; p; p = p.parent) {
            if (p.held === true && p.play !== undefined) {
                p.play.connect(function () { pass.start() })
                return
            }
        }
        pass.start()
    }
    Component.onCompleted: if (animate) begin()
}
