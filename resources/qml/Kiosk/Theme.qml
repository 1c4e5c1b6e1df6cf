pragma Singleton
import QtQuick

// The event's look. The root item of each window hands in the event's theme (its base theme
// from resources/themes/NAME/theme.json with the event's own colours, logos and words, kiosk/theme.py),
// and a new one when the event changes: Binding { target: Theme; property: "data"; value: root.theme }
QtObject {
    property var data: ({})
    readonly property var colors: data.colors || ({})
    readonly property var fonts: data.fonts || ({})

    readonly property color background: colors.background || "#05070d"
    readonly property color surface: colors.surface || "#0e1320"
    readonly property color surfaceRaised: colors.surfaceRaised || "#161d2e"
    readonly property color primary: colors.primary || "#c9a55a"
    readonly property color accent: colors.accent || "#d7182a"
    readonly property color text: colors.text || "#ffffff"
    readonly property color muted: colors.muted || "#8d96a8"
    readonly property color admitted: colors.admitted || "#1e9e4a"
    readonly property color duplicate: colors.duplicate || "#f0a202"
    readonly property color refused: colors.refused || "#cf1d2c"
    readonly property color attention: colors.attention || "#9b3dd6"

    readonly property string displayFont: fonts.display || "Sans Serif"
    readonly property string bodyFont: fonts.body || "Sans Serif"
    readonly property string cjkFont: fonts.cjk || "Sans Serif"
    // The event's words for the audience: name, venue, dateText, slideshowTitle, prize, sponsorTitle.
    readonly property var event: data.event || ({})
    readonly property url logo: data.logoUrl || ""
    readonly property url logoMark: data.logoMarkUrl || ""
    readonly property string resources: data.resourcesUrl || ""

    // Durations, set to 0 by tests that want no animation.
    property real animationScale: 1.0
    function ms(value) { return Math.round(value * animationScale) }
}
