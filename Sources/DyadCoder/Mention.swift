import DyadModel

/// An actor named in a sentence: a span of tokens and the code it resolves to.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        case state, seat, organisation, person
        /// An agent phrase with no country ("the ministry", "officials"): resolved from the discourse, or dropped.
        case agent
        /// he, she: the last person named.
        case pronoun
        /// "the two countries", "both sides": the two states the article named together last.
        case pair
    }

    var range: Range<Int>
    var code: ActorCode?
    /// A city or region on its own (not "demonstrators in Kharkiv"): a target or a place, never a subject.
    var isPlace = false
    /// The sector an agent phrase gives ("GOV" for "the ministry").
    var sector: String?
    var kind: Kind
    /// The mention is followed by a possessive `'s`.
    var isPossessor = false
    /// The closed classes of the word before the mention.
    var precedingClasses: WordClass = []
    /// The mention ends in a title or role ("spokesperson", "President"), after which a name may follow.
    var endsWithRole = false
    /// The other state of a pair mention ("the two countries"): the mention stands for `code` and `partner`.
    var partner: ActorCode?

    /// A person, named or by a role ("a spokesman", "Japan's finance minister"): what "he" or "she" may refer to.
    var isPersonLike: Bool { kind == .person || endsWithRole }

    /// The codes the mention stands for: its own, and its partner's for a pair.
    var codes: [ActorCode] { [code, partner].compactMap { $0 } }

    /// The word before the mention, lowercased ("in", "by", "to"), "" at the start. (Looked up, not stored: a
    /// string field would make every copy of a mention retain one more reference.)
    func preceding(in tokens: [Token]) -> String { range.lowerBound > 0 ? tokens[range.lowerBound - 1].norm : "" }
}

/// Finds actor mentions in a sentence's tokens: longest dictionary matches, then composition of country and
/// agent phrases into one actor ("Russia's Foreign Ministry" → RUSGOV, "Foreign Minister Sergei Lavrov" →
/// RUSGOV, "the Foreign Ministry of Azerbaijan" → AZEGOV).
final class ActorFinder: Sendable {
    let lexicon: Lexicon
    let date: Day?

    init(lexicon: Lexicon, date: Day?) {
        self.lexicon = lexicon
        self.date = date
    }

    static let pronouns: Set<String> = ["he", "she", "him", "her"]
    /// A speaker's own side in a quotation: "“We support Mauritius in its stance,” India's foreign secretary said".
    static let firstPerson: Set<String> = ["we", "us", "i"]

