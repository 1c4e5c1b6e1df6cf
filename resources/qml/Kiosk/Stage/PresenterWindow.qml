import QtQuick
import QtQuick.Window
import Kiosk

// The confidence monitor: what the audience sees now, what comes next, the MC's script
// with pronunciation hints, the show clock and the wall clock, the running order.
// The upcoming winner stays hidden unless the setting stage.presenter_shows_winner is on.
Window {
    id: root
    required property var controller
    required property var theme
    required property real animationScale
    required property string eventName
    required property string eventVenue
    required property string eventDate
    required property var runningOrder
    title: "Kiosk Stage presenter"
    color: "black"
    width: 1280
    height: 720
    visible: false

    Binding { target: Theme; property: "data"; value: root.theme }
    Binding { target: Theme; property: "animationScale"; value: root.animationScale }

    property var now: new Date()
    Timer { interval: 250; running: true; repeat: true; onTriggered: root.now = new Date() }

    function two(n) { return (n < 10 ? "0" : "") + n }
    // The event's time (its zone, from the event's settings), wherever this laptop's clock is set.
    readonly property var eventInfo: theme && theme.event ? theme.event : ({})
    function clock(d) {
        var offset = eventInfo.utcOffsetMinutes
        var t = offset === undefined ? d : new Date(d.getTime() + (offset + d.getTimezoneOffset()) * 60000)
        return two(t.getHours()) + ":" + two(t.getMinutes()) + ":" + two(t.getSeconds())
    }
    function elapsed() {
        if (!controller.startedAtMs) return "00:00:00"
        var s = Math.max(0, Math.floor((now.getTime() - controller.startedAtMs) / 1000))
        return two(Math.floor(s / 3600)) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60)
    }
    function kindName(kind) {
        switch (kind) {
        case "opening": return qsTr("Opening")
        case "category": return qsTr("Category")
        case "nominees": return qsTr("Nominees")
        case "nominee": return qsTr("Nominee")
        case "envelope": return qsTr("Envelope")
        case "winner": return qsTr("Winner")
        case "interval": return qsTr("Interval")
        case "closing": return qsTr("Closing")
        case "video": return qsTr("Video")
        case "custom": return qsTr("Card")
        default: return ""
        }
    }
    // What the MC says on this cue (the operator's notes come after it).
    function script(cue) {
        if (!cue) return ""
        var cat = cue.category
        switch (cue.kind) {
        case "opening": return qsTr("Welcome the guests to %1.").arg(root.eventName)
        case "category": return qsTr("Introduce the award: %1. %2.").arg(cat.title).arg(cat.sponsor)
        case "nominees": return qsTr("Read the nominees, left to right.")
        case "nominee": return qsTr("Introduce the nominee: %1.").arg(cue.nominee ? cue.nominee.name : "")
        case "envelope": return qsTr("Open the envelope. Wait for the room, then press Next to reveal.")
        case "winner":
            if (cue.winnerHidden) return qsTr("Announce the winner (hidden on this screen until shown).")
            if (cue.winner && cue.winner.placeholder) return qsTr("Rehearsal: announce the winner (placeholder).")
            return cue.winner ? qsTr("Announce the winner: %1 — %2.").arg(cue.winner.name).arg(cue.winner.team)
                              : qsTr("No winner is recorded for this category.")
        case "interval": return qsTr("Announce the interval.")
        case "closing": return qsTr("Thank the guests and close the ceremony.")
        case "video": return cue.mediaOk ? qsTr("The video plays with sound; Next skips it.")
                                         : qsTr("The video file is missing or is not a video: its still card is shown.")
        case "custom": return qsTr("On screen: %1").arg(cue.title)
        default: return cue.title
        }
    }
    function hints(cue) {
        if (!cue) return []
        var people = []
        if (cue.kind === "nominee" && cue.nominee) people = [cue.nominee]
        else if (cue.kind === "winner" && cue.winner && !cue.winner.placeholder) people = [cue.winner]
        else if (cue.kind === "nominees" || cue.kind === "envelope" || cue.kind === "category") people = cue.nominees || []
        return people
    }

    Item {
        id: canvas
        width: 1920
        height: 1080
        anchors.centerIn: parent
        scale: Math.min(root.width / width, root.height / height)
        Rectangle { anchors.fill: parent; color: "#07090f" }

        // Top bar: live or rehearsal, position, show time, wall clock.
        Rectangle {
            id: bar
            width: parent.width; height: 96
            color: Theme.surface
            Rectangle {
                id: mode
                x: 32; anchors.verticalCenter: parent.verticalCenter
                width: modeText.implicitWidth + 40; height: 52
                color: root.controller.rehearsal ? "#f5a623" : Theme.accent
                Text {
                    id: modeText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: root.controller.rehearsal ? qsTr("REHEARSAL") : qsTr("LIVE")
                    color: root.controller.rehearsal ? "#111111" : "white"
                    font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 26; font.letterSpacing: 3
                }
            }
            Rectangle {
                id: blackBadge
                anchors.left: mode.right; anchors.leftMargin: 16; anchors.verticalCenter: parent.verticalCenter
                width: blackText.implicitWidth + 40; height: 52
                visible: root.controller.blackout
                color: "white"
                Text {
                    id: blackText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("BLACK SCREEN")
                    color: "black"
                    font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 26; font.letterSpacing: 3
                }
            }
            // A backup stage following the main one (T takes over), or a machine the hub
            // does not hear (its presses move this machine alone).
            Rectangle {
                objectName: "venueBadge"
                anchors.left: blackBadge.visible ? blackBadge.right : mode.right
                anchors.leftMargin: 16; anchors.verticalCenter: parent.verticalCenter
                width: venueText.implicitWidth + 40; height: 52
                visible: root.controller.following || root.controller.venueOffline
                color: root.controller.following ? "#2d6cdf" : "#b00020"
                Text {
                    id: venueText
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: root.controller.following ? qsTr("BACKUP · T: TAKE OVER")
                                                    : qsTr("OFFLINE · THIS MACHINE ONLY")
                    color: "white"
                    font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 22; font.letterSpacing: 2
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                objectName: "cuePosition"
                // Cues are numbered from 1 here as in every view ('kiosk show' keeps its 0-based index).
                text: (root.controller.count > 0 ? qsTr("Cue %1 of %2").arg(root.controller.index + 1).arg(root.controller.count)
                                                 : qsTr("No cues yet"))
                      + (root.controller.cue.category ? "   ·   " + qsTr("Award %1 of %2").arg(root.controller.cue.category.number).arg(root.controller.cue.category.total) : "")
                color: Theme.text
                font.family: Theme.bodyFont; font.weight: Font.DemiBold; font.pixelSize: 34
            }
            Column {
                anchors.right: wall.left; anchors.rightMargin: 48; anchors.verticalCenter: parent.verticalCenter
                Text { textFormat: Text.PlainText; text: qsTr("SHOW"); color: Theme.muted; font.family: Theme.bodyFont; font.pixelSize: 16; font.letterSpacing: 3; anchors.right: parent.right }
                Text { textFormat: Text.PlainText; objectName: "elapsed"; text: root.elapsed(); color: Theme.text; font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 40; font.features: { "tnum": 1 } }
            }
            Column {
                id: wall
                anchors.right: parent.right; anchors.rightMargin: 32; anchors.verticalCenter: parent.verticalCenter
                Text { textFormat: Text.PlainText; objectName: "clockZone"; text: (root.eventInfo.zoneName || qsTr("CLOCK")).toUpperCase(); color: Theme.muted; font.family: Theme.bodyFont; font.pixelSize: 16; font.letterSpacing: 3; anchors.right: parent.right }
                Text { textFormat: Text.PlainText; objectName: "wallClock"; text: root.clock(root.now); color: Theme.primary; font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 40; font.features: { "tnum": 1 } }
            }
        }

        // NOW: what the audience sees.
        Text {
            textFormat: Text.PlainText
            x: 32; y: 118
            text: qsTr("NOW") + "  ·  " + root.kindName(root.controller.cue.kind)
            color: Theme.accent
            font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 24; font.letterSpacing: 3
        }
        Item {
            id: nowBox
            x: 32; y: 156; width: 1152; height: 648
            clip: true
            CueView {
                id: nowView
                scale: nowBox.width / 1920
                transformOrigin: Item.TopLeft
                ambient: false
                eventName: root.eventName
            }
            Rectangle {
                anchors.fill: parent
                color: "black"
                opacity: root.controller.blackout ? 0.82 : 0
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("Black screen: the audience sees nothing")
                    color: "white"; font.family: Theme.bodyFont; font.pixelSize: 34
                }
            }
            Rectangle { anchors.fill: parent; color: "transparent"; border.color: Theme.accent; border.width: 3 }
        }

        // The MC's script with pronunciation hints.
        Rectangle {
            x: 32; y: 824; width: 1152; height: 232
            color: Theme.surface
            clip: true
            Column {
                x: 24; y: 18; width: parent.width - 48
                spacing: 8
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: root.script(root.controller.cue)
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.family: Theme.bodyFont
                    font.weight: Font.DemiBold; font.pixelSize: 30
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: text !== ""
                    text: root.controller.cue.notes || ""
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    font.family: Theme.bodyFont; font.pixelSize: 26; font.italic: true
                }
                Grid {
                    id: hintGrid
                    width: parent.width
                    columns: hintRepeater.count > 5 ? 2 : 1
                    readonly property real cell: (width - (columns - 1) * columnSpacing) / columns
                    columnSpacing: 28
                    rowSpacing: 2
                    Repeater {
                        id: hintRepeater
                        model: root.hints(root.controller.cue)
                        delegate: Row {
                            required property var modelData
                            width: hintGrid.cell
                            spacing: 10
                            Text {
                                id: who
                                textFormat: Text.PlainText
                                width: Math.min(implicitWidth, modelData.pronunciation ? hintGrid.cell * 0.45 : hintGrid.cell)
                                elide: Text.ElideRight
                                text: modelData.name
                                color: Theme.text
                                font.family: Theme.bodyFont; font.weight: Font.DemiBold; font.pixelSize: 22
                            }
                            Text {
                                textFormat: Text.PlainText
                                width: hintGrid.cell - who.width - 10
                                visible: modelData.pronunciation !== ""
                                elide: Text.ElideRight
                                text: "› " + modelData.pronunciation
                                color: Theme.primary
                                font.family: Theme.bodyFont; font.pixelSize: 22
                            }
                        }
                    }
                }
            }
        }

        // NEXT
        Text {
            textFormat: Text.PlainText
            x: 1216; y: 118
            text: qsTr("NEXT") + "  ·  " + (root.controller.nextCue.kind === "none" ? qsTr("end of the show") : root.kindName(root.controller.nextCue.kind))
            color: Theme.primary
            font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 24; font.letterSpacing: 3
        }
        Item {
            id: nextBox
            x: 1216; y: 156; width: 672; height: 378
            clip: true
            CueView {
                id: nextView
                scale: nextBox.width / 1920
                transformOrigin: Item.TopLeft
                ambient: false
                eventName: root.eventName
            }
            Rectangle { anchors.fill: parent; color: "transparent"; border.color: Theme.primary; border.width: 2 }
        }

        // Running order.
        Text {
            textFormat: Text.PlainText
            x: 1216; y: 552
            text: qsTr("RUNNING ORDER")
            color: Theme.muted
            font.family: Theme.bodyFont; font.weight: Font.Bold; font.pixelSize: 20; font.letterSpacing: 3
        }
        ListView {
            id: order
            x: 1216; y: 586; width: 672; height: 436
            clip: true
            model: root.runningOrder
            currentIndex: root.controller.index
            highlightMoveDuration: Theme.ms(200)
            preferredHighlightBegin: 120
            preferredHighlightEnd: 240
            highlightRangeMode: ListView.ApplyRange
            delegate: Rectangle {
                required property int cueIndex
                required property string kind
                required property string title
                required property int number
                width: order.width
                height: 42
                color: cueIndex === root.controller.index ? Theme.accent
                       : (cueIndex === root.controller.index + 1 ? Theme.surfaceRaised : "transparent")
                Text {
                    textFormat: Text.PlainText
                    x: 12; anchors.verticalCenter: parent.verticalCenter
                    width: 56
                    text: cueIndex + 1
                    color: Theme.muted
                    font.family: Theme.bodyFont; font.pixelSize: 20
                }
                Text {
                    textFormat: Text.PlainText
                    x: 70; anchors.verticalCenter: parent.verticalCenter
                    width: 170
                    text: root.kindName(kind)
                    color: cueIndex < root.controller.index ? Theme.muted : Theme.primary
                    font.family: Theme.bodyFont; font.weight: Font.DemiBold; font.pixelSize: 20
                }
                Text {
                    textFormat: Text.PlainText
                    x: 240; anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 252
                    elide: Text.ElideRight
                    text: kind === "envelope" || kind === "winner" ? "" : title
                    color: cueIndex < root.controller.index ? Theme.muted : Theme.text
                    font.family: Theme.bodyFont
                    font.pixelSize: 20
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right; anchors.rightMargin: 32; y: 1058
            text: root.controller.following
                  ? qsTr("Backup stage: following the main stage's every cue    Take over: T    Quit: Ctrl+Shift+Q")
                  : qsTr("Next: Page Down · Right · Space    Back: Page Up · Left    Black: B    Quit: Ctrl+Shift+Q")
            color: Theme.muted
            font.family: Theme.bodyFont; font.pixelSize: 15
        }
    }

    Connections {
        target: root.controller
        function onCueChanged() { nowView.present(root.controller.cue, false) }
        function onNextChanged() { nextView.present(root.controller.nextCue, false) }
    }
    Component.onCompleted: {
        nowView.present(controller.cue, false)
        nextView.present(controller.nextCue, false)
    }
}
