import DyadModel

extension RoleAssigner {
    /// Verbs that stop or withhold what their object names: "cease … intelligence sharing", "suspended talks".
    static let stoppingVerbs: Set<String> = Set([
        "cease", "ceases", "ceased", "ceasing", "halt", "halts", "halted", "halting", "suspend", "suspends",
        "suspended", "suspending", "stop", "stops", "stopped", "stopping", "end", "ends", "ended", "ending", "freeze",
        "freezes", "froze", "frozen", "freezing", "pause", "pauses", "paused", "pausing", "terminate", "terminates",
        "terminated", "terminating", "scrap", "scraps", "scrapped", "scrapping", "cancel", "cancels", "cancelled",
        "canceled", "cancelling", "canceling", "withhold", "withholds", "withheld", "withholding",
    ]).union(banWords)

    /// Words of banning or restricting, which may name what they stop after "on" or "for": "a ban on imports
    /// from Iran", "a ban in place for leisure travel from the U.S.", "restrictions on aid".
    static let banWords: Set<String> = [
        "ban", "bans", "banned", "banning", "restrict", "restricts", "restricted", "restricting", "restriction",
        "restrictions", "curb", "curbs", "curbed", "bar", "bars", "barred", "barring", "prohibit", "prohibits",
        "prohibited", "prohibition", "embargo",
    ]

    /// What stopping a cooperative act is, by the act's code prefix: stopping aid is reducing it (162x), talks
    /// halting negotiations (164), trade an embargo (163), a visit or a planned one, and other cooperation,
    /// reducing relations (161).
    static let stoppedCodes: [String: String] = [
        "071": "1621", "072": "1622", "073": "1623", "07": "162", "042": "161", "043": "161", "036": "161",
        "04": "164", "061": "163", "06": "161", "05": "161",
    ]

    /// The act as stopped, when the match is the object of a stopping verb a few words before it (across
    /// modifiers and a coordinated object: "would cease military aid and intelligence sharing with Ukraine"); nil
    /// otherwise. Only cooperation (roots 04–07, and a planned visit, 036) turns into its reduction.
    func stopped(_ action: Action, at match: ActionMatch) -> Action? {
        var index = match.first - 1
        // Past "on" or "for" only a word of banning stops what follows.
        var pastPreposition = false
        while index >= 0, index >= match.first - 6 {
            let token = tokens[index]
            if token.classes.contains(.stoppingVerb), !pastPreposition || Self.banWords.contains(token.norm) { break }
            if !pastPreposition, token.reads("on") || token.reads("for") {
                pastPreposition = true
                index -= 1
                continue
            }
            guard token.kind != .punctuation || !ActionFinder.breaksGap(token),
                !token.classes.contains(.clauseEnd), !token.classes.contains(.preposition)
            else { return nil }
            index -= 1
        }
        guard index >= 0, index >= match.first - 6, tokens[index].classes.contains(.stoppingVerb) else { return nil }
        // "a ban on travel to Japan" is a sanction; "cancelled a visit to Haiti" cuts relations.
        if Self.banWords.contains(tokens[index].norm), Self.isJourney(action) {
            return CAMEO.action(for: "163")
        }
        var prefix = action.code
        while prefix.count >= 2 {
            if let code = Self.stoppedCodes[prefix] { return CAMEO.action(for: code) }
            prefix.removeLast()
        }
        return nil
    }
}

extension RoleAssigner {
    /// The action as its context and participants make it, with the names of the rules that changed it (each
    /// prefixed ", "), applied in order: stopping cooperation reduces it; leaving an organisation cuts relations
    /// (not a military retreat); an army's support is military cooperation, not praise; a clash between
    /// governments' people with no armed side is a row; a city or region "captured" is taken, not arrested.
    func refined(
        _ start: Action, pattern: Lexicon.ActionPattern, match: ActionMatch, sources: [Int], targets: [Int]
    ) -> (action: Action, rule: String) {
        var action = start
        var rule = ""
        func become(_ code: String, _ name: String) {
            guard let changed = CAMEO.action(for: code) else { return }
            action = changed
            rule += ", " + name
        }
        // "would cease military aid and intelligence sharing with Ukraine".
        if let reduced = stopped(action, at: match) {
            action = reduced
            rule += ", stopped"
        }
        let sectors = { (indices: [Int]) in indices.compactMap { self.mentions[$0].code.map(\.sector) } }
        // "Mali and Niger withdrew from ECOWAS".
        if action.code.hasPrefix("087"), targets.contains(where: isLeftOrganisation), !sectors(sources).contains("MIL")
        {
            become("161", "leaves organisation")
        }
        // "Somali soldiers, supported by the U.S. military".
        if action.code == "051", !sectors(sources).isEmpty, sectors(sources).allSatisfy({ $0 == "MIL" }) {
            become("062", "military support")
        }
        // "the Oval Office clash between Trump and Zelenskyy", "ministers clashed over tariffs".
        if action.code == "190", pattern.text == "clash", !sources.isEmpty, !targets.isEmpty,
            (sources + targets).allSatisfy({ mentions[$0].code?.sector == "GOV" })
        {
            become("110", "verbal clash")
        }
        // "Japan protested China's decision": a state's or a government's protest is an official complaint, not a
        // demonstration.
        if action.root == "14", Self.officialProtests.contains(pattern.text), !sources.isEmpty,
            sources.allSatisfy(isOfficial)
        {
            become("114", "official protest")
        }
        // "Erdogan welcomed his Greek counterpart", "Dendias was welcomed by his Turkish counterpart": welcoming a
        // person (not what a person did: "welcomed President Reagan's statement") is hosting a visit.
        if action.code == "051", pattern.text == "welcome", !targets.isEmpty,
            targets.allSatisfy({ isPersonWelcomed(mentions[$0]) })
        {
            become("043", "person welcomed")
        }
        // "Russian forces captured Bakhmut".
        if action.code == "173", !targets.isEmpty, targets.allSatisfy({ mentions[$0].isPlace }) {
            become("192", "place taken")
        }
        return (action, rule)
    }

    /// A person, or an office holder named by role, standing on their own (not the possessor of something else).
    func isPersonWelcomed(_ mention: Mention) -> Bool {
        (mention.kind == .person || mention.endsWithRole) && !mention.isPossessor
    }

    /// Patterns of protesting that name no demonstration: what a state does with them is an official complaint.
    static let officialProtests: Set<String> = ["protest", "protest against", "protest over"]

    /// The mention speaks for a state: its government, a capital or seat, an organisation, or the state's own name
    /// (not a people: "Iraqis", "Chinese").
    func isOfficial(_ index: Int) -> Bool {
        let mention = mentions[index]
        guard let code = mention.code else { return false }
        if let sector = code.sector { return sector == "GOV" }
        switch mention.kind {
        case .seat, .organisation: return true
        case .state:
            let last = tokens[mention.range.upperBound - 1]
            return !demonyms.contains(last.id) && (mention.range.count > 1 || !last.norm.endsWith("s"))
        default: return false
        }
    }

    /// An organisation named as what is left: "withdrew from ECOWAS".
    func isLeftOrganisation(_ index: Int) -> Bool {
        mentions[index].code?.isOrganisation == true && mentions[index].preceding(in: tokens) == "from"
    }
}
