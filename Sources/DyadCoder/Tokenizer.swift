/// Splits a sentence into tokens: words (with `U.S.`-style abbreviations and `1,000`-style numbers kept
/// whole), possessives (`'s`, `’s`), contractions (`n't`), and punctuation (hyphens inside words included,
/// so `pro-Russian` is `pro`, `-`, `russian`).
enum Tokenizer {
    static func tokens(in sentence: Substring) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(sentence.utf8.count / 5)
        let scalars = sentence.unicodeScalars
        var index = scalars.startIndex
        let end = scalars.endIndex

        func emit(_ from: String.Index, _ to: String.Index, _ kind: Token.Kind) {
            let text = sentence[from..<to]
            let first = text.unicodeScalars.first
            let capitalized = first.map { $0.properties.isUppercase } ?? false
            tokens.append(Token(text: text, norm: Normalize.word(text), kind: kind, capitalized: capitalized))
        }

        while index < end {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                var isNumber = scalar.properties.numericType != nil
                var cursor = scalars.index(after: index)
                while cursor < end {
                    let next = scalars[cursor]
                    if isWordScalar(next) {
                        if next.properties.numericType == nil { isNumber = false }
                        cursor = scalars.index(after: cursor)
                        continue
                    }
                    // A period, comma or colon between digits stays inside a number: 1,000 3.5 10:30.
                    if isNumber, next == "." || next == "," || next == ":" {
                        let after = scalars.index(after: cursor)
                        if after < end, scalars[after].properties.numericType != nil {
                            cursor = after
                            continue
                        }
                    }
                    // U.S., U.N., a.m.: single letters joined by periods.
                    if next == ".", isInitialism(scalars, from: start, to: cursor) {
                        let after = scalars.index(after: cursor)
                        cursor = after
                        if after < end, isLetter(scalars[after]) {
                            let afterLetter = scalars.index(after: after)
                            if afterLetter < end, scalars[afterLetter] == "." {
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
                if cursor < end, isApostrophe(scalars[cursor]) {
                    let after = scalars.index(after: cursor)
                    if after < end, scalars[after] == "t" || scalars[after] == "T", wordEnd > start {
                        let beforeApostrophe = scalars.index(before: cursor)
                        if scalars[beforeApostrophe] == "n" || scalars[beforeApostrophe] == "N" {
                            wordEnd = beforeApostrophe
                        }
                    }
                }
                emit(start, wordEnd, isNumber ? .number : .word)
                if wordEnd < cursor {
                    let afterT = scalars.index(after: scalars.index(after: cursor))
                    tokens.append(
                        Token(text: sentence[wordEnd..<afterT], norm: "n't", kind: .word, capitalized: false))
                    index = afterT
                    continue
                }
                index = cursor
                continue
            }
            if isApostrophe(scalar) {
                let after = scalars.index(after: index)
                // 's possessive (or "is"/"has" contraction, which the coder treats alike).
                if after < end, scalars[after] == "s" || scalars[after] == "S" {
                    let afterS = scalars.index(after: after)
                    if afterS == end || !isWordScalar(scalars[afterS]) {
                        tokens.append(
                            Token(text: sentence[index..<afterS], norm: "'s", kind: .possessive, capitalized: false))
                        index = afterS
                        continue
                    }
                }
                // Plural possessive: allies' → allies, '
                if let last = tokens.last, last.kind == .word, last.norm.hasSuffix("s"),
                    last.text.endIndex == index, after == end || !isWordScalar(scalars[after])
                {
                    tokens.append(
                        Token(text: sentence[index..<after], norm: "'s", kind: .possessive, capitalized: false))
                    index = after
                    continue
                }
            }
            let after = scalars.index(after: index)
            emit(index, after, .punctuation)
            index = after
        }
        return tokens
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    @inline(__always) static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// True when `start..<end` is one letter, or letter-period runs like `U.S` — the head of an initialism.
    static func isInitialism(_ scalars: Substring.UnicodeScalarView, from start: String.Index, to end: String.Index)
        -> Bool
    {
        var count = 0
        var index = start
        var expectLetter = true
        while index < end {
            let scalar = scalars[index]
            if expectLetter {
                guard isLetter(scalar) else { return false }
                count += 1
            } else {
                guard scalar == "." else { return false }
            }
            expectLetter.toggle()
            index = scalars.index(after: index)
        }
        return count >= 1 && !expectLetter && scalars[start].properties.isUppercase
    }
}
