import ArgumentParser
import DyadCoder
import DyadModel
import DyadStore

/// Where `graph` and `analyze` take their events from: articles coded now, or the event store (`--db`).
struct EventSourceOptions: ParsableArguments {
    @Option(name: .customLong("from-db"), help: "Read events from this event database instead of coding articles.")
    var database: String?

    @Option(help: "First day of events from the database (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var since: Day?

    @Option(help: "Last day of events from the database (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var until: Day?

    /// Calls `body` with the events in input order; returns how many inputs failed and the lexicon's names for
    /// organisation codes (from the coder's own lexicon when articles are coded, so it is loaded once).
    func forEachEvent(inputs: InputOptions, _ body: ([Event]) throws -> Void) throws -> (
        failures: Int, organisationNames: [String: String]
    ) {
        if let database {
            guard inputs.paths.isEmpty else {
                throw ValidationError("give either article paths or --from-db, not both")
            }
            var query = EventQuery()
            query.since = since
            query.until = until
            try body(try StoreOptions(db: database).openExisting().events(matching: query))
            return (0, Lexicon.bundled().lexicon.organisationNames)
        }
        try inputs.requirePaths()
        var run = try CodingRun(inputs: inputs)
        try run.run { _, events in try body(events) }
        return (run.failures, run.coder.lexicon.organisationNames)
    }
}
