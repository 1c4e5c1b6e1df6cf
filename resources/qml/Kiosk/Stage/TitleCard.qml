import QtQuick
import Kiosk

// Opening, interval, closing and the operator's own cards (welcome, sponsor, tribute).
Card {
    id: root
    property string stillKind: cue.kind
    readonly property bool big: stillKind === "opening" || stillKind === "interval" || stillKind === "closing"
    readonly property string heading: {
        if (stillKind === "interval") return cue.title || qsTr("Interval")
        if (stillKind === "closing") return cue.title || qsTr("Thank you")
        return cue.title
    }
    // The event's date as it stands now (kiosk event set, the Event panel: within a second),
    // as the chrome shows it; the cue's own copy only where no theme is loaded.
    readonly property string dateText: Theme.event.dateText !== undefined ? Theme.event.dateText
                                                                          : (cue.dateText || "")
    readonly property string line: {
        if (stillKind === "interval") return cue.body || qsTr("The ceremony resumes in a few minutes")
        if (stillKind === "closing") return cue.body || qsTr("Good night, and enjoy the party")
        if (stillKind === "opening") return [cue.body, root.dateText].filter(function (s) { return s !== "" }).join("  ·  ")
        return cue.body
    }

    // Opening / interval / closing: centred, with the logo.
    Item {
        anchors.fill: parent
        visible: root.big
        Reveal {
            x: 560; y: root.stillKind === "opening" ? 150 : 180; width: 800; height: root.stillKind === "opening" ? 365 : 340
            animate: root.animate; dy: 0; fromScale: 0.92; duration: 1000
            Image {
                anchors.fill: parent
                source: root.stillKind === "opening" ? Theme.logo : Theme.logoMark
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize.width: 1600
                smooth: true
            }
        }
        Sweep { x: 360; y: 560; width: 600; height: 4; animate: root.animate; delay: 300; fromRight: false }
        Sweep { x: 960; y: 560; width: 600; height: 4; animate: root.animate; delay: 300; fromRight: true }
        Reveal {
            x: 160; y: 590; width: 1600; height: 220
            animate: root.animate; delay: 450; dy: 50
            FitText {
                anchors.fill: parent
                display: true; lines: 2; lineHeight: 0.9
                horizontalAlignment: Text.AlignHCenter
                maxSize: root.stillKind === "opening" ? 120 : 190
                words: root.heading
            }
        }
        Reveal {
            x: 160; y: 830; width: 1600; height: 110
            animate: root.animate; delay: 700; dy: 20
            FitText {
                anchors.fill: parent
                lines: 2
                horizontalAlignment: Text.AlignHCenter
                maxSize: 38
                objectName: "titleLine"
                color: Theme.muted
                font.letterSpacing: 2
                text: root.line
            }
        }
    }
    // A custom card: left-aligned title, gold rule, text.
    Item {
        anchors.fill: parent
        visible: !root.big
        Reveal {
            x: root.margin; y: 250; width: 1620; height: 300
            animate: root.animate; dy: 60
            FitText {
                anchors.fill: parent
                display: true; lines: 2; maxSize: 160; lineHeight: 0.9
                verticalAlignment: Text.AlignBottom
                words: root.heading
            }
        }
        Sweep { x: root.margin; y: 572; width: 720; height: 10; animate: root.animate; delay: 250 }
        Reveal {
            x: root.margin; y: 612; width: 1500; height: 330
            animate: root.animate; delay: 450; dy: 30
            FitText {
                anchors.fill: parent
                lines: 5
                maxSize: 46
                lineHeight: 1.15
                verticalAlignment: Text.AlignTop
                color: Theme.text
                opacity: 0.85
                text: root.line
            }
        }
    }
}
