import GRDB

extension SQLiteEventStore {
    /// The migrations, in order. A database that has a migration this list doesn't know was written by a newer
    /// Dyad and is refused rather than touched.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles and events") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id TEXT PRIMARY KEY NOT NULL,
                        title TEXT, url TEXT, source TEXT, date TEXT,
                        fingerprint TEXT NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY,
                        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        sentence INTEGER NOT NULL,
                        day INTEGER,
                        source_code TEXT NOT NULL, source_node TEXT NOT NULL, source_country TEXT,
                        source_sector TEXT, source_text TEXT NOT NULL,
                        target_code TEXT NOT NULL, target_node TEXT NOT NULL, target_country TEXT,
                        target_sector TEXT, target_text TEXT NOT NULL,
                        cameo TEXT NOT NULL, root TEXT NOT NULL, goldstein REAL NOT NULL, quad TEXT NOT NULL,
                        plover TEXT, negated INTEGER NOT NULL, text TEXT NOT NULL,
                        pattern TEXT, rule TEXT, spans TEXT
                    );
                    CREATE INDEX event_dyad_day ON event(source_node, target_node, day);
                    CREATE INDEX event_day ON event(day);
                    CREATE INDEX event_article ON event(article_id);
                    """)
        }
        migrator.registerMigration("v2: covering dyad index") { db in
            // Stance and change queries read only these columns: answer them from the index alone.
            try db.execute(
                sql: """
                    DROP INDEX event_dyad_day;
                    CREATE INDEX event_dyad_day ON event(source_node, target_node, day, quad, goldstein, negated);
                    """)
        }
        return migrator
    }

    /// Brings the schema up to date; read-only, only checks that it is.
    func migrate(readOnly: Bool) throws {
        let migrator = Self.migrator
        do {
            let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
            let known = Set(migrator.migrations)
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw StoreError(.newerSchema(unknown), path: path)
            }
            // Up to date: no write at all, so that readers never wait for a writer's lock.
            guard let missing = migrator.migrations.first(where: { !applied.contains($0) }) else { return }
            if readOnly { throw StoreError(.olderSchema(missing), path: path) }
            try migrator.migrate(pool)
        } catch {
            throw translate(error)
        }
    }
}
