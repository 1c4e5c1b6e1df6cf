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
    // The envelope's rings where the software renderer draws: one lasting item shown under
    // the envelope card, not three new circles per card (stroking them costs it ~12 ms in
    // the press's frame; once drawn, it keeps them). Drawn once, unseen, at start.
    Rings {
        id: rings
        visible: !view.crossfade
        layer.enabled: visible  // one copy of a picture per frame, not three circles
        layer.smooth: true
        opacity: view.current && view.current.cue.kind === "envelope" ? 0.16 : warming ? 0.004 : 0
        property bool warming: true
        Timer { interval: 400; running: true; onTriggered: rings.warming = false }
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

    // Cards built ahead for the cues either side of the current one (prepare), unseen,
    // their entrances waiting: a clicker press then only shows one. Cards taken off the
    // screen wait in `retired` and are destroyed after the frame, not during the press.
    property var ahead: []
    property var retired: []
    property int stack: 0
    // Where no frame calls prepare (the presenter's views), the retired go a little later.
    Timer { id: retireTimer; interval: 250; onTriggered: view.flush() }

    function flush() {
        for (var r = 0; r < retired.length; ++r) retired[r].destroy()
        retired = []
    }

    function sameCue(a, b) {
        return !!a && !!b && a.id === b.id && JSON.stringify(a) === JSON.stringify(b)
    }

    // After a frame: throw away the cards taken off, build the neighbours' cards.
    function prepare(cues) {
        flush()
        var keep = []
        var built = ahead
        for (var i = 0; i < cues.length; ++i) {
            var cue = cues[i]
            if (!cue || cue.kind === "none") continue
            var found = null
            for (var j = 0; j < built.length; ++j) {
                if (built[j] && sameCue(built[j].cue, cue)) { found = built[j]; built[j] = null; break }
            }
            if (!found) {
                found = componentFor(cue.kind).createObject(layer, {
                    cue: cue, animate: true, ambient: view.ambient, held: true, opacity: 0 })
            }
            if (found) keep.push(found)
        }
        for (var k = 0; k < built.length; ++k) if (built[k]) built[k].destroy()
        ahead = keep
    }

    function present(cue, animate) {
        if (!cue || cue.kind === "none") {
            if (current) current.leave(animate ? 300 : 0)
            current = null
            return
        }
        var card = null
        if (animate) {
            for (var i = 0; i < ahead.length; ++i) {
                if (sameCue(ahead[i].cue, cue)) {
                    card = ahead[i]
                    ahead.splice(i, 1)
                    break
                }
            }
        }
        if (card === null)
            card = componentFor(cue.kind).createObject(layer, { cue: cue, animate: animate, ambient: view.ambient })
        if (card === null) {
            console.warn("stage: could not create a card for", cue.kind)
            return
        }
        card.z = ++stack
        if (card.held) card.start()
        if (current) {
            if (animate && crossfade) {
                current.leave(300)
            } else {
                current.visible = false
                retired.push(current)
                retireTimer.restart()
            }
        }
        current = card
    }
}
