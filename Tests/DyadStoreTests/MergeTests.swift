import DyadGraph
import DyadModel
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// Events are appended to the event table and merged into the dyad and day tables later: every query must give
/// the same answer before and after the merge, whoever wrote the events and whatever was replaced since.
@Suite struct MergeTests {
    func coded(_ id: String, text: String = "text", _ events: [(String, String, String, String?)]) -> CodedArticle {
        CodedArticle(
            article: Article(id: id, date: Day(iso: "2023-09-13"), text: text),
            events: events.enumerated().map { index, spec in
                var event = storeEvent(spec.0, spec.1, spec.2, spec.3 ?? "2023-09-13", article: id)
                event.sentence = index + 1
                if spec.3 == nil { event.date = nil }
                return event
            })
    }

    /// Everything the queries answer, as text to compare.
    func answers(_ store: SQLiteEventStore) throws -> [String] {
        var lines: [String] = []
        var queries: [EventQuery] = [EventQuery()]
        var query = EventQuery()
        query.between = ("RUS", "AZE")
        queries.append(query)
        query = EventQuery()
        query.sources = ["RUSGOV", "UKR"]
        queries.append(query)
        query = EventQuery()
        query.targets = ["AZE"]
        query.since = Day(iso: "2023-09-10")
        queries.append(query)
        query = EventQuery()
        query.since = Day(iso: "2023-09-12")
        query.until = Day(iso: "2023-10-30")
        queries.append(query)
        for query in queries {
            lines.append(
                try store.events(matching: query).map {
                    "\($0.article)/\($0.sentence) \($0.source.code)→\($0.target.code) \($0.action.code) \($0.date?.description ?? "-")"
                }.joined(separator: "; "))
        }
        for (source, target) in [("RUS", "AZE"), ("AZE", "RUS"), ("UKR", "RUS")] {
            lines.append(
                try store.dailyAggregates(from: [source], to: [target], since: nil, until: nil).map {
                    "\($0.day) \($0.events) \($0.goldsteinSum)"
                }.joined(separator: ", "))
        }
        try store.forEachDyad(since: Day(iso: "2023-01-01"), until: nil, by: .month) { dyad, aggregates in
            lines.append("\(dyad.source)→\(dyad.target): " + aggregates.map { "\($0.day) \($0.events)" }.joined())
        }
        return lines
    }

    @Test func queriesAgreeBeforeAndAfterMerging() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let store = try SQLiteEventStore(path: path)
        _ = try store.ingest([
            coded("a", [("RUSGOV", "AZE", "114", "2023-09-13"), ("AZE", "RUS", "111", "2023-09-14")]),
            coded(
                "b",
                [("UKR", "RUS", "190", "2023-10-02"), ("RUS", "UKR", "173", "2023-10-03"), ("RUS", "AZE", "042", nil)]),
        ])
        try store.flush()
        // A second connection writes (so this one's list of appended events is stale), then this one replaces a
        // merged article and an unmerged one and adds more.
        let other = try SQLiteEventStore(path: path)
        _ = try other.ingest([coded("c", [("AZE", "RUS", "057", "2023-09-20"), ("RUS", "AZE", "036", "2023-11-01")])])
        _ = try store.ingest([coded("d", [("RUS", "AZE", "111", "2023-09-11")])])
        _ = try store.ingest([
            coded("a", text: "changed", [("RUS", "AZE", "112", "2023-09-15"), ("AZE", "ARM", "190", "2023-09-19")]),
            coded("d", text: "changed", [("UKR", "RUS", "111", "2023-09-12")]),
        ])
        let before = try answers(store)
        #expect(before[1].contains("c/1 AZE→RUS 057"))
        #expect(!before[0].contains("a/1 RUSGOV→AZE 114"))
        try store.flush()
        #expect(try answers(store) == before)
        #expect(try answers(try SQLiteEventStore(path: path, readOnly: true)) == before)
        let health = try store.verify()
        #expect(health.isSound && health.indexMismatches == 0)
        #expect(health.events == 8)
        // An undated event is listed, also for its dyad, but is in no stance series.
        #expect(before[0].contains("b/3 RUS→AZE 042 -") && before[1].contains("b/3 RUS→AZE 042 -"))
        #expect(!before[5].contains("2023-09-13"))
    }

    @Test func aMergeContinuesTheStreamInOrder() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let store = try SQLiteEventStore(path: path)
        // Merged and unmerged events of the same dyads interleave by day: the change ranking reads one stream.
        _ = try store.ingest([coded("x", [("RUS", "AZE", "051", "2023-01-05"), ("RUS", "AZE", "051", "2023-03-05")])])
        try store.flush()
        _ = try store.ingest([coded("y", [("RUS", "AZE", "190", "2023-02-05"), ("AZE", "RUS", "190", "2023-02-06")])])
        var seen: [String] = []
        try store.forEachDyad(since: nil, until: nil, by: .month) { dyad, aggregates in
            seen.append("\(dyad.source)→\(dyad.target) " + aggregates.map { "\($0.day)" }.joined(separator: ","))
        }
        #expect(seen == ["RUS→AZE 2023-01-05,2023-02-05,2023-03-05", "AZE→RUS 2023-02-06"])
    }

    @Test func verifyFindsADyadEntryOutOfStep() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let store = try SQLiteEventStore(path: path)
        _ = try store.ingest([coded("x", [("RUS", "AZE", "051", "2023-01-05"), ("AZE", "RUS", "111", "2023-01-06")])])
        try store.flush()
        #expect(try store.verify().indexMismatches == 0)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE event_dyad_1 SET goldstein = 9 WHERE id = (SELECT MIN(id) FROM event_dyad_1)")
        }
        #expect(try store.verify().indexMismatches == 1)
        #expect(try store.verify().isSound == false)
    }
}

