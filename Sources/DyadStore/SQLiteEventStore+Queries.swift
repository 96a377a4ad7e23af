import DyadGraph
import DyadModel
import GRDB
import GRDBSQLite

extension SQLiteEventStore {
    public func events(matching query: EventQuery) throws -> [Event] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        func actors(_ column: String, _ values: Set<String>) {
            guard !values.isEmpty else { return }
            let marks = values.map { _ in "?" }.joined(separator: ", ")
            conditions.append("(\(column)_node IN (\(marks)) OR \(column)_code IN (\(marks)))")
            let sorted = values.sorted()
            arguments += StatementArguments(sorted)
            arguments += StatementArguments(sorted)
        }
        actors("source", query.sources)
        actors("target", query.targets)
        if let (a, b) = query.between {
            conditions.append("((source_node = ? AND target_node = ?) OR (source_node = ? AND target_node = ?))")
            arguments += [a, b, b, a]
        }
        if let root = query.root {
            conditions.append("root = ?")
            arguments += [root]
        }
        if let quad = query.quad {
            conditions.append("quad = ?")
            arguments += [Self.quadNumber(quad)]
        }
        if let since = query.since {
            conditions.append("day >= ?")
            arguments += [since.ordinal]
        }
        if let until = query.until {
            conditions.append("day <= ?")
            arguments += [until.ordinal]
        }
        for word in query.words {
            conditions.append("text LIKE ? ESCAPE '!'")
            let escaped = word.replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%")
                .replacingOccurrences(of: "_", with: "!_")
            arguments += ["%\(escaped)%"]
        }
        if !query.includeNegated { conditions.append("negated = 0") }
        var sql = "SELECT * FROM event_view"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if query.dedupeDaily {
            sql = "SELECT * FROM (\(sql)) GROUP BY day, source_code, target_code, cameo"
        }
        sql += " ORDER BY day, article_id, sentence, id"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        let finalSQL = sql
        let finalArguments = arguments
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).compactMap(Self.event(from:))
            }
        } catch {
            throw translate(error)
        }
    }

    static func event(from row: Row) -> Event? {
        guard let source = ActorCode(row["source_code"] as String),
            let target = ActorCode(row["target_code"] as String),
            let action = CAMEO.action(for: row["cameo"] as String)
        else { return nil }
        var explanation: Explanation?
        if let pattern = row["pattern"] as String?, let rule = row["rule"] as String? {
            let spans = (row["spans"] as String? ?? "").split(separator: " ").map { part -> Range<Int> in
                let ends = part.split(separator: "-").compactMap { Int($0) }
                return ends.count == 2 && ends[0] <= ends[1] ? ends[0]..<ends[1] : 0..<0
            }
            if spans.count == 3 {
                explanation = Explanation(
                    pattern: pattern, source: spans[0], verb: spans[1], target: spans[2], rule: rule)
            }
        }
        return Event(
            article: row["article_id"], sentence: row["sentence"], date: (row["day"] as Int?).map(Day.init(ordinal:)),
            source: EventActor(code: source, text: row["source_text"]),
            target: EventActor(code: target, text: row["target_text"]), action: action,
            negated: row["negated"], text: row["text"], explanation: explanation)
    }

    public func dailyAggregates(from sources: Set<String>, to targets: Set<String>, since: Day?, until: Day?) throws
        -> [DailyAggregate]
    {
        guard !sources.isEmpty, !targets.isEmpty else { return [] }
        do {
            return try pool.read { db in
                let ids = try Self.actorIDs(db, codes: sources.union(targets))
                let sourceIDs = sources.compactMap { ids[$0] }.sorted()
                let targetIDs = targets.compactMap { ids[$0] }.sorted()
                guard !sourceIDs.isEmpty, !targetIDs.isEmpty else { return [] }
                var sql = """
                    SELECT day, quad, COUNT(*) AS n, SUM(goldstein) AS g, SUM(goldstein * goldstein) AS g2 FROM event
                    WHERE negated = 0 AND day IS NOT NULL
                    AND source_node IN (\(sourceIDs.map { _ in "?" }.joined(separator: ", ")))
                    AND target_node IN (\(targetIDs.map { _ in "?" }.joined(separator: ", ")))
                    AND source_node != target_node
                    """
                var arguments = StatementArguments(sourceIDs) + StatementArguments(targetIDs)
                Self.restrict(&sql, &arguments, since: since, until: until)
                sql += " GROUP BY day, quad ORDER BY day"
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
                return Self.fold(rows.map { ($0["day"], $0["quad"], $0["n"], $0["g"], $0["g2"]) })
            }
        } catch {
            throw translate(error)
        }
    }

    /// The ids of those of `codes` that are in the actor table.
    static func actorIDs(_ db: Database, codes: Set<String>) throws -> [String: Int64] {
        let list = codes.sorted()
        let marks = list.map { _ in "?" }.joined(separator: ", ")
        var result: [String: Int64] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, code FROM actor WHERE code IN (\(marks))", arguments: StatementArguments(list))
        {
            result[row["code"]] = row["id"]
        }
        return result
    }

    public func forEachDyad(
        since: Day?, until: Day?, by period: Period, _ body: (Dyad, [DailyAggregate]) throws -> Void
    ) throws {
        // The covering index is read in its own order (dyad, then day), so no sort is needed, and rows are
        // summed per period in Swift as they stream by: one pass over the index, memory for one dyad at a time.
        var sql = """
            SELECT source_node, target_node, day, quad, goldstein FROM event INDEXED BY event_dyad_day
            WHERE negated = 0 AND day IS NOT NULL AND source_node != target_node
            """
        var arguments: StatementArguments = []
        Self.restrict(&sql, &arguments, since: since, until: until)
        sql += " ORDER BY source_node, target_node, day"
        let finalSQL = sql
        let finalArguments = arguments
        do {
            try pool.read { db in
                var codes: [Int64: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, code FROM actor") { codes[row["id"]] = row["code"] }
                let statement = try db.makeStatement(sql: finalSQL)
                try statement.setArguments(finalArguments)
                let raw = statement.sqliteStatement
                var dyad: (Int64, Int64) = (-1, -1)
                var aggregates: [DailyAggregate] = []
                // The period being summed: its key, first day, and running totals (quads by stored number).
                var bucket = Int.min
                var first = Day(ordinal: 0)
                var events = 0
                var sum = 0.0
                var squares = 0.0
                var quads = [Int](repeating: 0, count: Self.quadClasses.count)
                func closePeriod() {
                    guard events > 0 else { return }
                    var aggregate = DailyAggregate(day: first)
                    aggregate.events = events
                    aggregate.goldsteinSum = sum
                    aggregate.goldsteinSquares = squares
                    for (number, count) in quads.enumerated() where count > 0 {
                        aggregate.quadCounts[Self.quadClasses[number]] = count
                    }
                    aggregates.append(aggregate)
                    (events, sum, squares) = (0, 0, 0)
                    for number in quads.indices { quads[number] = 0 }
                }
                func finish() throws {
                    closePeriod()
                    guard !aggregates.isEmpty else { return }
                    try body(Dyad(source: codes[dyad.0] ?? "?", target: codes[dyad.1] ?? "?"), aggregates)
                    aggregates.removeAll(keepingCapacity: true)
                }
                while true {
                    let code = sqlite3_step(raw)
                    if code == SQLITE_DONE { break }
                    guard code == SQLITE_ROW else {
                        throw DatabaseError(
                            resultCode: ResultCode(rawValue: code),
                            message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                    }
                    let source = sqlite3_column_int64(raw, 0)
                    let target = sqlite3_column_int64(raw, 1)
                    let day = Day(ordinal: Int(sqlite3_column_int64(raw, 2)))
                    let quad = Int(sqlite3_column_int64(raw, 3))
                    let goldstein = sqlite3_column_double(raw, 4)
                    if source != dyad.0 || target != dyad.1 {
                        try finish()
                        dyad = (source, target)
                        bucket = Int.min
                    }
                    // One aggregate per period, dated by its first day with events.
                    let key = period.key(of: day)
                    if key != bucket {
                        closePeriod()
                        bucket = key
                        first = day
                    }
                    events += 1
                    sum += goldstein
                    squares += goldstein * goldstein
                    if quads.indices.contains(quad) { quads[quad] += 1 }
                }
                try finish()
            }
        } catch {
            throw translate(error)
        }
    }

    /// Adds " AND day >= ? AND day <= ?" for the ends of a window that are given.
    static func restrict(_ sql: inout String, _ arguments: inout StatementArguments, since: Day?, until: Day?) {
        if let since {
            sql += " AND day >= ?"
            arguments += [since.ordinal]
        }
        if let until {
            sql += " AND day <= ?"
            arguments += [until.ordinal]
        }
    }

    /// Rows of (day, quad, count, Goldstein sum, sum of squares), ordered by day, into one aggregate per day.
    static func fold(_ rows: [(Int, Int, Int, Double, Double)]) -> [DailyAggregate] {
        var result: [DailyAggregate] = []
        for (ordinal, quad, count, sum, squares) in rows {
            let day = Day(ordinal: ordinal)
            if result.last?.day != day {
                result.append(DailyAggregate(day: day))
            }
            result[result.count - 1].events += count
            result[result.count - 1].goldsteinSum += sum
            result[result.count - 1].goldsteinSquares += squares
            if quadClasses.indices.contains(quad) {
                result[result.count - 1].quadCounts[quadClasses[quad], default: 0] += count
            }
        }
        return result
    }
}
