import DyadModel
import Foundation

extension ArticleReader {
    /// An article from one JSONL line, nil for a blank line. Keys: `id`, `text`, and optional `title`,
    /// `published` or `date`, `url`, `source`; other keys are ignored.
    public func article(fromJSONLine line: ArraySlice<UInt8>, file: String, line number: Int)
        -> Result<Article, ArticleError>?
    {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        if let problem = TextCheck.problem(in: line) {
            return .failure(ArticleError(problem.kind, file: file, line: number))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(ArticleError(.malformedJSON(Self.reason(error)), file: file, line: number))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(ArticleError(.malformedJSON("expected an object"), file: file, line: number))
        }
        guard let text = fields["text"] as? String,
            text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
        else {
            return .failure(ArticleError(.missingText, file: file, line: number))
        }
        let fileName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var article = Article(id: "\(fileName):\(number)", date: defaultDate, text: text, origin: "\(file):\(number)")
        for key in ["id", "title", "date", "published", "source", "url"] {
            guard let value = fields[key], !(value is NSNull) else { continue }
            let string: String
            if let text = value as? String {
                string = text
            } else if let number = value as? NSNumber, key == "id" {
                string = number.stringValue
            } else {
                return .failure(
                    ArticleError(.malformedJSON("\"\(key)\" must be a string"), file: file, line: number))
            }
            // "published" wins over "date" only when "date" is absent; both name the article's date.
            if key == "published", fields["date"] is String { continue }
            if let problem = article.apply(key: key, value: string) {
                return .failure(ArticleError(problem, file: file, line: number))
            }
        }
        return .success(article)
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "not a JSON object"
    }
}
