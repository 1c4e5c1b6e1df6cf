import QtQuick
import Kiosk

// One slide: a legend (photo with a slow pan and zoom, lower-third caption), or a card.
Item {
    id: view
    property var controller
    property var slide: ({ kind: "none", serial: 0, titles: [] })
    // Set on the hidden layer once a crossfade ends: it lets go of its photo.
    property bool released: false
    property string roomImage: ""
    property real u: height / 1080
    readonly property bool legend: slide.kind === "legend"
    readonly property bool hasPhoto: (slide.image || "") !== ""
    readonly property real aspect: slide.imageHeight > 0 ? slide.imageWidth / slide.imageHeight : 0
    // Its photo loaded (on Qt's own thread, from the screen-sized copy in the cache), or none
    // to load: the slide may be faded in.
    readonly property bool ready: photo.status !== Image.Loading && card.imageStatus !== Image.Loading
    // Landscape photos fill the screen; portraits take a panel on the right.
    readonly property real panelFraction: controller ? controller.panelFraction : 0.56
    // The room left of a portrait's panel, at a whole pixel (room.py draws it at this width).
    readonly property int roomWidth: Math.round(width * (1 - panelFraction))
    readonly property bool fullBleed: hasPhoto && aspect >= (controller ? controller.fullBleedAspect : 1.3)
    readonly property int motionMs: controller ? controller.intervalMs + 2 * controller.fadeMs : 8000

    // Without a GPU (see SlideshowWindow.flatFades) the photo "breathes": it moves in and
    // back out between two crossfades, so that both photos of a crossfade are drawn 1:1. Each
    // step of it redraws the whole screen on the CPU (the photo resampled): it moves in steps
    // of breathStepMs (30 a second; the progress hairline takes the same steps), not at the renderer's full rate of some 70 a second,
    // which cost a screen a third of a core. At its fastest a step moves the photo's edge by
    // under two pixels.
    property bool breathe: false

    property bool motionDue: false  // held at the start: begins when resumed
    readonly property int breathStepMs: 33
    // Set as the breath begins: the time left until the next slide is due, less a margin, so
    // that the photo is at rest (drawn 1:1) when the next crossfade begins. A photo that
    // waited for its file to load has less time left than an interval.
    property real breathTotalMs: 0
    readonly property int breathMarginMs: 200
    readonly property int breathShortestMs: 300
    property real breathElapsed: 0  // ms of the breath done
    property bool breathing: false
    property real breathLast: 0
    // 0 at rest, 1 at the breath's deepest: in, then back out, easing in and out (a sine).
    readonly property real breathDepth: breathTotalMs > 0
        ? (1 - Math.cos(2 * Math.PI * Math.min(1, breathElapsed / breathTotalMs))) / 2 : 0
    Timer {
        interval: view.breathStepMs
        repeat: true
        running: view.breathing
        onTriggered: {
            var now = Date.now()
            view.breathElapsed = Math.min(view.breathTotalMs, view.breathElapsed + now - view.breathLast)
            view.breathLast = now
            if (view.breathElapsed >= view.breathTotalMs)
                view.breathing = false
        }
    }

    function startMotion(held) {
        kenBurns.stop()
        breathing = false
        breathElapsed = 0
        photoBox.scale = 1.0
        photoBox.x = 0
        motionDue = false
        if (hasPhoto && Theme.animationScale > 0) {
            if (held)
                motionDue = true
            else
                play()
        }
    }
    function play() {
        if (breathe) {
            var left = controller ? controller.remainingMs() - breathMarginMs : 0
            breathTotalMs = left >= breathShortestMs ? left : 0
            breathLast = Date.now()
            breathing = breathTotalMs > 0
        } else {
            kenBurns.restart()
        }
    }
    function holdMotion() {
        if (kenBurns.running && !kenBurns.paused)
            kenBurns.pause()
        breathing = false
    }
    function resumeMotion() {
        if (motionDue) {
            motionDue = false
            play()
        } else if (kenBurns.paused) {
            kenBurns.resume()
        } else if (breathe && breathElapsed > 0 && breathElapsed < breathTotalMs) {
            breathLast = Date.now()
            breathing = true
        }
    }
    function stopMotion() { kenBurns.stop(); breathing = false; motionDue = false }

    // The room's flat colour, under a slide with no photo. Beside a portrait the room image
    // (the same colour, with the theme's faint watermark) and the photo cover the whole screen, so it is not
    // drawn there: a fading slide's covered layers still cost a frame.
    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        visible: !view.legend || !view.hasPhoto
    }
    // Beside a portrait: the room, with the theme's faint watermark (drawn once, in Python: room.py).
    Image {
        visible: view.legend && !view.fullBleed && source != ""
        width: view.roomWidth
        height: view.height
        source: view.roomImage
        fillMode: Image.Stretch
        asynchronous: false
        cache: false
        smooth: true
    }

    // The photo area: the whole screen, or the right-hand panel for a portrait.
    Item {
        id: photoArea
        visible: view.legend || (view.hasPhoto && view.slide.kind !== "sponsor" && view.slide.kind !== "title")
        clip: true
        x: view.fullBleed ? 0 : view.roomWidth
        width: view.width - x
        height: view.height

        Item {
            id: photoBox
            width: parent.width
            height: parent.height
            transformOrigin: view.slide.motion % 2 ? Item.TopRight : Item.TopLeft
            // The breath (no GPU): scaled about the same corner as the pan and zoom, and moved.
            transform: [
                Scale {
                    origin.x: view.slide.motion % 2 ? photoBox.width : 0
                    xScale: 1 + 0.05 * view.breathDepth
                    yScale: xScale
                },
                Translate { x: photoArea.panTo * view.breathDepth }
            ]
            Image {
                id: photo
                // Prepared to cover this box exactly: drawn 1:1 at whole pixels (a fractional
                // offset would make the renderer resample the whole photo on every frame).
                readonly property bool exact: view.slide.imageWidth >= photoArea.width - 1
                                              && view.slide.imageHeight >= photoArea.height - 1
                width: exact ? view.slide.imageWidth : photoArea.width
                height: exact ? view.slide.imageHeight : photoArea.height
                x: exact ? Math.round((photoArea.width - width) / 2) : 0
                y: exact && view.fullBleed ? Math.round((photoArea.height - height) / 2) : 0
                source: view.legend && !view.released ? (view.slide.image || "") : ""
                // Scaled only if the window differs from the screen the copy was made for.
                fillMode: exact ? Image.Stretch : Image.PreserveAspectCrop
                verticalAlignment: view.fullBleed ? Image.AlignVCenter : Image.AlignTop
                asynchronous: true
                cache: false
                smooth: true
                mipmap: false
            }
        }
        // The pan moves away from the zoom's fixed corner, never further than the zoom has
        // grown the photo: no edge of the screen is ever left uncovered.
        readonly property real panTo: (view.slide.motion % 2 ? 1 : -1) * photoArea.width * 0.015
        ParallelAnimation {
            id: kenBurns
            ScaleAnimator {
                target: photoBox
                from: 1.0
                to: 1.09
                duration: Theme.ms(view.motionMs)
                easing.type: Easing.Linear
            }
            XAnimator {
                target: photoBox
                from: 0
                to: photoArea.panTo
                duration: Theme.ms(view.motionMs)
                easing.type: Easing.Linear
            }
        }

        // Initials when the legend has no usable photo.
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: view.legend && !view.hasPhoto
            text: {
                var parts = (view.slide.title || "").split(/[\s-]+/).filter(function (p) { return p.length > 0 })
                return parts.length ? (parts[0][0] + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase() : ""
            }
            color: Theme.primary
            opacity: 0.22
            // Drawn small into a texture and scaled up: soft, and fast without a GPU.
            scale: 4
            layer.enabled: visible
            layer.smooth: true
            font.family: Theme.displayFont
            font.styleName: "Regular"
            font.pixelSize: 130 * view.u
        }

        // Blend the portrait panel into the room on its left edge (a picture drawn once: scrims.py).
        Image {
            visible: !view.fullBleed
            width: Math.round(parent.width * (view.controller ? view.controller.scrimPanel : 0.45))
            height: parent.height
            source: "image://scrim/panel/" + Theme.surface
            fillMode: Image.Stretch
            asynchronous: false
            smooth: false
        }
    }

    // Scrim under the lower third, and behind a full-bleed photo's caption its left half
    // darkened (a portrait's room is dark): pictures drawn once per colour (scrims.py), which a
    // screen without a GPU blends where it used to compute two gradients on every frame.
    Image {
        visible: view.legend
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.round(parent.height * (view.controller ? view.controller.scrimBottom : 0.62))
        source: "image://scrim/bottom/" + Theme.background
        fillMode: Image.Stretch
        asynchronous: false
        smooth: false
    }
    Image {
        visible: view.legend && view.fullBleed
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: Math.round(parent.width * (view.controller ? view.controller.scrimLeft : 0.5))
        source: "image://scrim/left/" + Theme.background
        fillMode: Image.Stretch
        asynchronous: false
        smooth: false
    }

    LegendCaption {
        visible: view.legend
        slide: view.slide
        prepared: view.ready
        u: view.u
        x: 120 * view.u
        width: (view.fullBleed ? 0.62 : 0.52) * view.width
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96 * view.u
    }

    CardSlide {
        id: card
        anchors.fill: parent
        visible: view.slide.kind === "sponsor" || view.slide.kind === "title" || view.slide.kind === "empty"
        slide: view.slide
        prepared: view.ready
        u: view.u
    }
}
