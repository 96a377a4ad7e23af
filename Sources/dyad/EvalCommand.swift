import ArgumentParser
import DyadCoder
import DyadFormats
import DyadModel
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the coder on expert-coded sentences (PLOVER gold-standard records).",
        discussion: """
            Dyad precision, recall and F1 on country-level source and target (IGO codes count as IGO), quad-class \
            accuracy on the records where a gold dyad was found, and a confusion table of PLOVER types.
            """
    )

    @Option(help: "The gold records: a JSON array in the PLOVER GSR format.")
    var gold: String

    @Option(help: "Output: table or json.")
    var format: ReportFormat = .table

    @Flag(help: "List every record the coder got wrong, with what it coded.")
    var misses = false

    enum ReportFormat: String, ExpressibleByArgument {
        case table, json
    }

    func run() throws {
        let records: [GoldRecord]
        do {
            records = try GoldReader.records(at: gold)
        } catch {
            throw ValidationError(String(describing: error))
        }
        let report = Evaluation.evaluate(records, with: try CodingRun.makeCoder().coder)
        var output = Output()
        switch format {
        case .json: output.line(EvaluationText.json(report))
        case .table:
            for line in EvaluationText.table(report) { output.line(line) }
            if misses { for line in EvaluationText.misses(report) { output.line(line) } }
        }
        output.flush()
    }
}
