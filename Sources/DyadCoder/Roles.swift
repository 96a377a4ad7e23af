/// An event found in one sentence, before codes and dates are attached: which mentions, which match.
struct RoleAssignment: Sendable {
    var source: Int
    var target: Int
    var match: ActionMatch
    var negated: Bool
    var rule: String
}

/// Assigns source and target to each action match with shallow clause rules: the subject before the verb,
/// the object or prepositional target after it, the `by` agent of a passive, the possessor of a nominal
/// event ("Moscow's discontent with Baku"), coordinated subjects and objects ("Russia and China"), and
/// negation between subject and verb.
struct RoleAssigner {
    let tokens: [Token]
    let mentions: [Mention]
    let symmetric: (ActionMatch) -> Bool

    static let prepositions: Set<String> = [
        "to", "with", "against", "in", "at", "on", "for", "from", "by", "toward", "towards", "into", "over",
        "about", "near", "between", "among", "across", "after", "before", "under", "than", "like", "inside",
        "within", "throughout", "upon", "via", "despite", "including",
    ]
    /// A mention after these names a place, not a target ("killed in Iraq").
    static let locatives: Set<String> = ["in", "at", "near", "inside", "within", "across", "throughout", "outside"]
    static let negations: Set<String> = ["not", "n't", "never", "no"]
    static let refusals: Set<String> = [
        "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines",
        "fail", "failed", "fails", "reject", "rejected",
    ]
    static let beForms: Set<String> = ["is", "are", "was", "were", "been", "being", "be", "'s"]
    /// Words that end the stretch in which a verb's object is looked for.
    static let clauseEnds: Set<String> = [
        ";", "that", "which", "who", "because", "while", "whereas", "but", "although",
        "after", "before", "when", "said", "says", "told",
    ]
    static let participles: Set<String> = [
        "taken", "given", "held", "made", "seen", "brought", "struck", "hit", "shot", "fought", "sent", "told", "met",
        "led", "kept", "sought", "beaten", "withdrawn", "built", "caught", "put", "set", "cut", "drawn", "driven",
        "overrun", "stricken", "slain", "sold", "thrown", "won", "broken", "chosen", "known", "spoken", "shown",
        "forbidden", "forgiven", "frozen", "withheld", "upheld", "bound", "torn", "found", "paid",
    ]

    func assign(_ matches: [ActionMatch]) -> [RoleAssignment] {
        var result: [RoleAssignment] = []
        var previous: (match: ActionMatch, sources: [Int])?
        for match in matches where !isAttributive(at: match.first) {
            let verb = match.first
            let passive = isPassive(at: verb)
            var sources: [Int] = []
            var targets: [Int] = []
            var rule: String
            if passive, let agent = byAgent(after: match.last) {
                sources = group(from: agent)
                targets = subject(before: verb).map(group(from:)) ?? []
                rule = "passive by-agent"
            } else if let possessor = possessor(of: verb) {
                sources = group(from: possessor)
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "possessor of nominal event"
            } else if let previous, coordinated(previous.match, match) {
                sources = previous.sources
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "coordinated verb"
            } else {
                sources = subject(before: verb).map(group(from:)) ?? []
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "subject-verb-object"
            }
            if passive && rule != "passive by-agent" {
                // A passive without a `by` agent names no source ("Ukraine was attacked").
                sources = []
            }
            if !sources.isEmpty { previous = (match, sources) }
            let negated = isNegated(before: verb, after: sources.map { mentions[$0].range.upperBound }.max())
            if targets.isEmpty, sources.count >= 2, symmetric(match) {
                // "Armenia and Azerbaijan agreed": each toward the other.
                targets = sources
                rule += ", reciprocal"
            }
            if sources.isEmpty, targets.count >= 2, symmetric(match), precededByBetween(targets) {
                // "talks between Russia and Ukraine".
                sources = targets
                rule = "between X and Y, reciprocal"
            }
            for source in sources {
                for target in targets where target != source {
                    result.append(
                        RoleAssignment(source: source, target: target, match: match, negated: negated, rule: rule))
                }
            }
        }
        return result
    }

    /// The nearest mention before `verb` that can be a subject: not inside a prepositional phrase, in the same
    /// clause.
    func subject(before verb: Int) -> Int? {
        var possessor: Int?
        var index = mentions.count - 1
        while index >= 0 {
            let mention = mentions[index]
            defer { index -= 1 }
            guard mention.range.upperBound <= verb else { continue }
            if tokens[mention.range.upperBound..<verb].contains(where: { $0.norm == ";" }) { break }
            if Self.prepositions.contains(mention.preceding) { continue }
            if mention.isPossessor {
                // "Azerbaijan's declaration, affirming its recognition of …": the possessor when nothing else.
                if possessor == nil { possessor = index }
                continue
            }
            return index
        }
        return possessor
    }

    /// The possessor of a nominal event: `Moscow's discontent`, `Azerbaijan's recent recognition`.
    func possessor(of verb: Int) -> Int? {
        for (index, mention) in mentions.enumerated() where mention.isPossessor {
            let possessive = mention.range.upperBound
            guard possessive < verb, verb - possessive <= 3 else { continue }
            let between = tokens[(possessive + 1)..<verb]
            if between.allSatisfy({ $0.kind == .word && !$0.capitalized }) { return index }
        }
        return nil
    }

