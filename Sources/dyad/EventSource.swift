import ArgumentParser
import DyadCoder
import DyadModel
import DyadStore

/// Where `graph` and `analyze` take their events from: articles coded now, or the event store (`--db`).
struct EventSourceOptions: ParsableArguments {
    @Option(name: .customLong("from-db"), help: "Read events from this event database instead of coding articles.")
    var database: String?

    @Option(help: "Only events on or after this day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var since: Day?

    @Option(help: "Only events on or before this day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var until: Day?

    @Option(
        name: .customLong("actor"),
        help: "Only events whose source or target is this actor (country, full code or IGO; repeatable).",
        transform: actorFilter)
    var actors: [String] = []

    @Option(
        name: .customLong("quad"),
        help:
            "Only events of this quad class (neutral, verbal_coop, material_coop, verbal_conflict, material_conflict; repeatable).",
        transform: quadFilter)
    var quads: [QuadClass] = []

    /// Whether an event passes the window, actor and quad filters.
    func keeps(_ event: Event) -> Bool {
        if let since, let date = event.date, date < since { return false }
        if let until, let date = event.date, date > until { return false }
        if (since != nil || until != nil) && event.date == nil { return false }
        if !quads.isEmpty && !quads.contains(event.action.quad) { return false }
        if !actors.isEmpty {
            let (source, target) = (event.source.code, event.target.code)
            let (sourceNode, targetNode) = (source.node, target.node)
            guard
                actors.contains(where: {
                    $0 == sourceNode || $0 == source.rawValue || $0 == targetNode || $0 == target.rawValue
                })
            else { return false }
        }
        return true
    }

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
            try body(try StoreOptions(db: database).openExisting().events(matching: query).filter(keeps))
            return (0, Lexicon.bundled().lexicon.organisationNames)
        }
        try inputs.requirePaths()
        var run = try CodingRun(inputs: inputs)
        try run.run { _, events in try body(events.filter(keeps)) }
        return (run.failures, run.coder.lexicon.organisationNames)
    }
}

/// Two date windows, `FROM..TO,FROM..TO` (either end of a window may be empty), for `--diff`.
func parseWindows(_ text: String) throws -> [(from: Day?, to: Day?)] {
    let windows = try text.split(separator: ",").map { window -> (from: Day?, to: Day?) in
        let ends = window.components(separatedBy: "..")
        guard ends.count == 2 else { throw ValidationError("a window is FROM..TO, found \"\(window)\"") }
        return (
            try ends[0].isEmpty ? nil : InputOptions.parseDay(ends[0]),
            try ends[1].isEmpty ? nil : InputOptions.parseDay(ends[1])
        )
    }
    guard windows.count == 2 else { throw ValidationError("--diff takes two windows: FROM..TO,FROM..TO") }
    return windows
}
