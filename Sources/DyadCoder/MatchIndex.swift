/// The action patterns compiled into flat integer tables (compressed rows), so that matching a sentence does
/// no hashing and no reference counting: word id → lemma ids, lemma id → patterns starting with it, pattern →
/// its lemma sequence.
struct MatchIndex: Sendable {
    /// `lemmaFlat[lemmaStart[w]..<lemmaStart[w + 1]]` are the lemmas of word id `w`.
    private(set) var lemmaStart: [Int32] = [0]
    private(set) var lemmaFlat: [Int32] = []
    /// `patternFlat[patternStart[l]..<patternStart[l + 1]]` are the patterns whose first lemma is `l`.
    private(set) var patternStart: [Int32] = [0]
    private(set) var patternFlat: [Int32] = []
    /// `wordFlat[wordStart[p]..<wordStart[p + 1]]` is pattern `p`'s lemma sequence.
    private(set) var wordStart: [Int32] = [0]
    private(set) var wordFlat: [Int32] = []
    /// Per lemma: a negation ("no", "not"), which follows the word before it with no gap.
    private(set) var isNegation: [Bool] = []
    /// Per pattern: a phrase that is no event.
    private(set) var isNull: [Bool] = []
    /// Per pattern: its words after the first, hashed to one bit each of 64 (see `signature(of:)`): a pattern whose
    /// bits the sentence's signature lacks can't match, which one AND tells.
    private(set) var signatures: [UInt64] = []

    @inline(__always) static func signatureBit(_ lemma: Int32) -> UInt64 { 1 << UInt64(Int(lemma) & 63) }

    init() {}

    init(lemmasOfWord: [[Int32]], lemmas: [String], patterns: [Lexicon.ActionPattern]) {
        isNegation = lemmas.map { ["no", "not", "=no", "=not"].contains($0) }
        isNull = patterns.map(\.isNull)
        for ofWord in lemmasOfWord {
            lemmaFlat += ofWord
            lemmaStart.append(Int32(lemmaFlat.count))
        }
        var byFirst = Array(repeating: [Int32](), count: lemmas.count)
        for (index, pattern) in patterns.enumerated() {
            byFirst[Int(pattern.words[0])].append(Int32(index))
            signatures.append(pattern.words.dropFirst().reduce(0) { $0 | Self.signatureBit($1) })
            wordFlat += pattern.words
            wordStart.append(Int32(wordFlat.count))
        }
        for list in byFirst {
            patternFlat += list
            patternStart.append(Int32(patternFlat.count))
        }
    }

    @inline(__always) func lemmas(ofWord id: Int32) -> Range<Int> {
        guard id >= 0, Int(id) + 1 < lemmaStart.count else { return 0..<0 }
        return Int(lemmaStart[Int(id)])..<Int(lemmaStart[Int(id) + 1])
    }

    @inline(__always) func patterns(startingWith lemma: Int32) -> Range<Int> {
        Int(patternStart[Int(lemma)])..<Int(patternStart[Int(lemma) + 1])
    }

    @inline(__always) func words(of pattern: Int32) -> Range<Int> {
        Int(wordStart[Int(pattern)])..<Int(wordStart[Int(pattern) + 1])
    }

    /// True when word id `id` is a form of `lemma`.
    @inline(__always) func word(_ id: Int32, isFormOf lemma: Int32) -> Bool {
        for index in lemmas(ofWord: id) where lemmaFlat[index] == lemma { return true }
        return false
    }
}
