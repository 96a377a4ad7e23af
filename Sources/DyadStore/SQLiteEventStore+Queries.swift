import DyadGraph
import DyadModel
import GRDB

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
        // The period of a day (days since 1970-01-01) in SQL: ISO weeks start on Monday (1970-01-01 was a
        // Thursday); months and quarters through SQLite's calendar (2440587.5 is the Julian day of 1970-01-01).
        let bucket: String
        switch period {
        case .day: bucket = "day"
        case .week: bucket = "(day + 3) / 7"
        case .month: bucket = "strftime('%Y%m', day + 2440587.5)"
        case .quarter:
            bucket =
                "(CAST(strftime('%Y', day + 2440587.5) AS INTEGER) * 4 + (CAST(strftime('%m', day + 2440587.5) AS INTEGER) - 1) / 3)"
        }
        var sql = """
            SELECT source_node, target_node, \(bucket) AS bucket, quad, MIN(day) AS first, COUNT(*) AS n,
            SUM(goldstein) AS g, SUM(goldstein * goldstein) AS g2 FROM event
            WHERE negated = 0 AND day IS NOT NULL AND source_node != target_node
            """
        var arguments: StatementArguments = []
        Self.restrict(&sql, &arguments, since: since, until: until)
        sql += " GROUP BY source_node, target_node, bucket, quad ORDER BY source_node, target_node, bucket"
        let finalSQL = sql
        let finalArguments = arguments
        do {
            try pool.read { db in
                var codes: [Int64: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, code FROM actor") { codes[row["id"]] = row["code"] }
                let cursor = try Row.fetchCursor(db, sql: finalSQL, arguments: finalArguments)
                var current: Dyad?
                var rows: [(Int, Int, Int, Double, Double)] = []
                var lastBucket: DatabaseValue = .null
                var bucketDay = 0
                func finish() throws {
                    if let current, !rows.isEmpty { try body(current, Self.fold(rows)) }
                    rows.removeAll(keepingCapacity: true)
                }
                var source: Int64 = -1
                var target: Int64 = -1
                while let row = try cursor.next() {
                    // Columns by position: source, target, bucket, quad, first, n, g, g2.
                    let rowSource: Int64 = row[0]
                    let rowTarget: Int64 = row[1]
                    if rowSource != source || rowTarget != target {
                        try finish()
                        (source, target) = (rowSource, rowTarget)
                        current = Dyad(source: codes[source] ?? "?", target: codes[target] ?? "?")
                        lastBucket = .null
                    }
                    // One date per period: the first day of the period's first row.
                    let bucket = row[2] as DatabaseValue
                    if bucket != lastBucket {
                        lastBucket = bucket
                        bucketDay = row[4]
                    }
                    rows.append((bucketDay, row[3], row[5], row[6], row[7]))
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
