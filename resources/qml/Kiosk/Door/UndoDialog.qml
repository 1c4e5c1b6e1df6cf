import QtQuick
import QtQuick.Controls
import Kiosk

// Cancelling an admission made in error: the reason is required and recorded.
Popup {
    id: dialog
    objectName: "undoDialog"
    required property var controller
    property real u: 1
    property int guestId: -1
    property string guestName: ""
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 900 * u
    padding: 36 * u
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.6) }

    function ask(id, name) {
        guestId = id
        guestName = name
        reason.text = ""
        error.text = ""
        open()
        reason.forceActiveFocus()
    }

    background: Rectangle { color: Theme.surfaceRaised; radius: 18 * dialog.u; border.color: Theme.primary; border.width: 2 }

    contentItem: Column {
        spacing: 20 * dialog.u
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Cancel the admission of %1?").arg(dialog.guestName)
            color: Theme.text
            font.family: Theme.bodyFont
            font.weight: Font.Bold
            font.pixelSize: 34 * dialog.u
            wrapMode: Text.WordWrap
        }
        TextField {
            id: reason
            objectName: "undoReason"
            width: parent.width
            height: 66 * dialog.u
            maximumLength: 200
            placeholderText: qsTr("Reason (required), e.g. scanned the wrong ticket")
            font.family: Theme.bodyFont
            font.pixelSize: 26 * dialog.u
            color: Theme.text
            placeholderTextColor: Theme.muted
            background: Rectangle { radius: 10 * dialog.u; color: Theme.background; border.color: Theme.primary }
            onAccepted: confirm.clicked()
        }
        Text {
            id: error
            textFormat: Text.PlainText
            width: parent.width
            visible: text !== ""
            color: Theme.refused
            font.family: Theme.bodyFont
            font.pixelSize: 24 * dialog.u
            wrapMode: Text.WordWrap
        }
        Row {
            anchors.right: parent.right
            spacing: 16 * dialog.u
            DoorButton { u: dialog.u; text: qsTr("Keep the admission"); onClicked: dialog.close() }
            DoorButton {
                id: confirm
                objectName: "undoConfirm"
                u: dialog.u
                tint: Theme.refused
                text: qsTr("Cancel admission")
                onClicked: {
                    const message = dialog.controller.undo(dialog.guestId, reason.text)
                    if (message === "") dialog.close()
                    else error.text = message
                }
            }
        }
    }
}
