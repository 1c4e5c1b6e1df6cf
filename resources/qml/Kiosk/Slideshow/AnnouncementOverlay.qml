import QtQuick
import Kiosk

// A full-screen message over the slideshow, with an optional countdown.
Item {
    id: overlay
    property var controller
    property real u: 1
    readonly property bool active: controller ? controller.announcing : false
    visible: opacity > 0
    opacity: active ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.ms(450) } }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        opacity: 0.975
    }
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16) }
        }
    }
    Rectangle {
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: 14 * overlay.u
        color: Theme.accent
    }

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: 40 * overlay.u

        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 22 * overlay.u
            Rectangle { width: 18 * overlay.u; height: 18 * overlay.u; radius: width / 2; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Announcement")
                color: Theme.primary
                font.family: Theme.bodyFont
                font.weight: Font.Bold
                font.pixelSize: 32 * overlay.u
                font.letterSpacing: 10 * overlay.u
                font.capitalization: Font.AllUppercase
            }
        }
        Text {
            id: message
            textFormat: Text.PlainText
            width: parent.width
            height: Math.min(implicitHeight, overlay.height * (countdown.visible ? 0.42 : 0.6))
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: overlay.controller ? overlay.controller.announcementText : ""
            color: Theme.text
            font.family: Theme.displayFont
            font.styleName: "Regular"
            font.pixelSize: 120 * overlay.u
            fontSizeMode: Text.Fit
            minimumPixelSize: 36 * overlay.u
            lineHeight: 0.95
            wrapMode: Text.WordWrap
            layer.enabled: GraphicsInfo.api === GraphicsInfo.Software  // see LegendCaption
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 160 * overlay.u
            height: 4 * overlay.u
            color: Theme.primary
            visible: countdown.visible
        }
        Text {
            id: countdown
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            visible: text !== ""
            text: overlay.controller ? overlay.controller.countdown : ""
            color: Theme.primary
            font.family: Theme.displayFont
            font.styleName: "Regular"
            font.pixelSize: 240 * overlay.u
            font.letterSpacing: 6 * overlay.u
            layer.enabled: GraphicsInfo.api === GraphicsInfo.Software  // see LegendCaption
        }
    }
}
