import QtQuick
import Kiosk

// "Award 3 of 8": the category's title card, with its sponsor.
Card {
    id: root
    Reveal {
        x: root.margin; y: 710 - title.contentHeight - 86; width: 900; height: 56
        animate: root.animate; dx: -80; dy: 0
        Label {
            text: root.category ? qsTr("Award %1 of %2").arg(root.category.number).arg(root.category.total) : ""
        }
    }
    Reveal {
        x: root.margin; y: 360; width: 1620; height: 350
        animate: root.animate; delay: 140; dy: 70
        FitText {
            id: title
            anchors.fill: parent
            display: true
            lines: 2
            maxSize: 180
            lineHeight: 0.9
            verticalAlignment: Text.AlignBottom
            words: root.cue.title
        }
    }
    Sweep { x: root.margin; y: 732; width: 720; height: 10; animate: root.animate; delay: 380 }
    Reveal {
        x: root.margin; y: 770; width: 1500; height: 64
        animate: root.animate; delay: 620; dy: 24
        FitText {
            anchors.fill: parent
            maxSize: 40
            color: Theme.muted
            font.weight: Font.DemiBold
            font.letterSpacing: 1.5
            text: root.category ? root.category.sponsor : ""
        }
    }
    LightSweep { animate: root.animate; delay: 900; duration: 1500; strength: 0.12 }
}
