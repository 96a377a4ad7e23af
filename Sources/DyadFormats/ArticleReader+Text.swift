import DyadModel
import Foundation

extension ArticleReader {
    /// An article from the bytes of a text or Markdown file, with optional front matter:
    ///
    ///     ---
    ///     id: rus-aze-2023-09
    ///     title: Russia protests to Azerbaijan
    ///     date: 2023-09-13
    ///     ---
    ///     Body…
    public func article(fromText bytes: [UInt8], id defaultID: String, file: String) -> Result<Article, ArticleError> {
        if let problem = TextCheck.problem(in: bytes[...]) {
            return .failure(ArticleError(problem.kind, file: file, line: problem.line))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var article = Article(id: defaultID, date: defaultDate, text: "", origin: file)
        var bodyStartLine = 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.trimmingCharacters(in: .whitespacesAndNewlines) == "---" {
            let closing = lines.indices.dropFirst().first {
                let line = lines[$0].trimmingCharacters(in: .whitespacesAndNewlines)
                return line == "---" || line == "..."
            }
            guard let closing else {
                return .failure(ArticleError(.badFrontMatter("no closing \"---\" line"), file: file, line: 1))
            }
            for index in 1..<closing {
                let line = lines[index].trimmingCharacters(in: .whitespacesAndNewlines)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let colon = line.firstIndex(of: ":") else {
                    return .failure(
                        ArticleError(
                            .badFrontMatter("expected \"key: value\", found \"\(line.prefix(60))\""), file: file,
                            line: index + 1))
                }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = Self.unquote(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                    return .failure(
                        ArticleError(.badFrontMatter("bad key \"\(key.prefix(40))\""), file: file, line: index + 1))
                }
                if let problem = article.apply(key: key, value: value) {
                    return .failure(ArticleError(problem, file: file, line: index + 1))
                }
            }
            bodyStartLine = closing + 2
            article.text = lines[(closing + 1)...].joined(separator: "\n")
        } else {
            article.text = text
        }
        article.text = article.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !article.text.isEmpty else {
            return .failure(ArticleError(.empty, file: file, line: bodyStartLine > 1 ? bodyStartLine : 0))
        }
        return .success(article)
    }

    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }
}

extension Article {
    /// Sets a metadata field from front matter or JSON; returns the problem when the value is invalid.
    mutating func apply(key: String, value: String) -> ArticleError.Kind? {
        switch key {
        case "id": if !value.isEmpty { id = value }
        case "title": title = value.isEmpty ? nil : value
        case "date", "published":
            guard !value.isEmpty else { return nil }
            guard let day = Day(published: value) else { return .badDate(value) }
            date = day
        case "source": source = value.isEmpty ? nil : value
        case "url": url = value.isEmpty ? nil : value
        default: break
        }
        return nil
    }
}
