import DyadModel
import Foundation

/// Reading Phoenix/PETRARCH (TABARI-format) actor and agent dictionaries on top of Dyad's own.
///
/// Actors: an entry line `PHRASE_WORDS_ [CODE]`, or entry lines `PHRASE_` (with `+SYNONYM_` lines) sharing the
/// indented code lines that follow them: `[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]`, `[CODE <YYMMDD]` (two-digit years below 30 are
/// 20xx; eight-digit dates are read as they are). Agents: `PHRASE {PLURAL, …} [~SEC]`, with substitution sets
/// `!SET! = A, B` used as `FOREIGN_!SET!`; without braces a regular plural is added. Words are matched whole
/// (TABARI's stem matching of phrases without a trailing underscore is not reproduced). A line that can't be
/// read is reported as `file:line: problem` and skipped.
extension Lexicon {
    /// Adds the actors of a PETRARCH actor dictionary; returns its problems.
    public mutating func addPetrarchActors(_ text: String, name: String) -> [LexiconError] {
        var problems: [LexiconError] = []
        var phrases: [String] = []
        var codes: [(code: ActorCode, window: DateWindow?)] = []
        var entryLine = 0

        func flush() {
            defer {
                phrases = []
                codes = []
            }
            guard !phrases.isEmpty else { return }
            guard !codes.isEmpty else {
                problems.append(
                    LexiconError(file: name, line: entryLine, problem: "entry \"\(phrases[0])\" has no code"))
                return
            }
            for phrase in phrases {
                let words = Self.words(of: phrase)
                guard !words.isEmpty else { continue }
                let ids = words.map { wordID(for: $0) }
                let mask = words.enumerated().map { $0.offset == 0 && $0.element != "the" }
                for (code, window) in codes {
                    // A country's own name may carry a window (independence); people are the dated sector codes.
                    let kind: ActorKind =
                        code.isOrganisation
                        ? .organisation : code.sector == nil ? .state : window != nil ? .person : .seat
                    actors.insert(
                        ids, ActorEntry(code: code, kind: kind, window: window, needsCapital: mask, exactCase: false))
                    if code.isOrganisation, organisationNames[code.rawValue] == nil {
                        organisationNames[code.rawValue] = phrase.capitalized
                    }
                }
            }
        }

        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = Self.stripComment(raw)
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("+") {
                guard !phrases.isEmpty else {
                    problems.append(LexiconError(file: name, line: number, problem: "synonym without an entry"))
                    continue
                }
                let (phrase, rest) = Self.splitPhrase(trimmed.dropFirst())
                phrases.append(phrase)
                if let problem = Self.readCodes(rest, into: &codes) {
                    problems.append(LexiconError(file: name, line: number, problem: problem))
                }
                continue
            }
            if trimmed.hasPrefix("[") {
                guard !phrases.isEmpty else {
                    problems.append(LexiconError(file: name, line: number, problem: "code without an entry"))
                    continue
                }
                if let problem = Self.readCodes(trimmed, into: &codes) {
                    // The group can't be coded reliably: drop it whole.
                    problems.append(LexiconError(file: name, line: number, problem: problem))
                    phrases = []
                    codes = []
                }
                continue
            }
            // A new entry: after a group that has its codes, a new group; before them, one more phrase of the
            // group (several entry lines share the code lines that follow them).
            if !codes.isEmpty { flush() }
            if phrases.isEmpty { entryLine = number }
            let (phrase, rest) = Self.splitPhrase(trimmed)
            phrases.append(phrase)
            if let problem = Self.readCodes(rest, into: &codes) {
                problems.append(LexiconError(file: name, line: number, problem: problem))
                phrases = []
                codes = []
            }
        }
        flush()
        compile()
        return problems
    }

    /// Adds the agents of a PETRARCH agent dictionary; returns its problems.
    public mutating func addPetrarchAgents(_ text: String, name: String) -> [LexiconError] {
        var problems: [LexiconError] = []
        var sets: [String: [String]] = [:]
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = Self.stripComment(raw).trimmingWhitespace()
            if line.isEmpty { continue }
            if line.hasPrefix("!"), let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingWhitespace()
                sets[String(key)] = line[line.index(after: equals)...].split(separator: ",").map {
                    String($0.trimmingWhitespace())
                }
                continue
            }
            guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]"), open < close else {
                problems.append(LexiconError(file: name, line: number, problem: "expected \"PHRASE [~SECTOR]\""))
                continue
            }
            var sector = String(line[line.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            sector.removeAll { $0 == "~" }
            guard !sector.isEmpty, sector.count % 3 == 0, sector.allSatisfy({ $0.isUppercase && $0.isLetter }) else {
                problems.append(LexiconError(file: name, line: number, problem: "bad agent code \"\(sector)\""))
                continue
            }
            var head = line[..<open].trimmingWhitespace()
            var forms: [String] = []
            if let brace = head.firstIndex(of: "{"), let end = head.firstIndex(of: "}"), brace < end {
                forms = head[head.index(after: brace)..<end].split(separator: ",").map {
                    String($0.trimmingWhitespace())
                }.filter { !$0.isEmpty }
                head = head[..<brace].trimmingWhitespace()
            } else {
                forms = [Self.plural(of: String(head))]
            }
            guard !head.isEmpty else {
                problems.append(LexiconError(file: name, line: number, problem: "empty agent phrase"))
                continue
            }
            guard head.utf8.count <= Self.longestPhrase else {
                problems.append(
                    LexiconError(
                        file: name, line: number, problem: "agent phrase longer than \(Self.longestPhrase) bytes"))
                continue
            }
            for form in [String(head)] + forms {
                for expanded in Self.expand(form, sets: sets) {
                    let words = Self.words(of: Self.phraseText(expanded))
                    guard !words.isEmpty else { continue }
                    agents.insert(
                        words.map { wordID(for: $0) }, AgentEntry(sector: sector, isRole: Self.isRole(words.last ?? ""))
                    )
                }
            }
        }
        compile()
        return problems
    }

    /// No real phrase comes near this; a longer one is a broken line (and would cost time for nothing).
    static let longestPhrase = 200

    /// `FOREIGN_!MINIST!` → `FOREIGN_MINISTER`, `FOREIGN_MINISTRY`, …
    ///
    /// Each `!set!` is replaced by its alternatives, left to right; an alternative's own text is not expanded
    /// again (a set that names itself would never end), and a phrase yields at most `limit` forms (several
    /// large sets in one phrase multiply; the Phoenix agents file needs at most a few dozen).
    static func expand(_ phrase: String, sets: [String: [String]], limit: Int = 100) -> [String] {
        var done: [String] = []
        // (text so far, rest still to expand)
        var pending: [(String, Substring)] = [("", phrase[...])]
        while let (prefix, rest) = pending.popLast() {
            guard let start = rest.firstIndex(of: "!"),
                let end = rest[rest.index(after: start)...].firstIndex(of: "!"),
                let alternatives = sets[String(rest[start...end])]
            else {
                done.append(prefix + rest)
                if done.count >= limit { break }
                continue
            }
            let before = prefix + rest[..<start]
            let after = rest[rest.index(after: end)...]
            for alternative in alternatives.reversed() { pending.append((before + alternative, after)) }
        }
        return done
    }

    static func plural(of phrase: String) -> String {
        if phrase.hasSuffix("Y"), let last = phrase.dropLast().last, !"AEIOU".contains(last) {
            return phrase.dropLast() + "IES"
        }
        if phrase.hasSuffix("S") || phrase.hasSuffix("X") || phrase.hasSuffix("CH") || phrase.hasSuffix("SH") {
            return phrase + "ES"
        }
        return phrase + "S"
    }

    /// `AFGHAN_NATIONAL_ARMY_` → `AFGHAN NATIONAL ARMY`.
    static func phraseText(_ phrase: some StringProtocol) -> String {
        let words = phrase.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" })
        return words.joined(separator: " ")
    }

    /// The phrase before any `[`, and the rest of the line.
    private static func splitPhrase(_ text: Substring) -> (String, Substring) {
        if let open = text.firstIndex(of: "[") {
            return (phraseText(text[..<open]), text[open...])
        }
        return (phraseText(text), "")
    }

    /// A `#` at the start or after whitespace starts a comment.
    private static func stripComment(_ line: Substring) -> Substring {
        var previousIsSpace = true
        for index in line.indices {
            if line[index] == "#" && previousIsSpace { return line[..<index] }
            previousIsSpace = line[index] == " " || line[index] == "\t"
        }
        return line
    }

    /// Reads `[CODE]` / `[CODE DATES]` groups; returns a problem when one can't be read.
    private static func readCodes(_ text: Substring, into codes: inout [(code: ActorCode, window: DateWindow?)])
        -> String?
    {
        var rest = text.trimmingWhitespace()
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { return "\"[\" without \"]\"" }
            let parts = rest[rest.index(after: open)..<close].split(separator: " ", omittingEmptySubsequences: true)
            guard let first = parts.first, let code = ActorCode(String(first)) else {
                return "unknown actor code \"\(parts.first ?? "")\""
            }
            var window: DateWindow?
            if parts.count > 1 {
                guard let parsed = petrarchWindow(parts[1]) else { return "bad date restriction \"\(parts[1])\"" }
                window = parsed
            }
            codes.append((code, window))
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// `330101-731231`, `>011222`, `<991231`, and eight-digit forms.
    static func petrarchWindow(_ text: Substring) -> DateWindow? {
        func day(_ digits: Substring) -> Day? {
            guard digits.allSatisfy(\.isNumber), digits.count == 6 || digits.count == 8 else { return nil }
            let values = Array(digits).map { Int(String($0)) ?? 0 }
            let year: Int
            var rest = values
            if digits.count == 6 {
                let yy = values[0] * 10 + values[1]
                year = yy < 30 ? 2000 + yy : 1900 + yy
                rest = Array(values[2...])
            } else {
                year = values[0] * 1000 + values[1] * 100 + values[2] * 10 + values[3]
                rest = Array(values[4...])
            }
            return Day(year: year, month: rest[0] * 10 + rest[1], day: rest[2] * 10 + rest[3])
        }
        if text.hasPrefix(">") { return day(text.dropFirst()).map { DateWindow(from: $0, to: nil) } }
        if text.hasPrefix("<") { return day(text.dropFirst()).map { DateWindow(from: nil, to: $0) } }
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let from = day(ends[0]), let to = day(ends[1]), from <= to else { return nil }
        return DateWindow(from: from, to: to)
    }
}
