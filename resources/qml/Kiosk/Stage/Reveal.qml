import QtQuick
import Kiosk

// Wraps content that slides and fades in after a delay (Animator types: they keep running
// on the render thread while Python is busy). With animate false it starts in its final state.
Item {
    id: reveal
    property bool animate: true
    property int delay: 0
    property int duration: 650
    property real dx: 0
    property real dy: 48
    property real fromScale: 1.0
    default property alias content: body.data

    Item {
        id: body
        width: reveal.width
        height: reveal.height
        x: reveal.animate ? reveal.dx : 0
        y: reveal.animate ? reveal.dy : 0
        scale: reveal.animate ? reveal.fromScale : 1
        opacity: reveal.animate ? 0 : 1
    }
    SequentialAnimation {
        id: intro
        PauseAnimation { duration: Theme.ms(reveal.delay) }
        ParallelAnimation {
            XAnimator { target: body; to: 0; duration: Theme.ms(reveal.duration); easing.type: Easing.OutCubic }
            YAnimator { target: body; to: 0; duration: Theme.ms(reveal.duration); easing.type: Easing.OutCubic }
            ScaleAnimator { target: body; to: 1; duration: Theme.ms(reveal.duration); easing.type: Easing.OutCubic }
            OpacityAnimator { target: body; to: 1; duration: Theme.ms(reveal.duration * 0.8); easing.type: Easing.OutQuad }
        }
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
