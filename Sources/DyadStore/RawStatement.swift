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

    /// Inserts one event (the column order of the `event` table's INSERT in ``SQLiteEventStore``), with its
    /// article's key, the ids of its source and target codes and nodes, and its quad class number.
    func insert(
        _ event: Event, article: Int64, actors: (source: Int64, sourceNode: Int64, target: Int64, targetNode: Int64),
        quad: Int
    ) throws {
        let explanation = event.explanation
        sqlite3_bind_int64(statement, 1, article)
        bind(2, event.sentence)
        bind(3, event.date?.ordinal)
        sqlite3_bind_int64(statement, 4, actors.source)
        sqlite3_bind_int64(statement, 5, actors.sourceNode)
        bind(6, event.source.text)
        sqlite3_bind_int64(statement, 7, actors.target)
        sqlite3_bind_int64(statement, 8, actors.targetNode)
        bind(9, event.target.text)
        bind(10, event.action.code)
        sqlite3_bind_double(statement, 11, event.action.goldstein)
        bind(12, quad)
        bind(13, event.negated ? 1 : 0)
        bind(14, event.text)
        bind(15, explanation?.pattern)
        bind(16, explanation?.rule)
        bind(
            17,
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
