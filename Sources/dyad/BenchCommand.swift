import ArgumentParser
import DyadCoder
import DyadModel
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the coder: sentences per second and peak memory on a corpus replicated to a size.",
        discussion: """
            Reads the inputs once, repeats them until the text reaches --megabytes, and codes every article from \
            raw text with the full bundled dictionaries. Build with -c release for figures worth reporting.
            """
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "Replicate the input until its text reaches this many megabytes.")
    var megabytes = 100

    @Option(help: "Code the replicated corpus this many times; the fastest and the median run are reported.")
    var runs = 1

    func validate() throws {
        guard megabytes >= 1, runs >= 1 else { throw ValidationError("--megabytes and --runs must be ≥ 1") }
    }

    func run() throws {
        try inputs.requirePaths()
        let loadStart = ContinuousClock.now
        let coder = try CodingRun.makeCoder(inputs: inputs).coder
        let loadTime = ContinuousClock.now - loadStart
        var corpus: [Article] = []
        inputs.reader.read(inputs.paths) { result in
            if case .success(let article) = result { corpus.append(article) }
        }
        guard !corpus.isEmpty else { throw ValidationError("no articles to measure") }
        let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }
        let copies = max(1, (megabytes << 20 + corpusBytes - 1) / corpusBytes)
        let sentencesPerCopy = corpus.reduce(0) { $0 + EventCoder.sentences(in: $1.text).count }

        var events = 0
        var times: [Double] = []
        for _ in 0..<self.runs {
            events = 0
            let start = ContinuousClock.now
            for _ in 0..<copies {
                if inputs.jobs > 1 {
                    events += coder.events(in: corpus, jobs: inputs.jobs).reduce(0) { $0 + $1.count }
                } else {
                    for article in corpus { events += coder.events(in: article).count }
                }
            }
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        let seconds = times[0]
        let median = times[times.count / 2]
        let sentences = sentencesPerCopy * copies
        let megabytesCoded = Double(corpusBytes * copies) / Double(1 << 20)
        var output = Output()
        output.line("articles        \(corpus.count * copies) (\(corpus.count) × \(copies))")
        output.line("text            \(format(megabytesCoded)) MB")
        output.line("sentences       \(sentences)")
        output.line("events          \(events)")
        output.line("jobs            \(inputs.jobs)")
        output.line("lexicon load    \(format(Double(loadTime.components.attoseconds) / 1e15)) ms")
        output.line("runs            \(times.count)")
        output.line("time            \(format(seconds)) s fastest, \(format(median)) s median")
        output.line(
            "sentences/s     \(Int(Double(sentences) / seconds)) fastest, \(Int(Double(sentences) / median)) median")
        output.line("MB/s            \(format(megabytesCoded / seconds))")
        output.line("peak memory     \(Self.peakResidentMegabytes().map { "\(format($0)) MB" } ?? "unknown")")
        output.flush()
    }

    private func format(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    /// VmHWM from /proc/self/status: the process's peak resident set.
    static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Double(digits).map { $0 / 1024 }
        }
        return nil
    }
}
