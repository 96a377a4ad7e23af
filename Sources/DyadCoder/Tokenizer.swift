/// Splits a sentence into tokens: words (with `U.S.`-style abbreviations and `1,000`-style numbers kept
/// whole), possessives (`'s`, `’s`), contractions (`n't`), and punctuation (hyphens inside words included,
/// so `pro-Russian` is `pro`, `-`, `russian`).
///
/// Works on the sentence's UTF-8 bytes; only non-ASCII scalars are decoded.
enum Tokenizer {
    /// With a `vocabulary`, each token also gets its word id, and a word found there shares the vocabulary's
    /// string instead of building its own.
    static func tokens(in sentence: Substring, vocabulary: WordTable? = nil) -> [Token] {
        UTF8Scanner.scanning(sentence) { tokens(in: sentence, $0, vocabulary) }
    }

    private static func tokens(in sentence: Substring, _ text: UTF8Scanner, _ vocabulary: WordTable?) -> [Token] {
        var indexer = OffsetIndexer(sentence)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var index = 0
        let end = text.count
        var lastWordEnd = -1

        func emit(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let capitalized = ScalarClass.isUpper(text.scalar(at: from))
            let bytes = UnsafeBufferPointer(rebasing: text.bytes[from..<to])
            if let vocabulary, let id = vocabulary.id(lowercasing: bytes) {
                tokens.append(
                    Token(
                        start: Int32(from), end: Int32(to), norm: vocabulary.words[Int(id)], kind: kind,
                        capitalized: capitalized, hasLowercase: bytes.contains { $0 >= 0x61 && $0 <= 0x7A },
                        id: id))
                return
            }
            let norm: String
            let hasLowercase: Bool
            var ascii = true
            if let word = Normalize.asciiWord(bytes) {
                (norm, hasLowercase) = word
            } else {
                ascii = false
                let slice = indexer.slice(from, to)
                norm = Normalize.word(slice)
                hasLowercase = slice.unicodeScalars.contains { $0.properties.isLowercase }
            }
            append(from, to, norm, kind, capitalized, hasLowercase, ascii: ascii)
        }

        func emitFixed(_ from: Int, _ to: Int, _ norm: String, _ kind: Token.Kind) {
            let hasLowercase = text.bytes[from..<to].contains { $0 >= 0x61 && $0 <= 0x7A }
            append(from, to, norm, kind, false, hasLowercase, ascii: false)
        }

        /// A token not looked up from its bytes: an ASCII word missing from the vocabulary needs no second look.
        func append(
            _ from: Int, _ to: Int, _ norm: String, _ kind: Token.Kind, _ capitalized: Bool, _ hasLowercase: Bool,
            ascii: Bool
        ) {
            let id = ascii ? nil : vocabulary?.id(of: norm)
            tokens.append(
                Token(
                    start: Int32(from), end: Int32(to), norm: norm, kind: kind, capitalized: capitalized,
                    hasLowercase: hasLowercase, id: id ?? -1))
        }

        while index < end {
            let scalar = text.scalar(at: index)
            if ScalarClass.isSpace(scalar) {
                index = text.next(index)
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                var isNumber = ScalarClass.isDigit(scalar)
                var cursor = text.next(index)
                while cursor < end {
                    let next = text.scalar(at: cursor)
                    if isWordScalar(next) {
                        if !ScalarClass.isDigit(next) { isNumber = false }
                        cursor = text.next(cursor)
                        continue
                    }
                    // A period, comma or colon between digits stays inside a number: 1,000 3.5 10:30.
                    if isNumber, next == "." || next == "," || next == ":" {
                        let after = cursor + 1
                        if after < end, ScalarClass.isDigit(text.scalar(at: after)) {
                            cursor = after
                            continue
                        }
                    }
                    // U.S., U.N., a.m.: single letters joined by periods.
                    if next == ".", isInitialism(text, from: start, to: cursor) {
                        let after = cursor + 1
                        cursor = after
                        if after < end, ScalarClass.isLetter(text.scalar(at: after)) {
                            let afterLetter = text.next(after)
                            if afterLetter < end, text.bytes[afterLetter] == UInt8(ascii: ".") {
                                cursor = afterLetter
                                continue
                            }
                        }
                        break
                    }
                    break
                }
                // Contractions: did|n't, ca|n't.
                var wordEnd = cursor
                if cursor < end, isApostrophe(text.scalar(at: cursor)) {
                    let after = text.next(cursor)
                    if after < end, text.bytes[after] | 0x20 == UInt8(ascii: "t"), cursor - 1 > start,
                        text.bytes[cursor - 1] | 0x20 == UInt8(ascii: "n")
                    {
                        wordEnd = cursor - 1
                    }
                }
                emit(start, wordEnd, isNumber ? .number : .word)
                lastWordEnd = wordEnd
                if wordEnd < cursor {
                    let afterT = text.next(text.next(cursor))
                    emitFixed(wordEnd, afterT, "n't", .word)
                    index = afterT
                    continue
                }
                index = cursor
                continue
            }
            if isApostrophe(scalar) {
                let after = text.next(index)
                // 's possessive (or "is"/"has" contraction, which the coder treats alike).
                if after < end, text.bytes[after] | 0x20 == UInt8(ascii: "s") {
                    let afterS = after + 1
                    if afterS == end || !isWordScalar(text.scalar(at: afterS)) {
                        emitFixed(index, afterS, "'s", .possessive)
                        index = afterS
                        continue
                    }
                }
                // Plural possessive: allies' → allies, '
                if let last = tokens.last, last.kind == .word, last.norm.endsWith("s"), lastWordEnd == index,
                    after == end || !isWordScalar(text.scalar(at: after))
                {
                    emitFixed(index, after, "'s", .possessive)
                    index = after
                    continue
                }
            }
            let after = text.next(index)
            emit(index, after, .punctuation)
            index = after
        }
        return tokens
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
    }

    @inline(__always) static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// True when `start..<end` is one letter, or letter-period runs like `U.S` — the head of an initialism.
    static func isInitialism(_ text: UTF8Scanner, from start: Int, to end: Int) -> Bool {
        var count = 0
        var index = start
        var expectLetter = true
        while index < end {
            let scalar = text.scalar(at: index)
            if expectLetter {
                guard ScalarClass.isLetter(scalar) else { return false }
                count += 1
            } else {
                guard scalar == "." else { return false }
            }
            expectLetter.toggle()
            index = text.next(index)
        }
        return count >= 1 && !expectLetter && ScalarClass.isUpper(text.scalar(at: start))
    }
}
