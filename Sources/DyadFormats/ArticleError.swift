/// A problem with one input: which file, which line, what is wrong.
public struct ArticleError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case unreadable(String)
        case invalidUTF8
        case binary
        case empty
        case malformedJSON(String)
        case missingText
        case badFrontMatter(String)
        case badDate(String)
        case tooLarge(Int)
    }

    public var kind: Kind
    /// The path as the user gave it (`-` for standard input).
    public var file: String
    /// 1-based line, 0 when the problem is the whole file.
    public var line: Int

    public init(_ kind: Kind, file: String, line: Int = 0) {
        self.kind = kind
        self.file = file
        self.line = line
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return "\(place): \(message)"
    }

    var message: String {
        switch kind {
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .invalidUTF8: return "not valid UTF-8 text"
        case .binary: return "binary data (NUL bytes), not text"
        case .empty: return "empty: no article text"
        case .malformedJSON(let reason): return "malformed JSON line: \(reason)"
        case .missingText: return "no \"text\" field (or it is empty)"
        case .badFrontMatter(let reason): return "bad front matter: \(reason)"
        case .badDate(let value):
            return
                "bad date \"\(value)\": expected YYYY-MM-DD, an ISO 8601 date-time, an RSS date or \"March 14, 2025\""
        case .tooLarge(let limit): return "larger than the \(limit)-byte limit for one article"
        }
    }
}
