import DyadModel
import Foundation

/// Reads articles from the inputs Dyad accepts: `.txt`/`.md` files with optional front matter, `.jsonl` files
/// with one article per line, directories (recursively) and `-` for standard input.
///
/// Problems are reported per article as an ``ArticleError`` naming the file and line; reading goes on with the
/// rest of the input.
public struct ArticleReader: Sendable {
    /// The date given to articles that carry none.
    public var defaultDate: Day?
    /// The largest article (or JSONL line) read; larger ones are reported and skipped.
    public var maxArticleBytes: Int

    /// File name extensions picked up when reading a directory.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public init(defaultDate: Day? = nil, maxArticleBytes: Int = 16 << 20) {
        self.defaultDate = defaultDate
        self.maxArticleBytes = maxArticleBytes
    }

    /// Reads every article under `paths`, in order (directories in sorted path order), passing each article or
    /// error to `body`.
    public func read(_ paths: [String], _ body: (Result<Article, ArticleError>) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try readStandardInput(body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.failure(ArticleError(.unreadable("no such file or directory"), file: path)))
                continue
            }
            if isDirectory.boolValue {
                for file in Self.files(inDirectory: path) { try readFile(file, body) }
            } else {
                try readFile(path, body)
            }
        }
    }

    /// The article files below a directory, sorted.
    static func files(inDirectory path: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name.lowercased() == "readme.md" { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if textExtensions.contains(ext) || jsonLinesExtensions.contains(ext) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private func readFile(_ path: String, _ body: (Result<Article, ArticleError>) throws -> Void) rethrows {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "cannot open" : "permission denied"
            try body(.failure(ArticleError(.unreadable(reason), file: path)))
            return
        }
        defer { try? handle.close() }
        if Self.jsonLinesExtensions.contains(ext) {
            try readJSONLines(handle, file: path, body)
        } else {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            try body(readWhole(handle, file: path).flatMap { article(fromText: $0, id: name, file: path) })
        }
    }

    private func readStandardInput(_ body: (Result<Article, ArticleError>) throws -> Void) rethrows {
        let handle = FileHandle.standardInput
        switch readWhole(handle, file: "-") {
        case .failure(let error): try body(.failure(error))
        case .success(let bytes):
            let first = bytes.first { !(Character(UnicodeScalar($0)).isWhitespace) }
            if first == UInt8(ascii: "{") {
                var lineNumber = 0
                for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    lineNumber += 1
                    if let result = article(fromJSONLine: line, file: "-", line: lineNumber) { try body(result) }
                }
            } else {
                try body(article(fromText: bytes, id: "stdin", file: "-"))
            }
        }
    }

    private func readWhole(_ handle: FileHandle, file: String) -> Result<[UInt8], ArticleError> {
        do {
            var bytes: [UInt8] = []
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > maxArticleBytes {
                    return .failure(ArticleError(.tooLarge(maxArticleBytes), file: file))
                }
            }
            return .success(bytes)
        } catch {
            return .failure(ArticleError(.unreadable(String(describing: error)), file: file))
        }
    }

    private func readJSONLines(
        _ handle: FileHandle, file: String, _ body: (Result<Article, ArticleError>) throws -> Void
    )
        rethrows
    {
        var reader = LineReader(handle: handle, maxLineBytes: maxArticleBytes)
        var sawArticle = false
        while true {
            let next: LineReader.Line?
            do {
                next = try reader.next()
            } catch {
                try body(.failure(ArticleError(.unreadable(String(describing: error)), file: file)))
                return
            }
            guard let next else { break }
            switch next {
            case .tooLong:
                sawArticle = true
                try body(.failure(ArticleError(.tooLarge(maxArticleBytes), file: file, line: reader.lineNumber)))
            case .text(let line):
                if let result = article(fromJSONLine: line, file: file, line: reader.lineNumber) {
                    sawArticle = true
                    try body(result)
                }
            }
        }
        if !sawArticle { try body(.failure(ArticleError(.empty, file: file))) }
    }
}
