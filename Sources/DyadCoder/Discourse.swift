import DyadModel

/// What an article has named so far, for resolving "the ministry", "officials" and "she" to an actor.
struct Discourse: Sendable {
    private var lastBySector: [String: ActorCode] = [:]
    /// The same for bodies only (a state, a ministry, a government; not a person named by a role): what "the
    /// kingdom" or "the ministry" refers to after "the Canadian ambassador" was named.
    private var lastBodyBySector: [String: ActorCode] = [:]
    private var lastPerson: ActorCode?
    /// The last state named by its name ("Saudi Arabia", not "the Canadian ambassador").
    private var lastState: ActorCode?
    /// The last names of the people named in full so far ("qureshi" for "Shah Mehmood Qureshi").
    private(set) var surnames: [String: ActorCode] = [:]
    /// Who last spoke: the actor next to the last verb of speech.
    private var lastSpeaker: ActorCode?
    /// The two states a recent sentence joined ("Iran and Saudi Arabia", "Iran-Saudi talks"): what "the two
    /// countries" refers to next; failing that, the first two states of the last sentence that named two.
    private var joinedPair: (ActorCode, ActorCode)?
    private var recentPair: (ActorCode, ActorCode)?
    /// The state or organisation a recent sentence opened with: what "it" refers to next.
    private var lastCollective: ActorCode?

    /// Fills in the codes of agent phrases and pronouns from earlier mentions; leaves the others alone.
    ///
    /// Only a definite singular agent refers back ("the ministry", "the government"); "officials" or "Western
    /// governments" name nobody in particular and stay unresolved.
    func resolve(_ mentions: inout [Mention], tokens: [Token]) {
        guard mentions.contains(where: { $0.code == nil }) else { return }
        // First-person pronouns last: their speaker may be a pronoun resolved here ("“We will …,” he added").
        var order: [Int] = []
        var firstPerson: [Int] = []
        for index in mentions.indices where mentions[index].code == nil {
            if tokens[mentions[index].range.lowerBound].classes.contains(.firstPerson) {
                firstPerson.append(index)
            } else {
                order.append(index)
            }
        }
        order += firstPerson
        // (Found once, for the first "he" or "she" that asks.)
        var unknown: Int??
        for index in order where mentions[index].code == nil {
            switch mentions[index].kind {
            case .agent:
                let mention = mentions[index]
                let definite = mention.preceding(in: tokens) == "the"
                let head = tokens[mention.range.upperBound - 1].norm
                // "the government building": the agent word modifies a noun and refers to nobody.
                let end = mention.range.upperBound
                let modifiesNoun =
                    end < tokens.count && tokens[end].kind == .word && !tokens[end].capitalized
                    && !tokens[end].norm.endsWith("ed") && !tokens[end].norm.endsWith("s")
                    && tokens[end].classes.isDisjoint(with: [
                        .be, .auxiliary, .speechVerb, .futureMarker, .modal, .negation, .irregularPast, .governingVerb,
                        .transferVerb, .lightVerb,
                    ])
                // ("the kingdom", "the emirate": the government of the last state named, failing a body.)
                let realm = Self.realms.contains(head) ? lastState?.with(sector: "GOV") : nil
                if definite, !modifiesNoun, !head.endsWith("s"), let sector = mention.sector,
                    let known = (mention.endsWithRole ? nil : lastBodyBySector[sector]) ?? realm ?? lastBySector[sector]
                {
                    mentions[index].code = known
                } else if mention.preceding(in: tokens) == "their", head.endsWith("s"), mention.sector == "GOV",
                    let pair = Self.firstTwoStates(in: mentions[..<index]) ?? joinedPair
                {
                    // "Ethiopia and Eritrea …, a day after their leaders held a historic meeting": the two states'
                    // leaders, as "the two countries" are the two states.
                    mentions[index].code = pair.0.with(sector: "GOV")
                    mentions[index].partner = pair.1.with(sector: "GOV")
                    mentions[index].kind = .pair
                } else if mention.preceding(in: tokens) == "a", Self.spokespeople.contains(head),
                    end == tokens.count || !tokens[end].classes.contains(.preposition), let speaker = lastSpeaker
                {
                    // "The Chinese foreign ministry said … A spokesman said …": the last speaker's spokesman.
                    mentions[index].code = speaker
                }
            case .pair:
                // "Kampala and Kigali … the two countries": the first two states named before it in the sentence,
                // or in a recent one.
                if let pair = Self.firstTwoStates(in: mentions[..<index]) ?? joinedPair ?? recentPair {
                    mentions[index].code = pair.0
                    mentions[index].partner = pair.1
                }
            case .pronoun:
                // In the sentence itself first: "Blinken spoke with Aliyev and urged him" (the last person
                // before an object pronoun), "Zakharova said she …" (the first person, the subject).
                let word = tokens[mentions[index].range.lowerBound].norm
                if ActorFinder.firstPerson.contains(word) {
                    // A sentence that opens a quotation and names no speaker goes on with the last one's words
                    // ("The Turkish prime minister said he was giving Syria a final warning. “We are warning Syria
                    // for the last time.").
                    let continues =
                        tokens.first.map(ActorFinder.isQuote) == true
                        && !tokens.contains { $0.classes.contains(.speechVerb) }
                    mentions[index].code =
                        Self.speaker(ofQuoteAround: index, in: mentions, tokens: tokens)
                        ?? (continues ? lastSpeaker : nil)
                    continue
                }
                if word == "it" {
                    // "In a letter to the United Nations, Iraq said it would …": after a verb of speech, the
                    // state or organisation that spoke.
                    if let speaker = Self.speaker(
                        beforeSpeechVerbAt: mentions[index].range.lowerBound, in: mentions,
                        tokens: tokens)
                    {
                        mentions[index].code = speaker
                        continue
                    }
                    // "it": the state or organisation the sentence, or a recent one, opened with.
                    let earlier = mentions[..<index].first {
                        $0.kind != .person && $0.kind != .pronoun && $0.code != nil
                    }
                    mentions[index].code = earlier?.code ?? lastCollective
                    continue
                }
                let earlier = mentions[..<index].filter { $0.isPersonLike && $0.code != nil }
                let isObject = word == "him" || word == "her"
                // "Wine says he …", "… that al-Rufay'i, also known as Abu Khadija, was …, and that he": a person the
                // dictionaries don't know, named before any known one, is whom "he" most likely means.
                if unknown == nil { unknown = Self.unknownPerson(in: tokens, mentions: mentions) }
                if let unknown = unknown ?? nil, unknown < mentions[index].range.lowerBound,
                    earlier.first.map({ $0.range.lowerBound > unknown }) ?? true
                {
                    continue
                }
                let local = isObject ? earlier.last : earlier.first
                mentions[index].code = local?.code ?? lastPerson
            default: break
            }
        }
    }

