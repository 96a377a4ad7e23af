/// A matched action pattern: which pattern, and the token index of each of its words.
struct ActionMatch: Sendable {
    var pattern: Int
    var positions: [Int]

    var first: Int { positions[0] }
    var last: Int { positions[positions.count - 1] }
    var span: Range<Int> { first..<(last + 1) }
}

/// Finds action patterns in a sentence: pattern words in order, up to `maxGap` other words between two of
/// them, no clause punctuation inside a gap; overlapping matches resolved in favour of more words.
struct ActionFinder {
    let lexicon: Lexicon
    var maxGap = 3

    func matches(in tokens: [Token]) -> [ActionMatch] {
        let lemmas: [[Int32]] = tokens.map { lexicon.lemmasByForm[$0.norm] ?? [] }
        var found: [ActionMatch] = []
        for start in tokens.indices {
            for lemma in lemmas[start] {
                guard let candidates = lexicon.patternsByFirstWord[lemma] else { continue }
                for candidate in candidates {
                    let pattern = lexicon.patterns[Int(candidate)]
                    if let positions = match(pattern.words, from: start, lemmas: lemmas, tokens: tokens) {
                        found.append(ActionMatch(pattern: Int(candidate), positions: positions))
                    }
                }
            }
        }
        return select(found)
    }

    private func match(_ words: [Int32], from start: Int, lemmas: [[Int32]], tokens: [Token]) -> [Int]? {
        var positions = [start]
        positions.reserveCapacity(words.count)
        var cursor = start + 1
        for word in words.dropFirst() {
            var found: Int?
            var index = cursor
            while index < tokens.count, index <= cursor + maxGap {
                if lemmas[index].contains(word) {
                    found = index
                    break
                }
                if Self.breaksGap(tokens[index]) { break }
                index += 1
            }
            guard let found else { return nil }
            positions.append(found)
            cursor = found + 1
        }
        return positions
    }

    /// Punctuation that ends a phrase; hyphens, possessives and quotes may stand inside a gap.
    static func breaksGap(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        return !["-", "\"", "“", "”", "'", "‘", "’"].contains(token.norm)
    }

    /// Keeps the best non-overlapping matches (by span): more pattern words first, then the tighter span, then
    /// earlier.
    private func select(_ matches: [ActionMatch]) -> [ActionMatch] {
        let ranked = matches.sorted {
            if $0.positions.count != $1.positions.count { return $0.positions.count > $1.positions.count }
            if $0.span.count != $1.span.count { return $0.span.count < $1.span.count }
            if $0.first != $1.first { return $0.first < $1.first }
            return $0.pattern < $1.pattern
        }
        // A chosen match owns its whole span: "invasion forces" inside "withdrawal of some invasion forces"
        // is a modifier, not a second action.
        var taken = Set<Int>()
        var chosen: [ActionMatch] = []
        for match in ranked where !match.span.contains(where: taken.contains) {
            chosen.append(match)
            taken.formUnion(match.span)
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
