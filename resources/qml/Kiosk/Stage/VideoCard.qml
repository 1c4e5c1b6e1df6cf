import QtQuick
import QtMultimedia
import Kiosk

// A video full screen with its sound; its still card when the file is missing or fails.
Card {
    id: root
    property bool failed: !cue.mediaOk
    property bool playing: !failed && player.playbackState === MediaPlayer.PlayingState

    TitleCard {
        cue: root.cue
        animate: root.animate
        stillKind: "custom"
        visible: !root.playing
    }
    Rectangle { anchors.fill: parent; color: "black"; visible: root.playing }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
        visible: root.playing
    }
    MediaPlayer {
        id: player
        source: root.failed ? "" : root.cue.media
        videoOutput: output
        audioOutput: AudioOutput { volume: 1.0 }
        onErrorOccurred: root.failed = true
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.InvalidMedia) root.failed = true
        }
    }
    Component.onCompleted: if (!failed) player.play()
    Component.onDestruction: player.stop()
}
