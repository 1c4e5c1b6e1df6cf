import QtQuick
import Kiosk

// Text that shrinks to fit its box, in any script, and is never cut.
Text {
    property int lines: 1
    property real maxSize: 96
    property bool display: false
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
}
