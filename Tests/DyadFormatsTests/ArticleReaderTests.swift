import DyadModel
import Foundation
import Testing

@testable import DyadFormats

@Suite struct ArticleReaderTests {
    func readAll(_ paths: [String], date: Day? = nil, limit: Int = 16 << 20) -> (
        articles: [Article], errors: [ArticleError]
    ) {
        var articles: [Article] = []
        var errors: [ArticleError] = []
        ArticleReader(defaultDate: date, maxArticleBytes: limit).read(paths) { result in
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        return (articles, errors)
    }

    @Test func readsFrontMatter() throws {
        let (articles, errors) = readAll([Fixtures.path("front-matter.md")])
        #expect(errors.isEmpty)
        let article = try #require(articles.first)
        #expect(article.id == "fixture-1")
        #expect(article.title == "Fixture: a test article")
        #expect(article.date?.description == "2023-09-13")
        #expect(article.source == "Dyad tests")
        #expect(article.url == "https://example.org/fixture-1")
        #expect(article.text == "Azerbaijan reaffirmed its support for Ukraine's territorial integrity.")
    }

    @Test func readsJSONLines() throws {
        let (articles, errors) = readAll([Fixtures.path("two.jsonl")])
        #expect(errors.isEmpty)
        #expect(articles.map(\.id) == ["a1", "7"])
        #expect(articles.map { $0.date?.description } == ["2025-03-14", "2024-01-02"])
        #expect(articles[0].title == "One")
        #expect(articles[1].source == "VOA")
        #expect(articles[0].origin.hasSuffix("two.jsonl:1"))
        #expect(articles[1].origin.hasSuffix("two.jsonl:3"))
    }

    @Test func plainTextTakesFileNameAndDefaultDate() throws {
        let dir = try TempDirectory()
        let file = try dir.write("seed-note.txt", "Russia criticized Azerbaijan.\n")
        let (articles, errors) = readAll([file], date: Day(iso: "2023-09-13"))
        #expect(errors.isEmpty)
        #expect(articles.first?.id == "seed-note")
        #expect(articles.first?.date?.description == "2023-09-13")
    }

    @Test func directoriesRecursivelyInSortedOrder() throws {
        let dir = try TempDirectory()
        try dir.write("b/two.md", "Second.")
        try dir.write("a.txt", "First.")
        try dir.write("b/c/three.jsonl", "{\"id\":\"x\",\"text\":\"Third.\"}\n")
        try dir.write("b/ignored.png", [0x89, 0x50, 0x00])
        try dir.write("README.md", "Not an article.")
        let (articles, errors) = readAll([dir.path])
        #expect(errors.isEmpty)
        #expect(articles.map(\.id) == ["a", "x", "two"])
    }

    @Test(arguments: [
        ("bad.txt", [0x52, 0x75, 0x0A, 0xC3, 0x28] as [UInt8], ":2: not valid UTF-8 text"),
        ("bin.txt", [0x41, 0x00, 0x42] as [UInt8], ":1: binary data (NUL bytes), not text"),
        ("empty.txt", [] as [UInt8], ": empty: no article text"),
        ("blank.md", Array("---\nid: x\n---\n\n  \n".utf8), ":4: empty: no article text"),
        (
            "open.md", Array("---\nid: x\ntitle: never closed\nBody.".utf8),
            ":1: bad front matter: no closing \"---\" line"
        ),
        (
            "nokey.md", Array("---\nid: x\njust words\n---\nBody.".utf8),
            ":3: bad front matter: expected \"key: value\", found \"just words\""
        ),
        (
            "date.md", Array("---\ndate: 13/09/2023\n---\nBody.".utf8),
            ":2: bad date \"13/09/2023\": expected YYYY-MM-DD, an ISO 8601 date-time, an RSS date or \"March 14, 2025\""
        ),
    ])
    func badFilesAreReportedWithTheirLine(name: String, bytes: [UInt8], message: String) throws {
        let dir = try TempDirectory()
        let file = try dir.write(name, bytes)
        let good = try dir.write("good.txt", "Russia criticized Azerbaijan.")
        let (articles, errors) = readAll([file, good])
        #expect(errors.map(\.description) == [file + message])
        #expect(articles.map(\.id) == ["good"], "the other article is still read")
    }

    @Test func malformedJSONLineIsReportedAndTheRestRead() throws {
        let dir = try TempDirectory()
        let file = try dir.write(
            "mixed.jsonl",
            """
            {"id":"1","text":"One."}
            {"id":"2","text":
            ["not an object"]
            {"id":"4"}
            {"id":"5","text":"Five.","date":"soon"}
            {"id":"6","text":"Six."}

            """)
        let (articles, errors) = readAll([file])
        #expect(articles.map(\.id) == ["1", "6"])
        #expect(errors.map(\.line) == [2, 3, 4, 5])
        #expect(errors[1].description == "\(file):3: malformed JSON line: expected an object")
        #expect(errors[2].description == "\(file):4: no \"text\" field (or it is empty)")
        #expect(errors[3].kind == .badDate("soon"))
        if case .malformedJSON = errors[0].kind {} else { Issue.record("line 2 should be malformed JSON") }
    }

    @Test func missingPathIsReported() {
        let (articles, errors) = readAll(["/no/such/file.txt"])
        #expect(articles.isEmpty)
        #expect(errors.map(\.description) == ["/no/such/file.txt: cannot read: no such file or directory"])
    }

    @Test func oversizedLineIsSkipped() throws {
        let dir = try TempDirectory()
        let big = String(repeating: "x", count: 5000)
        let file = try dir.write("big.jsonl", "{\"id\":\"1\",\"text\":\"\(big)\"}\n{\"id\":\"2\",\"text\":\"ok\"}\n")
        let (articles, errors) = readAll([file], limit: 1000)
        #expect(articles.map(\.id) == ["2"])
        #expect(errors.map(\.description) == ["\(file):1: larger than the 1000-byte limit for one article"])
    }
}
