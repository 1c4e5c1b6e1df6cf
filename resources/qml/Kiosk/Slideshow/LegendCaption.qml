import QtQuick
import Kiosk

// The lower third: nationality and years, the name, the titles, the quote.
Column {
    id: caption
    property var slide: ({})
    property real u: 1
    property bool prepared: true  // see Title.prepared
    spacing: 0

    Row {
        spacing: 16 * caption.u
        height: 40 * caption.u
        Item {
            visible: (caption.slide.flag || "") !== "" || (caption.slide.nationality || "") !== ""
            width: (caption.slide.flag || "") !== "" ? 48 * caption.u : code.implicitWidth + 20 * caption.u
            height: 32 * caption.u
            anchors.verticalCenter: parent.verticalCenter
            Rectangle { anchors.fill: parent; anchors.margins: -1; color: "#50ffffff" }
            Image {
                anchors.fill: parent
                source: caption.slide.flag || ""
                visible: source != ""
                fillMode: Image.PreserveAspectCrop
                sourceSize.height: Math.round(height)  // drawn 1:1
                asynchronous: false
            }
            Rectangle {
                anchors.fill: parent
                visible: (caption.slide.flag || "") === ""
                color: Theme.surfaceRaised
                Text {
                    id: code
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: caption.slide.nationality || ""
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.weight: Font.Bold
                    font.pixelSize: 18 * caption.u
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: [caption.slide.nationality || "", caption.slide.years || ""].filter(function (s) { return s !== "" }).join("   ·   ")
            color: Theme.primary
            font.family: Theme.bodyFont
            font.weight: Font.DemiBold
            font.pixelSize: 26 * caption.u
            font.letterSpacing: 4 * caption.u
        }
    }
    Item { width: 1; height: 6 * caption.u }
    // The name, as large as fits on one line. In whole steps of 6 px: the names share a
    // handful of font sizes, whose fonts stay in use and in Qt's font cache (a size per name
    // is dropped from it between two loops, and opening it again cost a software-rendered
    // frame 18 ms).
    Title {
        width: caption.width
        text: caption.slide.title || ""
        maxSize: 150 * caption.u
        minSize: 60 * caption.u
        step: 6
        prepared: caption.prepared
        lineHeight: 0.9
        wrapMode: Text.NoWrap
        elide: Text.ElideRight
    }
    Item { width: 1; height: 10 * caption.u }
    Rectangle { width: 120 * caption.u; height: 5 * caption.u; color: Theme.accent }
    Item { width: 1; height: 26 * caption.u }
    Text {
        textFormat: Text.PlainText
        width: caption.width
        visible: text !== ""
        text: (caption.slide.titles || []).join("   ·   ")
        color: Theme.text
        opacity: 0.92
        font.family: Theme.bodyFont
        font.weight: Font.DemiBold
        font.pixelSize: 30 * caption.u
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    Item { width: 1; height: 22 * caption.u; visible: (caption.slide.quote || "") !== "" }
    Row {
        visible: (caption.slide.quote || "") !== ""
        spacing: 18 * caption.u
        Rectangle { width: 3 * caption.u; height: quote.height; color: Theme.primary; opacity: 0.8 }
        Text {
            id: quote
            textFormat: Text.PlainText
            width: caption.width - 21 * caption.u
            text: "\u201C" + (caption.slide.quote || "") + "\u201D"
            color: Theme.muted
            font.family: Theme.bodyFont
            font.italic: true
            font.pixelSize: 29 * caption.u
            lineHeight: 1.15
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
