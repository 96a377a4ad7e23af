import GRDB
import GRDBSQLite

/// How merged events are kept in runs (see ``Run``).
public struct RunPolicy: Sendable {
    /// Unmerged events that trigger a merge during an ingest; also the size up to which a merge adds to the last
    /// run instead of starting a new one.
    public var threshold: Int
    /// How many runs of one tier are merged into one.
    public var fanOut: Int

    public init(threshold: Int = 1_000_000, fanOut: Int = 16) {
        self.threshold = max(1, threshold)
        self.fanOut = max(2, fanOut)
    }

    /// A run's tier: 0 below the threshold, then 1, 2 … for each power of the fan-out above it.
    func tier(of events: Int64) -> Int {
        var tier = 0
        var bound = Int64(threshold)
        while events >= bound {
            tier += 1
            bound = bound.multipliedReportingOverflow(by: Int64(fanOut)).partialValue
            if bound <= 0 { break }
        }
        return tier
    }
}

/// The dyad and day entries of a contiguous range of event ids, in a pair of tables of their own
/// (`event_dyad_N`, `event_by_day_N`, each clustered by its key).
///
/// A merge writes its events into a new run (or adds them to a small last run), so that its insert appends to a
/// table of its own instead of interleaving with every page of one table holding everything: with one table,
/// each merge rewrote the whole dyad table, and the merges of a 10 M store took half its ingest. Runs of one tier
/// are merged into one when there are ``RunPolicy/fanOut`` of them (tiered compaction, as in log-structured
/// stores): an event is rewritten once per tier, and a query reads at most `fanOut - 1` runs per tier.
/// The views `event_dyad` and `event_by_day` show all runs' entries together.
struct Run: Equatable {
    var number: Int64
    /// The first and last event id the run covers.
    var first: Int64
    var last: Int64
    var events: Int64

    var dyadTable: String { "event_dyad_\(number)" }
    var dayTable: String { "event_by_day_\(number)" }

    static func all(_ db: Database) throws -> [Run] {
        try Row.fetchAll(db, sql: "SELECT number, first, last, events FROM run ORDER BY first").map {
            Run(number: $0["number"], first: $0["first"], last: $0["last"], events: $0["events"])
        }
    }

