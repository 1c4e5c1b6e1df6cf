import QtQuick
import QtQuick.Shapes

// One shape per verdict, so that colour is never the only signal:
// admitted = disc with a tick, attention = star, duplicate = triangle with "!",
// refused = octagon with a cross, exited = arrow out of a door, companion = plus,
// undone = arrow turning back, ready = scanner frame.
Item {
    id: icon
    property string kind: "ready"
    property color ink: "white"
    property color paper: "transparent"
    implicitWidth: 200
    implicitHeight: 200

    readonly property string outline: ({
        "admitted": "M 50 4 A 46 46 0 1 1 49.99 4 Z",
        "companion": "M 50 4 A 46 46 0 1 1 49.99 4 Z",
        "attention": "M 50 2 L 62 36 L 98 37 L 69 59 L 80 95 L 50 74 L 20 95 L 31 59 L 2 37 L 38 36 Z",
        "duplicate": "M 50 5 L 97 92 L 3 92 Z",
        "refused": "M 31 3 L 69 3 L 97 31 L 97 69 L 69 97 L 31 97 L 3 69 L 3 31 Z",
        "exited": "M 8 8 L 62 8 L 62 92 L 8 92 Z",
        "undone": "M 50 4 A 46 46 0 1 1 49.99 4 Z",
        "ready": "M 6 30 L 6 6 L 30 6 M 70 6 L 94 6 L 94 30 M 94 70 L 94 94 L 70 94 M 30 94 L 6 94 L 6 70"
    })[kind] || ""
    readonly property string mark: ({
        "admitted": "M 27 52 L 43 68 L 74 34",
        "companion": "M 50 26 L 50 74 M 26 50 L 74 50",
        "attention": "",
        "duplicate": "M 50 36 L 50 64 M 50 76 L 50 80",
        "refused": "M 32 32 L 68 68 M 68 32 L 32 68",
        "exited": "M 44 50 L 94 50 M 80 36 L 94 50 L 80 64",
        "undone": "M 34 34 L 30 56 L 52 52 M 31 54 A 24 24 0 1 0 40 32",
        "ready": "M 18 50 L 82 50"
    })[kind] || ""
    readonly property bool filled: kind !== "ready" && kind !== "exited"

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        transform: Scale { xScale: icon.width / 100; yScale: icon.height / 100 }
        ShapePath {
            strokeColor: icon.ink
            strokeWidth: icon.filled ? 0 : 7
            fillColor: icon.filled ? icon.ink : "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.outline }
        }
        ShapePath {
            strokeColor: icon.filled ? icon.paper : icon.ink
            strokeWidth: 10
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.mark }
        }
    }
}