    /// The state or organisation right before a verb of speech that the word at `position` follows ("Iraq said
    /// it", "Tehran announced that it").
    static func speaker(beforeSpeechVerbAt position: Int, in mentions: [Mention], tokens: [Token]) -> ActorCode? {
        var verb = position - 1
        if verb >= 0, tokens[verb].reads("that") { verb -= 1 }
        guard verb > 0, tokens[verb].classes.contains(.speechVerb),
            let speaker = mentions.last(where: { $0.range.upperBound == verb }),
            speaker.kind != .person, speaker.kind != .pronoun, !speaker.isPlace
        else { return nil }
        return speaker.code
    }

    /// The actor a quotation is attributed to, for a first-person pronoun inside it: the actor next to a speech
    /// verb just after the closing quote ("…,” Indian foreign secretary Vikram Misri said", "…,” said Lavrov") or
    /// just before the opening one ("Lavrov said: “We …").
    static func speaker(ofQuoteAround index: Int, in mentions: [Mention], tokens: [Token]) -> ActorCode? {
        let position = mentions[index].range.lowerBound
        guard let open = tokens[..<position].lastIndex(where: ActorFinder.isQuote) else { return nil }
        let close = tokens[(position + 1)...].firstIndex(where: ActorFinder.isQuote)
        let windows: [Range<Int>] = [
            close.map { ($0 + 1)..<min(tokens.count, $0 + 12) },
            max(0, open - 10)..<open,
        ].compactMap { $0 }
        for window in windows {
            guard let verb = tokens[window].firstIndex(where: { $0.classes.contains(.speechVerb) }) else { continue }
            // The speaker stands by the verb: not the place of a visit further on ("…,” he said during a visit to
            // South Africa"), and an unknown speaker is nobody's.
            let speaker = mentions.first {
                window.contains($0.range.lowerBound) && $0.range.lowerBound <= verb + 2 && !$0.isPlace
                    && !tokens[$0.range.lowerBound].classes.contains(.firstPerson)
            }
            if let speaker { return speaker.code }
        }
        return nil
    }

