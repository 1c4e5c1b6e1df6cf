import QtQuick
import Kiosk

// The envelope: the room holds its breath. Gold rules sweep in from both sides.
Card {
    id: root
    // Slowly turning rings behind the words where a GPU draws (the software renderer's
    // view keeps one still set of them instead: CueView). They turn only while seen: not
    // while the card waits unseen for its cue, nor once it is hidden (GraphicsInfo is read
    // on the item: attached to the animator, which is no item, it never says Software).
    Rings {
        id: rings
        visible: GraphicsInfo.api !== GraphicsInfo.Software
        RotationAnimator on rotation {
            running: root.ambient && !root.held && rings.visible
            from: 0; to: 360; duration: 60000; loops: Animation.Infinite
        }
    }
    Reveal {
        x: 160; y: 330; width: 1600; height: 60
        animate: root.animate; dy: -20
        FitText {
            anchors.fill: parent
            horizontalAlignment: Text.AlignHCenter
            maxSize: 38
            color: Theme.primary
            font.weight: Font.DemiBold
            font.letterSpacing: 6
            font.capitalization: Font.AllUppercase
            text: root.category ? root.category.title : root.cue.title
        }
    }
    Sweep { x: 160; y: 414; width: 800; height: 4; animate: root.animate; delay: 150; fromRight: false }
    Sweep { x: 960; y: 414; width: 800; height: 4; animate: root.animate; delay: 150; fromRight: true }
    Reveal {
        id: words
        x: 110; y: 440; width: 1700; height: 240
        animate: root.animate; delay: 300; dy: 0; fromScale: 1.12; duration: 900
        FitText {
            anchors.fill: parent
            display: true
            horizontalAlignment: Text.AlignHCenter
            maxSize: 210
            font.letterSpacing: 4
            text: qsTr("And the winner is…")
        }
        LightSweep { animate: root.animate; delay: 1300; duration: 1600; strength: 0.35 }
    }
    Sweep { x: 160; y: 702; width: 800; height: 4; animate: root.animate; delay: 450; fromRight: false }
    Sweep { x: 960; y: 702; width: 800; height: 4; animate: root.animate; delay: 450; fromRight: true }
    Reveal {
        x: 160; y: 740; width: 1600; height: 50
        animate: root.animate; delay: 800; dy: 20
        FitText {
            anchors.fill: parent
            horizontalAlignment: Text.AlignHCenter
            maxSize: 30
            color: Theme.muted
            font.letterSpacing: 3
            text: root.category ? root.category.sponsor : ""
        }
    }
}
