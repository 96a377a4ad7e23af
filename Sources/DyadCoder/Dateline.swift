/// The dateline that opens a wire story: "BELGRADE (Reuters) -", "BOGOTA, Colombia, Sept. 11 --", "ROTTERDAM,
/// Netherlands (AP) —", "WASHINGTON, Sep 15 (APP):", "THE HAGUE Nov 19". It says where the story was filed and
/// by whom, not who did anything: the coder reads the sentence after it. (Left in, "BEIJING" is a government
/// standing at the head of the sentence, where a subject stands.)
///
/// A dateline is a run of capital-letter words (the place), then, after a comma, at most a few capitalised words
/// (the country or region), a date, an agency in brackets, and a dash, underscore or colon. Without a separator,
/// an agency or a date ends it only if one of them is there. The news after it starts with a capital, a digit or
/// a quotation mark.
enum Dateline {
    /// Where the news starts in `sentence` after an opening dateline, or nil when it has none.
    static func end(in sentence: Substring) -> Substring.Index? {
        // Most stories open with a word in lower case after its capital: no dateline, and no need to read on.
        let head = sentence.utf8.prefix(2)
        guard head.count == 2, head.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return nil
        }
        var reader = Reader(text: sentence)
        // The place: words in capitals ("WADI ARABA CROSSING", "KHARTOUM/JUBA"), three letters at least.
        var letters = 0
        while let word = reader.peekWord(), isCapitalsWord(word) {
            letters += word.count(where: \.isLetter)
            reader.take(word)
        }
        guard letters >= 3 else { return nil }
        var marked = false  // a date, an agency or a separator was read
        var places = 0
        var afterComma = false
        while !reader.atEnd {
            if reader.takeSeparator() { return reader.newsStart() }
            if reader.take(",") {
                afterComma = true
                continue
            }
            if let agency = reader.peekBracketed(), isAgency(agency) {
                reader.take(agency)
                marked = true
                continue
            }
            guard let word = reader.peekWord() else { return nil }
            let bare = word.hasSuffix(".") ? word.dropLast() : word
            if DateResolver.months[bare.lowercased()] != nil, let day = reader.peekWord(after: word),
                day.allSatisfy(\.isNumber)
            {
                reader.take(word)
                reader.take(day)
                marked = true
                continue
            }
            // The region after a comma: "Netherlands", "Jordanian-Israeli Border", "Costa Rica".
            if afterComma, !marked, places < 4, word.first?.isUppercase == true, word.allSatisfy(isNameCharacter) {
                reader.take(word)
                places += 1
                continue
            }
            // No separator: the news starts after a date or an agency ("HAVANA (AP) Stepping into history").
            return marked ? reader.newsStart() : nil
        }
        return nil
    }

    /// A word in capitals: "BELGRADE", "KHARTOUM/JUBA", "N'DJAMENA" (not an initialism with periods, "U.S.").
    private static func isCapitalsWord(_ word: Substring) -> Bool {
        guard word.count >= 2, word.first?.isLetter == true else { return false }
        return word.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == "/" || $0 == "-" || $0 == "'" }
            && word.count(where: \.isLetter) >= 2
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character == "-" || character == "'"
    }

    /// A news agency in brackets: "(AP)", "(Reuters)", "(CNN)", "(AFP)": one or two capitalised words.
    private static func isAgency(_ bracketed: Substring) -> Bool {
        let words = bracketed.dropFirst().dropLast().split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A cursor over the opening of a sentence, word by word.
    private struct Reader {
        let text: Substring
        var position: Substring.Index

        init(text: Substring) {
            self.text = text
            position = text.startIndex
        }

        var atEnd: Bool { position >= text.endIndex }

        static let separators: [Substring] = ["--", "—", "–", "-", "_", ":"]

        private mutating func skipSpaces() {
            while position < text.endIndex, text[position].isWhitespace { position = text.index(after: position) }
        }

        /// The next word: up to a space, a comma, a bracket or a dash.
        func peekWord() -> Substring? { word(from: position) }

        func peekWord(after word: Substring) -> Substring? { self.word(from: word.endIndex) }

        private func word(from start: Substring.Index) -> Substring? {
            var start = start
            while start < text.endIndex, text[start].isWhitespace { start = text.index(after: start) }
            var end = start
            while end < text.endIndex, !text[end].isWhitespace, !",()—–:_".contains(text[end]) {
                // A hyphen between letters belongs to the word; "--" and a spaced " - " do not.
                if text[end] == "-" {
                    let next = text.index(after: end)
                    guard end > start, next < text.endIndex, text[next].isLetter else { break }
                }
                end = text.index(after: end)
            }
            return end > start ? text[start..<end] : nil
        }

        /// The next bracketed group, "(AP)", if one starts here.
        func peekBracketed() -> Substring? {
            var start = position
            while start < text.endIndex, text[start].isWhitespace { start = text.index(after: start) }
            guard start < text.endIndex, text[start] == "(",
                let close = text[start...].prefix(24).firstIndex(of: ")")
            else { return nil }
            return text[start...close]
        }

        mutating func take(_ part: Substring) { position = part.endIndex }

        mutating func take(_ literal: Character) -> Bool {
            skipSpaces()
            guard position < text.endIndex, text[position] == literal else { return false }
            position = text.index(after: position)
            return true
        }

        mutating func takeSeparator() -> Bool {
            skipSpaces()
            for separator in Self.separators where text[position...].hasPrefix(separator) {
                position = text.index(position, offsetBy: separator.count)
                return true
            }
            return false
        }

        /// Where the news begins, if what follows can open a sentence.
        mutating func newsStart() -> Substring.Index? {
            skipSpaces()
            guard position < text.endIndex else { return nil }
            let first = text[position]
            guard first.isUppercase || first.isNumber || "\"“'‘".contains(first) else { return nil }
            return position
        }
    }
}
