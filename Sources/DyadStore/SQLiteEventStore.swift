import DyadModel
import Foundation
import GRDB

/// The SQLite event store: one file, WAL journal (readers work during an ingest, a second writer waits), schema
/// by migrations, one transaction per ingested batch so that a run killed at any moment loses nothing committed.
public final class SQLiteEventStore: EventStore {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path)
        }
        try migrate()
    }

    static func translate(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return StoreError(.failed("\(error)"), path: path) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(.busy, path: path)
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
            throw Self.translate(error, path: path)
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
            throw Self.translate(error, path: path)
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
            throw Self.translate(error, path: path)
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
