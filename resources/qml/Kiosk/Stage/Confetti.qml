import QtQuick
import Kiosk

// Gold confetti falling once over the winner: plain rectangles moved by Animators
// (no particle shader, so the software renderer draws it too).
Item {
    id: confetti
    property bool animate: true
    property bool running: true  // false while its card is held, built ahead of its cue
    property int count: GraphicsInfo.api === GraphicsInfo.Software ? 36 : 90
    width: 1920
    height: 1080
    visible: animate
    Repeater {
        model: confetti.animate ? confetti.count : 0
        delegate: Rectangle {
            id: bit
            required property int index
            readonly property real seed: Math.abs(Math.sin(index * 12.9898) * 43758.5453) % 1
            readonly property real seed2: Math.abs(Math.sin(index * 78.233) * 12345.678) % 1
            x: seed * 1920
            y: -60 - seed2 * 300
            width: 10 + seed2 * 10
            height: 5 + seed * 6
            color: [Theme.primary, "#f6e7b8", Theme.primary, "#ffffff", Theme.accent][index % 5]
            opacity: 0.9
            rotation: seed * 360
            SequentialAnimation {
                running: confetti.running
                PauseAnimation { duration: Theme.ms(400 + bit.seed2 * 1400) }
                ParallelAnimation {
                    YAnimator { target: bit; to: 1160; duration: Theme.ms(3200 + bit.seed * 3200); easing.type: Easing.InQuad }
                    XAnimator { target: bit; to: bit.x + (bit.seed2 - 0.5) * 320; duration: Theme.ms(3200 + bit.seed * 3200) }
                    RotationAnimator { target: bit; to: bit.rotation + 540 + bit.seed * 720; duration: Theme.ms(3200 + bit.seed * 3200) }
                }
            }
        }
    }
}
