import ArgumentParser
import DyadFormats
import DyadGraph
import DyadModel
import DyadStore

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Rank the dyads whose stance shifted most in a window, with the events behind each shift.")

    @OptionGroup var store: StoreOptions

    @Option(help: "First day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var since: Day?

    @Option(help: "Last day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var until: Day?

    @Option(help: "Period: day, week, month, quarter.")
    var by: Period = .month

    @Option(help: "How many changes to list.")
    var top = 10

    @Option(help: "Output: table or json.")
    var format: Format = .table

    enum Format: String, ExpressibleByArgument {
        case table, json
    }

    func run() throws {
        let database = try store.openExisting()
        var ranking = ChangeRanking(top: top, by: by)
        try database.forEachDyad(since: since, until: until, by: by) { ranking.add($0, $1) }
        let ranked = ranking.result
        var output = Output()
        var objects: [String] = []
        let writer = EventWriter(format: .jsonl)
        for item in ranked {
            var query = EventQuery()
            query.sources = [item.dyad.source]
            query.targets = [item.dyad.target]
            query.since = item.firstDay
            query.until = item.lastDay
            let events = try database.events(matching: query)
            let change = item.change
            switch format {
            case .json:
                objects.append(
                    "{\"source\":\(JSON.quote(item.dyad.source)),\"target\":\(JSON.quote(item.dyad.target)),"
                        + "\"period\":\(JSON.quote(change.period)),\"before_mean\":\(JSON.round(change.beforeMean)),"
                        + "\"after_mean\":\(JSON.round(change.afterMean)),\"shift\":\(JSON.round(change.shift)),"
                        + "\"statistic\":\(JSON.round(change.statistic)),"
                        + "\"events\":[\(events.map(writer.line).joined(separator: ","))]}")
            case .table:
                let direction = change.shift < 0 ? "toward conflict" : "toward cooperation"
                output.line(
                    "\(item.dyad.source) → \(item.dyad.target)  \(change.period)  mean \(JSON.round(change.beforeMean))"
                        + " → \(JSON.round(change.afterMean)) (\(direction), t = \(JSON.round(change.statistic)))")
                for event in events.prefix(3) {
                    output.line(
                        "    \(event.date?.description ?? "-")  \(event.action.code) \(event.action.name): \(event.text)"
                    )
                }
            }
        }
        if format == .json { output.line("[\(objects.joined(separator: ","))]") }
        if format == .table && ranked.isEmpty { output.line("no change detected") }
        output.flush()
    }
}
