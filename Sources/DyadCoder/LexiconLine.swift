import DyadModel
import Foundation

/// One parsed line of a Dyad dictionary: `CODE  [FROM..TO]  phrase | phrase  # comment`.
struct LexiconLine: Sendable, Equatable {
    var code: String
    var window: DateWindow?
    var phrases: [String]
    var line: Int

    /// Parses a dictionary file's text. Comment and blank lines are skipped; bad lines become errors.
    static func parse(_ text: String, file: String) -> (lines: [LexiconLine], errors: [LexiconError]) {
        var lines: [LexiconLine] = []
        var errors: [LexiconError] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if let hash = commentStart(line) { line = line[..<hash] }
            line = line.trimmingWhitespace()
            if line.isEmpty { continue }
            switch parseLine(line) {
            case .success(var parsed):
                parsed.line = number
                lines.append(parsed)
            case .failure(let problem):
                errors.append(LexiconError(file: file, line: number, problem: problem.message))
            }
        }
        return (lines, errors)
    }

    struct Problem: Error {
        var message: String
    }

    /// A `#` at the start of the line or after whitespace starts a comment.
    private static func commentStart(_ line: Substring) -> Substring.Index? {
        var previousIsSpace = true
        for index in line.indices {
            let character = line[index]
            if character == "#" && previousIsSpace { return index }
            previousIsSpace = character == " " || character == "\t"
        }
        return nil
    }

    private static func parseLine(_ line: Substring) -> Result<LexiconLine, Problem> {
        guard let codeEnd = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            return .failure(Problem(message: "expected \"CODE  phrase | phrase\", found only \"\(line.prefix(40))\""))
        }
        let code = String(line[..<codeEnd])
        var rest = line[codeEnd...].trimmingWhitespace()
        var window: DateWindow?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else {
                return .failure(Problem(message: "date window without \"]\""))
            }
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            guard let parsed = DateWindow(inside) else {
                return .failure(Problem(message: "bad date window \"[\(inside)]\": expected [YYYY-MM-DD..YYYY-MM-DD]"))
            }
            window = parsed
            rest = rest[rest.index(after: close)...].trimmingWhitespace()
        }
        let phrases = rest.split(separator: "|").map { String($0.trimmingWhitespace()) }
        guard !phrases.isEmpty, phrases.allSatisfy({ !$0.isEmpty }) else {
            return .failure(Problem(message: "empty phrase after code \(code)"))
        }
        return .success(LexiconLine(code: code, window: window, phrases: phrases, line: 0))
    }
}

/// The days for which an entry holds (a person's term in office). Either end may be open.
struct DateWindow: Sendable, Equatable {
    var from: Day?
    var to: Day?

    init(from: Day?, to: Day?) {
        self.from = from
        self.to = to
    }

    init?(_ text: Substring) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { return nil }
        let start = parts[0].trimmingCharacters(in: .whitespaces)
        let end = parts[1].trimmingCharacters(in: .whitespaces)
        if !start.isEmpty {
            guard let day = Day(iso: start), start.count == 10 else { return nil }
            from = day
        }
        if !end.isEmpty {
            guard let day = Day(iso: end), end.count == 10 else { return nil }
            to = day
        }
        if let from, let to, to < from { return nil }
    }

    /// True when `day` falls in the window; an article without a date matches every window.
    func contains(_ day: Day?) -> Bool {
        guard let day else { return true }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}
