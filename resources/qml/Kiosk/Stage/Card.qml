import QtQuick
import Kiosk

// What every card is: a 1920×1080 layer showing one cue; it fades out when the next comes.
Item {
    id: card
    required property var cue
    required property bool animate
    property bool ambient: true
    // Built ahead of its cue, unseen (CueView.prepare): its entrance waits for play().
    property bool held: false
    signal play()
    width: 1920
    height: 1080
    readonly property var category: cue && cue.category ? cue.category : null
    readonly property int margin: 150

    // Show a held card: its entrance starts now.
    function start() { held = false; opacity = 1; play() }
    function leave(ms) { exit.duration = Theme.ms(ms === undefined ? 320 : ms); exit.start() }
    OpacityAnimator { id: exit; target: card; to: 0; duration: 320; onFinished: card.destroy() }
}