    static let spokespeople: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]
    static let realms: Set<String> = ["kingdom", "emirate", "sultanate"]

    /// Remembers the mentions of a sentence.
    mutating func remember(_ mentions: [Mention], tokens: [Token]) {
        // A sentence that opens with a state or organisation (within its first words) makes it the referent of
        // a later "it".
        if let opening = mentions.first, opening.range.lowerBound <= 3, opening.kind != .person, !opening.isPlace,
            let code = opening.code
        {
            lastCollective = code
        }
        for (position, token) in tokens.enumerated() where token.classes.contains(.speechVerb) {
            let before = mentions.last {
                $0.range.upperBound <= position && position - $0.range.upperBound <= 3 && !$0.isPlace
            }
            let after = mentions.first {
                $0.range.lowerBound > position && $0.range.lowerBound <= position + 2 && !$0.isPlace
            }
            // A speaker the dictionaries don't know ("Khalid Mehdiyev told jurors") is nobody's to carry on.
            lastSpeaker = (before ?? after)?.code
        }
        if let pair = Self.joinedStates(mentions, tokens: tokens) { joinedPair = pair }
        if let pair = Self.firstTwoStates(in: mentions[...]) { recentPair = pair }
        // "he" and "she" refer first to the subject of the last sentence that named a person: its first person (a
        // person the dictionaries don't know, named first, is nobody's to carry on).
        var personSeen = false
        if let unknown = Self.unknownPerson(in: tokens, mentions: mentions),
            !mentions.contains(where: { $0.kind == .person && $0.code != nil && $0.range.lowerBound < unknown })
        {
            lastPerson = nil
            personSeen = true
        }
        for mention in mentions {
            guard let code = mention.code, mention.kind != .pronoun else { continue }
            // (A person named by a role, "a spokesman", is referred to as "he" or "she" as a named one is.)
            if mention.isPersonLike {
                if !personSeen { lastPerson = code }
                personSeen = true
                if let surname = Self.surname(of: mention, in: tokens) { surnames[surname] = code }
            }
            if mention.kind == .state, code.sector == nil { lastState = code }
            if let sector = code.sector {
                lastBySector[sector] = code
                if mention.kind != .person, !mention.endsWithRole { lastBodyBySector[sector] = code }
            }
        }
    }

    /// The position of the first person the dictionaries don't know: a capitalised word outside every mention
    /// (and not opening the sentence) that a verb of speech follows ("Wine says", "Brew also said") or an
    /// apposition or relative clause does ("al-Rufay'i, also known as", "Kelly, a senior analyst", "Gause, who").
    static func unknownPerson(in tokens: [Token], mentions: [Mention]) -> Int? {
        var covered = 0
        var mentionIndex = 0
        for position in tokens.indices {
            // (Asked of every sentence: all but capitalised words are passed over on bit tests, without a copy.)
            guard tokens[position].capitalized, tokens[position].kind == .word, tokens[position].hasLowercase,
                !tokens[position].classes.contains(.timeWord)
            else { continue }
            while mentionIndex < mentions.count, mentions[mentionIndex].range.upperBound <= position {
                covered = mentions[mentionIndex].range.upperBound
                mentionIndex += 1
            }
            guard position >= covered,
                mentionIndex == mentions.count || mentions[mentionIndex].range.lowerBound > position
            else { continue }
            // (Opening the sentence, a plural is a common noun: "Critics say he …"; after a quotation mark, a
            // word opens the quotation.)
            if position == 0 ? tokens[0].norm.endsWith("s") : ActorFinder.isQuote(tokens[position - 1]) { continue }
            // "Japan's finance minister, Masayoshi Takemura, who …": the name of the office holder just named.
            var first = position
            while first > 0, tokens[first - 1].kind == .word, tokens[first - 1].capitalized { first -= 1 }
            if first > 1, tokens[first - 1].reads(","),
                mentions.contains(where: { $0.range.upperBound == first - 1 && $0.code != nil && $0.isPersonLike })
            {
                continue
            }
            var next = position + 1
            while next < tokens.count, tokens[next].kind == .word, tokens[next].capitalized { next += 1 }
            while next < tokens.count, tokens[next].kind == .word,
                tokens[next].norm.endsWith("ly") || tokens[next].reads("also")
            {
                next += 1
            }
            guard next < tokens.count else { return nil }
            if tokens[next].classes.contains(.speechVerb) { return position }
            // ("Lionel Bethune de Moro, representing the civil parties, told …": a participle describes him too.)
            if tokens[next].kind == .punctuation, tokens[next].reads(","), next + 1 < tokens.count,
                Self.appositionOpeners.contains(tokens[next + 1].norm)
                    || (tokens[next + 1].kind == .word && !tokens[next + 1].capitalized
                        && tokens[next + 1].norm.endsWith("ing"))
            {
                return position
            }
        }
        return nil
    }

    static let appositionOpeners: Set<String> = ["who", "a", "an", "also", "the"]

    /// Two states of different countries side by side, joined by "and" or a hyphen (an article may stand between):
    /// the last such pair in the sentence.
    static func joinedStates(_ mentions: [Mention], tokens: [Token]) -> (ActorCode, ActorCode)? {
        var found: (ActorCode, ActorCode)?
        for index in mentions.indices.dropFirst() {
            let (first, second) = (mentions[index - 1], mentions[index])
            guard first.kind != .pair, second.kind != .pair, !first.isPlace, !second.isPlace,
                let a = first.code, let b = second.code, let countryA = a.country, let countryB = b.country,
                countryA != countryB
            else { continue }
            var gap = first.range.upperBound..<second.range.lowerBound
            if gap.count == 2, tokens[gap.upperBound - 1].classes.contains(.determiner) {
                gap = gap.lowerBound..<(gap.upperBound - 1)
            }
            if gap.count == 1, tokens[gap.lowerBound].reads("and") || tokens[gap.lowerBound].reads("-") {
                found = (a, b)
            }
        }
        return found
    }

    /// The codes of the first two mentions of different states (not places, not pairs themselves).
    static func firstTwoStates(in mentions: ArraySlice<Mention>) -> (ActorCode, ActorCode)? {
        var first: ActorCode?
        for mention in mentions where mention.kind != .pair && !mention.isPlace {
            guard let code = mention.code, let country = code.country else { continue }
            if let known = first {
                if known.country != country { return (known, code) }
            } else {
                first = code
            }
        }
        return nil
    }

    /// The last word of a person's full name: two capitalised words (or a hyphenated "al-Bashir") at the end of the
    /// mention, the last at least three letters long and not all capitals.
    ///
    /// Chinese, Korean and Vietnamese names put the family name first: "Li" in "Premier Li Peng", "Moon" in "Moon
    /// Jae-in".
    static func surname(of mention: Mention, in tokens: [Token]) -> String? {
        let end = mention.range.upperBound
        guard mention.range.count >= 2, end >= 2 else { return nil }
        if let country = mention.code?.country, familyNameFirst.contains(country) {
            // Past the given name (one word, or two joined by a hyphen) to the word before it.
            var index = end - 2
            if index >= 1, tokens[index].reads("-") { index -= 2 }
            guard index >= mention.range.lowerBound, tokens[index].kind == .word, tokens[index].capitalized,
                tokens[index].hasLowercase, tokens[index + 1].capitalized || tokens[index + 1].reads("-")
            else { return nil }
            return tokens[index].norm
        }
        let last = tokens[end - 1]
        let before = tokens[end - 2]
        guard last.kind == .word, last.capitalized, last.hasLowercase, last.norm.utf8.count >= 3,
            (before.kind == .word && before.capitalized) || before.reads("-")
        else { return nil }
        return last.norm
    }

    /// States whose people's names put the family name first.
    static let familyNameFirst: Set<String> = ["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"]

    /// The words of a mention as written in its sentence.
    static func text(of mention: Mention, in tokens: [Token], sentence: Substring) -> String {
        guard let first = tokens[mention.range].first, let last = tokens[mention.range].last else { return "" }
        var span = first
        span.end = last.end
        return String(span.text(in: sentence))
    }
}
