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
        let candidates = Self.candidates(for: query)
        var sql = "SELECT * FROM event_view"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if candidates != nil { sql += (conditions.isEmpty ? " WHERE" : " AND") + " id IN candidate" }
        if query.dedupeDaily {
            sql = "SELECT * FROM (\(sql)) GROUP BY day, source_code, target_code, cameo"
        }
        sql += " ORDER BY day, article_id, sentence, id"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        let finalSQL = sql
        let finalArguments = arguments
        do {
            return try pool.read { db in
                var sql = finalSQL
                var arguments = finalArguments
                if let candidates {
                    // The candidates come first in the statement, so their arguments do too.
                    let (candidateSQL, candidateArguments) = try candidates(db)
                    sql = "WITH candidate(id) AS (\(candidateSQL)) " + sql
                    arguments = candidateArguments + arguments
                }
                return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.event(from:))
            }
        } catch {
            throw translate(error)
        }
    }

    /// The ids of events that may match `query`, found through the dyad or the day table (and the unmerged tail,
    /// and for a dyad query the undated events), as SQL to run before the exact conditions; nil when the query
    /// has neither actors nor dates to narrow by.
    static func candidates(for query: EventQuery) -> ((Database) throws -> (String, StatementArguments))? {
        let nodes = { (values: Set<String>) in Set(values.map { ActorCode($0)?.node ?? $0 }) }
        let sources = nodes(query.sources)
        let targets = nodes(query.targets)
        let between = query.between.map { (ActorCode($0.0)?.node ?? $0.0, ActorCode($0.1)?.node ?? $0.1) }
        let dated = query.since != nil || query.until != nil
        guard !sources.isEmpty || !targets.isEmpty || between != nil || dated else { return nil }
        let tail = "SELECT id FROM event WHERE id > (SELECT through FROM merged)"
        return { db in
            var arguments: StatementArguments = []
            guard !sources.isEmpty || !targets.isEmpty || between != nil else {
                var sql = "SELECT id FROM event_by_day WHERE 1"
                restrict(&sql, &arguments, since: query.since, until: query.until)
                return (sql + " UNION ALL " + tail, arguments)
            }
            let ids = try actorIDs(db, codes: sources.union(targets).union(between.map { [$0.0, $0.1] } ?? []))
            let id = { (code: String) in ids[code] ?? -1 }
            var sql = "SELECT id FROM event_dyad WHERE 1"
            for (column, values) in [("source_node", sources), ("target_node", targets)] where !values.isEmpty {
                sql += " AND \(column) IN (\(values.map { _ in "?" }.joined(separator: ", ")))"
                arguments += StatementArguments(values.map(id).sorted())
            }
            if let (a, b) = between {
                sql += " AND ((source_node = ? AND target_node = ?) OR (source_node = ? AND target_node = ?))"
                arguments += [id(a), id(b), id(b), id(a)]
            }
            restrict(&sql, &arguments, since: query.since, until: query.until)
            sql += " UNION ALL " + tail
            if !dated { sql += " UNION ALL SELECT id FROM event WHERE day IS NULL" }
            return (sql, arguments)
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
                var condition = """
                    negated = 0 AND source_node != target_node
                    AND source_node IN (\(sourceIDs.map { _ in "?" }.joined(separator: ", ")))
                    AND target_node IN (\(targetIDs.map { _ in "?" }.joined(separator: ", ")))
                    """
                var arguments = StatementArguments(sourceIDs) + StatementArguments(targetIDs)
                Self.restrict(&condition, &arguments, since: since, until: until)
                let sql = """
                    SELECT day, quad, COUNT(*) AS n, SUM(goldstein) AS g, SUM(goldstein * goldstein) AS g2
                    FROM (\(Self.datedEvents(where: condition))) GROUP BY day, quad ORDER BY day
                    """
                arguments += arguments
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
        // Each run's dyad table is read in its own order (dyad, then day), so no sort is needed, the runs are
        // merged into one stream, and rows are summed per period in Swift as they stream by: one pass, memory for
        // one dyad at a time. The unmerged tail (empty after an ingest has finished) is sorted in memory and
        // merged into the stream.
        var condition = "negated = 0 AND source_node != target_node"
        var arguments: StatementArguments = []
        Self.restrict(&condition, &arguments, since: since, until: until)
        let finalArguments = arguments
        do {
            try pool.read { db in
                var codes: [Int64: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, code FROM actor") { codes[row["id"]] = row["code"] }
                let through = try Int64.fetchOne(db, sql: "SELECT through FROM merged") ?? 0
                var tail = try Self.tail(db, after: through, where: "AND " + condition, arguments: finalArguments)
                MergeRow.sort(&tail, byDyad: true)
                var summer = PeriodSummer(period: period)
                func emit(_ done: PeriodSummer.Done?) throws {
                    guard let (source, target, aggregates) = done else { return }
                    try body(Dyad(source: codes[source] ?? "?", target: codes[target] ?? "?"), aggregates)
                }
                let queries = try Run.all(db).map { run in
                    (
                        sql: """
                        SELECT \(MergeRow.columns) FROM \(run.dyadTable) WHERE \(condition)
                        ORDER BY source_node, target_node, day, id
                        """,
                        arguments: finalArguments
                    )
                }
                try Self.mergeRuns(queries, db, extra: tail) { try emit(summer.add($0)) }
                try emit(summer.finish())
            }
        } catch {
            throw translate(error)
        }
    }

    /// The dated events' dyad columns that satisfy `condition`: the merged ones from the dyad table and the
    /// tail from the event table. `condition`'s arguments are needed twice.
    static func datedEvents(where condition: String) -> String {
        let columns = "source_node, target_node, day, id, quad, goldstein, negated"
        return """
            SELECT \(columns) FROM event_dyad WHERE \(condition)
            UNION ALL SELECT \(columns) FROM event WHERE id > (SELECT through FROM merged) AND day IS NOT NULL
            AND \(condition)
            """
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

/// Sums a stream of dated events, in dyad and day order, into one aggregate per dyad and period (dated by the
/// period's first day with events), handing back each dyad when the next begins.
struct PeriodSummer {
    typealias Done = (source: Int64, target: Int64, aggregates: [DailyAggregate])

    let period: Period
    private var dyad: (Int64, Int64) = (-1, -1)
    private var aggregates: [DailyAggregate] = []
    // The period being summed: its key, first day, and running totals (quads by stored number).
    private var bucket = Int.min
    private var first = Day(ordinal: 0)
    private var events = 0
    private var sum = 0.0
    private var squares = 0.0
    private var quads = [Int](repeating: 0, count: SQLiteEventStore.quadClasses.count)

    init(period: Period) { self.period = period }

    mutating func add(_ row: MergeRow) -> Done? {
        var done: Done?
        if row.source != dyad.0 || row.target != dyad.1 {
            done = finish()
            dyad = (row.source, row.target)
            bucket = Int.min
        }
        let day = Day(ordinal: Int(row.day))
        let key = period.key(of: day)
        if key != bucket {
            closePeriod()
            bucket = key
            first = day
        }
        events += 1
        sum += row.goldstein
        squares += row.goldstein * row.goldstein
        if quads.indices.contains(Int(row.quad)) { quads[Int(row.quad)] += 1 }
        return done
    }

    /// The dyad being summed, if it has events.
    mutating func finish() -> Done? {
        closePeriod()
        guard !aggregates.isEmpty else { return nil }
        defer { aggregates.removeAll(keepingCapacity: true) }
        return (dyad.0, dyad.1, aggregates)
    }

    private mutating func closePeriod() {
        guard events > 0 else { return }
        var aggregate = DailyAggregate(day: first)
        aggregate.events = events
        aggregate.goldsteinSum = sum
        aggregate.goldsteinSquares = squares
        for (number, count) in quads.enumerated() where count > 0 {
            aggregate.quadCounts[SQLiteEventStore.quadClasses[number]] = count
        }
        aggregates.append(aggregate)
        (events, sum, squares) = (0, 0, 0)
        for number in quads.indices { quads[number] = 0 }
    }
}
