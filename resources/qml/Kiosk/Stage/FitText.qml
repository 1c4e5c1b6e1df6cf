import QtQuick
import Kiosk

// Text that shrinks to fit its box, in any script, and is never cut. Give a display title
// as `words` instead of `text`: when it needs two lines it is broken at the space nearest
// its middle (balanced lines, no orphan word), then shrunk to fit.
Text {
    id: fit
    property int lines: 1
    property real maxSize: 96
    property bool display: false
    property string words: ""
    font.pixelSize: maxSize
    font.family: display ? Theme.displayFont : Theme.bodyFont
    font.weight: display ? Font.Bold : Font.Normal
    fontSizeMode: Text.Fit
    minimumPixelSize: 8
    wrapMode: lines > 1 ? Text.WordWrap : Text.NoWrap
    elide: Text.ElideNone
    textFormat: Text.PlainText
    verticalAlignment: Text.AlignVCenter
    color: Theme.text
    text: lines > 1 && words.indexOf("\n") < 0 && metrics.advanceWidth > width ? balance(words) : words

    function balance(s) {
        var middle = s.length / 2
        var best = -1
        for (var i = 0; i < s.length; ++i) {
            if (s[i] === " " && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)))
                best = i
        }
        return best < 0 ? s : s.slice(0, best) + "\n" + s.slice(best + 1)
    }
    TextMetrics {
        id: metrics
        font.family: fit.font.family
        font.weight: fit.font.weight
        font.pixelSize: fit.maxSize
        font.letterSpacing: fit.font.letterSpacing
        text: fit.words
    }
}
