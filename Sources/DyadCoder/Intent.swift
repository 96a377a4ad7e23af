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
        "slated", "look", "looks", "looking", "forward",
    ]

    /// The intent code for an action, by its code's most specific known prefix.
    static let intentCodes: [String: String] = [
        "04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
        "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
        "0841": "0353", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
        "16": "131", "161": "1313", "163": "1312", "166": "136", "17": "1311", "172": "132", "173": "1323",
        "15": "138", "18": "137", "19": "138", "192": "1382", "195": "138", "20": "1384",
    ]

    /// CAMEO's refusals mirror its intents code for code: not to meet (036) is to reject a meeting (125), not to
    /// give aid (033) to reject aid (122), not to ease sanctions (0354) to refuse to (1244).
    static let refusalCodes: [String: String] = [
        "030": "120", "031": "121", "0311": "1211", "0312": "1212", "0313": "1213", "0314": "121", "032": "120",
        "033": "122", "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224", "034": "123", "0341": "1231",
        "0342": "1232", "0343": "1233", "0344": "1234", "035": "124", "0351": "1241", "0352": "1242", "0353": "1243",
        "0354": "1244", "0355": "1245", "0356": "1246", "036": "125", "037": "127", "038": "126", "039": "120",
    ]

    /// The refusal an intent to cooperate becomes when it is denied ("will not attend the meeting"), or nil for an
    /// action that is no such intent.
    static func refusal(for action: Action) -> Action? {
        refusalCodes[action.code].flatMap { CAMEO.action(for: $0) }
    }

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
        // "Officials who will attend the summit held talks": a past form is no one's plan ("will be held",
        // "will have met" are).
        if isPastForm(at: verb, in: tokens) { return false }
        var index = verb - 1
        var steps = 0
        while index >= 0, steps < 6 {
            if tokens[index].classes.contains(.futureMarker) { return true }
            if index > 0, tokens[index].reads("to"), tokens[index - 1].classes.contains(.intentBeforeTo) {
                return true
            }
            // "is due to travel": a timetable when the verb follows "to" at once ("due to sanctions imposed …" is
            // "because of").
            if index > 0, index == verb - 1, tokens[index].reads("to"), tokens[index - 1].reads("due") { return true }
            guard tokens[index].kind == .word || tokens[index].reads("-"), !tokens[index].capitalized else {
                return false
            }
            index -= 1
            steps += 1
        }
        return false
    }

    /// "Rubio will join … for the Jeddah talks", "hopes to resolve the pause in aid during talks Tuesday": a future
    /// or an intent stands earlier in the clause of the word at `index` (within 16 words), with no past verb
    /// between ("officials who will attend held talks" is not).
    static func isPlannedInClause(_ index: Int, in tokens: [Token]) -> Bool {
        if isPastForm(at: index, in: tokens) { return false }
        var back = index - 1
        while back >= 0, index - back <= 16, !isClauseBreak(tokens[back]) {
            if isFutureMarker(at: back, in: tokens) { return true }
            if isPastVerb(tokens[back]) { return false }
            back -= 1
        }
        return false
    }

    /// "will", or an intent word followed by "to" ("plans to", "set to"), or "due to".
    static func isFutureMarker(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.classes.contains(.futureMarker) { return true }
        guard index + 1 < tokens.count, tokens[index + 1].reads("to") else { return false }
        return token.classes.contains(.intentBeforeTo) || token.reads("due")
    }

    /// Punctuation (but hyphens and apostrophes) and verbs of attribution end a clause.
    static func isClauseBreak(_ token: Token) -> Bool {
        (token.kind == .punctuation && !token.reads("-") && !token.reads("'"))
            || token.classes.contains(.attributionVerb)
    }

    /// Words before a participle that keep it in a future: "will be held", "will have met".
    static let auxiliaryForms: Set<String> = ["be", "been", "have", "has", "had", "being", "get"]

    /// Irregular past forms common in news; regular ones end in "-ed".
    static let irregularPasts: Set<String> = [
        "held", "met", "took", "made", "began", "sent", "led", "won", "struck", "paid", "sought", "told", "gave",
        "brought", "fought", "sold", "bought", "lent", "spoke", "went", "came", "saw", "left", "kept", "found",
        "broke", "withdrew", "froze", "shot", "fell", "wrote", "drew", "stood", "overran",
    ]

    /// A past verb that no auxiliary keeps in a future ("held", not "be held").
    static func isPastForm(at index: Int, in tokens: [Token]) -> Bool {
        index > 0 && isPastVerb(tokens[index]) && !auxiliaryForms.contains(tokens[index - 1].norm)
    }

    /// A past verb (or participle): "attended", "held".
    static func isPastVerb(_ token: Token) -> Bool {
        guard token.kind == .word, !token.capitalized else { return false }
        if token.classes.contains(.irregularPast) { return true }
        let bytes = token.norm.utf8
        guard bytes.count > 4, bytes.last == UInt8(ascii: "d") else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
    }
}
