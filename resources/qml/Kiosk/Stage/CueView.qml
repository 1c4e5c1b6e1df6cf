import QtQuick
import Kiosk

// The 1920×1080 stage: the set, and the current cue's card over it. A new cue's card
// comes in over the old one, which fades away. With animate false (a restart, a preview)
// the card starts in its final state: no reveal is ever replayed.
Item {
    id: view
    width: 1920
    height: 1080
    property string eventName: ""
    property string eventLine: ""
    property bool ambient: true
    property bool chrome: true
    property var current: null
    // Build one of each card once, unseen, after the first frame: the first real cue of each
    // kind then costs no QML compilation (key press to frame stays short).
    property bool prewarm: false
    // The old card fades out under the new one where a GPU draws (cheap there). The software
    // renderer cuts instead: painting two full cards per frame would cost it 20-40 ms a frame,
    // and each card's own staggered entrance already carries the motion.
    property bool crossfade: GraphicsInfo.api !== GraphicsInfo.Software

    Backdrop {
        id: set
        eventName: view.eventName
        eventLine: view.eventLine
        chrome: view.chrome
        ambient: view.ambient && GraphicsInfo.api !== GraphicsInfo.Software
    }
    Item { id: layer; anchors.fill: parent }
    Item { id: warmLayer; visible: false }
    Timer { id: warmTimer; interval: 50; onTriggered: view.warm() }
    Component.onCompleted: if (prewarm) warmTimer.start()

    function warm() {
        var cue = { kind: "warm", id: -1, index: -1, title: "", body: "", notes: "", custom: false,
                    category: { id: 0, title: "", sponsor: "", award: "", number: 1, total: 1, order: 1 },
                    nominees: [], nominee: null, winner: null, winnerHidden: false,
                    media: "", mediaOk: false, reveal: false }
        var all = [openingCard, categoryCard, nomineesCard, nomineeCard, envelopeCard, winnerCard, videoCard]
        for (var i = 0; i < all.length; ++i) {
            var card = all[i].createObject(warmLayer, { cue: cue, animate: true, ambient: false })
            if (card) card.destroy()
        }
    }

    Component { id: openingCard; TitleCard {} }
    Component { id: categoryCard; CategoryCard {} }
    Component { id: nomineesCard; NomineesCard {} }
    Component { id: nomineeCard; NomineeCard {} }
    Component { id: envelopeCard; EnvelopeCard {} }
    Component { id: winnerCard; WinnerCard {} }
    Component { id: videoCard; VideoCard {} }

    function componentFor(kind) {
        switch (kind) {
        case "category": return categoryCard
        case "nominees": return nomineesCard
        case "nominee": return nomineeCard
        case "envelope": return envelopeCard
        case "winner": return winnerCard
        case "video": return videoCard
        default: return openingCard
        }
    }

    function present(cue, animate) {
        if (!cue || cue.kind === "none") {
            if (current) current.leave(animate ? 300 : 0)
            current = null
            return
        }
        var card = componentFor(cue.kind).createObject(layer, { cue: cue, animate: animate, ambient: view.ambient })
        if (card === null) {
            console.warn("stage: could not create a card for", cue.kind)
            return
        }
        if (current) {
            if (animate && crossfade) current.leave(300)
            else current.destroy()
        }
        current = card
    }
}
