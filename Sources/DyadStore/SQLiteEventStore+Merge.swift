import Foundation
import GRDB
import GRDBSQLite

/// One dated event's entry in the dyad table (`event_dyad`): what stance and change queries read.
struct MergeRow: Sendable {
    var source: Int64
    var target: Int64
    var id: Int64
    var goldstein: Double
    var day: Int32
    var quad: UInt8
    var negated: Bool

    /// The columns a row is read from and written to, in this order (in `event` and in `event_dyad`).
    static let columns = "source_node, target_node, day, id, quad, goldstein, negated"

    /// Whether `a` comes before `b` in `event_dyad` key order.
    static func dyadOrder(_ a: MergeRow, _ b: MergeRow) -> Bool {
        (a.source, a.target, a.day, a.id) < (b.source, b.target, b.day, b.id)
    }

    /// Whether `a` comes before `b` in `event_by_day` key order.
    static func dayOrder(_ a: MergeRow, _ b: MergeRow) -> Bool { (a.day, a.id) < (b.day, b.id) }

    /// Sorts rows into `event_dyad` key order (source, target, day, id) or `event_by_day` order (day, id).
    static func sort(_ rows: inout [MergeRow], byDyad: Bool) {
        let order = order(of: rows, byDyad: byDyad)
        rows = order.map { rows[Int($0)] }
    }

    /// The positions of `rows` in `event_dyad` key order (source, target, day, id) or `event_by_day` order (day,
    /// id).
    ///
    /// Rows as appended or read back are in id order. Then, when each key fits one 64-bit integer, a stable radix
    /// sort on it keeps equal keys in id order: several times faster than comparing tuples, with nothing compared
    /// but integers. Otherwise the rows are compared.
    static func order(of rows: [MergeRow], byDyad: Bool) -> [UInt32] {
        let days = Int64(1) << 24
        let actors = Int64(1) << 20
        var keys: [UInt64] = []
        keys.reserveCapacity(rows.count)
        var ascending = true
        var previous = Int64.min
        for row in rows {
            guard row.source >= 0, row.source < actors, row.target >= 0, row.target < actors,
                Int64(row.day) + days / 2 >= 0, Int64(row.day) + days / 2 < days, row.id > previous
            else {
                ascending = false
                break
            }
            previous = row.id
            let day = UInt64(Int64(row.day) + days / 2)
            keys.append(byDyad ? UInt64(row.source) << 44 | UInt64(row.target) << 24 | day : day)
        }
        guard ascending, rows.count < Int(UInt32.max) else {
            return (0..<UInt32(rows.count)).sorted { a, b in
                let (x, y) = (rows[Int(a)], rows[Int(b)])
                return byDyad ? dyadOrder(x, y) : dayOrder(x, y)
            }
        }
        return radixOrder(keys)
    }

    /// The stable order of `keys`, by least-significant-digit radix sort in 16-bit digits, skipping the digits
    /// that are the same in every key.
    static func radixOrder(_ keys: [UInt64]) -> [UInt32] {
        var order = Array(0..<UInt32(keys.count))
        guard keys.count > 1 else { return order }
        var varying: UInt64 = 0
        for key in keys { varying |= key ^ keys[0] }
        var sortedKeys = keys
        var nextKeys = keys
        var nextOrder = order
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: UInt64(0), to: 64, by: 16) where (varying >> shift) & 0xFFFF != 0 {
            for index in counts.indices { counts[index] = 0 }
            for key in sortedKeys { counts[Int((key >> shift) & 0xFFFF)] += 1 }
            var total = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            for index in sortedKeys.indices {
                let key = sortedKeys[index]
                let digit = Int((key >> shift) & 0xFFFF)
                let slot = counts[digit]
                counts[digit] = slot + 1
                nextKeys[slot] = key
                nextOrder[slot] = order[index]
            }
            swap(&sortedKeys, &nextKeys)
            swap(&order, &nextOrder)
        }
        return order
    }
}

extension MergeRow {
    /// The row a statement selecting ``columns`` stands on.
    init(columnsOf statement: SQLiteStatement) {
        self.init(
            source: sqlite3_column_int64(statement, 0), target: sqlite3_column_int64(statement, 1),
            id: sqlite3_column_int64(statement, 3), goldstein: sqlite3_column_double(statement, 5),
            day: Int32(truncatingIfNeeded: sqlite3_column_int64(statement, 2)),
            quad: UInt8(truncatingIfNeeded: sqlite3_column_int64(statement, 4)),
            negated: sqlite3_column_int64(statement, 6) != 0)
    }
}

