import ArgumentParser
import DyadFormats
import Foundation

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code articles into events.",
        discussion:
            "Bad input is reported on stderr as file:line: problem; the rest is still coded and the exit status is 1."
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "Output format: jsonl (one event per line, the output contract), tsv (GDELT-like columns), table.")
    var format: EventFormat = .table

    @Flag(help: "Add the matched pattern, the rule and the token spans of source, verb and target.")
    var explain = false

    @Flag(help: "Print each sentence's actor mentions and action matches to stderr (for dictionary work).")
    var trace = false

    func run() throws {
        try inputs.requirePaths()
        var run = try CodingRun(inputs: inputs)
        let coder = run.coder
        let writer = EventWriter(format: format, explain: explain)
        var output = Output()
        if let header = writer.header { output.line(header) }
        var events = 0
        run.run { article, coded in
            if trace { for line in coder.trace(article) { Diagnostics.note(line) } }
            for event in coded { output.line(writer.line(for: event)) }
            events += coded.count
        }
        output.flush()
        if format == .table {
            Diagnostics.note("\(events) events from \(run.articles) articles")
        }
        if run.failures > 0 { throw ExitCode(1) }
    }
}

extension EventFormat: ExpressibleByArgument {}

extension Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
}
