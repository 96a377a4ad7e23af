import ArgumentParser
import DyadModel
import DyadStore
import Foundation

/// Where the event database is: `--db`, else `$DYAD_DB`, else `./dyad.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(help: "The event database (default: $DYAD_DB, else ./dyad.sqlite).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["DYAD_DB"] ?? "dyad.sqlite" }

    init() {}

    init(db: String) { self.db = db }

    func open() throws -> SQLiteEventStore { try SQLiteEventStore(path: path) }

    /// Reading commands refuse a database that isn't there rather than create an empty one.
    func openExisting() throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no such database; create it with `dyad ingest PATH… --db \(path)`")
        }
        return try open()
    }
}

/// Parses an actor filter: a country (`RUS`), a full code (`RUSGOV`) or an organisation (`IGONAT`).
func actorFilter(_ text: String) throws -> String {
    let code = text.uppercased()
    guard ActorCode(code) != nil else {
        throw ValidationError("unknown actor code \"\(text)\": expected ISO-3 (RUS), country+sector (RUSGOV) or IGO…")
    }
    return code
}
