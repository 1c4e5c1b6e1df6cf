import QtQuick
import Kiosk

// The reveal: a gold flash, the portrait with a sweep of light, the name in gold,
// team, car, flag and the award; confetti falls once.
Card {
    id: root
    readonly property var winner: cue.winner
    readonly property bool placeholder: !!(winner && winner.placeholder)
    readonly property bool hidden: !!cue.winnerHidden
    readonly property string name: hidden ? qsTr("Hidden until revealed")
                                   : placeholder ? qsTr("Winner’s name")
                                   : winner ? winner.name : qsTr("To be announced")
    readonly property string team: winner && !placeholder ? winner.team : (placeholder ? qsTr("Team") : "")
    readonly property string car: winner && !placeholder ? winner.car : (placeholder ? qsTr("Car") : "")

    // Gold glow behind the portrait.
    Rectangle {
        x: 1010; y: 40; width: 900; height: 1000; radius: 500
        opacity: 0.5
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00000000" }
            GradientStop { position: 0.5; color: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.18) }
            GradientStop { position: 1.0; color: "#00000000" }
        }
    }
    Reveal {
        x: 1130; y: 140; width: 640; height: 830
        animate: root.animate; delay: 150; dy: 0; fromScale: 1.08; duration: 900
        Photo {
            anchors.fill: parent
            source: root.winner && !root.hidden ? (root.winner.photo || "") : ""
            name: root.hidden || root.placeholder ? "?" : root.name
            animate: root.animate
            sweep: true
            sweepDelay: 900
            frameWidth: 4
        }
        Rectangle { x: -14; y: 40; width: 8; height: 240; color: Theme.accent }
    }
    Reveal {
        x: root.margin; y: 236; width: 940; height: 58
        animate: root.animate; delay: 350; dx: -80; dy: 0
        Row {
            spacing: 16
            Label { text: qsTr("Winner"); fill: Theme.primary; ink: Theme.background; size: 28 }
            Label { visible: root.placeholder; text: qsTr("Rehearsal"); fill: Theme.accent; size: 28 }
        }
    }
    Reveal {
        x: root.margin; y: 310; width: 940; height: 54
        animate: root.animate; delay: 450; dy: 20
        FitText {
            anchors.fill: parent
            maxSize: 34
            color: Theme.text
            opacity: 0.8
            font.weight: Font.DemiBold
            font.letterSpacing: 4
            font.capitalization: Font.AllUppercase
            text: root.category ? root.category.title : root.cue.title
        }
    }
    Reveal {
        x: root.margin; y: 370; width: 940; height: 350
        animate: root.animate; delay: 600; dy: 70; duration: 800
        FitText {
            id: nameText
            anchors.fill: parent
            display: true; lines: 2; maxSize: 190; lineHeight: 0.88
            verticalAlignment: Text.AlignBottom
            color: Theme.primary
            words: root.name
        }
        // No band of light over the name: clipped to the name's box over the dark set, it
        // read as a grey box at the climax of every reveal, not as a sheen on the letters.
    }
    Sweep { x: root.margin; y: 736; width: 940; height: 10; animate: root.animate; delay: 850; duration: 900 }
    Reveal {
        x: root.margin; y: 770; width: 940; height: 180
        animate: root.animate; delay: 1050; dy: 30
        Flag {
            y: 4; height: 46
            source: root.winner && !root.hidden ? (root.winner.flag || "") : ""
            code: root.winner && !root.hidden ? (root.winner.nationality || "") : ""
        }
        FitText {
            id: teamLine
            x: 92; y: 0; width: 848; height: 56
            maxSize: 42; font.weight: Font.DemiBold
            text: root.hidden || root.team === root.name ? "" : root.team
        }
        FitText {
            // Up beside the flag when there is no team line (a team's own award).
            x: 92; y: teamLine.text === "" ? 6 : 58; width: 848; height: 44
            maxSize: 30; color: Theme.muted
            text: root.hidden ? "" : root.car
        }
        Row {
            objectName: "prizeLine"
            x: 0; y: teamLine.text === "" ? 72 : 122
            spacing: 14
            // The category's prize, else the event's; none at all: no line.
            visible: prizeText.text !== ""
            Label { text: qsTr("Award"); fill: Theme.surfaceRaised; size: 18; anchors.verticalCenter: parent.verticalCenter }
            Text {
                id: prizeText
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: root.category ? (root.category.award || "") : ""
                color: Theme.primary
                font.family: Theme.bodyFont
                font.pixelSize: 30
                font.weight: Font.DemiBold
            }
        }
    }
    // The flash that opens the reveal.
    Rectangle {
        id: flash
        anchors.fill: parent
        color: "#fff3d0"
        opacity: 0
        visible: root.animate
    }
    SequentialAnimation {
        running: root.animate && !root.held
        OpacityAnimator { target: flash; from: 0.0; to: 0.55; duration: Theme.ms(90) }
        OpacityAnimator { target: flash; to: 0.0; duration: Theme.ms(700); easing.type: Easing.OutCubic }
    }
    Confetti { animate: root.animate && !root.hidden; running: !root.held }
}
