import QtQuick
import QtQuick.Window
import Kiosk

// The venue screen: two slide layers crossfading, the event chrome, announcements on top.
// The layer on screen is never hidden before the incoming one is fully opaque: no black frame.
Window {
    id: root
    required property var controller
    required property var theme
    property real animationScale: 1.0
    property string roomImage: ""
    property int front: 0

    title: "Kiosk Slideshow"  // operators and tools find the window by this name
    color: Theme.background
    width: 1280
    height: 720

    Binding { target: Theme; property: "data"; value: root.theme }
    Binding { target: Theme; property: "animationScale"; value: root.animationScale }

    Item {
        id: stage
        anchors.fill: parent
        readonly property real u: height / 1080

        SlideView { id: layerA; objectName: "layerA"; width: parent.width; height: parent.height; u: stage.u; controller: root.controller; roomImage: root.roomImage; breathe: root.flatFades; z: 1 }
        SlideView { id: layerB; objectName: "layerB"; width: parent.width; height: parent.height; u: stage.u; controller: root.controller; roomImage: root.roomImage; breathe: root.flatFades; visible: false }

        OpacityAnimator {
            id: fade
            from: 0
            to: 1
            duration: Theme.ms(root.controller.fadeMs)
            onFinished: root.settle()
        }

        // The event's mark and the series title, on every slide.
        Row {
            id: brand
            x: 64 * stage.u
            y: 52 * stage.u
            z: 10
            spacing: 22 * stage.u
            Image {
                source: Theme.logoMark
                height: 70 * stage.u
                width: height
                sourceSize.height: Math.round(height)  // drawn 1:1
                fillMode: Image.PreserveAspectFit
                visible: source != ""
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2 * stage.u
                Text {
                    textFormat: Text.PlainText
                    objectName: "slideshowTitle"
                    // The event's own header (kiosk event set --slideshow-title), else its name.
                    text: Theme.event.slideshowTitle || Theme.event.name || ""
                    color: Theme.text
                    font.family: Theme.displayFont
                    font.styleName: "Regular"
                    font.pixelSize: 38 * stage.u
                    font.letterSpacing: 3 * stage.u
                }
                Rectangle { width: 64 * stage.u; height: 3 * stage.u; color: Theme.primary }
            }
        }

        // How long the current slide has left: a hairline along the bottom edge.
        Item {
            id: progress
            z: 10
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 5 * stage.u
            clip: true
            visible: root.controller.intervalMs >= 1000
            Rectangle { anchors.fill: parent; color: Theme.text; opacity: 0.08 }
            Rectangle {
                id: bar
                width: parent.width
                height: parent.height
                color: Theme.primary
                opacity: 0.85
            }
            XAnimator {
                id: progressRun
                target: bar
                from: -progress.width
                to: 0
                duration: Math.max(0, root.controller.intervalMs)
            }
            // Without a GPU, moved in the breath's steps (30 a second): on its own it would
            // have the whole window drawn 70 times a second for a hairline.
            Timer {
                id: progressSteps
                property real began: 0
                interval: layerA.breathStepMs
                repeat: true
                onTriggered: {
                    var done = Math.min(1, (Date.now() - began) / Math.max(1, root.controller.intervalMs))
                    bar.x = Math.round(-progress.width * (1 - done))
                    if (done >= 1)
                        stop()
                }
            }
        }

        AnnouncementOverlay {
            anchors.fill: parent
            z: 20
            u: stage.u
            controller: root.controller
        }
    }

    Connections {
        target: root.controller
        function onSlideChanged() { root.swap() }
    }

    // Without a GPU the scene graph draws every frame on the CPU, and a crossfade of two
    // photos in mid-zoom under their captions costs more than a frame lasts (and drawing a
    // slide into a layer first costs even more). There, both photos are at rest and drawn
    // 1:1 during the crossfade: the incoming one holds still until the fade ends, and each
    // photo's pan and zoom "breathes" (in, then back out) between two fades.
    readonly property bool flatFades: stage.GraphicsInfo.api === GraphicsInfo.Software

    // The incoming slide waits beside the screen until its photo is loaded (Qt loads it on
    // its own thread), then spends one frame there before its fade: its textures, the name's
    // layer and its text are made then, in a frame that paints nothing new, instead of in the
    // first frame of the crossfade (which also paints both slides). The slide on screen
    // stays meanwhile: never a slide without its photo, never a black frame.
    property var preparing: null
    readonly property bool prepared: preparing !== null && preparing.ready
    Connections {
        target: root
        enabled: root.prepared
        function onFrameSwapped() { root.beginFade() }
    }
    // A screen that draws no frame (switched off, not yet shown) still moves on.
    Timer { id: prepareLimit; interval: 100; running: root.prepared; onTriggered: root.beginFade() }
    Timer { id: loadLimit; interval: 3000; onTriggered: root.beginFade() }

    function swap() {
        var incoming = preparing
        if (incoming === null) {
            // Finish the previous crossfade first: always a fully opaque layer below. (An
            // Animator's complete() writes its value back later, not now: settle() here does.)
            if (fade.running) {
                fade.stop()
                settle()
            }
            incoming = front === 0 ? layerB : layerA
            var outgoing = front === 0 ? layerA : layerB
            outgoing.z = 1
            incoming.z = 2
            incoming.x = stage.width  // beside the screen, drawn nowhere
            incoming.opacity = 1
            incoming.visible = true
            front = 1 - front
        }
        // A slide still waiting beside the screen gives its place to the newer one.
        incoming.slide = root.controller.slide
        incoming.released = false
        preparing = incoming
        loadLimit.restart()
    }

    function beginFade() {
        var incoming = preparing
        if (incoming === null)
            return
        preparing = null
        loadLimit.stop()
        var outgoing = incoming === layerA ? layerB : layerA
        incoming.opacity = 0
        incoming.x = 0
        var still = root.flatFades && fade.duration > 0
        if (still)
            outgoing.holdMotion()
        incoming.startMotion(still)
        fade.target = incoming
        fade.restart()
        if (progress.visible) {
            if (root.flatFades) {
                bar.x = -progress.width
                progressSteps.began = Date.now()
                progressSteps.restart()
            } else {
                progressRun.restart()
            }
        }
    }

    function settle() {
        var outgoing = front === 0 ? layerB : layerA
        var shown = front === 0 ? layerA : layerB
        shown.opacity = 1
        outgoing.visible = false
        outgoing.stopMotion()
        shown.resumeMotion()
        // Let go of the hidden layer's photo: only the slide on screen holds one.
        outgoing.released = true
    }

    Component.onCompleted: if (root.controller.slide.serial > 0) swap()
}
