import CFuzzer
import DyadFormats
import DyadModel
import Foundation

/// The article readers on arbitrary bytes: one JSONL line, a text file with front matter, and whole files
/// (`.jsonl` and `.md`) read through the streaming line reader with a small size limit; publication dates.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticles(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = ArticleReader(defaultDate: Day(year: 2025, month: 3, day: 14), maxArticleBytes: 512)
    if case .success(let article)? = reader.article(fromJSONLine: bytes[...], file: "fuzz.jsonl", line: 1) {
        precondition(!article.text.isEmpty)
    }
    if case .success(let article) = reader.article(fromText: bytes, id: "fuzz", file: "fuzz.md") {
        precondition(!article.text.isEmpty)
    }
    _ = Day(published: String(decoding: bytes.prefix(64), as: UTF8.self))
    for ext in ["jsonl", "md"] {
        let path = Scratch.directory + "/input." + ext
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { continue }
        var articles = 0
        var failures = 0
        reader.read([path]) { result in
            switch result {
            case .success(let article):
                precondition(article.text.utf8.count <= 512)
                articles += 1
            case .failure(let error):
                precondition(error.description.hasPrefix(path))
                failures += 1
            }
        }
        precondition(
            articles + failures > 0 || bytes.allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 })
    }
    return 0
}

enum Scratch {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "dyad-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
}

@_cdecl("FuzzArticles_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzzArticles(data, size)
    }
}
