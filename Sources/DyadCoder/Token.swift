/// A word or punctuation mark of a sentence.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// `'s`, `'` after a plural.
        case possessive
        case punctuation
    }

    /// The text as written.
    var text: Substring
    /// Lowercased, accents folded.
    var norm: String
    var kind: Kind
    /// True when the word starts with a capital letter.
    var capitalized: Bool
    /// The lexicon's id for `norm`, -1 when no dictionary phrase or pattern uses the word.
    var id: Int32 = -1
    /// The closed classes the word belongs to (preposition, negation, speech verb …).
    var classes: WordClass = []

    var isWord: Bool { kind == .word || kind == .number }
}
