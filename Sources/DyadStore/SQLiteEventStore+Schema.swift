import DyadModel
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
        migrator.registerMigration("v3: integer actors and articles") { db in
            // Events refer to actors and articles by integer: the indexes compare integers instead of text, rows
            // are a third the size, and ingest binds 17 columns instead of 23. Country, sector, root and PLOVER
            // type are derived on reading (from the code and the CAMEO table); `event_view` shows the old columns.
            try db.execute(
                sql: """
                    CREATE TABLE actor (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
                    INSERT INTO actor (code) SELECT source_code FROM event UNION SELECT source_node FROM event
                        UNION SELECT target_code FROM event UNION SELECT target_node FROM event ORDER BY 1;
                    CREATE TABLE article_v3 (
                        key INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        title TEXT, url TEXT, source TEXT, date TEXT,
                        fingerprint TEXT NOT NULL,
                        text TEXT NOT NULL
                    );
                    INSERT INTO article_v3 (id, title, url, source, date, fingerprint, text)
                        SELECT id, title, url, source, date, fingerprint, text FROM article ORDER BY rowid;
                    CREATE TABLE event_v3 (
                        id INTEGER PRIMARY KEY,
                        article INTEGER NOT NULL,
                        sentence INTEGER NOT NULL,
                        day INTEGER,
                        source INTEGER NOT NULL, source_node INTEGER NOT NULL, source_text TEXT NOT NULL,
                        target INTEGER NOT NULL, target_node INTEGER NOT NULL, target_text TEXT NOT NULL,
                        cameo TEXT NOT NULL, goldstein REAL NOT NULL, quad INTEGER NOT NULL,
                        negated INTEGER NOT NULL, text TEXT NOT NULL,
                        pattern TEXT, rule TEXT, spans TEXT
                    );
                    INSERT INTO event_v3 (id, article, sentence, day, source, source_node, source_text, target,
                        target_node, target_text, cameo, goldstein, quad, negated, text, pattern, rule, spans)
                    SELECT e.id, a.key, e.sentence, e.day,
                        (SELECT id FROM actor WHERE code = e.source_code),
                        (SELECT id FROM actor WHERE code = e.source_node), e.source_text,
                        (SELECT id FROM actor WHERE code = e.target_code),
                        (SELECT id FROM actor WHERE code = e.target_node), e.target_text,
                        e.cameo, e.goldstein,
                        CASE e.quad WHEN 'verbal_coop' THEN 1 WHEN 'material_coop' THEN 2
                            WHEN 'verbal_conflict' THEN 3 WHEN 'material_conflict' THEN 4 ELSE 0 END,
                        e.negated, e.text, e.pattern, e.rule, e.spans
                    FROM event e JOIN article_v3 a ON a.id = e.article_id ORDER BY e.id;
                    DROP TABLE event;
                    DROP TABLE article;
                    ALTER TABLE article_v3 RENAME TO article;
                    ALTER TABLE event_v3 RENAME TO event;
                    CREATE INDEX event_dyad_day ON event(source_node, target_node, day, quad, goldstein, negated);
                    CREATE INDEX event_day ON event(day);
                    CREATE INDEX event_article ON event(article);
                    CREATE VIEW event_view AS
                    SELECT e.id, a.id AS article_id, e.article AS article_key, e.sentence, e.day,
                        s.code AS source_code, sn.code AS source_node, e.source_text,
                        t.code AS target_code, tn.code AS target_node, e.target_text,
                        e.cameo, substr(e.cameo, 1, 2) AS root, e.goldstein, e.quad, e.negated, e.text,
                        e.pattern, e.rule, e.spans
                    FROM event e JOIN article a ON a.key = e.article
                        JOIN actor s ON s.id = e.source JOIN actor sn ON sn.id = e.source_node
                        JOIN actor t ON t.id = e.target JOIN actor tn ON tn.id = e.target_node;
                    """)
        }
        migrator.registerMigration("v4: dyad and day tables filled by sorted merges") { db in
            // The dyad and day indexes were updated in random order by every ingest transaction, each dirtying
            // most of their pages: ingest ran at a quarter of the speed of plain appends. Now they are tables
            // clustered by their key, filled from the events appended since the last merge, sorted, in one pass
            // (see `SQLiteEventStore+Merge`). Readers add the not-yet-merged tail (`id > merged.through`) and the
            // undated events (kept apart by a partial index, empty for dated news) themselves.
            try db.execute(
                sql: """
                    CREATE TABLE event_dyad (
                        source_node INTEGER NOT NULL, target_node INTEGER NOT NULL, day INTEGER NOT NULL,
                        id INTEGER NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, negated INTEGER NOT NULL,
                        PRIMARY KEY (source_node, target_node, day, id)
                    ) WITHOUT ROWID;
                    CREATE TABLE event_by_day (
                        day INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (day, id)
                    ) WITHOUT ROWID;
                    CREATE TABLE merged (one INTEGER PRIMARY KEY CHECK (one = 1), through INTEGER NOT NULL);
                    INSERT INTO event_dyad SELECT source_node, target_node, day, id, quad, goldstein, negated
                        FROM event WHERE day IS NOT NULL ORDER BY 1, 2, 3, 4;
                    INSERT INTO event_by_day SELECT day, id FROM event WHERE day IS NOT NULL ORDER BY 1, 2;
                    INSERT INTO merged VALUES (1, COALESCE((SELECT MAX(id) FROM event), 0));
                    DROP INDEX event_dyad_day;
                    DROP INDEX event_day;
                    CREATE INDEX event_undated ON event(id) WHERE day IS NULL;
                    """)
        }
        migrator.registerMigration("v5: runs of dyad and day tables") { db in
            // Each merge appends to a run of tables of its own instead of interleaving with one table holding
            // everything (see `Run`); the v4 tables become the first run, and views show all runs together.
            try db.execute(
                sql: """
                    ALTER TABLE event_dyad RENAME TO event_dyad_1;
                    ALTER TABLE event_by_day RENAME TO event_by_day_1;
                    CREATE TABLE run (
                        number INTEGER PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL,
                        events INTEGER NOT NULL
                    );
                    INSERT INTO run SELECT 1, 1, through, (SELECT COUNT(*) FROM event_dyad_1) FROM merged;
                    """)
            try Run.createViews(over: Run.all(db), db)
        }
        return migrator
    }

    /// The quad classes by their stored number (0 neutral, 1–4 as PLOVER and CAMEO number them).
    static let quadClasses: [QuadClass] = [
        .neutral, .verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict,
    ]

    static func quadNumber(_ quad: QuadClass) -> Int { quadClasses.firstIndex(of: quad) ?? 0 }

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
