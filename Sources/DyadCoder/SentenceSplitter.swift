/// Splits article text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by space and a word that
/// can start a sentence, unless the period ends a known abbreviation (`Mr.`, `Gen.`, `Sept.`) or a middle
/// initial. Blank lines always end a sentence; a single line break ends one when the line before it ends with
/// sentence punctuation or has no end punctuation and is short (a headline, a caption).
enum SentenceSplitter {
    /// Abbreviations after which a period does not end a sentence (lowercased, without the period).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "pres", "amb", "rev", "fr", "sr", "jr", "st", "mt", "ft", "hon", "supt", "insp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co",
        "corp", "dept", "est", "approx", "fig", "al", "e.g", "i.e", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m",
    ]

    /// Words that start sentences often enough that an initialism before them (`U.S.`) ends the sentence.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
        "these", "those", "his", "her", "their", "its", "there", "after", "before", "meanwhile", "however", "as",
        "last", "earlier", "later", "on", "for", "when", "while", "since", "if", "no", "some", "many", "both",
    ]

    /// The sentences of `text`, trimmed, in order.
    static func sentences(in text: String) -> [Substring] {
        var sentences: [Substring] = []
        // Split into lines first; join lines of one paragraph unless a line break ends a sentence.
        var lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.isEmpty { lines = [text[...]] }
        var pending: Substring? = nil
        func flush() {
            if let chunk = pending { split(chunk, into: &sentences) }
            pending = nil
        }
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let chunk = pending {
                // Extend the pending chunk to include this line (same underlying string, contiguous).
                pending = text[chunk.startIndex..<trimmed.endIndex]
            } else {
                pending = trimmed
            }
            if endsSentence(trimmed, next: number + 1 < lines.count ? lines[number + 1].trimmingWhitespace() : nil) {
                flush()
            }
        }
        flush()
        return sentences
    }

    /// Function words that never end a headline: a line ending in one is a hard-wrapped sentence.
    static let continuations: Set<String> = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "as", "that", "its",
        "their", "his", "her", "is", "was", "were", "are", "has", "have", "had", "will", "would", "be", "not",
    ]

    /// Whether a line break after `line` ends a sentence: after end punctuation, or after a short line (a
    /// headline, a caption) that doesn't end in a function word when the next line starts with a capital.
    private static func endsSentence(_ line: Substring, next: Substring?) -> Bool {
        guard let last = line.unicodeScalars.last else { return true }
        if ".!?:\"”'’)".unicodeScalars.contains(last) { return true }
        guard line.count < 70, !",;-–—(".unicodeScalars.contains(last) else { return false }
        let lastWord = line.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if continuations.contains(lastWord) { return false }
        guard let first = next?.unicodeScalars.first else { return true }
        return !first.properties.isLowercase
    }

    /// Splits one paragraph (which may span line breaks) at sentence-ending punctuation.
    private static func split(_ paragraph: Substring, into sentences: inout [Substring]) {
        let scalars = paragraph.unicodeScalars
        var sentenceStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index = scalars.index(after: index)
                continue
            }
            // Take closing quotes and brackets with the punctuation.
            var end = scalars.index(after: index)
            while end < scalars.endIndex, "\"”'’)]".unicodeScalars.contains(scalars[end]) {
                end = scalars.index(after: end)
            }
            guard end < scalars.endIndex, scalars[end].properties.isWhitespace else {
                index = end
                continue
            }
            var next = end
            while next < scalars.endIndex, scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            guard next < scalars.endIndex else { break }
            if scalar == "." && !isBoundary(paragraph, period: index, next: next) {
                index = end
                continue
            }
            appendTrimmed(paragraph[sentenceStart..<end], to: &sentences)
            sentenceStart = next
            index = next
        }
        appendTrimmed(paragraph[sentenceStart...], to: &sentences)
    }

    private static func appendTrimmed(_ text: Substring, to sentences: inout [Substring]) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { sentences.append(trimmed) }
    }

    /// Whether the period at `period` ends a sentence, given that the next non-space character is at `next`.
    private static func isBoundary(_ text: Substring, period: String.Index, next: String.Index) -> Bool {
        let scalars = text.unicodeScalars
        let following = scalars[next]
        // Sentences start with a capital, a digit or an opening quote.
        let startsSentence =
            following.properties.isUppercase || following.properties.numericType != nil
            || "\"“'‘(".unicodeScalars.contains(following)
        guard startsSentence else { return false }
        // The word before the period.
        var wordStart = period
        while wordStart > scalars.startIndex {
            let before = scalars.index(before: wordStart)
            let scalar = scalars[before]
            if scalar.properties.isAlphabetic || scalar == "." { wordStart = before } else { break }
        }
        let word = String(text[wordStart..<period]).lowercased()
        if word.isEmpty { return true }
        let isInitialism = word.count == 1 || word.contains(".")
        if abbreviations.contains(word) || isInitialism {
            // `U.S.` or `Gen.` then a common sentence-starting word: the sentence ends after all.
            var wordEnd = next
            while wordEnd < scalars.endIndex, scalars[wordEnd].properties.isAlphabetic {
                wordEnd = scalars.index(after: wordEnd)
            }
            let nextWord = String(text[next..<wordEnd]).lowercased()
            let titleLike = ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov"]
            if titleLike.contains(word) || word.count == 1 { return false }
            return sentenceStarters.contains(nextWord)
        }
        return true
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
