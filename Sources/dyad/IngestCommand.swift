import ArgumentParser
import DyadCoder
import DyadModel
import DyadStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code articles and store them and their events in the event database.",
        discussion: """
            Idempotent: an article already stored with the same content is skipped, one whose text changed under \
            the same id is re-coded and its events replaced. Each batch is one transaction, so a run killed at any \
            moment loses nothing committed and a rerun completes the rest.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var store: StoreOptions

    @Option(help: "Articles per transaction.")
    var batch = 500

    func run() throws {
        try inputs.requirePaths()
        let database = try store.open()
        let (coder, dictionaryProblems) = try CodingRun.makeCoder(inputs: inputs)
        var progress = Progress()
        var summary = IngestSummary()
        var pending: [Article] = []
        var failures = dictionaryProblems
        let start = ContinuousClock.now

        func flush() throws {
            guard !pending.isEmpty else { return }
            let stored = try database.fingerprints(of: pending.map(\.id))
            let changed = pending.filter { stored[$0.id] != CodedArticle.fingerprint(of: $0) }
            summary.unchanged += pending.count - changed.count
            let events = coder.events(in: changed, jobs: max(1, inputs.jobs))
            summary += try database.ingest(zip(changed, events).map { CodedArticle(article: $0, events: $1) })
            progress.update(articles: summary.inserted + summary.replaced + summary.unchanged, since: start)
            pending.removeAll(keepingCapacity: true)
        }

        try inputs.reader.read(inputs.paths) { result in
            switch result {
            case .failure(let error):
                failures += 1
                progress.clear()
                Diagnostics.error(error.description)
            case .success(let article):
                pending.append(article)
                if pending.count >= max(1, batch) { try flush() }
            }
        }
        try flush()
        try database.flush()
        progress.clear()
        let seconds = (ContinuousClock.now - start).seconds
        let total = try database.counts()
        Diagnostics.note(
            "\(store.path): \(summary.inserted) articles added, \(summary.replaced) re-coded, \(summary.unchanged) "
                + "unchanged; \(summary.events) events stored in \(String(format: "%.1f", seconds)) s "
                + "(now \(total.articles) articles, \(total.events) events)")
        if failures > 0 { throw ExitCode(1) }
    }
}

/// A one-line progress display on a terminal (nothing when stderr is not a TTY).
struct Progress {
    private let enabled = isatty(STDERR_FILENO) != 0
    private var last = ContinuousClock.now
    private var shown = false

    mutating func update(articles: Int, since start: ContinuousClock.Instant) {
        guard enabled, ContinuousClock.now - last > .milliseconds(200) else { return }
        last = ContinuousClock.now
        let rate = Double(articles) / max(0.001, (ContinuousClock.now - start).seconds)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(articles) articles, \(Int(rate)) articles/s".utf8))
        shown = true
    }

    mutating func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
