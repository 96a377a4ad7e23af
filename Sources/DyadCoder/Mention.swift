import DyadModel

/// An actor named in a sentence: a span of tokens and the code it resolves to.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        case state, seat, organisation, person
        /// An agent phrase with no country ("the ministry", "officials"): resolved from the discourse, or dropped.
        case agent
        /// he, she: the last person named.
        case pronoun
    }

    var range: Range<Int>
    var code: ActorCode?
    /// The sector an agent phrase gives ("GOV" for "the ministry").
    var sector: String?
    var kind: Kind
    /// The mention is followed by a possessive `'s`.
    var isPossessor = false
    /// The word before the mention, lowercased ("in", "by", "to"), "" at the start.
    var preceding = ""
}

/// Finds actor mentions in a sentence's tokens: longest dictionary matches, then composition of country and
/// agent phrases into one actor ("Russia's Foreign Ministry" → RUSGOV, "Foreign Minister Sergei Lavrov" →
/// RUSGOV, "the Foreign Ministry of Azerbaijan" → AZEGOV).
struct ActorFinder {
    let lexicon: Lexicon
    let date: Day?

    static let pronouns: Set<String> = ["he", "she"]

    func mentions(in tokens: [Token]) -> [Mention] {
        var raw: [Mention] = []
        var index = 0
        while index < tokens.count {
            let actor = lexicon.actors.longestMatch(in: tokens, from: index) { entry, end in
                guard entry.window?.contains(date) ?? true, !entry.needsCapital || tokens[index].capitalized else {
                    return false
                }
                return !entry.exactCase
                    || tokens[index..<end].allSatisfy { !$0.text.unicodeScalars.contains { $0.properties.isLowercase } }
            }
            let agent = lexicon.agents.longestMatch(in: tokens, from: index) { _, _ in true }
            if let actor, actor.end >= (agent?.end ?? 0) {
                let entry = preferred(actor.values)
                let kind: Mention.Kind
                switch entry.kind {
                case .state: kind = .state
                case .seat: kind = .seat
                case .organisation: kind = .organisation
                case .person: kind = .person
                }
                raw.append(Mention(range: index..<actor.end, code: entry.code, kind: kind))
                index = actor.end
            } else if let agent {
                let entry = agent.values[0]
                var mention = Mention(range: index..<agent.end, code: nil, sector: entry.sector, kind: .agent)
                mention.isPossessor = entry.isRole  // reused below as "is a role noun" before composition
                raw.append(mention)
                index = agent.end
            } else {
                if Self.pronouns.contains(tokens[index].norm) {
                    raw.append(Mention(range: index..<index + 1, code: nil, kind: .pronoun))
                }
                index += 1
            }
        }
        var composed = compose(raw, tokens: tokens)
        for i in composed.indices {
            let mention = composed[i]
            composed[i].isPossessor =
                mention.range.upperBound < tokens.count
                && tokens[mention.range.upperBound].kind == .possessive
            composed[i].preceding = mention.range.lowerBound > 0 ? tokens[mention.range.lowerBound - 1].norm : ""
        }
        return composed
    }

    /// When a phrase has several entries (a name shared by two codes), prefer people, then states.
    private func preferred(_ entries: [Lexicon.ActorEntry]) -> Lexicon.ActorEntry {
        entries.first { $0.kind == .person && $0.window != nil } ?? entries[0]
    }

    /// Merges adjacent country, agent and person mentions into single actors.
    private func compose(_ raw: [Mention], tokens: [Token]) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < raw.count {
            var current = raw[i]
            var j = i + 1
            while j < raw.count {
                let next = raw[j]
                let gap = current.range.upperBound..<next.range.lowerBound
                let gapWords = gap.map { tokens[$0].norm }
                let adjacent = gapWords.isEmpty || gapWords == ["'s"]
                let joinedByOf = gapWords == ["of"] || gapWords == ["of", "the"]
                if let merged = merge(current, next, adjacent: adjacent, joinedByOf: joinedByOf) {
                    current = merged
                    j += 1
                } else {
                    break
                }
            }
            result.append(current)
            i = j
        }
        return result
    }

    /// One actor from two neighbouring mentions, or nil when they stay apart.
    private func merge(_ first: Mention, _ second: Mention, adjacent: Bool, joinedByOf: Bool) -> Mention? {
        let span = first.range.lowerBound..<second.range.upperBound
        switch (first.kind, second.kind) {
        case (.state, .agent) where adjacent, (.seat, .agent) where adjacent, (.organisation, .agent) where adjacent:
            // "Russian troops", "Russia's Foreign Ministry"; the agent's sector wins over a seat's.
            guard let code = first.code else { return nil }
            let sector = second.sector
            let merged = code.isIGO ? code : code.with(sector: sector)
            return Mention(
                range: span, code: merged, sector: sector, kind: first.kind == .organisation ? .organisation : .seat)
        case (.agent, .agent) where adjacent:
            // "foreign ministry spokesperson": the body's sector.
            return Mention(range: span, code: first.code, sector: first.sector ?? second.sector, kind: .agent)
        case (.seat, .agent) where joinedByOf, (.agent, .state) where joinedByOf, (.agent, .seat) where joinedByOf:
            // "the Foreign Ministry of Russia".
            let (agent, actor) = first.kind == .agent ? (first, second) : (second, first)
            guard let code = actor.code else { return nil }
            return Mention(range: span, code: code.with(sector: agent.sector), sector: agent.sector, kind: .seat)
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
