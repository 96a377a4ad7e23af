import DyadModel

/// What an action word names that has not happened or is only talked about: unrealised events ("supposed to",
/// "another summit will take place"), topics ("tariffs on Canadian exports"), talking about something.
extension RoleAssigner {
    /// Words before "to" that make what follows unrealised: "were supposed to sign", "is likely to respond".
    /// Words before "to" that make the infinitive unrealised: what was to happen, or the goal of a bid ("in a bid
    /// to end the war", "in order to", "designed to"). (Not "efforts to improve ties": the efforts are the act.)
    static let irrealisBeforeTo: Set<String> = [
        "supposed", "meant", "likely", "unlikely", "bid", "order", "attempt", "attempts", "aimed", "designed",
        "intended", "calculated",
    ]
    /// Forms of "aim" before "at": "a visit aimed at boosting cooperation".
    static let aims: Set<String> = ["aim", "aims", "aimed", "aiming"]
    /// Adjectives that make the event noun after them unrealised.
    static let irrealisAdjectives: Set<String> = [
        "possible", "potential", "future", "proposed", "planned", "prospective", "eventual", "hypothetical",
        "expected", "upcoming", "forthcoming", "anticipated", "scheduled",
    ]
    /// "a former official who had negotiated with North Korea": a pluperfect in a relative clause describes the
    /// person by what they had done before; it reports no event.
    func isEarlierInRelative(_ verb: Int) -> Bool {
        var index = verb - 1
        while index > 0, index >= verb - 3, tokens[index].kind == .word, tokens[index].norm.endsWith("ly") {
            index -= 1
        }
        guard index > 0, tokens[index].reads("had") else { return false }
        return ["who", "which", "that"].contains(tokens[index - 1].norm)
    }

    /// "fearing that retaliation from Beijing could impact access": a bare or indefinite event noun whose
    /// predicate is a modal of possibility names what might happen. ("Russia's invasion of Ukraine could end
    /// soon": a possessed or definite one is real, and stays.)
    func isPossibleSubject(_ match: ActionMatch) -> Bool {
        let word = tokens[match.first].norm
        // "a Russian attack on Poland" is as indefinite as "an attack".
        let indefinite =
            match.first > 1 && ["a", "an"].contains(tokens[match.first - 2].norm)
            && demonyms.contains(tokens[match.first - 1].id)
        // A noun: after a nominal context ("a", "any", "new"), or by its ending when bare.
        guard isNominal(at: match.first) || indefinite || Self.nounEndings.contains(where: { word.endsWith($0) }) else {
            return false
        }
        if match.first > 0 {
            let before = tokens[match.first - 1]
            if before.kind == .possessive || before.reads("the") || before.classes.contains(.ownPossessive)
                || (demonyms.contains(before.id) && !indefinite) || (before.capitalized && !indefinite)
            {
                return false
            }
        }
        var index = match.last + 1
        while index < tokens.count, index <= match.last + 5 {
            let token = tokens[index]
            if !token.capitalized, Self.possibilityModals.contains(token.norm) { return true }
            guard token.kind == .word || token.kind == .possessive, !token.classes.contains(.clauseEnd),
                !token.classes.contains(.be), !token.norm.endsWith("ed")
            else { return false }
            index += 1
        }
        return false
    }

    /// Endings by which a bare word is a noun: "retaliation", "deployment", "assistance".
    static let nounEndings: [StaticString] = ["tion", "sion", "ment", "ance", "ence"]

    /// Modals of possibility after an event noun.
    static let possibilityModals: Set<String> = ["could", "might", "may", "would"]

    /// "Suga's travels will include meeting …", "the talks will focus on …": a meeting or a journey whose noun is
    /// the subject of a future is announced, not held.
    func isFutureSubject(_ noun: Int) -> Bool {
        guard !tokens[noun].norm.endsWith("ed") else { return false }
        var index = noun + 1
        while index < tokens.count, index <= noun + 4 {
            let token = tokens[index]
            if token.classes.contains(.futureMarker) { return true }
            guard token.kind == .word || token.kind == .possessive, !token.classes.contains(.clauseEnd),
                !token.classes.contains(.preposition), !token.norm.endsWith("ed")
            else { return false }
            index += 1
        }
        return false
    }