/// Merged events are kept in runs of tables, merged when a tier fills: whatever the runs, every query gives the
/// answers of a store that kept everything in one run.
@Suite struct RunTests {
    @Test func runsAnswerAsOneTableDoes() throws {
        let (onePath, runsPath) = (temporaryDatabase(), temporaryDatabase())
        defer {
            removeDatabase(onePath)
            removeDatabase(runsPath)
        }
        let one = try SQLiteEventStore(path: onePath)
        // Merges of more than two events start a run; two runs of a tier are merged.
        let runs = try SQLiteEventStore(path: runsPath, policy: RunPolicy(threshold: 2, fanOut: 2))
        let merges = MergeTests()
        let actors = ["RUS", "AZE", "UKR", "ARM", "RUSGOV"]
        var counts: [Int] = []
        for round in 0..<12 {
            var batch: [CodedArticle] = []
            for article in 0..<(1 + round % 3) {
                let events = (0..<(1 + (round + article) % 4)).map { index in
                    let day = String(format: "2023-%02d-%02d", 1 + (round + index) % 12, 1 + (article * 7 + index) % 28)
                    return (actors[(round + index) % 5], actors[(round + article + 1) % 4], "05\(index % 8)", day)
                }
                batch.append(merges.coded("r\(round)-\(article)", events))
            }
            // Every third round replaces an article of an earlier, merged round (some of its events in old runs).
            if round % 3 == 2 {
                batch.append(
                    merges.coded(
                        "r\(round - 2)-0", text: "changed",
                        [("UKR", "RUS", "190", "2023-06-0\(round % 9 + 1)"), ("RUS", "UKR", "111", nil)]))
            }
            for store in [one, runs] {
                _ = try store.ingest(batch)
                if round % 2 == 1 || store === runs { try store.flush() }
            }
            #expect(try merges.answers(runs) == merges.answers(one), "round \(round)")
            counts.append(try runs.pool.read { db in try Run.all(db).count })
        }
        #expect(try runs.verify().isSound && runs.verify().indexMismatches == 0)
        // Runs were started and merged: never more than one per tier and fan-out step.
        #expect(counts.max() ?? 0 > 1 && counts.max() ?? 99 <= 6)
        #expect(try runs.pool.read { db in try Run.all(db).map(\.events).reduce(0, +) } == runs.counts().events - 4)
    }

    @Test func tiersGrowByTheFanOut() {
        let policy = RunPolicy(threshold: 10, fanOut: 4)
        #expect([0, 9, 10, 39, 40, 159, 160].map { policy.tier(of: $0) } == [0, 0, 1, 1, 2, 2, 3])
    }
}

/// The merge's orders: the radix sort on packed keys must agree with comparing the rows, ties in id order.
@Suite struct MergeOrderTests {
    func rows(count: Int, seed: UInt64, actors: Int64 = 6, days: Int32 = 5) -> [MergeRow] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        return (0..<count).map { index in
            MergeRow(
                source: Int64(next() % UInt64(actors)), target: Int64(next() % UInt64(actors)),
                id: Int64(index * 3 + 1),
                goldstein: 0, day: Int32(next() % UInt64(days)) - 2, quad: 0, negated: false)
        }
    }

    /// The merge's order of `rows` agrees with sorting them by comparison.
    func agrees(_ rows: [MergeRow], byDyad: Bool) -> Bool {
        let compared = rows.sorted { a, b in byDyad ? MergeRow.dyadOrder(a, b) : (a.day, a.id) < (b.day, b.id) }
        return MergeRow.order(of: rows, byDyad: byDyad).map { rows[Int($0)].id } == compared.map(\.id)
    }

    @Test(arguments: [true, false]) func radixOrderAgreesWithComparison(byDyad: Bool) {
        // Small ranges force many equal keys; large ones use every digit of the key (actors up to 2^20 - 1).
        for (count, actors, days) in [(2_000, Int64(6), Int32(5)), (5_000, Int64(1) << 20, Int32(1) << 23), (1, 3, 3)] {
            #expect(agrees(rows(count: count, seed: UInt64(count), actors: actors, days: days), byDyad: byDyad))
        }
    }

    @Test func rowsOutOfIdOrderOrTooLargeAreCompared() {
        var rows = rows(count: 300, seed: 7)
        rows.reverse()
        #expect(agrees(rows, byDyad: true))
        rows = self.rows(count: 300, seed: 8)
        rows[10].source = 1 << 40
        #expect(agrees(rows, byDyad: false))
        #expect(agrees(rows, byDyad: true))
    }
}
