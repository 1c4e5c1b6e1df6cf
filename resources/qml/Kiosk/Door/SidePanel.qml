import QtQuick
import Kiosk

// Live counts per list, the flagged guests who arrived, and the last scans.
Rectangle {
    id: side
    required property var countsModel
    required property var recentModel
    required property var vipModel
    property real u: 1
    color: Theme.surface
    radius: 18 * u

    readonly property var kindColors: ({
        "admitted": Theme.admitted, "companion": Theme.admitted, "attention": Theme.attention,
        "duplicate": Theme.duplicate, "refused": Theme.refused, "exited": "#2d6fd6", "undone": "#5b6478"
    })

    Column {
        anchors.fill: parent
        anchors.margins: 26 * side.u
        spacing: 14 * side.u

        Heading { text: qsTr("ARRIVED / EXPECTED") }
        Repeater {
            model: side.countsModel
            delegate: Column {
                required property string name
                required property int arrived
                required property int expected
                required property int inside
                required property real fraction
                width: parent.width
                spacing: 6 * side.u
                Item {
                    width: parent.width
                    height: countText.implicitHeight
                    Text {
                        textFormat: Text.PlainText
                        anchors.left: parent.left
                        anchors.right: countText.left
                        anchors.baseline: countText.baseline
                        text: name
                        color: Theme.text
                        font.family: Theme.bodyFont
                        font.pixelSize: 26 * side.u
                        elide: Text.ElideRight
                    }
                    Text {
                        id: countText
                        textFormat: Text.PlainText
                        objectName: "count:" + name
                        anchors.right: parent.right
                        text: arrived + " / " + expected
                        color: Theme.text
                        font.family: Theme.displayFont
                        font.pixelSize: 52 * side.u
                    }
                }
                Rectangle {
                    width: parent.width
                    height: 10 * side.u
                    radius: height / 2
                    color: Theme.surfaceRaised
                    Rectangle {
                        width: parent.width * Math.min(1, fraction)
                        height: parent.height
                        radius: height / 2
                        color: Theme.primary
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("%1 inside now").arg(inside)
                    color: Theme.muted
                    font.family: Theme.bodyFont
                    font.pixelSize: 20 * side.u
                }
            }
        }

        Item { width: 1; height: 6 * side.u }
        Heading { text: qsTr("VIP · PRESS · SECURITY ARRIVALS"); visible: vipRepeater.count > 0 }
        Repeater {
            id: vipRepeater
            model: side.vipModel
            delegate: Row {
                required property string name
                required property string attention
                required property string time
                width: parent.width
                spacing: 12 * side.u
                Rectangle {
                    id: badge
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(70 * side.u, badgeText.implicitWidth + 18 * side.u)
                    height: 30 * side.u; radius: 6 * side.u
                    color: Theme.attention
                    Text {
                        id: badgeText
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: side.flagLabel(attention)
                        color: "white"
                        font.family: Theme.bodyFont
                        font.weight: Font.Bold
                        font.pixelSize: 16 * side.u
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - badge.width - 110 * side.u
                    text: name
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.pixelSize: 24 * side.u
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    text: time
                    color: Theme.muted
                    font.family: Theme.bodyFont
                    font.pixelSize: 22 * side.u
                }
            }
        }

        Item { width: 1; height: 6 * side.u }
        Heading { text: qsTr("LAST SCANS") }
        Repeater {
            model: side.recentModel
            delegate: Row {
                required property string name
                required property string kind
                required property string status
                required property string time
                required property string door
                width: parent.width
                spacing: 12 * side.u
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 14 * side.u; height: width; radius: width / 2
                    color: side.kindColors[kind] || Theme.muted
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    text: time
                    color: Theme.muted
                    font.family: Theme.bodyFont
                    font.pixelSize: 22 * side.u
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 290 * side.u
                    text: name !== "" ? name : qsTr("(not a ticket)")
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.pixelSize: 22 * side.u
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    width: 150 * side.u
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideRight
                    text: ({
                        "admitted": qsTr("in"), "duplicate": qsTr("already in"),
                        "wrong_list": qsTr("wrong list"), "revoked": qsTr("cancelled"),
                        "invalid": qsTr("invalid"), "exited": qsTr("out"),
                        "not_inside": qsTr("not inside"), "companion": qsTr("+1"),
                        "party_full": qsTr("party full"), "undone": qsTr("undone")
                    })[status] || status
                    color: side.kindColors[kind] || Theme.muted
                    font.family: Theme.bodyFont
                    font.weight: Font.DemiBold
                    font.pixelSize: 20 * side.u
                }
            }
        }
    }

    function flagLabel(flag) {
        return ({ "VIP": qsTr("VIP"), "press": qsTr("PRESS"), "security": qsTr("SECURITY") })[flag]
               || flag.toUpperCase()
    }

    component Heading: Text {
        textFormat: Text.PlainText
        color: Theme.primary
        font.family: Theme.bodyFont
        font.weight: Font.Bold
        font.pixelSize: 19 * side.u
        font.letterSpacing: 2 * side.u
    }
}
