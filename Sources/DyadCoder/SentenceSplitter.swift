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
        let whole = text[...]
        let ranges = UTF8Scanner.scanning(whole) { sentenceRanges($0) }
        var indexer = OffsetIndexer(whole)
        var sentences = ranges.map { indexer.slice($0.lowerBound, $0.upperBound) }
        // A wire story's dateline ("BELGRADE (Reuters) -") is no part of its first sentence.
        if let first = sentences.first, let start = Dateline.end(in: first) { sentences[0] = first[start...] }
        return sentences
    }

    private static func sentenceRanges(_ scan: UTF8Scanner) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Lines first; the lines of one paragraph are joined unless a line break ends a sentence.
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (offset, byte) in scan.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(lineStart..<offset)
            lineStart = offset + 1
        }
        lines.append(lineStart..<scan.count)
        var pending: Range<Int>?
        func flush() {
            if let chunk = pending { split(chunk, scan, into: &ranges) }
            pending = nil
        }
        for (number, line) in lines.enumerated() {
            let trimmed = trim(line, scan)
            if trimmed.isEmpty {
                flush()
                continue
            }
            pending = (pending?.lowerBound ?? trimmed.lowerBound)..<trimmed.upperBound
            let next = number + 1 < lines.count ? trim(lines[number + 1], scan) : nil
            if endsSentence(trimmed, next: next, scan) { flush() }
        }
        flush()
        return ranges
    }

    /// Function words that never end a headline: a line ending in one is a hard-wrapped sentence.
    static let continuations: Set<String> = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "as", "that", "its",
        "their", "his", "her", "is", "was", "were", "are", "has", "have", "had", "will", "would", "be", "not",
    ]

    static let closers: Set<Unicode.Scalar> = ["\"", "”", "'", "’", ")", "]"]
    static let openers: Set<Unicode.Scalar> = ["\"", "“", "'", "‘", "("]
    static let lineEnders: Set<Unicode.Scalar> = [".", "!", "?", ":", "\"", "”", "'", "’", ")"]
    static let lineContinuers: Set<Unicode.Scalar> = [",", ";", "-", "–", "—", "("]

    /// Whether a line break after `line` ends a sentence: after end punctuation, or after a short line (a
    /// headline, a caption) that doesn't end in a function word when the next line starts with a capital.
    private static func endsSentence(_ line: Range<Int>, next: Range<Int>?, _ scan: UTF8Scanner) -> Bool {
        guard !line.isEmpty else { return true }
        let last = scan.scalar(at: scan.previous(line.upperBound))
        if lineEnders.contains(last) { return true }
        guard line.count < 90, !lineContinuers.contains(last) else { return false }
        var wordStart = line.upperBound
        while wordStart > line.lowerBound, scan.bytes[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
        let lastWord = String(decoding: scan.bytes[wordStart..<line.upperBound], as: UTF8.self).lowercased()
        if continuations.contains(lastWord) { return false }
        guard let next, !next.isEmpty else { return true }
        return !ScalarClass.isLower(scan.scalar(at: next.lowerBound))
    }

    /// Splits one paragraph (which may span line breaks) at sentence-ending punctuation.
    private static func split(_ paragraph: Range<Int>, _ scan: UTF8Scanner, into ranges: inout [Range<Int>]) {
        var sentenceStart = paragraph.lowerBound
        var index = paragraph.lowerBound
        let bytes = scan.bytes
        while index < paragraph.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                index += 1
                continue
            }
            // Take closing quotes and brackets with the punctuation.
            var end = index + 1
            while end < paragraph.upperBound, closers.contains(scan.scalar(at: end)) { end = scan.next(end) }
            guard end < paragraph.upperBound, ScalarClass.isSpace(scan.scalar(at: end)) else {
                index = end
                continue
            }
            var next = end
            while next < paragraph.upperBound, ScalarClass.isSpace(scan.scalar(at: next)) { next = scan.next(next) }
            guard next < paragraph.upperBound else { break }
            if byte == UInt8(ascii: "."), !isBoundary(scan, period: index, next: next, end: paragraph.upperBound) {
                index = end
                continue
            }
            appendTrimmed(sentenceStart..<end, scan, to: &ranges)
            sentenceStart = next
            index = next
        }
        appendTrimmed(sentenceStart..<paragraph.upperBound, scan, to: &ranges)
    }

    private static func trim(_ range: Range<Int>, _ scan: UTF8Scanner) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, ScalarClass.isSpace(scan.scalar(at: start)) { start = scan.next(start) }
        while end > start, ScalarClass.isSpace(scan.scalar(at: scan.previous(end))) { end = scan.previous(end) }
        return start..<end
    }

    private static func appendTrimmed(_ range: Range<Int>, _ scan: UTF8Scanner, to ranges: inout [Range<Int>]) {
        var range = range
        // A subheading run into the paragraph after it, as feeds flatten them ("Trump approval During a visit
        // by Starmer …"): the heading is a sentence of its own.
        if let body = headingEnd(in: trim(range, scan), scan) {
            appendTrimmed(range.lowerBound..<body, scan, to: &ranges)
            range = body..<range.upperBound
        }
        let trimmed = trim(range, scan)
        var index = trimmed.lowerBound
        while index < trimmed.upperBound {
            if ScalarClass.isLetter(scan.scalar(at: index)) {
                ranges.append(trimmed)
                return
            }
            index = scan.next(index)
        }
    }

    /// A subheading run into the paragraph after it ("China trade with Mauritius on rise While India …"), split
    /// off by the splitter: it ends in a letter or digit, and a space (not a line break) follows it in the text.
    /// It names a section; it reports no event.
    static func isRunInHeading(_ sentence: Substring) -> Bool {
        guard let last = sentence.unicodeScalars.last, ScalarClass.isLetter(last) || ("0"..."9").contains(last),
            sentence.endIndex < sentence.base.endIndex
        else { return false }
        return sentence.base.unicodeScalars[sentence.endIndex] == " "
    }

    /// Words that open a sentence and never stand capitalised inside one (closed-class words: conjunctions,
    /// prepositions, pronouns).
    static let headingFollowers: Set<String> = [
        "During", "While", "When", "After", "Before", "Both", "Since", "Meanwhile", "However", "Although", "Despite",
        "Beyond", "Amid", "Besides", "Following", "According", "Yet", "But", "Instead",
    ]
    /// Pronouns that open the sentence after a heading whose last word is lowercase ("Trade talks It was …"; not
    /// "Bring Back Our Girls").
    static let headingPronouns: Set<String> = [
        "It", "He", "She", "They", "We", "There", "Its", "Their", "His", "Her", "Our", "These", "Those",
    ]
    /// Articles that open the sentence after a heading when a lowercase word follows them ("The changes"; not
    /// "The Hague" or "The Associated Press").
    static let headingArticles: Set<String> = ["The", "A", "An"]

    /// Where the sentence proper starts after a run-in subheading of at most six words: a word followed by a
    /// capitalised closed-class opener ("Financial strain Both camps …", "Position on China Beyond Ukraine, …"),
    /// or a lowercase word by a capitalised article and a lowercase word ("Chinese demand The changes …").
    private static func headingEnd(in range: Range<Int>, _ scan: UTF8Scanner) -> Int? {
        let bytes = scan.bytes
        let space = UInt8(ascii: " ")
        // Walks the first words, remembering whether the previous one was lowercase and ended in a letter;
        // builds a string only for a capitalised word right after such a word.
        var index = range.lowerBound
        var words = 0
        var previousLower = false
        // The previous word ended in a letter (a closed-class opener may follow a capitalised heading word:
        // "Position on China Beyond Ukraine, …").
        var previousWord = false
        while index < range.upperBound, words < 7 {
            while index < range.upperBound, bytes[index] == space { index += 1 }
            let start = index
            while index < range.upperBound, bytes[index] != space { index += 1 }
            guard start < index else { break }
            words += 1
            let first = bytes[start]
            // (Every opener is at most nine letters long; a longer word needs no string to tell.)
            if words > 1, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"), index < range.upperBound,
                previousWord, index - start <= 9
            {
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if headingFollowers.contains(word) { return start }
                if previousLower, headingPronouns.contains(word) { return start }
                if previousLower, headingArticles.contains(word) {
                    var next = index
                    while next < range.upperBound, bytes[next] == space { next += 1 }
                    if next < range.upperBound, ScalarClass.isLower(scan.scalar(at: next)) { return start }
                }
            }
            previousWord = ScalarClass.isLetter(scan.scalar(at: scan.previous(index)))
            previousLower = first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") && previousWord
        }
        return nil
    }

    /// Whether the period at `period` ends a sentence, given that the next non-space character is at `next`.
    private static func isBoundary(_ scan: UTF8Scanner, period: Int, next: Int, end: Int) -> Bool {
        let following = scan.scalar(at: next)
        // Sentences start with a capital, a digit or an opening quote.
        guard ScalarClass.isUpper(following) || ScalarClass.isDigit(following) || openers.contains(following) else {
            return false
        }
        // The word before the period.
        var wordStart = period
        while wordStart > 0 {
            let before = scan.previous(wordStart)
            let scalar = scan.scalar(at: before)
            if ScalarClass.isLetter(scalar) || scalar == "." { wordStart = before } else { break }
        }
        // Every abbreviation and initialism is short; a long word before the period ends the sentence.
        guard wordStart < period, period - wordStart <= 6 else { return true }
        let word = String(decoding: scan.bytes[wordStart..<period], as: UTF8.self).lowercased()
        let isInitialism = word.utf8.count == 1 || word.utf8.contains(UInt8(ascii: "."))
        guard abbreviations.contains(word) || isInitialism else { return true }
        // `U.S.` or `Gen.` then a common sentence-starting word: the sentence ends after all.
        if titles.contains(word) || word.count == 1 { return false }
        var wordEnd = next
        while wordEnd < end, ScalarClass.isLetter(scan.scalar(at: wordEnd)) { wordEnd = scan.next(wordEnd) }
        let nextWord = String(decoding: scan.bytes[next..<wordEnd], as: UTF8.self).lowercased()
        return sentenceStarters.contains(nextWord)
    }

    /// Abbreviated titles: always followed by a name, never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov",
    ]
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, ScalarClass.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, ScalarClass.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return self[start..<end]
    }
}
