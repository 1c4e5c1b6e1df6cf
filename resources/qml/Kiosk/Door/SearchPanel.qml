import QtQuick
import QtQuick.Controls
import Kiosk

// Manual check-in: a guest who forgot the ticket is found by name (accents and case ignored).
Rectangle {
    id: search
    required property var controller
    required property var searchModel
    property real u: 1
    readonly property alias field: field
    signal undoRequested(int guestId, string name)
    color: Theme.surface
    radius: 18 * u
    implicitHeight: field.height + (results.count > 0 ? list.height + 16 * u : 0) + 32 * u

    TextField {
        id: field
        objectName: "searchField"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 16 * search.u
        height: 64 * search.u
        maximumLength: 80
        placeholderText: qsTr("Search a guest by name or organisation…")
        placeholderTextColor: Theme.muted
        color: Theme.text
        font.family: Theme.bodyFont
        font.pixelSize: 28 * search.u
        leftPadding: 20 * search.u
        background: Rectangle {
            radius: 10 * search.u
            color: Theme.background
            border.width: field.activeFocus ? 3 : 1
            border.color: field.activeFocus ? Theme.primary : Theme.surfaceRaised
        }
        onTextChanged: search.controller.search(text)
        Keys.onEscapePressed: text = ""
    }

    ListView {
        id: list
        objectName: "searchResults"
        anchors.top: field.bottom
        anchors.topMargin: 12 * search.u
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 16 * search.u
        anchors.rightMargin: 16 * search.u
        height: Math.min(contentHeight, 5 * 92 * search.u)
        clip: true
        spacing: 6 * search.u
        model: search.searchModel
        property alias count: list.count
        delegate: Rectangle {
            id: row
            required property int guestId
            required property string name
            required property string organisation
            required property string table
            required property string lists
            required property int partySize
            required property bool inside
            required property string attention
            width: ListView.view.width
            height: 86 * search.u
            radius: 10 * search.u
            color: Theme.surfaceRaised
            Column {
                anchors.left: parent.left
                anchors.leftMargin: 16 * search.u
                anchors.right: buttons.left
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: row.name + (row.attention !== "" ? "  ·  " + (({ "VIP": qsTr("VIP"), "press": qsTr("PRESS"),
                          "security": qsTr("SECURITY") })[row.attention] || row.attention) : "")
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.weight: Font.DemiBold
                    font.pixelSize: 26 * search.u
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: [row.organisation, row.lists, row.table !== "" ? qsTr("table %1").arg(row.table) : "",
                           row.partySize > 1 ? qsTr("party of %1").arg(row.partySize) : ""]
                          .filter(s => s).join(" · ")
                    color: Theme.muted
                    font.family: Theme.bodyFont
                    font.pixelSize: 20 * search.u
                    elide: Text.ElideRight
                }
            }
            Row {
                id: buttons
                anchors.right: parent.right
                anchors.rightMargin: 10 * search.u
                anchors.verticalCenter: parent.verticalCenter
                spacing: 8 * search.u
                DoorButton {
                    objectName: "admitButton"
                    u: search.u * 0.8
                    visible: !row.inside
                    tint: Theme.admitted
                    text: search.controller.exitMode ? qsTr("Out") : qsTr("Admit")
                    onClicked: search.controller.exitMode ? search.controller.exitGuest(row.guestId)
                                                          : search.controller.admitGuest(row.guestId)
                }
                DoorButton {
                    u: search.u * 0.8
                    visible: row.inside && row.partySize > 1
                    text: qsTr("+1")
                    onClicked: search.controller.admitCompanion(row.guestId)
                }
                DoorButton {
                    u: search.u * 0.8
                    visible: row.inside
                    text: qsTr("Out")
                    onClicked: search.controller.exitGuest(row.guestId)
                }
                DoorButton {
                    objectName: "searchUndoButton"
                    u: search.u * 0.8
                    visible: row.inside
                    text: qsTr("Undo…")
                    onClicked: search.undoRequested(row.guestId, row.name)
                }
            }
        }
    }
    readonly property var results: list
}
