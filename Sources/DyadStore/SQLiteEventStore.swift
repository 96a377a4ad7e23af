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
    /// Actor codes' ids, as committed.
    let actors = ActorIDs()
    /// The events appended since the last merge into the dyad and day tables.
    let pending = PendingMerge()
    /// When to merge, and how merged events are kept in runs.
    let policy: RunPolicy

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    ///
    /// When another process holds the write lock, a write waits up to `wait` seconds, calling `onWait` once
    /// when it has waited a second, then fails with ``StoreError/Kind/busy(_:)``. `readOnly` opens an existing
    /// database for queries only, so that a file the user may not write (a shared copy) can still be read.
    public init(
        path: String, readOnly: Bool = false, wait: Double = 30, policy: RunPolicy = RunPolicy(),
        onWait: (@Sendable () -> Void)? = nil
    ) throws {
        self.path = path
        self.policy = policy
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .callback(BusyWait(limit: wait, onWait: onWait).callback)
        self.wait = wait
        configuration.prepareDatabase { db in
            // Larger pages for a new file (no effect on an existing one): fewer, larger writes per append.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // Checkpoint when the WAL holds 64 MB (whatever the file's page size), not SQLite's 4 MB: far fewer
            // copies of the same pages during an ingest.
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \((64 << 20) / max(512, pageSize))")
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
            // One copy of the known ids per batch: the lookups (four per event) then take no lock.
            let known = actors.snapshot()
            let result = try pool.write { db in try Self.ingest(batch, into: db, actors: known) }
            // Ids of actors added by this batch, and the events to merge, are remembered only once its
            // transaction has committed.
            actors.remember(result.actors)
            pending.update { state in
                let mark = result.mark
                if mark.tailIsEmpty {
                    state.rows = []
                    state.valid = true
                    state.unmerged = 0
                } else if state.version != mark.version || result.deletedUnmerged {
                    state.rows = []
                    state.valid = false
                }
                if state.valid { state.rows += result.rows }
                state.version = mark.version
                state.unmerged += result.summary.events
            }
            if pending.unmerged >= policy.threshold { try flush() }
            return result.summary
        } catch {
            throw translate(error)
        }
    }

    /// What one ingest transaction did.
    private struct BatchResult {
        var summary = IngestSummary()
        /// Actor ids this batch added.
        var actors: [String: Int64] = [:]
        /// The merge mark when the transaction began.
        var mark: MergeMark
        /// The batch's dated events, for the next merge.
        var rows: [MergeRow] = []
        /// A replaced article had events not merged yet.
        var deletedUnmerged = false
    }

    private static func ingest(_ batch: [CodedArticle], into db: Database, actors: [String: Int64]) throws
        -> BatchResult
    {
        let mark = try MergeMark.read(db)
        var result = BatchResult(mark: mark)
        var nextID = mark.nextID
        let existing = try db.cachedStatement(sql: "SELECT key, fingerprint FROM article WHERE id = ?")
        let insertArticle = try db.cachedStatement(
            sql: "INSERT INTO article (id, title, url, source, date, fingerprint, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let updateArticle = try db.cachedStatement(
            sql: """
                UPDATE article SET title = ?, url = ?, source = ?, date = ?, fingerprint = ?, text = ? WHERE key = ?
                """)
        var inserter = try EventInserter(db)
        let insertActor = try db.cachedStatement(
            sql: "INSERT INTO actor (code) VALUES (?) ON CONFLICT(code) DO NOTHING")
        let selectActor = try db.cachedStatement(sql: "SELECT id FROM actor WHERE code = ?")
        func actorID(_ code: String) throws -> Int64 {
            if let id = actors[code] ?? result.actors[code] { return id }
            try insertActor.execute(arguments: [code])
            guard let id = try Int64.fetchOne(selectActor, arguments: [code]) else {
                throw DatabaseError(message: "actor \(code) was not stored")
            }
            result.actors[code] = id
            return id
        }
        // A code's id and its node's id, looked up once per batch: one hash of the code per actor of an event.
        var pairs: [String: (Int64, Int64)] = [:]
        func ids(of code: ActorCode) throws -> (Int64, Int64) {
            if let pair = pairs[code.rawValue] { return pair }
            let pair = (try actorID(code.rawValue), try actorID(code.node))
            pairs[code.rawValue] = pair
            return pair
        }
        for coded in batch {
            let article = coded.article
            let fingerprint = coded.fingerprint
            let stored = try Row.fetchOne(existing, arguments: [article.id])
            let key: Int64
            if let stored {
                if stored["fingerprint"] as String == fingerprint {
                    result.summary.unchanged += 1
                    continue
                }
                key = stored["key"]
                try inserter.finish()
                if try deleteEvents(ofArticle: key, in: db, through: mark.through) { result.deletedUnmerged = true }
                try updateArticle.execute(arguments: [
                    article.title, article.url, article.source, article.date?.description, fingerprint, article.text,
                    key,
                ])
                result.summary.replaced += 1
            } else {
                try insertArticle.execute(arguments: [
                    article.id, article.title, article.url, article.source, article.date?.description, fingerprint,
                    article.text,
                ])
                key = db.lastInsertedRowID
                result.summary.inserted += 1
            }
            for event in coded.events {
                let (source, sourceNode) = try ids(of: event.source.code)
                let (target, targetNode) = try ids(of: event.target.code)
                let quad = quadNumber(event.action.quad)
                try inserter.add(
                    event,
                    keys: EventKeys(
                        id: nextID, article: key, source: source, sourceNode: sourceNode, target: target,
                        targetNode: targetNode, quad: quad))
                if let day = event.date {
                    result.rows.append(
                        MergeRow(
                            source: sourceNode, target: targetNode, id: nextID, goldstein: event.action.goldstein,
                            day: Int32(truncatingIfNeeded: day.ordinal), quad: UInt8(quad), negated: event.negated))
                }
                nextID += 1
                result.summary.events += 1
            }
        }
        try inserter.finish()
        return result
    }

    /// Deletes an article's events, with their dyad and day entries when merged. Returns whether any of them
    /// was not merged yet.
    private static func deleteEvents(ofArticle key: Int64, in db: Database, through: Int64) throws -> Bool {
        try deleteMergedEntries(ofArticle: key, through: through, db)
        let unmerged =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM event WHERE article = ? AND id > ?", arguments: [key, through]) ?? 0
        try db.execute(sql: "DELETE FROM event WHERE article = ?", arguments: [key])
        return unmerged > 0
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
                            GROUP BY article, sentence, source, target, cameo, negated HAVING n > 1)
                            """) ?? 0
                let orphans =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM event WHERE article NOT IN (SELECT key FROM article)") ?? 0
                // Every merged dated event has its dyad and day entries, with its values, and no entry is left
                // without its event.
                let merged = "id <= (SELECT through FROM merged) AND day IS NOT NULL"
                let mismatches =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT
                            (SELECT COUNT(*) FROM event e WHERE \(merged) AND NOT EXISTS (SELECT 1 FROM event_dyad d
                                WHERE d.source_node = e.source_node AND d.target_node = e.target_node AND d.day = e.day
                                AND d.id = e.id AND d.quad = e.quad AND d.goldstein = e.goldstein
                                AND d.negated = e.negated))
                            + (SELECT COUNT(*) FROM event e WHERE \(merged) AND NOT EXISTS (SELECT 1 FROM event_by_day d
                                WHERE d.day = e.day AND d.id = e.id))
                            + (SELECT COUNT(*) FROM event_dyad WHERE id NOT IN (SELECT id FROM event WHERE \(merged)))
                            + (SELECT COUNT(*) FROM event_by_day WHERE id NOT IN (SELECT id FROM event WHERE \(merged)))
                            """) ?? 0
                return StoreHealth(
                    problems: problems, articles: articles, events: events, duplicateEvents: duplicates,
                    orphanEvents: orphans, indexMismatches: mismatches)
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

/// Actor codes and their ids in the `actor` table, remembered across batches (ids never change once committed).
final class ActorIDs: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: Int64] = [:]

    func snapshot() -> [String: Int64] {
        lock.lock()
        defer { lock.unlock() }
        return ids
    }

    func remember(_ added: [String: Int64]) {
        guard !added.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        ids.merge(added) { old, _ in old }
    }
}
