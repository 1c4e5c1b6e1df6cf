import QtQuick
import Kiosk

// A sponsor or title card (or the waiting card when there is no content yet).
Item {
    id: card
    property var slide: ({})
    property real u: 1
    property bool prepared: true  // see Title.prepared
    readonly property bool sponsor: slide.kind === "sponsor"
    readonly property bool empty: slide.kind === "empty"
    readonly property alias imageStatus: picture.status

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.surface }
            GradientStop { position: 1.0; color: Theme.background }
        }
    }
    // Fine gold frame, inset like a printed programme.
    Rectangle {
        anchors.fill: parent
        anchors.margins: 28 * card.u
        color: "transparent"
        border.color: Theme.primary
        border.width: Math.max(1, 2 * card.u)
        opacity: 0.35
    }

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.74
        spacing: 30 * card.u

        Image {
            id: picture
            anchors.horizontalCenter: parent.horizontalCenter
            visible: source != ""
            source: card.sponsor ? (card.slide.image || "") : (Theme.logo || "")
            height: card.sponsor ? 260 * card.u : 240 * card.u
            width: Math.min(parent.width, 900 * card.u)
            fillMode: Image.PreserveAspectFit
            // Loaded at the size shown (fitted in both directions): drawn 1:1, not resampled
            // on every frame.
            sourceSize.width: Math.round(width)
            sourceSize.height: Math.round(height)
            asynchronous: true
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 26 * card.u
            visible: eyebrow.text !== ""
            Rectangle { width: 90 * card.u; height: 2 * card.u; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
            Text {
                id: eyebrow
                textFormat: Text.PlainText
                text: card.sponsor ? (Theme.event.sponsorTitle || qsTr("Official partner")) : (card.empty ? "" : (Theme.event.slideshowTitle || ""))
                color: Theme.primary
                font.family: Theme.bodyFont
                font.weight: Font.DemiBold
                font.pixelSize: 28 * card.u
                font.letterSpacing: 8 * card.u
                font.capitalization: Font.AllUppercase
            }
            Rectangle { width: 90 * card.u; height: 2 * card.u; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
        }
        // As large as fits one line, down to 70 px; longer titles wrap onto a second line.
        Title {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.empty ? qsTr("The legends will appear here") : (card.slide.title || "")
            maxSize: 140 * card.u
            minSize: 70 * card.u
            prepared: card.prepared
            wrapMode: Text.WordWrap
            maximumLineCount: 2
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            text: card.empty ? qsTr("Add legends with 'kiosk import legends FILE --photos DIR'.") : (card.slide.body || "")
            color: Theme.muted
            font.family: Theme.bodyFont
            font.pixelSize: 34 * card.u
            lineHeight: 1.2
            wrapMode: Text.WordWrap
            maximumLineCount: 3
        }
    }
}
