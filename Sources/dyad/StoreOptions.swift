import ArgumentParser
import DyadModel
import DyadStore
import Foundation

/// Where the event database is: `--db`, else `$DYAD_DB`, else `./dyad.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(help: "The event database (default: $DYAD_DB, else ./dyad.sqlite).")
    var db: String?

    @Option(help: "Seconds to wait for another process that is writing to the database before giving up.")
    var wait: Double = 30

    var path: String { db ?? ProcessInfo.processInfo.environment["DYAD_DB"] ?? "dyad.sqlite" }

    init() {}

    init(db: String, wait: Double = 30) {
        self.db = db
        self.wait = wait
    }

    func open(readOnly: Bool = false) throws -> SQLiteEventStore {
        let path = path
        let wait = wait
        return try SQLiteEventStore(path: path, readOnly: readOnly, wait: wait) {
            Diagnostics.note(
                "\(path): waiting for another process that is writing to the database (up to "
                    + "\(String(format: "%g", wait)) s)…")
        }
    }

    /// Reading commands refuse a database that isn't there rather than create an empty one.
    func openExisting() throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no such database; create it with `dyad ingest PATH… --db \(path)`")
        }
        // Read-only: a reader never takes the write lock (it doesn't wait for an ingest) and works on a file it
        // may not write. SQLite may leave empty -wal and -shm files beside it; the next writer tidies them.
        return try open(readOnly: true)
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

/// Parses a quad-class filter: `verbal_conflict`, also written `verbal-conflict`.
func quadFilter(_ text: String) throws -> QuadClass {
    guard let quad = QuadClass(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "_")) else {
        throw ValidationError(
            "unknown quad class \"\(text)\": expected neutral, verbal_coop, material_coop, verbal_conflict or "
                + "material_conflict")
    }
    return quad
}