    /// "Turkey will buy Russian aircraft if the freeze is not lifted", "If this happens, Turkey will not buy …":
    /// an announcement under a condition, after the action in its clause or opening the sentence.
    func isConditional(_ match: ActionMatch) -> Bool {
        if let first = tokens.first(where: { $0.kind != .punctuation }), first.reads("if") || first.reads("unless") {
            return true
        }
        for token in tokens[(match.last + 1)...] {
            if token.reads("if") || token.reads("unless") { return true }
            if token.classes.contains(.clauseEnd) || token.reads(".") { return false }
        }
        return false
    }

    /// Descriptions, not events: "officials involved in negotiations with North Korea", "Gabon, which import from
    /// Cameroon" (a relative clause in the plain present tells what is usual).
    func isDescription(_ verb: Int) -> Bool {
        if verb > 1, tokens[verb - 1].reads("in"), tokens[verb - 2].reads("involved"),
            verb < 3 || !tokens[verb - 3].classes.contains(.be)
        {
            return true
        }
        // "an Islamist group that is designated as a terrorist organization by the United States": a present passive
        // in a relative clause describes a standing status.
        if verb > 1, tokens[verb - 1].reads("is") || tokens[verb - 1].reads("are"),
            ["that", "which", "who"].contains(tokens[verb - 2].norm)
        {
            return true
        }
        var before = verb - 1
        if before > 0, tokens[before].norm.endsWith("ly") || tokens[before].reads("also") { before -= 1 }
        guard before >= 0, tokens[before].reads("which") || tokens[before].reads("who") else { return false }
        let word = tokens[verb]
        return word.kind == .word && !word.norm.endsWith("ed") && !word.classes.contains(.participle)
    }

    /// Verbs of taking place: an event noun that a modal says will do one of these has not happened.
    static let occurrenceVerbs: Set<String> = [
        "take", "happen", "occur", "begin", "start", "resume", "develop", "proceed", "go", "materialize",
        "materialise", "come", "be", "get", "increase", "grow", "deepen", "expand",
    ]

    /// "there is little chance another summit will take place", "security cooperation with India will likely develop
    /// slowly": the event noun at `noun` is the subject of a modal and a verb of taking place, a few words on, in
    /// its clause. A verb form in -ed at `noun` is no event noun.
    func occursLater(after noun: Int) -> Bool {
        guard !tokens[noun].norm.endsWith("ed") else { return false }
        var index = noun + 1
        while index < tokens.count, index <= noun + 6 {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .possessive, !token.classes.contains(.clauseEnd),
                !token.norm.endsWith("ed")
            else { return false }
            // A modal or the future ("will", "could", "can").
            if !token.classes.isDisjoint(with: [.modal, .futureMarker]) || token.reads("can") {
                // Adverbs between: "will likely develop", "could soon begin".
                var next = index + 1
                while next < tokens.count, next <= index + 3,
                    tokens[next].norm.endsWith("ly")
                        || ["not", "soon", "still", "also", "only", "ever", "never"].contains(tokens[next].norm)
                {
                    next += 1
                }
                return next < tokens.count && Self.occurrenceVerbs.contains(tokens[next].norm)
            }
            index += 1
        }
        return false
    }

    /// Prepositions whose object is what something is about.
    static let topicPrepositions: Set<String> = ["on", "about", "regarding", "concerning", "into"]
    /// Nouns after "on" that make a time or a circumstance, not a topic: "on the eve of", "on the sidelines of".
    static let timeNouns: Set<String> = ["eve", "sidelines", "behalf", "day", "night", "morning", "evening", "weekend"]
    /// Nouns before "of" that name a past event remembered.
    static let remembrance: Set<String> = [
        "anniversary", "anniversaries", "commemoration", "commemorations", "remembrance", "memory", "memories",
    ]
    /// "As the White House talks about restoring cooperation …": talking or speaking about something, as a verb,
    /// is a statement, not a negotiation ("held talks about trade" stays one).
    func isTalkAbout(_ match: ActionMatch) -> Bool {
        let verb = match.first
        guard match.last == verb, verb + 1 < tokens.count, tokens[verb + 1].reads("about"),
            Self.talkVerbs.contains(tokens[verb].norm), !isNominal(at: verb)
        else { return false }
        return verb == 0 || !tokens[verb - 1].classes.contains(.governingVerb)
    }

