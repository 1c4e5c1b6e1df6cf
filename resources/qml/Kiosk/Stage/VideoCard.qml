import QtQuick
import QtMultimedia
import Kiosk
import Kiosk.StageVideo

// A video full screen with its sound; its still card when the file is missing or fails.
// On the software renderer (no GPU) frames are painted by PaintedVideo, never left black.
Card {
    id: root
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    property bool failed: !cue.mediaOk
    property bool playing: !failed && player.playbackState === MediaPlayer.PlayingState

    TitleCard {
        id: still
        cue: root.cue
        held: root.held
        animate: root.animate
        stillKind: "custom"
        visible: !root.playing
    }
    Rectangle { anchors.fill: parent; color: "black"; visible: root.playing }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
        visible: root.playing && !root.software
    }
    PaintedVideo {
        id: painted
        anchors.fill: parent
        visible: root.playing && root.software
    }
    MediaPlayer {
        id: player
        source: root.failed ? "" : root.cue.media
        videoOutput: root.software ? (painted ? painted.sink : null) : output  // painted: null while torn down
        audioOutput: AudioOutput { volume: 1.0 }
        onErrorOccurred: root.failed = true
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.InvalidMedia) root.failed = true
        }
    }
    // A card built ahead of its cue opens its file now and plays when shown.
    onPlay: {
        still.play()
        if (!failed) player.play()
    }
    Component.onCompleted: if (!failed && !held) player.play()
    Component.onDestruction: player.stop()
}
