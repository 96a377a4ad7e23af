import DyadModel

/// What a weapon named by an instrument pattern (`@artillery`, `@howitzer`) does in its clause: a weapon is an attack
/// only where it is used ("Russian rockets hit Kharkiv", "shelled with heavy artillery"), military aid where it is
/// handed over ("delivered howitzers to Ukraine"), and no event where it is only named ("withdrew heavy weapons",
/// "Ukraine needs more artillery").
extension RoleAssigner {
    enum InstrumentUse {
        case used, handedOver, named
    }

    func instrumentUse(_ match: ActionMatch, among matches: [ActionMatch]) -> InstrumentUse {
        let weapons = Set(matches.filter { patterns[$0.pattern].isInstrument }.map(\.last))
        let before = wordBeforeWeapons(match.first, weapons: weapons)
        if before >= 0 {
            let word = tokens[before]
            // "attacked with rockets", "hit by artillery", "fired howitzers at".
            if word.reads("with") || word.reads("by") || Self.weaponUses.contains(word.norm) { return .used }
            if word.classes.contains(.transferVerb) || Self.deliveries.contains(word.norm) { return .handedOver }
        }
        // The weapon is a subject: a verb follows in its clause ("Russian rockets hit", "rockets were fired from
        // Gaza", "howitzers from the north shelled …").
        var index = match.last + 1
        while index < tokens.count, index <= match.last + 6 {
            let token = tokens[index]
            if token.kind == .punctuation || token.classes.contains(.clauseEnd) { break }
            if !token.classes.isDisjoint(with: [.be, .auxiliary, .modal]) || Intent.isPastVerb(token)
                || Self.weaponVerbs.contains(token.norm)
            {
                return .used
            }
            index += 1
        }
        return .named
    }

    /// The word before the weapon's noun phrase: past determiners, numbers, quantity words, names and adjectives
    /// of states ("U.S.-made"), hyphenated words, a few adjectives of supply and earlier items of a list
    /// ("artillery and rockets"; `weapons` are where weapon patterns end).
    func wordBeforeWeapons(_ start: Int, weapons: Set<Int>) -> Int {
        var index = start - 1
        while index >= 0 {
            let token = tokens[index]
            if token.classes.contains(.transferVerb) || Self.deliveries.contains(token.norm) { return index }
            let skipped =
                token.kind == .number || token.capitalized || token.reads("-") || token.reads(",")
                || !token.classes.isDisjoint(with: [.determiner, .quantity, .listJoiner])
                || Self.supplyAdjectives.contains(token.norm)
                || (index > 0 && tokens[index - 1].reads("-"))
                || (index + 1 < tokens.count && tokens[index + 1].reads("-"))
                || weapons.contains(index)
            guard skipped else { return index }
            index -= 1
        }
        return index
    }

    /// Verbs whose object is a weapon used: "fired howitzers at", "used artillery against".
    static let weaponUses: Set<String> = [
        "fire", "fires", "fired", "firing", "use", "uses", "used", "using", "launch", "launches", "launched",
        "launching",
    ]
    /// Verbs that hand weapons over, besides those of transfer (give, send, sell …).
    static let deliveries: Set<String> = [
        "deliver", "delivers", "delivered", "delivering", "supply", "supplies", "supplied", "supplying", "provide",
        "provides", "provided", "providing", "ship", "ships", "shipped", "shipping", "transfer", "transfers",
        "transferred", "transferring", "donate", "donates", "donated", "donating",
    ]
    /// Present verbs of a weapon as subject ("rockets hit", "artillery pounds").
    static let weaponVerbs: Set<String> = [
        "hit", "hits", "strike", "strikes", "pound", "pounds", "rain", "rains", "land", "lands", "slam", "slams",
        "target", "targets", "kill", "kills",
    ]
    /// Adjectives before weapons in talk of supplying them.
    static let supplyAdjectives: Set<String> = [
        "more", "new", "additional", "extra", "modern", "advanced", "heavy", "light", "older", "further",
        "long-range", "short-range", "self-propelled", "towed", "guided", "precision",
    ]
}