    static let talkVerbs: Set<String> = [
        "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking", "chat", "chats", "chatted",
    ]

    /// Nouns before "of" whose object is what they are about.
    static let topicNouns: Set<String> = [
        "investigation", "investigations", "probe", "inquiry", "allegation", "allegations", "accusation",
        "accusations", "claim", "claims", "report", "reports", "evidence", "fear", "fears", "threat", "threats",
        "risk", "risks", "prospect", "prospects", "possibility", "question", "rumor", "rumors", "rumour", "rumours",
        "suspicion", "suspicions", "idea",
    ]
    /// Nouns whose "in" names the event they take place in: "mediation in the talks", "a role in negotiations".
    static let settingNouns: Set<String> = [
        "role", "roles", "mediation", "involvement", "participation", "progress", "breakthrough", "stalemate",
        "impasse", "deadlock",
    ]
    /// Visits and tours (CAMEO 042, 043).
    static func isJourney(_ action: Action) -> Bool {
        action.rootNumber == 4 && (action.code == "042" || action.code == "043")
    }

    /// "tariffs on Canadian exports", "restrictions on all travel from India", "talks about trade": an event
    /// noun in the object of "on", "about", "regarding" or "concerning" is what another word is about, not an event
    /// of its own; nor is one after "the anniversary of", or "of" another event noun. The preposition is found back over the noun's modifiers (words, numbers, actors, possessives,
    /// "of", "and", commas and hyphens), up to six tokens, not past a verb, a clause break or another preposition;
    /// "on Monday", "on the eve of" are times. The word must not be a verb itself ("-ed", "to" before it).
    func isTopic(_ match: ActionMatch, among matches: [ActionMatch]) -> Bool {
        let index = match.first
        guard index > 0, !tokens[index].norm.endsWith("ed"), !tokens[index].classes.contains(.participle),
            !tokens[index - 1].reads("to")
        else { return false }
        // "on a visit to Beijing", "on his trip": the journey is the circumstance of what is told, and it happened.
        if Self.isJourney(patterns[match.pattern].action) { return false }
        var position = index - 1
        while position >= max(0, index - 6) {
            let token = tokens[position]
            // "the 20th anniversary of the terrorist strikes": a past event remembered; "an investigation of illegal
            // arms sales", "allegations of torture", "the threat of sanctions": what is investigated, alleged or
            // feared.
            // "Serbia's suppression of ethnic Albanian unrest": an event noun "of" another is its object.
            if token.reads("of"), position > 0,
                Self.remembrance.contains(tokens[position - 1].norm)
                    || Self.topicNouns.contains(tokens[position - 1].norm)
                    || matches.contains(where: { $0.last == position - 1 && isNominal(at: $0.first) })
            {
                return true
            }
            // "agreed on sanctions", "insisted on talks": after a verb, the object is what is agreed or insisted on.
            if token.classes.contains(.topicPreposition), position > 0,
                tokens[position - 1].norm.endsWith("ed")
                    || !tokens[position - 1].classes.isDisjoint(with: [.governingVerb, .speechVerb, .participle])
            {
                return false
            }
            if token.classes.contains(.topicPreposition) {
                let next = tokens[(position + 1)...].prefix(3).first { !$0.classes.contains(.determiner) }
                return !(next?.classes.contains(.timeWord) ?? false) && next?.kind != .number
            }
            // "agreed to US mediation in the final status talks", "a constructive role in talks with Ukraine": the
            // talks are the setting of another noun, told as known.
            if token.reads("in"), position > 0, Self.settingNouns.contains(tokens[position - 1].norm) { return true }
            let passable: Bool
            switch token.kind {
            case .number, .possessive: passable = true
            case .punctuation: passable = token.reads(",") || token.reads("-")
            case .word:
                passable =
                    token.reads("of") || token.reads("and")
                    || (token.classes.isDisjoint(with: [.preposition, .clauseEnd, .governingVerb, .speechVerb])
                        && !token.norm.endsWith("ed"))
            }
            guard passable else { return false }
            position -= 1
        }
        return false
    }
}
