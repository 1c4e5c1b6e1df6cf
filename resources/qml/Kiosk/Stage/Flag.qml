import QtQuick
import Kiosk

// A nationality flag (drawn PNG), or the country code in a box when there is none.
Item {
    id: flag
    property string source: ""
    property string code: ""
    implicitWidth: height * 1.5
    width: implicitWidth
    visible: source !== "" || code !== ""
    Rectangle {
        anchors.fill: parent
        anchors.margins: -2
        color: "#40ffffff"
    }
    Image {
        anchors.fill: parent
        source: flag.source
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        smooth: true
        visible: flag.source !== ""
        sourceSize.height: 128
    }
    Rectangle {
        anchors.fill: parent
        visible: flag.source === ""
        color: Theme.surfaceRaised
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: flag.code
            color: Theme.text
            font.family: Theme.bodyFont
            font.weight: Font.Bold
            font.pixelSize: parent.height * 0.5
        }
    }
}