    static func createTables(number: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE event_dyad_\(number) (
                    source_node INTEGER NOT NULL, target_node INTEGER NOT NULL, day INTEGER NOT NULL,
                    id INTEGER NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, negated INTEGER NOT NULL,
                    PRIMARY KEY (source_node, target_node, day, id)
                ) WITHOUT ROWID;
                CREATE TABLE event_by_day_\(number) (
                    day INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (day, id)
                ) WITHOUT ROWID;
                """)
    }

    /// Rewrites the views `event_dyad` and `event_by_day` over `runs`.
    static func createViews(over runs: [Run], _ db: Database) throws {
        func union(_ columns: String, _ table: (Run) -> String) -> String {
            runs.map { "SELECT \(columns) FROM \(table($0))" }.joined(separator: " UNION ALL ")
        }
        let dyad = runs.isEmpty ? "SELECT 0, 0, 0, 0, 0, 0.0, 0 WHERE 0" : union(MergeRow.columns, \.dyadTable)
        let day = runs.isEmpty ? "SELECT 0, 0 WHERE 0" : union("day, id", \.dayTable)
        try db.execute(
            sql: """
                DROP VIEW IF EXISTS event_dyad;
                DROP VIEW IF EXISTS event_by_day;
                CREATE VIEW event_dyad (\(MergeRow.columns)) AS \(dyad);
                CREATE VIEW event_by_day (day, id) AS \(day);
                """)
    }
}

extension SQLiteEventStore {
    /// Writes the sorted-on-demand `rows` (the events with ids after `mark.through`) into a run: the last one
    /// when it stays within the threshold, else a new one; then merges runs of a full tier.
    static func store(_ rows: [MergeRow], mark: MergeMark, policy: RunPolicy, _ db: Database) throws {
        var runs = try Run.all(db)
        let viewsBefore = runs
        var run: Run
        if let last = runs.last, last.events + Int64(rows.count) <= Int64(policy.threshold) {
            run = last
            runs.removeLast()
        } else {
            run = Run(
                number: (runs.map(\.number).max() ?? 0) + 1, first: mark.through + 1, last: mark.maxID, events: 0)
            try Run.createTables(number: run.number, db)
        }
        try insert(rows, into: run, db)
        run.last = mark.maxID
        run.events += Int64(rows.count)
        try save(run, db)
        runs.append(run)
        try compact(&runs, policy: policy, db)
        if runs.map(\.number) != viewsBefore.map(\.number) { try Run.createViews(over: runs, db) }
    }

    /// Inserts `rows` into `run`'s tables, each in its key order.
    private static func insert(_ rows: [MergeRow], into run: Run, _ db: Database) throws {
        var order = MergeRow.order(of: rows, byDyad: true)
        try insertAll(db, into: "\(run.dyadTable) (\(MergeRow.columns))", columns: 7, count: rows.count) {
            statement, first, index in
            let row = rows[Int(order[index])]
            sqlite3_bind_int64(statement, first, row.source)
            sqlite3_bind_int64(statement, first + 1, row.target)
            sqlite3_bind_int64(statement, first + 2, Int64(row.day))
            sqlite3_bind_int64(statement, first + 3, row.id)
            sqlite3_bind_int64(statement, first + 4, Int64(row.quad))
            sqlite3_bind_double(statement, first + 5, row.goldstein)
            sqlite3_bind_int64(statement, first + 6, row.negated ? 1 : 0)
        }
        order = MergeRow.order(of: rows, byDyad: false)
        try insertAll(db, into: "\(run.dayTable) (day, id)", columns: 2, count: rows.count) { statement, first, index in
            let row = rows[Int(order[index])]
            sqlite3_bind_int64(statement, first, Int64(row.day))
            sqlite3_bind_int64(statement, first + 1, row.id)
        }
    }

    private static func save(_ run: Run, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO run (number, first, last, events) VALUES (?, ?, ?, ?)",
            arguments: [run.number, run.first, run.last, run.events])
    }

    /// While some tier holds `fanOut` runs, merges the runs from its first to its last (with any smaller ones
    /// between, so that a run's ids stay contiguous) into one new run.
    static func compact(_ runs: inout [Run], policy: RunPolicy, _ db: Database) throws {
        while true {
            let tiers = runs.map { policy.tier(of: $0.events) }
            guard
                let tier = Set(tiers).sorted().first(where: { tier in
                    tiers.filter { $0 == tier }.count >= policy.fanOut
                }),
                let start = tiers.firstIndex(of: tier), let end = tiers.lastIndex(of: tier)
            else { return }
            let span = Array(runs[start...end])
            var merged = Run(
                number: (runs.map(\.number).max() ?? 0) + 1, first: span[0].first, last: span[span.count - 1].last,
                events: 0)
            try Run.createTables(number: merged.number, db)
            // SQLite reads the runs in key order and merges them (no sort), appending to the new tables.
            for (table, columns, key) in [
                (\Run.dyadTable, MergeRow.columns, "source_node, target_node, day, id"),
                (\Run.dayTable, "day, id", "day, id"),
            ] {
                let union = span.map { "SELECT \(columns) FROM \($0[keyPath: table])" }.joined(separator: " UNION ALL ")
                try db.execute(
                    sql: """
                        INSERT INTO \(merged[keyPath: table]) (\(columns))
                        SELECT \(columns) FROM (\(union)) ORDER BY \(key)
                        """)
                if table == \Run.dyadTable { merged.events = Int64(db.changesCount) }
            }
            for run in span {
                try db.execute(sql: "DROP TABLE \(run.dyadTable); DROP TABLE \(run.dayTable)")
                try db.execute(sql: "DELETE FROM run WHERE number = ?", arguments: [run.number])
            }
            try save(merged, db)
            runs.replaceSubrange(start...end, with: [merged])
        }
    }

    /// Reads several statements, each giving rows in `event_dyad` order, and `extra` (in that order too) as one
    /// stream in that order.
    static func mergeRuns(
        _ queries: [(sql: String, arguments: StatementArguments)], _ db: Database, extra: [MergeRow] = [],
        _ body: (MergeRow) throws -> Void
    ) throws {
        var statements: [SQLiteStatement] = []
        var heads: [MergeRow?] = []
        var kept: [Statement] = []
        for query in queries {
            let statement = try db.makeStatement(sql: query.sql)
            try statement.setArguments(query.arguments)
            kept.append(statement)
            statements.append(statement.sqliteStatement)
            heads.append(try step(statement.sqliteStatement, db) ? MergeRow(columnsOf: statement.sqliteStatement) : nil)
        }
        var next = 0
        let before = MergeRow.dyadOrder
        while true {
            var best: (index: Int, row: MergeRow)?
            for (index, head) in heads.enumerated() {
                guard let head, best.map({ before(head, $0.row) }) ?? true else { continue }
                best = (index, head)
            }
            if next < extra.count, best.map({ !before($0.row, extra[next]) }) ?? true {
                try body(extra[next])
                next += 1
                continue
            }
            guard let (index, row) = best else { break }
            try body(row)
            heads[index] = try step(statements[index], db) ? MergeRow(columnsOf: statements[index]) : nil
        }
        withExtendedLifetime(kept) {}
    }

    /// Deletes the dyad and day entries of an article's merged events (ids up to `through`) from their runs.
    static func deleteMergedEntries(ofArticle key: Int64, through: Int64, _ db: Database) throws {
        let range = try Row.fetchOne(
            db, sql: "SELECT MIN(id) AS low, MAX(id) AS high FROM event WHERE article = ? AND id <= ?",
            arguments: [key, through])
        guard let low = range?["low"] as Int64?, let high = range?["high"] as Int64? else { return }
        for var run in try Run.all(db) where run.first <= high && run.last >= low {
            let events = "FROM event WHERE article = ? AND id BETWEEN ? AND ? AND day IS NOT NULL"
            let arguments: StatementArguments = [key, run.first, run.last]
            try db.execute(
                sql: """
                    DELETE FROM \(run.dyadTable) WHERE (source_node, target_node, day, id) IN
                    (SELECT source_node, target_node, day, id \(events))
                    """, arguments: arguments)
            run.events -= Int64(db.changesCount)
            try db.execute(
                sql: "DELETE FROM \(run.dayTable) WHERE (day, id) IN (SELECT day, id \(events))", arguments: arguments)
            try save(run, db)
        }
    }
}
