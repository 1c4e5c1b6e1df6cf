import QtQuick
import Kiosk

// A big display title (a legend's name, a card's title), as large as fits one line between
// minSize and maxSize, in whole steps of `step` px. Measured once per text, here only:
// fontSizeMode would lay the text out many times per change, and nothing else repeats this.
Text {
    id: title
    property real maxSize: 150
    property real minSize: 60
    property int step: 1
    // Its slide's photo has loaded (SlideView.ready): the slide spends its next frame beside the
    // screen (SlideshowWindow.qml), which draws this title's layer and nothing else. Set at
    // once, the layer was drawn in whatever frame came next: at a fast pace, the frame that
    // also painted the previous slide's end, full screen (one frame of 9-12 ms).
    property bool prepared: true

    TextMetrics {
        id: metrics
        font.family: Theme.displayFont
        font.styleName: "Regular"
        font.pixelSize: title.maxSize
        text: title.text
    }
    color: Theme.text
    textFormat: Text.PlainText
    font.family: Theme.displayFont
    font.styleName: "Regular"
    font.pixelSize: Math.floor(Math.max(minSize, Math.min(maxSize, step * Math.floor(
                    maxSize * width / Math.max(1, metrics.advanceWidth) / step))))
    // Without a GPU, drawn once per slide into a layer of its own (in the frame the slide
    // spends beside the screen): Qt fills glyphs over 64 px from their outlines otherwise,
    // on every frame of a crossfade.
    layer.enabled: GraphicsInfo.api === GraphicsInfo.Software && prepared
}
