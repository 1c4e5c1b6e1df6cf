import QtQuick
import Kiosk

// A small caps tag in a filled box: "AWARD 3 / 8", "WINNER", "NOMINEE".
Rectangle {
    id: tag
    property alias text: label.text
    property color fill: Theme.accent
    property color ink: Theme.text
    property real size: 26
    color: fill
    implicitWidth: label.implicitWidth + size * 1.2
    implicitHeight: size * 1.75
    width: implicitWidth
    height: implicitHeight
    Text {
        id: label
        anchors.centerIn: parent
        color: tag.ink
        font.family: Theme.bodyFont
        font.pixelSize: tag.size
        font.weight: Font.Bold
        font.letterSpacing: tag.size * 0.16
        font.capitalization: Font.AllUppercase
        textFormat: Text.PlainText
    }
}
