import QtQuick
import QtQuick.Controls
import Kiosk

// A large, plain button for door staff (gloves, hurry, a queue watching).
Button {
    id: button
    property real u: 1
    property color tint: Qt.rgba(0, 0, 0, 0.35)
    focusPolicy: Qt.NoFocus
    implicitHeight: 78 * u
    leftPadding: 30 * u
    rightPadding: 30 * u
    font.family: Theme.bodyFont
    font.pixelSize: 30 * u
    font.weight: Font.DemiBold
    contentItem: Text {
        textFormat: Text.PlainText
        text: button.text
        font: button.font
        color: "#ffffff"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 12 * button.u
        color: button.down ? Qt.darker(button.tint, 1.4) : button.tint
        border.width: 2
        border.color: Qt.rgba(1, 1, 1, 0.35)
    }
}
