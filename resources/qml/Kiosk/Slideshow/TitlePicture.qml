import QtQuick
import Kiosk

// A one-line title drawn once as a picture (titles.py), laid exactly over the Text it stands
// for: its baseline on the Text's baseline, its first glyph where the Text's line starts.
Image {
    id: picture
    required property Text text
    property bool shown: false
    readonly property int pad: Math.ceil(text.font.pixelSize * 0.15)  // titles.PAD
    readonly property string wanted: shown ? "image://titles/" + encodeURIComponent(text.font.family)
        + "/" + text.font.pixelSize + "/" + encodeURIComponent(String(text.color)) + "/"
        + encodeURIComponent(text.text) : ""
    // A new title changes the text, then its size: asked for once they have both settled
    // (each picture asked for is drawn if not held), and shown only once it is the one wanted.
    property string held: ""
    onWantedChanged: Qt.callLater(picture.settle)
    Component.onCompleted: settle()
    function settle() {
        held = wanted
        source = wanted
    }

    FontMetrics { id: metrics; font: picture.text.font }
    visible: shown && held === wanted
    x: text.x + (text.horizontalAlignment === Text.AlignHCenter ? (text.width - text.contentWidth) / 2 : 0) - pad
    y: text.y + text.baselineOffset - metrics.ascent - pad
    asynchronous: false
    cache: false
    smooth: false
}