/// The events this process appended since the last merge, kept so that the merge need not read them back.
///
/// `rows` is trusted only while it is known to be the whole unmerged tail: no other connection has committed
/// since this one's last transaction (SQLite's `data_version` is unchanged) and no unmerged event was deleted.
/// Otherwise the merge reads the tail from the table, which is always right, only slower.
final class PendingMerge: @unchecked Sendable {
    struct State {
        var rows: [MergeRow] = []
        /// `rows` is exactly the unmerged tail.
        var valid = false
        /// `PRAGMA data_version` at this connection's last transaction.
        var version: Int?
        /// Events appended since the last merge (an estimate when other processes write too).
        var unmerged = 0
    }

    private let lock = NSLock()
    private var state = State()

    var unmerged: Int {
        lock.lock()
        defer { lock.unlock() }
        return state.unmerged
    }

    func update(_ change: (inout State) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&state)
    }
}

/// Where the merged part of the event table ends, and what the next event id is.
struct MergeMark {
    /// Events with `id <= through` are in the dyad and day tables.
    var through: Int64
    var maxID: Int64
    /// `PRAGMA data_version`: changes when another connection commits.
    var version: Int

    var tailIsEmpty: Bool { maxID <= through }
    /// Ids are handed out above both, so that an event never gets the id of a merged one that was deleted.
    var nextID: Int64 { max(through, maxID) + 1 }

    static func read(_ db: Database) throws -> MergeMark {
        MergeMark(
            through: try Int64.fetchOne(db, sql: "SELECT through FROM merged") ?? 0,
            maxID: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM event") ?? 0,
            version: try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0)
    }
}

extension SQLiteEventStore {
    public func flush() throws {
        do {
            // The rows are taken out, not copied (the merge sorts them in place): should the merge fail, the tail
            // is read from the table next time.
            var state = PendingMerge.State()
            pending.update { swap(&state, &$0) }
            var rows = state.valid ? state.rows : nil
            state.rows = []
            let policy = self.policy
            let version = try pool.write { db in
                try Self.merge(db, rows: &rows, version: state.version, policy: policy)
            }
            pending.update { $0 = PendingMerge.State(rows: [], valid: true, version: version, unmerged: 0) }
        } catch {
            throw translate(error)
        }
    }

    /// Moves the unmerged tail into a run of dyad and day tables (see ``Run``), each in key order, and advances
    /// the mark. `appended` is this connection's list of the tail as of `data_version` `version`, when it has
    /// one: taken, and used if no other connection has written since. Returns the `data_version` seen.
    static func merge(_ db: Database, rows appended: inout [MergeRow]?, version: Int?, policy: RunPolicy) throws
        -> Int
    {
        let mark = try MergeMark.read(db)
        guard !mark.tailIsEmpty else { return mark.version }
        var rows: [MergeRow] = []
        if let list = appended, version == mark.version {
            appended = nil
            rows = list
        } else {
            rows = try tail(db, after: mark.through)
        }
        try store(rows, mark: mark, policy: policy, db)
        try db.execute(sql: "UPDATE merged SET through = ?", arguments: [mark.maxID])
        return mark.version
    }

    /// Inserts `count` rows, many per statement: SQLite's per-statement work (starting the program, finding the
    /// table) is then paid once per 64 rows. `bind` binds row `index` from parameter number `first` on.
    static func insertAll(
        _ db: Database, into table: String, columns: Int32, count: Int,
        bind: (SQLiteStatement, Int32, Int) -> Void
    ) throws {
        let perStatement = 64
        func statement(rows: Int) throws -> Statement {
            try db.makeStatement(sql: multiRowInsert(into: table, columns: Int(columns), rows: rows))
        }
        let full = try statement(rows: perStatement)
        var index = 0
        while index < count {
            let rows = min(perStatement, count - index)
            let current = rows == perStatement ? full : try statement(rows: rows)
            for offset in 0..<rows {
                bind(current.sqliteStatement, Int32(offset) * columns + 1, index + offset)
            }
            try step(current.sqliteStatement, db)
            index += rows
        }
    }

    /// The dated events after `through` (that also satisfy `condition`), read from the event table.
    static func tail(
        _ db: Database, after through: Int64, where condition: String = "", arguments: StatementArguments = []
    ) throws -> [MergeRow] {
        let statement = try db.makeStatement(
            sql: """
                SELECT \(MergeRow.columns) FROM event WHERE id > ? AND day IS NOT NULL \(condition)
                """)
        try statement.setArguments([through] + arguments)
        var rows: [MergeRow] = []
        while try step(statement.sqliteStatement, db) { rows.append(MergeRow(columnsOf: statement.sqliteStatement)) }
        return rows
    }

    /// Steps a statement: true for a row, false when done (and then resets it for the next binding).
    @discardableResult
    static func step(_ statement: SQLiteStatement, _ db: Database) throws -> Bool {
        let code = sqlite3_step(statement)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return false
    }
}
