import QtQuick
import Kiosk

// A bar that sweeps in from one side: the gold accent of broadcast graphics.
Item {
    id: sweep
    property bool animate: true
    property int delay: 0
    property int duration: 700
    property color color: Theme.primary
    property bool fromRight: false
    property bool gradient: true
    clip: true
    Rectangle {
        id: bar
        width: sweep.width
        height: sweep.height
        x: sweep.animate ? (sweep.fromRight ? sweep.width : -sweep.width) : 0
        color: sweep.color
        gradient: sweep.gradient ? grad : undefined
        Gradient {
            id: grad
            orientation: Gradient.Horizontal
            GradientStop { position: sweep.fromRight ? 1.0 : 0.0; color: Qt.lighter(sweep.color, 1.35) }
            GradientStop { position: 0.55; color: sweep.color }
            GradientStop { position: sweep.fromRight ? 0.0 : 1.0; color: Qt.rgba(sweep.color.r, sweep.color.g, sweep.color.b, 0.0) }
        }
    }
    SequentialAnimation {
        id: intro
        PauseAnimation { duration: Theme.ms(sweep.delay) }
        XAnimator { target: bar; to: 0; duration: Theme.ms(sweep.duration); easing.type: Easing.OutQuart }
    }
    // Start now, or when the held card around it is shown (a card built ahead of its cue).
    function begin() {
        for (var p = parent; p; p = p.parent) {
            if (p.held === true && p.play !== undefined) {
                p.play.connect(function () { intro.start() })
                return
            }
        }
        intro.start()
    }
    Component.onCompleted: if (animate) begin()
}