    /// The first mention after the match that can be its object: not a place, not the source itself.
    func object(after match: ActionMatch, excluding sources: [Int]) -> Int? {
        let sourceNodes = Set(sources.compactMap { mentions[$0].code?.node })
        let limit = min(tokens.count, match.last + 12)
        for (index, mention) in mentions.enumerated() {
            guard mention.range.lowerBound > match.first, mention.range.lowerBound < limit else { continue }
            if mention.range.lowerBound > match.last,
                tokens[(match.last + 1)..<mention.range.lowerBound].contains(where: {
                    Self.clauseEnds.contains($0.norm)
                })
            {
                return nil
            }
            if Self.locatives.contains(mention.preceding) { continue }
            if let node = mention.code?.node, sourceNodes.contains(node) { continue }
            if sources.contains(index) { continue }
            return index
        }
        return nil
    }

    /// The mention after `by` that follows a passive verb ("was condemned by Russia").
    func byAgent(after last: Int) -> Int? {
        for (index, mention) in mentions.enumerated() {
            let start = mention.range.lowerBound
            guard start > last, start <= last + 5 else { continue }
            if tokens[(last + 1)..<start].contains(where: { $0.norm == "by" }) { return index }
        }
        return nil
    }

    /// A mention with the mentions joined to it by "and" or commas: "Russia, China and Iran".
    func group(from index: Int) -> [Int] {
        var members = [index]
        var cursor = index
        while cursor + 1 < mentions.count {
            let gap = tokens[mentions[cursor].range.upperBound..<mentions[cursor + 1].range.lowerBound].map(\.norm)
            guard !gap.isEmpty, gap.contains("and") || gap == [","],
                gap.allSatisfy({ ["and", ",", "the", "both"].contains($0) })
            else { break }
            cursor += 1
            members.append(cursor)
        }
        cursor = index
        while cursor > 0 {
            let gap = tokens[mentions[cursor - 1].range.upperBound..<mentions[cursor].range.lowerBound].map(\.norm)
            guard !gap.isEmpty, gap.contains("and") || gap == [","],
                gap.allSatisfy({ ["and", ",", "the", "both"].contains($0) })
            else { break }
            cursor -= 1
            members.insert(cursor, at: 0)
        }
        return members
    }

    /// Determiners and prepositions before which a participle is an adjective, not a verb.
    static let attributiveContext: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "certain", "some", "any", "its", "their", "his", "her",
        "our", "all", "many", "several", "of", "in", "within", "on", "for", "newly", "internationally", "widely",
    ]

    /// "internationally recognized Ukrainian territories", "the condemned prisoners": a participle used as an
    /// adjective before a noun names no action.
    func isAttributive(at verb: Int) -> Bool {
        let word = tokens[verb].norm
        guard word.hasSuffix("ed") || Self.participles.contains(word), verb + 1 < tokens.count,
            tokens[verb + 1].isWord, tokens[verb + 1].norm != "by"
        else { return false }
        var index = verb - 1
        while index >= 0, tokens[index].norm.hasSuffix("ly"), !Self.attributiveContext.contains(tokens[index].norm) {
            index -= 1
        }
        return index >= 0 && Self.attributiveContext.contains(tokens[index].norm)
    }

    /// A verb passive when a form of "be" precedes it (adverbs and "not" may stand between) and it is a participle.
    func isPassive(at verb: Int) -> Bool {
        let word = tokens[verb].norm
        guard word.hasSuffix("ed") || Self.participles.contains(word) else { return false }
        var index = verb - 1
        while index >= 0, index >= verb - 3 {
            let norm = tokens[index].norm
            if Self.beForms.contains(norm) { return norm != "'s" || index > 0 }
            guard norm.hasSuffix("ly") || norm == "not" || norm == "n't" || norm == "also" else { return false }
            index -= 1
        }
        return false
    }

    /// "did not recognise", "refused to condemn": a negation or refusal between the subject and the verb.
    func isNegated(before verb: Int, after subjectEnd: Int?) -> Bool {
        let start = max(subjectEnd ?? 0, verb - 4)
        guard start < verb else { return false }
        for index in start..<verb {
            let norm = tokens[index].norm
            if Self.negations.contains(norm) {
                // "not only … but also" affirms.
                if norm == "not", index + 1 < tokens.count, tokens[index + 1].norm == "only" { continue }
                return true
            }
            if Self.refusals.contains(norm), index + 1 < verb, tokens[index + 1].norm == "to" { return true }
        }
        return false
    }

    /// Two matches joined as coordinated verbs of one subject: "condemned X and imposed sanctions on Y".
    func coordinated(_ first: ActionMatch, _ second: ActionMatch) -> Bool {
        guard first.last < second.first else { return false }
        let between = tokens[(first.last + 1)..<second.first]
        guard let and = between.lastIndex(where: { $0.norm == "and" }) else { return false }
        let afterAnd = tokens[(and + 1)..<second.first]
        // Only adverbs or auxiliaries between "and" and the verb: "and also imposed", "and has imposed".
        guard
            afterAnd.allSatisfy({
                $0.norm.hasSuffix("ly") || ["also", "has", "have", "had", "then", "later"].contains($0.norm)
            })
        else { return false }
        // No new subject between: no mention after "and".
        return !mentions.contains { $0.range.lowerBound > and && $0.range.lowerBound < second.first }
    }

    private func precededByBetween(_ group: [Int]) -> Bool {
        guard let first = group.first else { return false }
        return mentions[first].preceding == "between"
    }
}
