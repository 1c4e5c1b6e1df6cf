import QtQuick
import Kiosk

// All of a category's nominees together: portraits rising one after another.
Card {
    id: root
    readonly property var people: cue.nominees || []
    readonly property int gap: 28
    readonly property real panelWidth: people.length ? (1620 - gap * (people.length - 1)) / people.length : 300

    Reveal {
        x: root.margin; y: 150; width: 600; height: 50
        animate: root.animate; dx: -60; dy: 0
        Label { text: qsTr("The nominees"); fill: Theme.primary; ink: Theme.background; size: 24 }
    }
    Reveal {
        x: root.margin; y: 206; width: 1620; height: 104
        animate: root.animate; delay: 100; dy: 30
        FitText { anchors.fill: parent; display: true; maxSize: 92; text: root.cue.title }
    }
    Repeater {
        model: root.people
        delegate: Reveal {
            id: panel
            required property var modelData
            required property int index
            x: root.margin + index * (root.panelWidth + root.gap)
            y: 338
            width: root.panelWidth
            height: 640
            animate: root.animate
            delay: 300 + index * 140
            dy: 90
            Photo {
                id: portrait
                width: parent.width
                height: Math.min(parent.width * 1.3, 420)
                source: panel.modelData.photo
                name: panel.modelData.name
                animate: root.animate
                sweep: true
                sweepDelay: 900 + panel.index * 140
                frameWidth: 2
            }
            Flag {
                x: 14; y: 14; height: 34
                source: panel.modelData.flag
                code: panel.modelData.nationality
            }
            Rectangle {
                y: portrait.height
                width: parent.width
                height: 8
                color: Theme.primary
            }
            Rectangle {
                y: portrait.height + 8
                width: parent.width
                height: parent.height - portrait.height - 8
                color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.88)
                FitText {
                    x: 18; y: 12; width: parent.width - 36; height: 104
                    display: true; lines: 2; maxSize: 50; lineHeight: 0.92
                    verticalAlignment: Text.AlignTop
                    words: panel.modelData.name
                }
                FitText {
                    x: 18; y: 120; width: parent.width - 36; height: 34
                    maxSize: 22; font.weight: Font.DemiBold
                    text: panel.modelData.team !== panel.modelData.name ? panel.modelData.team : ""
                }
                FitText {
                    x: 18; y: panel.modelData.team !== panel.modelData.name ? 154 : 120
                    width: parent.width - 36; height: 30
                    maxSize: 20; color: Theme.primary
                    text: panel.modelData.car
                }
            }
        }
    }
}
