import ArgumentParser
import DyadCoder
import DyadFormats
import DyadModel
import Foundation

/// The inputs every command reads: paths, a default date, the size limit.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles: .txt/.md files (optional front matter), .jsonl files, directories, or - for stdin.")
    var paths: [String] = []

    @Option(help: "Date (YYYY-MM-DD) for articles that carry none.", transform: InputOptions.parseDay)
    var date: Day?

    @Option(help: "Largest article (or JSONL line) read, in bytes; larger ones are reported and skipped.")
    var maxArticleBytes = 16 << 20

    @Option(help: "Code on N threads; the output is identical, in order, to --jobs 1.")
    var jobs = 1

    @Option(help: "A Phoenix/PETRARCH actor dictionary to read on top of the bundled one (repeatable).")
    var actors: [String] = []

    @Option(help: "A Phoenix/PETRARCH agent dictionary to read on top of the bundled one (repeatable).")
    var agents: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// Commands that code articles need some.
    func requirePaths() throws {
        guard !paths.isEmpty else { throw ValidationError("no input: give article files, directories, or - for stdin") }
    }

    static func parseDay(_ text: String) throws -> Day {
        guard text.count == 10, let day = Day(iso: text) else {
            throw ValidationError("bad date \"\(text)\": expected YYYY-MM-DD")
        }
        return day
    }

    var reader: ArticleReader { ArticleReader(defaultDate: date, maxArticleBytes: maxArticleBytes) }
}

/// Reads the inputs and codes every article, reporting bad input on stderr as it goes.
struct CodingRun {
    let inputs: InputOptions
    let coder: EventCoder
    /// Bad input so far: articles that could not be read and dictionary lines that were skipped.
    private(set) var failures = 0
    private(set) var articles = 0

    /// A run over the coder for `inputs`; bad dictionary lines count as failures (the exit status is 1).
    init(inputs: InputOptions) throws {
        self.inputs = inputs
        (coder, failures) = try Self.makeCoder(inputs: inputs)
    }

    /// The coder over the bundled lexicon and any imported PETRARCH dictionaries, and how many dictionary
    /// lines were bad: each is reported as `file:line: problem` and skipped; an unreadable file is an error.
    static func makeCoder(inputs: InputOptions? = nil) throws -> (coder: EventCoder, problems: Int) {
        var (lexicon, problems) = Lexicon.bundled()
        for path in inputs?.actors ?? [] { problems += lexicon.addPetrarchActors(try readDictionary(path), name: path) }
        for path in inputs?.agents ?? [] { problems += lexicon.addPetrarchAgents(try readDictionary(path), name: path) }
        for problem in problems { Diagnostics.error(problem.description) }
        return (EventCoder(lexicon: lexicon), problems.count)
    }

    private static func readDictionary(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the dictionary")
        }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw ValidationError("\(path): not a text file")
        }
        return text
    }

    /// Calls `body` with each article's events, in input order. With `--jobs N` articles are coded in
    /// batches on N threads; memory stays bounded by the batch.
    mutating func run(_ body: (Article, [Event]) throws -> Void) rethrows {
        var failures = 0
        var articles = 0
        let jobs = max(1, inputs.jobs)
        var batch: [Article] = []
        func flush() throws {
            for (article, events) in zip(batch, coder.events(in: batch, jobs: jobs)) { try body(article, events) }
            batch.removeAll(keepingCapacity: true)
        }
        try inputs.reader.read(inputs.paths) { result in
            switch result {
            case .failure(let error):
                failures += 1
                Diagnostics.error(error.description)
            case .success(let article):
                articles += 1
                if jobs == 1 {
                    try body(article, coder.events(in: article))
                } else {
                    batch.append(article)
                    if batch.count >= 64 * jobs { try flush() }
                }
            }
        }
        try flush()
        self.failures += failures
        self.articles += articles
    }
}

enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}

/// Buffered standard output: one write per 64 KiB instead of one per line.
struct Output {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
