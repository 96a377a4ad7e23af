import DyadModel

/// Statements of intent: "Finland will give Tanzania a grant", "Syria is ready to withdraw its troops",
/// "Russia plans to impose sanctions". A cooperative action announced for the future is the CAMEO intent to do
/// it (root 03); a hostile one is a threat (root 13).
enum Intent {
    /// Single words that put the following action in the future.
    static let markers: Set<String> = ["will", "would", "'ll", "shall"]
    /// Words that do so when followed by "to": "plans to", "is ready to".
    static let markersBeforeTo: Set<String> = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "ready", "willing", "prepared",
        "want", "wants", "wanted", "hope", "hopes", "hoped", "aim", "aims", "expect", "expects", "expected",
        "seek", "seeks", "sought", "decide", "decides", "decided", "going", "set", "poised", "vow", "vows", "vowed",
        // The -ing forms ("is seeking to finalize a deal") and timetables ("is scheduled to travel"). Not "due to",
        // which is mostly "because of".
        "seeking", "aiming", "hoping", "intending", "wanting", "preparing", "vowing", "expecting", "scheduled",
        "slated", "look", "looks", "looking",
    ]

    /// The intent code for an action, by its code's most specific known prefix.
    static let intentCodes: [String: String] = [
        "04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
        "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
        "0841": "0353", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
        "16": "131", "161": "1313", "163": "1312", "166": "136", "17": "1311", "172": "132", "173": "1323",
        "15": "138", "18": "137", "19": "138", "192": "1382", "195": "138", "20": "1384",
    ]

    /// The action as an intent or threat, or nil when the action has no such counterpart (statements, appeals,
    /// intents and threats themselves, verbal conflict).
    static func intent(for action: Action) -> Action? {
        var prefix = action.code
        while !prefix.isEmpty {
            if let code = intentCodes[prefix] { return CAMEO.action(for: code) }
            prefix.removeLast()
            if prefix.count < 2 { break }
        }
        return nil
    }

    /// True when a future or intent marker stands in the few words before the verb at `verb` ("is expected to
    /// have a pull-aside meeting": hyphens count as words).
    static func isAnnounced(_ verb: Int, in tokens: [Token]) -> Bool {
        var index = verb - 1
        var steps = 0
        while index >= 0, steps < 6 {
            if tokens[index].classes.contains(.futureMarker) { return true }
            if index > 0, tokens[index].norm == "to", tokens[index - 1].classes.contains(.intentBeforeTo) {
                return true
            }
            // "is due to travel": a timetable when the verb follows "to" at once ("due to sanctions imposed …" is
            // "because of").
            if index > 0, index == verb - 1, tokens[index].norm == "to", tokens[index - 1].norm == "due" { return true }
            guard tokens[index].kind == .word || tokens[index].norm == "-", !tokens[index].capitalized else {
                return false
            }
            index -= 1
            steps += 1
        }
        return false
    }
}
