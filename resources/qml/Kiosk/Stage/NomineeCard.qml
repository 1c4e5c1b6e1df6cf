import QtQuick
import Kiosk

// One nominee at a time: a portrait and a lower-third name plate.
Card {
    id: root
    readonly property var person: cue.nominee || ({ name: "", team: "", car: "", photo: "", flag: "", nationality: "" })
    readonly property int position: {
        var list = cue.nominees || []
        for (var i = 0; i < list.length; ++i)
            if (list[i].id === person.id) return i + 1
        return 0
    }
    Reveal {
        x: root.margin; y: 150; width: 560; height: 750
        animate: root.animate; dx: -90; dy: 0; fromScale: 1.0
        Photo {
            anchors.fill: parent
            source: root.person.photo
            name: root.person.name
            animate: root.animate
            sweep: true
            sweepDelay: 500
        }
    }
    Reveal {
        x: 780; y: 300; width: 1000; height: 56
        animate: root.animate; delay: 200; dx: 60; dy: 0
        Row {
            spacing: 16
            Label { text: qsTr("Nominee %1 of %2").arg(root.position).arg((root.cue.nominees || []).length) }
            Label { text: root.category ? root.category.title : ""; fill: Theme.surfaceRaised; size: 22 }
        }
    }
    Reveal {
        x: 780; y: 370; width: 1000; height: 330
        animate: root.animate; delay: 320; dy: 60
        FitText {
            anchors.fill: parent
            display: true; lines: 2; maxSize: 170; lineHeight: 0.9
            verticalAlignment: Text.AlignBottom
            words: root.person.name
        }
    }
    Sweep { x: 780; y: 716; width: 640; height: 8; animate: root.animate; delay: 520 }
    Reveal {
        x: 780; y: 750; width: 1000; height: 160
        animate: root.animate; delay: 700; dy: 30
        Flag { y: 6; height: 46; source: root.person.flag; code: root.person.nationality }
        FitText {
            id: teamLine
            x: 90; y: 0; width: 910; height: 60
            maxSize: 44; font.weight: Font.DemiBold
            text: root.person.team !== root.person.name ? root.person.team : ""
        }
        FitText {
            x: 90; y: teamLine.text === "" ? 6 : 66; width: 910; height: 50
            maxSize: 34; color: Theme.primary
            text: root.person.car
        }
    }
}
