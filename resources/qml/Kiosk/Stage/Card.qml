import QtQuick
import Kiosk

// What every card is: a 1920×1080 layer showing one cue; it fades out when the next comes.
Item {
    id: card
    required property var cue
    required property bool animate
    property bool ambient: true
    width: 1920
    height: 1080
    readonly property var category: cue && cue.category ? cue.category : null
    readonly property int margin: 150

    function leave(ms) { exit.duration = Theme.ms(ms === undefined ? 320 : ms); exit.start() }
    OpacityAnimator { id: exit; target: card; to: 0; duration: 320; onFinished: card.destroy() }
}
