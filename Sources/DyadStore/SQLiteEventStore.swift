import DyadModel
import Foundation
import GRDB

/// The SQLite event store: one file, WAL journal (readers work during an ingest, a second writer waits), schema
/// by migrations, one transaction per ingested batch so that a run killed at any moment loses nothing committed.
public final class SQLiteEventStore: EventStore {
    public let path: String
    let pool: DatabasePool
    /// How long a write waits for another process's lock, in seconds.
    let wait: Double

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    ///
    /// When another process holds the write lock, a write waits up to `wait` seconds, calling `onWait` once
    /// when it has waited a second, then fails with ``StoreError/Kind/busy(_:)``. `readOnly` opens an existing
    /// database for queries only, so that a file the user may not write (a shared copy) can still be read.
    public init(path: String, readOnly: Bool = false, wait: Double = 30, onWait: (@Sendable () -> Void)? = nil)
        throws
    {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .callback(BusyWait(limit: wait, onWait: onWait).callback)
        self.wait = wait
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try Self.openPool(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path, wait: wait)
        }
        try migrate(readOnly: readOnly)
    }

    /// A WAL database in a directory the user may not write can't be opened read-only the usual way (SQLite
    /// must create its `-shm` file): then it is opened as immutable, which is right for a file nobody writes.
    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        guard configuration.readonly else { return try DatabasePool(path: path, configuration: configuration) }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return pool
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
            return try DatabasePool(path: "file:\(escaped)?immutable=1", configuration: configuration)
        }
    }

    func translate(_ error: any Error) -> StoreError { Self.translate(error, path: path, wait: wait) }

    static func translate(_ error: any Error, path: String, wait: Double = 0) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return StoreError(.failed("\(error)"), path: path) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(.busy(wait), path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError(.corrupt(error.message ?? "not a database"), path: path)
        case .SQLITE_READONLY: return StoreError(.readOnly, path: path)
        case .SQLITE_CANTOPEN: return StoreError(.cannotOpen(error.message ?? "cannot open"), path: path)
        default: return StoreError(.failed(error.message ?? "\(error)"), path: path)
        }
    }

    public func ingest(_ batch: [CodedArticle]) throws -> IngestSummary {
        do {
            return try pool.write { db in try Self.ingest(batch, into: db) }
        } catch {
            throw translate(error)
        }
    }

    private static func ingest(_ batch: [CodedArticle], into db: Database) throws -> IngestSummary {
        var summary = IngestSummary()
        let existing = try db.cachedStatement(sql: "SELECT fingerprint FROM article WHERE id = ?")
        let deleteEvents = try db.cachedStatement(sql: "DELETE FROM event WHERE article_id = ?")
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO article (id, title, url, source, date, fingerprint, text) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url, source = excluded.source,
                date = excluded.date, fingerprint = excluded.fingerprint, text = excluded.text
                """)
        let insertEvent = try db.cachedStatement(
            sql: """
                INSERT INTO event (article_id, sentence, day, source_code, source_node, source_country,
                source_sector, source_text, target_code, target_node, target_country, target_sector, target_text,
                cameo, root, goldstein, quad, plover, negated, text, pattern, rule, spans)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for coded in batch {
            let article = coded.article
            let fingerprint = coded.fingerprint
            let stored = try String.fetchOne(existing, arguments: [article.id])
            if stored == fingerprint {
                summary.unchanged += 1
                continue
            }
            if stored != nil {
                try deleteEvents.execute(arguments: [article.id])
                summary.replaced += 1
            } else {
                summary.inserted += 1
            }
            try upsert.execute(arguments: [
                article.id, article.title, article.url, article.source, article.date?.description, fingerprint,
                article.text,
            ])
            let raw = RawStatement(insertEvent.sqliteStatement, connection: db.sqliteConnection)
            for event in coded.events {
                try raw.insert(event, article: article.id)
                summary.events += 1
            }
        }
        return summary
    }

    public func fingerprints(of ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        do {
            return try pool.read { db in
                var result: [String: String] = [:]
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let slice = Array(ids[chunk..<min(ids.count, chunk + 500)])
                    let marks = slice.map { _ in "?" }.joined(separator: ", ")
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT id, fingerprint FROM article WHERE id IN (\(marks))",
                        arguments: StatementArguments(slice))
                    for row in rows { result[row["id"]] = row["fingerprint"] }
                }
                return result
            }
        } catch {
            throw translate(error)
        }
    }

    public func counts() throws -> (articles: Int, events: Int) {
        do {
            return try pool.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
                )
            }
        } catch {
            throw translate(error)
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    public func verify() throws -> StoreHealth {
        do {
            return try pool.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let (articles, events) = (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
                )
                // The coder emits one event per dyad, code and polarity in a sentence: two such rows are one
                // event stored twice.
                let duplicates =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM event
                            GROUP BY article_id, sentence, source_code, target_code, cameo, negated HAVING n > 1)
                            """) ?? 0
                let orphans =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM event WHERE article_id NOT IN (SELECT id FROM article)") ?? 0
                return StoreHealth(
                    problems: problems, articles: articles, events: events, duplicateEvents: duplicates,
                    orphanEvents: orphans)
            }
        } catch {
            throw translate(error)
        }
    }
}

/// SQLite's busy handler: sleeps and retries until `limit` seconds have passed in one wait, telling the caller
/// once when the wait passes a second (so that a second `dyad ingest` says why it is not moving).
final class BusyWait: @unchecked Sendable {
    private let limit: Double
    private let onWait: (@Sendable () -> Void)?
    private let lock = NSLock()
    private var started = ContinuousClock.now
    private var announced = false

    init(limit: Double, onWait: (@Sendable () -> Void)?) {
        self.limit = limit
        self.onWait = onWait
    }

    var callback: Database.BusyCallback {
        { [self] tries in self.retry(tries) }
    }

    private func retry(_ tries: Int) -> Bool {
        let elapsed: Duration
        let announce: Bool
        lock.lock()
        if tries == 0 { started = ContinuousClock.now }
        elapsed = ContinuousClock.now - started
        announce = !announced && elapsed > .seconds(1)
        if announce { announced = true }
        lock.unlock()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard seconds < limit else { return false }
        if announce { onWait?() }
        usleep(tries < 20 ? 1_000 : 10_000)
        return true
    }
}
