import DyadModel
import GRDB
import GRDBSQLite

/// The event insert bound through the SQLite C API directly: building GRDB `StatementArguments` for 23 columns
/// per event costs more than SQLite's own work, and ingest speed is what a large backfill waits on.
struct RawStatement {
    let statement: SQLiteStatement
    let connection: SQLiteConnection?

    init(_ statement: SQLiteStatement, connection: SQLiteConnection?) {
        self.statement = statement
        self.connection = connection
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_text(statement, index, text, -1, Self.transient)
    }

    private func bind(_ index: Int32, _ value: Int?) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_int64(statement, index, Int64(value))
    }

    /// Inserts one event (the column order of the `event` table's INSERT in ``SQLiteEventStore``).
    func insert(_ event: Event, article: String) throws {
        let explanation = event.explanation
        bind(1, article)
        bind(2, event.sentence)
        bind(3, event.date?.ordinal)
        bind(4, event.source.code.rawValue)
        bind(5, event.source.code.node)
        bind(6, event.source.code.country)
        bind(7, event.source.code.sector)
        bind(8, event.source.text)
        bind(9, event.target.code.rawValue)
        bind(10, event.target.code.node)
        bind(11, event.target.code.country)
        bind(12, event.target.code.sector)
        bind(13, event.target.text)
        bind(14, event.action.code)
        bind(15, event.action.root)
        sqlite3_bind_double(statement, 16, event.action.goldstein)
        bind(17, event.action.quad.rawValue)
        bind(18, event.action.plover)
        bind(19, event.negated ? 1 : 0)
        bind(20, event.text)
        bind(21, explanation?.pattern)
        bind(22, explanation?.rule)
        bind(
            23,
            explanation.map {
                "\($0.source.lowerBound)-\($0.source.upperBound) \($0.verb.lowerBound)-\($0.verb.upperBound) "
                    + "\($0.target.lowerBound)-\($0.target.upperBound)"
            })
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "insert failed"
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}
