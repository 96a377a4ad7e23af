import DyadModel
import GRDB
import GRDBSQLite

/// `INSERT INTO target VALUES (?, …), (?, …) …`: `rows` rows of `columns` parameters each. `target` is a table
/// and its column list.
func multiRowInsert(into target: String, columns: Int, rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    return "INSERT INTO \(target) VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
}

/// The ids an event row refers to: its article's key, the ids of its source and target codes and nodes.
struct EventKeys {
    var id: Int64
    var article: Int64
    var source: Int64
    var sourceNode: Int64
    var target: Int64
    var targetNode: Int64
    var quad: Int
}

/// Inserts events many rows per statement, bound through the SQLite C API directly. Building GRDB
/// `StatementArguments` for 18 columns per event costs more than SQLite's own work, and SQLite's per-statement
/// work (starting the program, opening the table and its indexes) is paid once per `rowsPerStatement` events.
///
/// An event's values are taken when it is added (its texts copied into one buffer), so that no copy of the event
/// is kept: holding events until their statement is full cost more in reference counting than binding them.
struct EventInserter {
    static let columns = [
        "article", "sentence", "day", "source", "source_node", "source_text", "target", "target_node",
        "target_text", "cameo", "goldstein", "quad", "negated", "text", "pattern", "rule", "spans", "id",
    ]
    static let rowsPerStatement = 32

    private enum Value {
        case null
        case integer(Int64)
        case real(Double)
        /// A text's bytes in `bytes`.
        case text(start: Int, count: Int)
    }

    private let db: Database
    private let many: Statement
    private let one: Statement
    /// The waiting rows' values, `columns.count` per row, in column order.
    private var values: [Value] = []
    /// The waiting rows' texts, one after another: bound without SQLite copying each value first
    /// (`SQLITE_STATIC`), as the buffer outlives the statement's step. Never empty, so that an empty text still
    /// gets a non-null pointer (SQLite would store NULL).
    private var bytes: [UInt8] = [0]

    init(_ db: Database) throws {
        self.db = db
        many = try db.cachedStatement(sql: Self.insert(rows: Self.rowsPerStatement))
        one = try db.cachedStatement(sql: Self.insert(rows: 1))
        values.reserveCapacity(Self.rowsPerStatement * Self.columns.count)
        bytes.reserveCapacity(Self.rowsPerStatement * 256)
    }

    private static func insert(rows: Int) -> String {
        multiRowInsert(into: "event (\(columns.joined(separator: ", ")))", columns: columns.count, rows: rows)
    }

    mutating func add(_ event: Event, keys: EventKeys) throws {
        func text(_ value: String?) {
            guard var value else { return values.append(.null) }
            let start = bytes.count
            value.withUTF8 { bytes.append(contentsOf: $0) }
            values.append(.text(start: start, count: bytes.count - start))
        }
        let explanation = event.explanation
        values.append(.integer(keys.article))
        values.append(.integer(Int64(event.sentence)))
        values.append(event.date.map { .integer(Int64($0.ordinal)) } ?? .null)
        values.append(.integer(keys.source))
        values.append(.integer(keys.sourceNode))
        text(event.source.text)
        values.append(.integer(keys.target))
        values.append(.integer(keys.targetNode))
        text(event.target.text)
        text(event.action.code)
        values.append(.real(event.action.goldstein))
        values.append(.integer(Int64(keys.quad)))
        values.append(.integer(event.negated ? 1 : 0))
        text(event.text)
        text(explanation?.pattern)
        text(explanation?.rule)
        text(
            explanation.map {
                "\($0.source.lowerBound)-\($0.source.upperBound) \($0.verb.lowerBound)-\($0.verb.upperBound) "
                    + "\($0.target.lowerBound)-\($0.target.upperBound)"
            })
        values.append(.integer(keys.id))
        guard values.count == Self.rowsPerStatement * Self.columns.count else { return }
        try insert(with: many)
    }

    /// Inserts the rows still waiting; call before anything else reads or deletes events.
    mutating func finish() throws {
        guard !values.isEmpty else { return }
        let all = values
        for row in stride(from: 0, to: all.count, by: Self.columns.count) {
            values = Array(all[row..<row + Self.columns.count])
            try insert(with: one)
        }
    }

    /// Binds the waiting values to `statement` (which has exactly as many parameters), steps it, and empties the
    /// waiting rows.
    private mutating func insert(with statement: Statement) throws {
        let raw = statement.sqliteStatement
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for (offset, value) in values.enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .null: sqlite3_bind_null(raw, index)
                case .integer(let number): sqlite3_bind_int64(raw, index, number)
                case .real(let number): sqlite3_bind_double(raw, index, number)
                case .text(let start, let count):
                    sqlite3_bind_text(
                        raw, index, UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self), Int32(count),
                        Self.static)
                }
            }
            try SQLiteEventStore.step(raw, db)
        }
        values.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        bytes.append(0)
    }

    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
}
