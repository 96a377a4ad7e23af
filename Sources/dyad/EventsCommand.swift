import ArgumentParser
import DyadFormats
import DyadModel
import DyadStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "List stored events with their evidence sentences.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Source actor(s): RUS, RUSGOV, IGONAT (comma-separated).")
    var source: String?

    @Option(help: "Target actor(s), comma-separated.")
    var target: String?

    @Option(help: "Both directions between two actors: A,B.")
    var between: String?

    @Option(help: "CAMEO root (two digits, e.g. 11).")
    var root: String?

    @Option(help: "Quad class: neutral, verbal_coop, material_coop, verbal_conflict, material_conflict.")
    var quad: String?

    @Option(help: "First day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var since: Day?

    @Option(help: "Last day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var until: Day?

    @Option(help: "Words that must all occur in the evidence sentence.")
    var text: String?

    @Option(help: "daily: keep one event per (date, source, target, code), as the Phoenix pipeline did.")
    var dedupe: String?

    @Option(help: "Output format: table, jsonl, tsv, csv.")
    var format: EventFormat = .table

    @Option(help: "At most N events.")
    var limit: Int?

    @Flag(help: "Include negated events (\"did not recognise\").")
    var includeNegated = false

    func run() throws {
        var query = EventQuery()
        query.sources = Set(try (source ?? "").split(separator: ",").map { try actorFilter(String($0)) })
        query.targets = Set(try (target ?? "").split(separator: ",").map { try actorFilter(String($0)) })
        if let between {
            let pair = try between.split(separator: ",").map { try actorFilter(String($0)) }
            guard pair.count == 2 else { throw ValidationError("--between takes two actors: A,B") }
            query.between = (pair[0], pair[1])
        }
        if let root {
            guard root.count == 2, let value = Int(root), (1...20).contains(value) else {
                throw ValidationError("--root takes a CAMEO root, 01 … 20")
            }
            query.root = root
        }
        if let quad {
            guard let value = QuadClass(rawValue: quad) else {
                throw ValidationError("unknown quad class \"\(quad)\"")
            }
            query.quad = value
        }
        if let dedupe {
            guard dedupe == "daily" else { throw ValidationError("--dedupe takes \"daily\"") }
            query.dedupeDaily = true
        }
        query.since = since
        query.until = until
        query.words = (text ?? "").split(separator: " ").map(String.init)
        query.includeNegated = includeNegated
        query.limit = limit
        let events = try store.openExisting().events(matching: query)
        let writer = EventWriter(format: format)
        var output = Output()
        if let header = writer.header { output.line(header) }
        for event in events { output.line(writer.line(for: event)) }
        output.flush()
    }
}
