import DyadModel
import GRDB
import GRDBSQLite

/// `INSERT INTO target VALUES (?, …), (?, …) …`: `rows` rows of `columns` parameters each. `target` is a table
/// and its column list.
func multiRowInsert(into target: String, columns: Int, rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    return "INSERT INTO \(target) VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
}

/// One event ready to insert: the event with its id, its article's key, the ids of its source and target codes
/// and nodes, and its quad class number.
struct EventRow {
    var event: Event
    var id: Int64
    var article: Int64
    var actors: (source: Int64, sourceNode: Int64, target: Int64, targetNode: Int64)
    var quad: Int
}

/// Inserts events many rows per statement, bound through the SQLite C API directly. Building GRDB
/// `StatementArguments` for 18 columns per event costs more than SQLite's own work, and SQLite's per-statement
/// work (starting the program, opening the table and its indexes) is paid once per `rowsPerStatement` events.
struct EventInserter {
    static let columns = [
        "article", "sentence", "day", "source", "source_node", "source_text", "target", "target_node",
        "target_text", "cameo", "goldstein", "quad", "negated", "text", "pattern", "rule", "spans", "id",
    ]
    static let rowsPerStatement = 32

    private let db: Database
    private let many: Statement
    private let one: Statement
    private var waiting: [EventRow] = []

    init(_ db: Database) throws {
        self.db = db
        many = try db.cachedStatement(sql: Self.insert(rows: Self.rowsPerStatement))
        one = try db.cachedStatement(sql: Self.insert(rows: 1))
        waiting.reserveCapacity(Self.rowsPerStatement)
    }

    private static func insert(rows: Int) -> String {
        multiRowInsert(into: "event (\(columns.joined(separator: ", ")))", columns: columns.count, rows: rows)
    }

    mutating func add(_ row: EventRow) throws {
        waiting.append(row)
        guard waiting.count == Self.rowsPerStatement else { return }
        try insert(waiting, with: many)
        waiting.removeAll(keepingCapacity: true)
    }

    /// Inserts the rows still waiting; call before anything else reads or deletes events.
    mutating func finish() throws {
        for row in waiting { try insert([row], with: one) }
        waiting.removeAll(keepingCapacity: true)
    }

    /// The text columns of the rows being inserted, one after another: bound without SQLite copying each value
    /// first (`SQLITE_STATIC`), as the buffer outlives the statement's step.
    private var bytes: [UInt8] = []
    private var texts: [(index: Int32, start: Int, count: Int)] = []

    private mutating func insert(_ rows: [EventRow], with statement: Statement) throws {
        let raw = statement.sqliteStatement
        bytes.removeAll(keepingCapacity: true)
        // Never empty, so that an empty text still gets a non-null pointer (SQLite would store NULL).
        bytes.append(0)
        texts.removeAll(keepingCapacity: true)
        for (slot, row) in rows.enumerated() {
            let first = Int32(slot * Self.columns.count)
            func text(_ index: Int32, _ value: String?) {
                guard let value else {
                    sqlite3_bind_null(raw, first + index)
                    return
                }
                let start = bytes.count
                bytes.append(contentsOf: value.utf8)
                texts.append((first + index, start, bytes.count - start))
            }
            func integer(_ index: Int32, _ value: Int64?) {
                guard let value else {
                    sqlite3_bind_null(raw, first + index)
                    return
                }
                sqlite3_bind_int64(raw, first + index, value)
            }
            let event = row.event
            let explanation = event.explanation
            integer(1, row.article)
            integer(2, Int64(event.sentence))
            integer(3, event.date.map { Int64($0.ordinal) })
            integer(4, row.actors.source)
            integer(5, row.actors.sourceNode)
            text(6, event.source.text)
            integer(7, row.actors.target)
            integer(8, row.actors.targetNode)
            text(9, event.target.text)
            text(10, event.action.code)
            sqlite3_bind_double(raw, first + 11, event.action.goldstein)
            integer(12, Int64(row.quad))
            integer(13, event.negated ? 1 : 0)
            text(14, event.text)
            text(15, explanation?.pattern)
            text(16, explanation?.rule)
            text(
                17,
                explanation.map {
                    "\($0.source.lowerBound)-\($0.source.upperBound) \($0.verb.lowerBound)-\($0.verb.upperBound) "
                        + "\($0.target.lowerBound)-\($0.target.upperBound)"
                })
            integer(18, row.id)
        }
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for text in texts {
                sqlite3_bind_text(
                    raw, text.index, UnsafeRawPointer(base + text.start).assumingMemoryBound(to: CChar.self),
                    Int32(text.count), Self.static)
            }
            try SQLiteEventStore.step(raw, db)
        }
    }

    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
}