    /// A quotation mark: straight or typographic, single quotes aside.
    static func isQuote(_ token: Token) -> Bool {
        // (Asked of every mark of every sentence: the first byte decides before any string is compared.)
        guard token.kind == .punctuation, let first = token.norm.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "\""): return true
        case UInt8(ascii: "`"), UInt8(ascii: "'"): return token.reads("``") || token.reads("''")
        case 0xE2: return token.reads("\u{201C}") || token.reads("\u{201D}")
        default: return false
        }
    }

    /// - Parameter surnames: the last names of people the article has named in full ("Qureshi" after "Shah Mehmood
    ///   Qureshi"), with their codes: on their own they name the same person.
    func mentions(in tokens: [Token], surnames: [String: ActorCode] = [:]) -> [Mention] {
        var raw: [Mention] = []
        raw.reserveCapacity(16)
        // "We" and "us" stand for an actor only inside a quotation its speaker is named for.
        let quoted = tokens.contains(where: Self.isQuote)
        var index = 0
        func surname(at index: Int) -> Mention? {
            guard !surnames.isEmpty, let code = Self.surname(at: index, in: tokens, known: surnames) else { return nil }
            return Mention(range: index..<index + 1, code: code, kind: .person)
        }
        while index < tokens.count {
            guard tokens[index].id >= 0 else {
                if let mention = surname(at: index) { raw.append(mention) }
                index += 1
                continue
            }
            let actor = lexicon.actors.longestMatch(
                in: tokens, from: index,
                accept: { entry, end in
                    guard entry.window?.contains(date) ?? true else { return false }
                    for (offset, capital) in entry.needsCapital.enumerated() where capital {
                        if !tokens[index + offset].capitalized { return false }
                    }
                    return !entry.exactCase || tokens[index..<end].allSatisfy { !$0.hasLowercase }
                }, prefer: { $0.kind == .person && $0.window != nil })
            let agent = lexicon.agents.longestMatch(in: tokens, from: index, accept: { _, _ in true })
            if let actor, actor.end >= (agent?.end ?? 0) {
                let entry = lexicon.actors[actor]
                let kind: Mention.Kind
                switch entry.kind {
                case .state: kind = .state
                case .seat: kind = .seat
                case .organisation: kind = .organisation
                case .person: kind = .person
                }
                var mention = Mention(range: index..<actor.end, code: entry.code, kind: kind)
                mention.isPlace = entry.isPlace
                raw.append(mention)
                index = actor.end
            } else if let agent {
                let entry = lexicon.agents[agent]
                var mention = Mention(range: index..<agent.end, code: nil, sector: entry.sector, kind: .agent)
                mention.endsWithRole = entry.isRole
                raw.append(mention)
                index = agent.end
            } else if let mention = surname(at: index) {
                raw.append(mention)
                index += 1
            } else if let end = Self.pairEnd(at: index, in: tokens) {
                raw.append(Mention(range: index..<end, code: nil, kind: .pair))
                index = end
            } else if tokens[index].classes.contains(.pluralPronoun),
                let pair = Discourse.joinedStates(raw, tokens: tokens)
            {
                // "Peru and Ecuador … say they'll stop shooting": two states joined earlier in the sentence.
                var mention = Mention(range: index..<index + 1, code: pair.0, kind: .pair)
                mention.partner = pair.1
                raw.append(mention)
                index += 1
            } else {
                if tokens[index].classes.contains(.personPronoun) || isActingIt(at: index, in: tokens)
                    || (quoted && tokens[index].classes.contains(.firstPerson))
                {
                    raw.append(Mention(range: index..<index + 1, code: nil, kind: .pronoun))
                }
                index += 1
            }
        }
        // Names that stand for no actor: ethnic groups, origins, waters, edges, actors set aside, events and laws.
        raw.removeAll { isNoActor($0, in: tokens) }
        var composed = compose(raw, tokens: tokens)
        // "the Democratic People's Republic of Korea (DPRK)": a name repeated in brackets is the same actor, once.
        let named = composed.filter { $0.code != nil }.map(\.range.upperBound)
        composed.removeAll { mention in
            let start = mention.range.lowerBound
            let end = mention.range.upperBound
            guard start > 0, end < tokens.count, tokens[start - 1].reads("("), tokens[end].reads(")") else {
                return false
            }
            return named.contains(start - 1)
        }
        // "talks in Jeddah, Saudi Arabia": the state after a place and a comma says where the place is.
        for i in composed.indices.dropFirst() where composed[i].kind == .state && composed[i - 1].isPlace {
            let gap = tokens[composed[i - 1].range.upperBound..<composed[i].range.lowerBound]
            if gap.count == 1, gap.first?.reads(",") == true { composed[i].isPlace = true }
        }
        for i in composed.indices {
            let range = composed[i].range
            composed[i].isPossessor = range.upperBound < tokens.count && tokens[range.upperBound].kind == .possessive
            if range.lowerBound > 0 { composed[i].precedingClasses = tokens[range.lowerBound - 1].classes }
        }
        return composed
    }

    /// The code of a known surname standing alone at `index`: a capitalised word (not an all-capitals acronym) that no
    /// unknown capitalised word stands before ("Hillary Clinton" is not "Bill Clinton").
    static func surname(at index: Int, in tokens: [Token], known: [String: ActorCode]) -> ActorCode? {
        let token = tokens[index]
        guard token.capitalized, token.hasLowercase, token.kind == .word, let code = known[token.norm] else {
            return nil
        }
        // (An all-capitals word before it is a title's abbreviation, no first name: "FM Qureshi", "PM Modi".)
        if index > 0, tokens[index - 1].capitalized, tokens[index - 1].hasLowercase, tokens[index - 1].kind == .word,
            tokens[index - 1].id < 0, !honorifics.contains(tokens[index - 1].norm)
        {
            return nil
        }
        return code
    }

    /// Nouns of the two parties to a relation: "the two countries", "both sides", "the two leaders".
    static let pairNouns: Set<String> = [
        "countries", "sides", "nations", "neighbours", "neighbors", "governments", "leaders", "states", "capitals",
        "armies", "militaries", "delegations", "presidents",
    ]

    /// The end of "the two …", "both …" or "both the …" with a noun of parties at `index`, or nil.
    static func pairEnd(at index: Int, in tokens: [Token]) -> Int? {
        guard tokens[index].classes.contains(.determiner) else { return nil }
        var cursor = index
        switch tokens[index].norm {
        case "both":
            cursor += 1
            if cursor < tokens.count, tokens[cursor].reads("the") { cursor += 1 }
        case "the":
            guard index + 1 < tokens.count, tokens[index + 1].reads("two") else { return nil }
            cursor += 2
            // "as the two met for the first time", "the two have spoken": the pair on its own, before a verb.
            if cursor < tokens.count, index == 0 || !tokens[index - 1].classes.contains(.preposition),
                isVerbAfterPair(tokens[cursor])
            {
                return cursor
            }
        default: return nil
        }
        guard cursor < tokens.count, pairNouns.contains(tokens[cursor].norm) else { return nil }
        return cursor + 1
    }

    /// Past forms that follow "the two" as its verb.
    static let pairVerbs: Set<String> = ["met", "spoke", "held", "fought", "made", "took", "sat", "shook", "agreed"]

    /// A verb right after "the two": an auxiliary, a verb of speech, or a past form.
    private static func isVerbAfterPair(_ token: Token) -> Bool {
        guard token.kind == .word, !token.capitalized else { return false }
        return !token.classes.isDisjoint(with: [.be, .auxiliary, .modal, .speechVerb])
            || pairVerbs.contains(token.norm) || (token.norm.endsWith("ed") && token.norm.utf8.count > 4)
    }

    /// Nouns after a state's adjective that name people of its descent, not the state: "the Albanian population".
    static let peopleNouns: Set<String> = [
        "population", "populations", "minority", "minorities", "community", "communities", "diaspora", "descent",
        "origin", "ancestry", "enclave", "enclaves",
    ]

    /// Titles of address that stand before a surname ("Mr Yilmaz", without the period in British style).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sir", "dame", "madame", "mme", "messrs"]

    /// A name that stands for no actor here (tests in order of cost, the first that holds decides).
    private func isNoActor(_ mention: Mention, in tokens: [Token]) -> Bool {
        let start = mention.range.lowerBound
        let end = mention.range.upperBound
        let previous = start > 0 ? tokens[start - 1].norm : ""
        let next = end < tokens.count ? tokens[end].norm : ""
        let nextClasses = end < tokens.count ? tokens[end].classes : []
        // "US$5.4 billion", "C$2 million": a currency.
        if end < tokens.count, tokens[end].reads("$") { return true }
        // "reiterated their opposition to Washington's plans": the act of opposing, not an opposition party.
        if mention.kind == .agent, tokens[end - 1].reads("opposition"),
            next == "to" || (start > 0 && tokens[start - 1].classes.contains(.ownPossessive))
        {
            return true
        }
        // "ethnic Albanians", "the Albanian population of the province": an ethnic group, not the state.
        if mention.kind == .state, previous == "ethnic" || nextClasses.contains(.peopleNoun) { return true }
        // "Somalia-based", "Russian-made rockets", "Israeli-occupied": a place, an origin or a holder.
        if next == "-", end + 1 < tokens.count, Self.originParticiples.contains(tokens[end + 1].norm) { return true }
        // "delegation-level talks", "government-run media": an agent word inside a hyphenated modifier names nobody.
        if mention.kind == .agent, next == "-", end + 1 < tokens.count, tokens[end + 1].kind == .word,
            !tokens[end + 1].capitalized
        {
            return true
        }
        // "an anti-Syria journalist", "anti-American protesters", "the pro-Russian president": people opposed to the
        // state or siding with it, not the state.
        if previous == "-", start > 1, tokens[start - 2].reads("anti") || tokens[start - 2].reads("pro") { return true }
        // "the Gulf of Guinea", "the Sea of Japan", "the Bay of Bengal": a body of water, not the state.
        if previous == "of", start > 1, tokens[start - 2].capitalized, Self.waterNames.contains(tokens[start - 2].norm)
        {
            return true
        }
        // "the Great Wall of China", "the University of Tehran": a state named after "of" at the end of a proper name
        // the dictionaries don't know is part of that name.
        if mention.kind == .state, previous == "of", start > 2, tokens[start - 2].kind == .word,
            tokens[start - 2].capitalized, tokens[start - 2].hasLowercase, tokens[start - 2].id < 0
        {
            return true
        }
        // "on the Thai border", "off the Libyan coast": where, not who; "on Afghan soil", "in Syrian airspace": a
        // state's adjective before a noun of land, sea or air.
        // (Unless the noun starts a group of people: "the Chinese coast guard", "Indian border guards".)
        let beforeGround =
            nextClasses.contains(.groundNoun)
            && lexicon.agents.longestMatch(in: tokens, from: end, accept: { _, _ in true }) == nil
        if previous == "the", beforeGround, Self.edgeNouns.contains(next) { return true }
        // (A direct object names whose it is: "violated Greek airspace", "entered Syrian territory".)
        if end - start == 1, lexicon.demonyms.contains(tokens[start].id), beforeGround,
            start == 0 || tokens[start - 1].classes.contains(.preposition)
                || (start > 1 && tokens[start - 1].classes.contains(.determiner)
                    && tokens[start - 2].classes.contains(.preposition))
        {
            return true
        }
        // "another key Egyptian ally, France", "Chinese rivals": the state's adjective names whom the noun
        // relates to, not who it is.
        if end - start == 1, lexicon.demonyms.contains(tokens[start].id), nextClasses.contains(.relationalNoun) {
            return true
        }
        // "the deputy chief of Israel's militia ally", "Russia's closest ally": nor does its possessive.
        if end < tokens.count, tokens[end].kind == .possessive {
            var word = end + 1
            while word < min(tokens.count, end + 4), tokens[word].kind == .word, !tokens[word].capitalized {
                if tokens[word].classes.contains(.relationalNoun) { return true }
                word += 1
            }
        }
        // "Beyond Ukraine, G7 ministers discussed …", "unlike China": an actor set aside takes no part.
        var before = start - 1
        if before > 0, tokens[before].reads("the") { before -= 1 }
        if before >= 0 {
            if tokens[before].classes.contains(.settingAside) { return true }
            if before > 0, tokens[before].reads("from"), ["apart", "aside"].contains(tokens[before - 1].norm) {
                return true
            }
        }
        // "the Hanoi Summit", "the Minsk agreements": a meeting or a document; "Countering America's Adversaries …
        // Act": the title of a law.
        return mention.kind != .person && mention.kind != .organisation
            && (isEventName(after: mention, in: tokens) || isLawName(after: mention, in: tokens))
    }

    /// Nouns after "the X" that make X a place's edge: "the Thai border", "the Libyan coast".
    static let edgeNouns: Set<String> = ["border", "frontier", "coast", "coastline", "shore", "shores"]

    /// Nouns of a relation to a state, after its adjective: an ally or a rival of it.
    static let relationalNouns: Set<String> = [
        "ally", "allies", "rival", "rivals", "adversary", "adversaries", "foe", "foes", "enemy", "enemies",
    ]

    /// Prepositions that set an actor aside from what the sentence tells.
    static let settingAside: Set<String> = ["beyond", "besides", "unlike", "except", "excluding"]

    /// Nouns of a state's land, sea or air after its adjective: "Afghan soil", "Chinese waters".
    static let groundNouns: Set<String> = edgeNouns.union([
        "soil", "territory", "territories", "airspace", "waters", "mainland", "borders",
    ])

    /// Names of seas and straits before "of X".
    static let waterNames: Set<String> = ["gulf", "bay", "sea", "strait", "straits", "horn"]

    /// Participles after "X-" that name where something comes from or stands, or who holds it ("the
    /// Israeli-occupied West Bank", "Russian-held territory"): descriptions, not acts.
    static let originParticiples: Set<String> = [
        "based", "made", "built", "funded", "financed", "owned", "designed", "supplied", "manufactured", "produced",
        "occupied", "controlled", "held", "administered", "annexed", "ruled", "run", "mediated", "brokered",
        "sponsored",
        "drafted", "authored", "proposed",
    ]

    /// Nouns that, after "the X", name a meeting, a process or a document: "the Hanoi Summit", "the Paris
    /// Agreement", "the Astana format".
    static let eventNames: Set<String> = [
        "summit", "agreement", "agreements", "accord", "accords", "declaration", "conference", "process", "format",
        "protocol", "protocols", "treaty", "forum", "dialogue", "initiative", "convention", "charter", "communique",
        "memorandum", "pact", "talks",
    ]

    private func isEventName(after mention: Mention, in tokens: [Token]) -> Bool {
        let start = mention.range.lowerBound
        let end = mention.range.upperBound
        guard start > 0, tokens[start - 1].reads("the"), end < tokens.count else { return false }
        return Self.eventNames.contains(tokens[end].norm)
    }

    /// The mention stands in the title of a law: a run of capitalised words (with "of", "'s" …) after it ends in
    /// "Act" ("Countering America's Adversaries Through Sanctions Act"). An institution named after a place is
    /// that place's ("Baghdad University" is Iraqi), so only laws are left out.
    private func isLawName(after mention: Mention, in tokens: [Token]) -> Bool {
        var index = mention.range.upperBound
        while index < tokens.count, index < mention.range.upperBound + 10,
            tokens[index].capitalized || tokens[index].kind == .possessive
                || tokens[index].reads("of") || tokens[index].reads("for") || tokens[index].reads("and")
                || tokens[index].reads("on")
        {
            if tokens[index].capitalized, tokens[index].reads("act") { return true }
            index += 1
        }
        return false
    }

    /// "it" as the subject of a verb ("it said", "it has", "it would", "it must", "it condemned") may stand for a state or
    /// organisation; "it is …" and "it was …" are mostly expletive and are left alone.
    private func isActingIt(at index: Int, in tokens: [Token]) -> Bool {
        guard tokens[index].classes.contains(.speakerPronoun), tokens[index].reads("it"), index + 1 < tokens.count
        else { return false }
        let next = tokens[index + 1]
        if next.classes.contains(.be) { return false }
        return next.classes.contains(.speechVerb)
            || ["has", "had", "will", "would", "must", "should", "can", "could"].contains(next.norm)
            || (next.kind == .word && next.norm.utf8.count > 4 && next.norm.endsWith("ed"))
    }

    /// Words that may stand between a country and its agent: "Taiwan's Vice Foreign Minister", "the Russian
    /// former ambassador".
    static let modifiers: Set<String> = [
        "'s", "vice", "deputy", "former", "acting", "senior", "top", "chief", "first", "new", "then", "interim",
        "assistant", "junior", "outgoing", "incoming", "caretaker", "newly", "elected", "self", "-", "proclaimed",
        "de", "facto", "own", "peacekeeping",
    ]

    /// Merges adjacent country, agent and person mentions into single actors, and takes the name after a title
    /// into the mention ("Defence Secretary Tom King").
    private func compose(_ raw: [Mention], tokens: [Token]) -> [Mention] {
        var result: [Mention] = []
        result.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            var current = raw[i]
            var j = i + 1
            while j < raw.count {
                let next = raw[j]
                let gap = current.range.upperBound..<next.range.lowerBound
                // "Iran's U.N. ambassador", "the Russian UN envoy": a state's delegate to an organisation is the
                // state's.
                // ("Iran's U.N. mission": the word "mission" is no agent of its own.)
                if let code = current.code, current.kind == .state || current.kind == .seat,
                    next.kind == .organisation, tokens[gap].allSatisfy({ $0.classes.contains(.modifier) })
                {
                    let delegate =
                        j + 1 < raw.count && raw[j + 1].kind == .agent
                        && raw[j + 1].range.lowerBound == next.range.upperBound
                        && Self.delegates.contains(tokens[raw[j + 1].range.upperBound - 1].norm)
                    let mission =
                        next.range.upperBound < tokens.count
                        && (tokens[next.range.upperBound].reads("mission")
                            || tokens[next.range.upperBound].reads("missions"))
                    if delegate || mission {
                        let sector = delegate ? raw[j + 1].sector : "GOV"
                        let end = delegate ? raw[j + 1].range.upperBound : next.range.upperBound + 1
                        current = Mention(
                            range: current.range.lowerBound..<end, code: code.with(sector: sector), sector: sector,
                            kind: .seat)
                        j += delegate ? 2 : 1
                        continue
                    }
                }
                // "French paper workers", "Bangladeshi peacekeeping troops": a state's adjective and a group of its
                // people with a noun or two of their trade between.
                let trade =
                    current.kind == .state && next.kind == .agent && (1...2).contains(gap.count)
                    && lexicon.demonyms.contains(tokens[current.range.upperBound - 1].id)
                    && tokens[gap].allSatisfy {
                        // (A title is written with capitals: "Chinese Commerce Minister Wang Wentao".)
                        !$0.reads("of") && $0.kind == .word && (!$0.capitalized || next.endsWithRole)
                            && !$0.norm.endsWith("ed")
                            && !$0.reads("and")
                            && !$0.reads("or")
                            && $0.classes.isDisjoint(with: [
                                .preposition, .determiner, .clauseEnd, .be, .auxiliary, .modal, .negation,
                                .speechVerb, .governingVerb,
                            ])
                    }
                let adjacent = trade || tokens[gap].allSatisfy { $0.classes.contains(.modifier) }
                let joinedByOf = Self.isOf(tokens[gap])
                // "demonstrators in Baghdad", "security forces in Guinea": an agent located in a country is that
                // country's (the convention of the dictionary coders).
                let joinedByIn =
                    gap.count == 1 && tokens[gap.lowerBound].reads("in") && current.kind == .agent
                    && (next.kind == .state || next.kind == .seat)
                // "diplomats from the Group of Seven", "troops from Chad": people of a body or a state, by where
                // they come from.
                // (Not people owned by another: "would recall all its diplomats from Kenya".)
                let joinedByFrom =
                    (gap.count == 1 || (gap.count == 2 && tokens[gap.lowerBound + 1].reads("the")))
                    && tokens[gap.lowerBound].reads("from") && current.kind == .agent
                    && [.state, .seat, .organisation].contains(next.kind)
                    && (current.range.lowerBound == 0
                        || !tokens[current.range.lowerBound - 1].classes.contains(.ownPossessive))
                // "U.S.-led forces", "Vietnamese-led troops", "Hamas-led gunmen": the forces of the actor that leads them.
                let joinedByLed =
                    gap.count == 2 && tokens[gap.lowerBound].reads("-") && tokens[gap.lowerBound + 1].reads("led")
                    && [.state, .seat, .organisation].contains(current.kind) && next.kind == .agent
                if let merged = merge(
                    current, next, adjacent: adjacent || joinedByLed,
                    joinedByOf: joinedByOf || joinedByIn || joinedByFrom)
                {
                    current = merged
                    j += 1
                } else {
                    break
                }
            }
            // A title followed by a name the dictionaries don't know: "President Todor Zhivkov", "U.N.
            // Secretary-General Kofi Annan".
            if current.endsWithRole
                || (current.kind == .organisation
                    && Self.organisationTitles.contains(tokens[current.range.upperBound - 1].norm))
            {
                var end = current.range.upperBound
                // Never into the next actor that isn't itself a title word.
                let stop = raw[j...].first { $0.kind != .agent }?.range.lowerBound ?? tokens.count
                while end < stop, end - current.range.upperBound < 4, tokens[end].kind == .word,
                    tokens[end].capitalized, !tokens[end].classes.contains(.nameStopper)
                {
                    end += 1
                }
                if end > current.range.upperBound {
                    current.range = current.range.lowerBound..<end
                    // A named office holder is a person: "he" may refer back to "U.N. Secretary-General Kofi Annan"
                    // (not a named outlet: "Afghan broadcaster TOLOnews").
                    if current.code != nil, current.code?.sector != "MED" { current.kind = .person }
                    // Swallow dictionary words inside the name ("Tom King": "King" is also a title).
                    while j < raw.count, raw[j].range.upperBound <= end, raw[j].kind == .agent { j += 1 }
                    // "King Hassan of Morocco", "President Todor Zhivkov of Bulgaria": the state's office holder.
                    if current.code == nil, j < raw.count, raw[j].kind == .state || raw[j].kind == .seat,
                        let code = raw[j].code, Self.isOf(tokens[end..<raw[j].range.lowerBound])
                    {
                        current = Mention(
                            range: current.range.lowerBound..<raw[j].range.upperBound,
                            code: code.with(sector: current.sector), sector: current.sector, kind: .person)
                        j += 1
                    }
                }
            }
            result.append(current)
            i = j
        }
        return result
    }

    /// The words between two mentions are "of" or "of the".
    static func isOf(_ gap: ArraySlice<Token>) -> Bool {
        guard let first = gap.first, first.reads("of") else { return false }
        return gap.count == 1 || (gap.count == 2 && gap.last?.reads("the") == true)
    }

    /// Last words of an organisation's office holder: "UN Secretary-General", "EU foreign policy chief".
    static let organisationTitles: Set<String> = [
        "general", "chief", "envoy", "spokesman", "spokeswoman", "spokesperson", "president", "chairman",
        "chairperson", "commissioner", "director", "rapporteur", "coordinator",
    ]

    /// Nouns of a state's delegates to an organisation: "Iran's U.N. ambassador".
    static let delegates: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegation",
        "delegations", "delegate", "delegates",
    ]

    /// Capitalised words that end a name rather than continue it.
    static let nameStoppers: Set<String> = [
        "on", "in", "the", "said", "says", "and", "of", "to", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// One actor from two neighbouring mentions, or nil when they stay apart.
    private func merge(_ first: Mention, _ second: Mention, adjacent: Bool, joinedByOf: Bool) -> Mention? {
        let span = first.range.lowerBound..<second.range.upperBound
        switch (first.kind, second.kind) {
        case (.state, .agent) where adjacent, (.seat, .agent) where adjacent, (.organisation, .agent) where adjacent:
            // "Russian troops", "Russia's Foreign Ministry"; the agent's sector wins over a seat's.
            guard let code = first.code else { return nil }
            let sector = second.sector
            let merged = code.isOrganisation ? code : code.with(sector: sector)
            var mention = Mention(
                range: span, code: merged, sector: sector, kind: first.kind == .organisation ? .organisation : .seat)
            mention.endsWithRole = second.endsWithRole
            return mention
        case (.person, .agent) where adjacent:
            // "the Obama administration", "Putin's government": the body of the person's state.
            guard let code = second.code == nil ? first.code : nil else { return nil }
            var mention = Mention(
                range: span, code: code.with(sector: second.sector), sector: second.sector, kind: .seat)
            mention.endsWithRole = second.endsWithRole
            return mention
        case (.agent, .agent) where adjacent:
            // "foreign ministry spokesperson": the body's sector.
            var mention = Mention(range: span, code: first.code, sector: first.sector ?? second.sector, kind: .agent)
            mention.endsWithRole = second.endsWithRole
            return mention
        case (.agent, .organisation) where adjacent:
            // "human rights group Amnesty International".
            return Mention(range: span, code: second.code, kind: .organisation)
        case (.seat, .agent) where joinedByOf, (.agent, .state) where joinedByOf, (.agent, .seat) where joinedByOf:
            // "the Foreign Ministry of Russia".
            let (agent, actor) = first.kind == .agent ? (first, second) : (second, first)
            guard let code = actor.code else { return nil }
            var mention = Mention(range: span, code: code.with(sector: agent.sector), sector: agent.sector, kind: .seat)
            mention.endsWithRole = agent.endsWithRole
            return mention
        case (.agent, .organisation) where joinedByOf:
            return Mention(range: span, code: second.code, kind: .organisation)
        case (.state, .person) where adjacent, (.seat, .person) where adjacent, (.agent, .person) where adjacent,
            (.organisation, .person) where adjacent:
            // "Russian President Vladimir Putin", "Foreign Minister Lavrov".
            return Mention(range: span, code: second.code, kind: .person)
        case (.state, .state) where adjacent, (.state, .seat) where adjacent:
            // "Russian Moscow" doesn't occur; two states side by side are a hyphenless compound: keep apart.
            return nil
        default:
            return nil
        }
    }
}
