/// A matched action pattern: which pattern, where its first and last words stand, how many words it has.
struct ActionMatch: Sendable {
    var pattern: Int
    var first: Int
    var last: Int
    var wordCount: Int

    var span: Range<Int> { first..<(last + 1) }
}

/// Finds action patterns in a sentence: pattern words in order, up to `maxGap` other words between two of
/// them (only determiners for a phrase that is no event), no clause punctuation inside a gap; overlapping matches resolved in
/// favour of more words.
struct ActionFinder {
    let lexicon: Lexicon
    var maxGap = 3

    /// With `mentions`, a run of actors ("the leaders of Serbia and Kosovo", "the Russian Defence Ministry") counts
    /// as one word in a gap: "told the leaders of Serbia and Kosovo to attend".
    func matches(in tokens: [Token], mentions: [Mention] = []) -> [ActionMatch] {
        let index = lexicon.matchIndex
        let runs = Self.actorRuns(mentions, tokens: tokens)
        var found: [ActionMatch] = []
        found.reserveCapacity(16)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.filterWords) { filter in
            // The sentence's lemmas, hashed into a bit set: a pattern with a word the sentence lacks is not tried.
            filter.initialize(repeating: 0)
            var signature: UInt64 = 0
            for token in tokens where token.id >= 0 {
                for slot in index.lemmas(ofWord: token.id) {
                    Self.insert(index.lemmaFlat[slot], into: filter)
                    signature |= MatchIndex.signatureBit(index.lemmaFlat[slot])
                }
            }
            for start in tokens.indices where tokens[start].id >= 0 {
                for lemmaSlot in index.lemmas(ofWord: tokens[start].id) {
                    let lemma = index.lemmaFlat[lemmaSlot]
                    for patternSlot in index.patterns(startingWith: lemma) {
                        let pattern = index.patternFlat[patternSlot]
                        let needed = index.signatures[Int(pattern)]
                        guard needed & signature == needed else { continue }
                        let words = index.words(of: pattern)
                        guard words.dropFirst().allSatisfy({ Self.contains(index.wordFlat[$0], in: filter) }) else {
                            continue
                        }
                        let isNull = index.isNull[Int(pattern)]
                        if let last = match(
                            words, from: start, isNull: isNull, index: index, tokens: tokens, runs: runs)
                        {
                            found.append(
                                ActionMatch(pattern: Int(pattern), first: start, last: last, wordCount: words.count))
                        }
                    }
                }
            }
        }
        passiveMatches(in: tokens, index: index, into: &found)
        // A phrase that is no event keeps its span from the others, then goes; so does a match inside a name.
        return (found.count > 1 ? select(found) : found).filter {
            !index.isNull[$0.pattern] && !isInsideName($0, in: tokens)
        }
    }

    /// Verb–noun patterns in the passive's order: "the agreement was signed by …", "sanctions were imposed on …",
    /// "talks were broken off". A verb–noun (or verb–particle–noun) pattern whose noun stands within six words before
    /// a form of "be" and whose verb is the participle after it matches at the participle (which the roles then read
    /// as a passive).
    private func passiveMatches(in tokens: [Token], index: MatchIndex, into found: inout [ActionMatch]) {
        // (From each form of "be", a bit test, to the participle after it: most sentences have one or none.)
        for be in tokens.indices where tokens[be].classes.contains(.be) && !tokens[be].reads("'s") {
            var position = be + 1
            while position < tokens.count - 1, tokens[position].kind == .word, tokens[position].norm.endsWith("ly") {
                position += 1
            }
            guard position < tokens.count, tokens[position].id >= 0 else { continue }
            let token = tokens[position]
            guard Intent.isPastVerb(token) || token.classes.contains(.participle) else { continue }
            for lemmaSlot in index.lemmas(ofWord: token.id) {
                for patternSlot in index.patterns(startingWith: index.lemmaFlat[lemmaSlot]) {
                    let pattern = index.patternFlat[patternSlot]
                    let words = index.words(of: pattern)
                    guard words.count == 2 || words.count == 3, !index.isNull[Int(pattern)] else { continue }
                    let noun = index.wordFlat[words.upperBound - 1]
                    guard
                        tokens[max(0, be - 6)..<be].contains(where: { $0.id >= 0 && index.word($0.id, isFormOf: noun) })
                    else { continue }
                    // ("talks … would be broken off": a particle follows the participle.)
                    var last = position
                    if words.count == 3 {
                        let particle = index.wordFlat[words.lowerBound + 1]
                        guard position + 1 < tokens.count, tokens[position + 1].id >= 0,
                            index.word(tokens[position + 1].id, isFormOf: particle)
                        else { continue }
                        last = position + 1
                    }
                    found.append(
                        ActionMatch(pattern: Int(pattern), first: position, last: last, wordCount: words.count))
                }
            }
        }
    }

    /// "Brothers to the Rescue", "Modern Chinese Studies": pattern words written with capitals inside a sentence (not
    /// opening it or a quotation) are part of a name, not an action; but a meeting or an exercise named is held
    /// ("the Hanoi Summit", "the Malabar Joint Maritime Exercise"). (Acronyms in capitals, "IED", are words.)
    func isInsideName(_ match: ActionMatch, in tokens: [Token]) -> Bool {
        let root = lexicon.patterns[match.pattern].action.rootNumber
        guard root != 4, root != 6 else { return false }
        for position in [match.first, match.last] {
            let token = tokens[position]
            guard position > 0, token.kind == .word, token.capitalized, token.hasLowercase else { return false }
            let before = tokens[position - 1]
            if before.kind == .punctuation, !before.reads(",") { return false }
        }
        return true
    }

    /// The lemma filter's size in 64-bit words (1,024 bits: a sentence's few dozen lemmas leave most clear).
    private static let filterWords = 16

    @inline(__always) private static func insert(_ lemma: Int32, into filter: UnsafeMutableBufferPointer<UInt64>) {
        let bit = Int(lemma) & (filterWords * 64 - 1)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) private static func contains(_ lemma: Int32, in filter: UnsafeMutableBufferPointer<UInt64>)
        -> Bool
    {
        let bit = Int(lemma) & (filterWords * 64 - 1)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The position of the pattern's last word when its words (`words`, slots in the index) match from `start`.
    /// The words of a phrase that is no event (`isNull`) may have only determiners between them.
    private func match(
        _ words: Range<Int>, from start: Int, isNull: Bool, index: MatchIndex, tokens: [Token], runs: [Int]
    ) -> Int? {
        var cursor = start + 1
        for slot in words.dropFirst() {
            let word = index.wordFlat[slot]
            var found = -1
            var position = cursor
            // A negation in a pattern ("say no") belongs to the word before it: no gap.
            let gap = index.isNegation[Int(word)] ? 0 : maxGap
            var steps = 0
            while position < tokens.count, steps <= gap {
                // ("agreed to a U.S.-mediated deal": a word after a hyphen in the gap is part of a compound
                // adjective, not the pattern's verb.)
                if index.word(tokens[position].id, isFormOf: word),
                    position == cursor || !tokens[position - 1].reads("-")
                {
                    found = position
                    break
                }
                // (A verb of speech in the gap starts another clause: "Israel's military said it struck …" is no
                // "military strike".)
                if Self.breaksGap(tokens[position]) || tokens[position].classes.contains(.speechVerb)
                    || (isNull && !tokens[position].classes.contains(.determiner))
                {
                    break
                }
                // "launched more than 300 drones and missiles", "fired an intermediate-range ballistic missile":
                // numbers, words of quantity and the rest of a hyphenated word take no step of the gap (within
                // twice its length).
                if !isNull, position - cursor < 2 * maxGap + 2, Self.isFree(position, in: tokens) {
                    position += 1
                    continue
                }
                if !isNull, !runs.isEmpty, runs[position] > 0 {
                    let end = runs[position]
                    // A pattern word inside the run still counts ("expelled 12 Russian diplomats").
                    if let inside = ((position + 1)..<end).first(where: {
                        index.word(tokens[$0].id, isFormOf: word)
                    }) {
                        found = inside
                        break
                    }
                    position = end
                } else {
                    position += 1
                }
                steps += 1
            }
            guard found >= 0 else { return nil }
            cursor = found + 1
        }
        return cursor - 1
    }

    /// Where each run of actors ends, by the token it starts at (0 where none starts): one mention of two words or
    /// more, or mentions joined by "and", "or" or commas in a list that "and" or "or" closes. Empty when there is
    /// no such run.
    static func actorRuns(_ mentions: [Mention], tokens: [Token]) -> [Int] {
        var runs: [Int] = []
        var index = 0
        while index < mentions.count {
            let start = mentions[index].range.lowerBound
            var end = mentions[index].range.upperBound
            var next = index + 1
            var closed = false  // joined by "and" or "or", not by commas alone ("In Beijing, Macron urged …")
            while next < mentions.count, mentions[next].range.lowerBound == end + 1,
                ["and", "or", ","].contains(tokens[end].norm)
            {
                closed = closed || !tokens[end].reads(",")
                end = mentions[next].range.upperBound
                next += 1
            }
            if !closed, next > index + 1 {
                end = mentions[index].range.upperBound
                next = index + 1
            }
            if end - start >= 2 {
                if runs.isEmpty { runs = Array(repeating: 0, count: tokens.count) }
                runs[start] = end
            }
            index = next
        }
        return runs
    }

    /// A number, a currency sign, a word of quantity ("more than", "about", "dozens"), a possessive ("called Russia's
    /// action a violation"), a hyphen or the word after one.
    static func isFree(_ position: Int, in tokens: [Token]) -> Bool {
        let token = tokens[position]
        if token.kind == .number || token.kind == .possessive || token.classes.contains(.quantity) { return true }
        if token.kind == .punctuation { return token.reads("-") || Self.isCurrency(token) }
        return position > 0 && tokens[position - 1].kind == .punctuation && tokens[position - 1].reads("-")
    }

    static let quantityWords: Set<String> = [
        "more", "than", "about", "nearly", "almost", "some", "least", "roughly", "around", "approximately",
        "dozens", "hundreds", "thousands", "several", "numerous",
    ]

    /// Punctuation that ends a phrase; hyphens, dashes, possessives and quotes may stand inside a gap.
    static func breaksGap(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let byte = token.norm.utf8.first else { return false }
        // (The norm: typographic apostrophes are plain there.) - " ' and the typographic quotes and dashes (UTF-8 lead byte E2).
        return !(byte == 0x2D || byte == 0x22 || byte == 0x27 || byte == 0xE2) && !isCurrency(token)
    }

    /// "$", "£" (and "€", whose lead byte the typographic marks share): "signed a $110 billion arms deal".
    static func isCurrency(_ token: Token) -> Bool { token.reads("$") || token.reads("£") || token.reads("€") }

    static let accusationOfAggression = "1123"
    /// The roots of an alleged act of aggression: coercion, assault, fighting, mass violence.
    static let allegedRoots: RootSet = [17, 18, 19, 20]

    /// Keeps the best non-overlapping matches (by span): more pattern words first, then the tighter span, then
    /// earlier.
    private func select(_ matches: [ActionMatch]) -> [ActionMatch] {
        let ranked = matches.sorted {
            if $0.wordCount != $1.wordCount { return $0.wordCount > $1.wordCount }
            if $0.span.count != $1.span.count { return $0.span.count < $1.span.count }
            if $0.first != $1.first { return $0.first < $1.first }
            return $0.pattern < $1.pattern
        }
        // A chosen match owns its whole span: "invasion forces" inside "withdrawal of some invasion forces"
        // is a modifier, not a second action.
        // (Which chosen match owns each token, -1 for none.)
        var owner = [Int](repeating: -1, count: matches.map(\.span.upperBound).max() ?? 0)
        var chosen: [ActionMatch] = []
        var dropped: [Bool] = []
        let isNull = lexicon.matchIndex.isNull
        var anyDropped = false
        for match in ranked {
            // "the freezing of all new trade and investment transactions": a phrase that is no event, as long as an
            // event pattern whose head stands before it, gives way to it ("Japan's trade surplus with China" stays no
            // event: there "trade" heads both).
            var blocked = false
            var yields = !isNull[match.pattern]
            for index in match.span where owner[index] >= 0 {
                blocked = true
                let blocker = chosen[owner[index]]
                if !isNull[blocker.pattern] || blocker.first <= match.first || blocker.wordCount != match.wordCount {
                    yields = false
                    break
                }
            }
            if blocked {
                guard yields else { continue }
                for index in match.span where owner[index] >= 0 {
                    let blocker = owner[index]
                    dropped[blocker] = true
                    anyDropped = true
                    for position in chosen[blocker].span { owner[position] = -1 }
                }
            }
            for index in match.span { owner[index] = chosen.count }
            chosen.append(match)
            dropped.append(false)
        }
        if anyDropped { chosen = zip(chosen, dropped).filter { !$0.1 }.map(\.0) }
        // "accused Thai forces of launching an attack on Cambodian positions": an accusation of aggression names the
        // act alleged, which is coded too (from the accused), as "X said Y attacked Z" is.
        for accusation in chosen where lexicon.patterns[accusation.pattern].action.code == Self.accusationOfAggression {
            let alleged = ranked.first {
                $0.first > accusation.first && $0.last <= accusation.last
                    && Self.allegedRoots.contains(lexicon.patterns[$0.pattern].action.rootNumber)
            }
            if let alleged { chosen.append(alleged) }
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
