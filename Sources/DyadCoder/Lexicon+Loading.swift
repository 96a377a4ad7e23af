import DyadModel
import Foundation

extension Lexicon {
    /// The dictionary files, in load order, and what each holds.
    public enum File: String, CaseIterable, Sendable {
        /// States: names, demonyms; capitals and seats of power (with a sector).
        case countries
        /// Cities and regions other than capitals, each coded to its state.
        case places
        case igos, leaders, agents, actions
    }

    /// The bundled dictionaries. Problems in them are returned, not thrown: a bad line is skipped.
    public static func bundled() -> (lexicon: Lexicon, problems: [LexiconError]) {
        var lexicon = Lexicon()
        var problems: [LexiconError] = []
        for file in File.allCases {
            guard
                let url = Bundle.module.url(forResource: file.rawValue, withExtension: "txt", subdirectory: "lexicon"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                problems.append(
                    LexiconError(file: "lexicon/\(file.rawValue).txt", line: 0, problem: "missing from the bundle"))
                continue
            }
            problems += lexicon.add(text, as: file, name: "lexicon/\(file.rawValue).txt")
        }
        return (lexicon, problems)
    }

    /// Adds the lines of one dictionary file in our format (docs/LEXICON.md); returns its problems.
    public mutating func add(_ text: String, as file: File, name: String) -> [LexiconError] {
        let (lines, errors) = LexiconLine.parse(text, file: name)
        var problems = errors
        for line in lines {
            if let problem = add(line, as: file) {
                problems.append(LexiconError(file: name, line: line.line, problem: problem))
            }
        }
        compile()
        return problems.sorted { $0.line < $1.line }
    }

    private mutating func add(_ line: LexiconLine, as file: File) -> String? {
        switch file {
        case .countries, .places, .igos, .leaders:
            guard let code = ActorCode(line.code) else { return "unknown actor code \"\(line.code)\"" }
            if file == .igos, !code.isOrganisation {
                return "organisation codes start with IGO, NGO or IMG, found \"\(line.code)\""
            }
            if code.isOrganisation, organisationNames[code.rawValue] == nil {
                organisationNames[code.rawValue] = line.phrases[0]
            }
            let kind: ActorKind
            switch file {
            case .igos: kind = .organisation
            case .leaders: kind = .person
            default: kind = code.sector == nil ? .state : .seat
            }
            for (position, phrase) in line.phrases.enumerated() {
                let words = Self.words(of: phrase)
                guard !words.isEmpty else { return "phrase \"\(phrase)\" has no words" }
                // "Russian", "North Korean": the last word is kept.
                let phraseWords = phrase.split(separator: " ")
                if file == .countries, kind == .state, position > 0, phraseWords.count <= 3, let last = words.last,
                    phraseWords.allSatisfy({ $0.first?.isUppercase ?? false }),
                    Self.isDemonym(String(phraseWords[phraseWords.count - 1]))
                {
                    demonyms.insert(wordID(for: last))
                }
                let needsCapital = Self.capitalMask(phrase)
                let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
                let exactCase = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
                actors.insert(
                    words.map { wordID(for: $0) },
                    ActorEntry(
                        code: code, kind: kind, window: line.window, needsCapital: needsCapital, exactCase: exactCase,
                        isPlace: file == .places))
            }
        case .agents:
            let sector = line.code
            guard sector.count == 3, sector.allSatisfy({ $0.isUppercase && $0.isLetter }) else {
                return "agent codes are three capital letters, found \"\(sector)\""
            }
            for phrase in line.phrases {
                let words = Self.words(of: phrase)
                guard !words.isEmpty else { return "phrase \"\(phrase)\" has no words" }
                agents.insert(
                    words.map { wordID(for: $0) }, AgentEntry(sector: sector, isRole: Self.isRole(words.last ?? "")))
            }
        case .actions:
            let isNull = line.code == Self.nullCode
            guard let action = CAMEO.action(for: isNull ? "010" : line.code) else {
                return "unknown CAMEO code \"\(line.code)\""
            }
            var duplicates: [String] = []
            for written in line.phrases {
                let isInstrument = written.hasPrefix("@")
                let phrase = isInstrument ? String(written.dropFirst()) : written
                let words = phrase.split(separator: " ").flatMap { word -> [String] in
                    word.hasPrefix("=") ? [word.lowercased()] : Self.words(of: String(word))
                }
                guard !words.isEmpty else { return "empty pattern" }
                let ids = words.map { lemmaID(for: $0) }
                // A pattern written twice would be coded by whichever came first: the later one is reported and
                // skipped.
                if let earlier = patternPhrases[ids] {
                    duplicates.append("\"\(phrase)\" repeats \"\(earlier)\"")
                    continue
                }
                patternPhrases[ids] = phrase
                var pattern = ActionPattern(action: action, words: ids, text: phrase, isNull: isNull)
                pattern.isInstrument = isInstrument
                patterns.append(pattern)
            }
            if !duplicates.isEmpty { return "pattern " + duplicates.joined(separator: ", ") + ", skipped" }
        }
        return nil
    }

    /// Which words of a phrase start with a capital letter ("Russia Today" → [true, true]): the text's words
    /// must too, so that "visited Russia today" isn't the broadcaster.
    static func capitalMask(_ phrase: String) -> [Bool] {
        Tokenizer.tokens(in: phrase[...]).map(\.capitalized)
    }

    /// A state's adjective, by its ending ("Russian", "Israeli", "Chinese", "Turkish", "French"), as opposed to a
    /// name (the line's first phrase is always a name; "America", "Burma" don't end so).
    static func isDemonym(_ phrase: String) -> Bool {
        guard let first = phrase.unicodeScalars.first, first.properties.isUppercase,
            phrase.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase })
        else { return false }
        guard !phrase.hasSuffix("stan") else { return false }
        return ["an", "ese", "ish", "i", "ic", "ch", "ek", "ss", "ine"].contains { phrase.hasSuffix($0) }
    }

    /// The code of phrases that are no event.
    static let nullCode = "---"

    /// Role nouns name people who can be named next ("Foreign Minister Sergei Lavrov").
    static func isRole(_ head: String) -> Bool {
        let bodies: Set<String> = [
            "ministry", "government", "administration", "office", "army", "military", "forces", "troops", "police",
            "parliament", "court", "embassy", "cabinet", "council", "legislature", "senate", "congress", "navy",
            "media", "department", "agency", "service", "services", "party", "opposition", "rebels", "officials",
            "authorities", "regime", "people", "civilians", "command", "guard", "committee", "commission", "kingdom",
            "emirate", "sultanate",
        ]
        return !bodies.contains(head)
    }
}
