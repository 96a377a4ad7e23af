/// A word or punctuation mark of a sentence.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// `'s`, `'` after a plural.
        case possessive
        case punctuation
    }

    /// Where the text as written lies in its sentence: UTF-8 byte offsets from the sentence's start (kept as
    /// offsets so that a token holds no reference to the sentence's storage).
    var start: Int32
    var end: Int32
    /// Lowercased, accents folded.
    var norm: String
    var kind: Kind
    /// True when the word starts with a capital letter.
    var capitalized: Bool
    /// True when the text as written has a lowercase letter ("NATO" has none).
    var hasLowercase: Bool
    /// The lexicon's id for `norm`, -1 when no dictionary phrase or pattern uses the word.
    var id: Int32 = -1
    /// The closed classes the word belongs to (preposition, negation, speech verb …).
    var classes: WordClass = []

    var isWord: Bool { kind == .word || kind == .number }

    /// The token's normal form is `word`. The lengths are compared first: Swift compares two unequal small strings on
    /// a slow path, and most words a rule asks about are not the token's.
    @inline(__always) func reads(_ word: String) -> Bool { norm.utf8.count == word.utf8.count && norm == word }

    /// The text as written, in `sentence` (the one the token was read from).
    func text(in sentence: Substring) -> Substring {
        let utf8 = sentence.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let to = utf8.index(from, offsetBy: Int(end - start))
        return sentence[from..<to]
    }
}
