import DyadGraph
import DyadModel
import Foundation
import GRDB
import Testing

@testable import DyadStore

func storeEvent(_ source: String, _ target: String, _ code: String, _ date: String, article: String = "a")
    -> Event
{
    guard let s = ActorCode(source), let t = ActorCode(target), let action = CAMEO.action(for: code) else {
        fatalError("bad fixture event")
    }
    return Event(
        article: article, sentence: 1, date: Day(iso: date), source: EventActor(code: s, text: source),
        target: EventActor(code: t, text: target), action: action, text: "\(source) \(code) \(target) on \(date)",
        explanation: Explanation(pattern: "p", source: 0..<1, verb: 1..<2, target: 2..<3, rule: "r"))
}

func temporaryDatabase() -> String {
    NSTemporaryDirectory() + "dyad-store-\(UUID().uuidString).sqlite"
}

func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

@Suite struct StoreTests {
    func article(_ id: String, _ text: String = "text", date: String = "2023-09-13") -> Article {
        Article(id: id, title: "T \(id)", date: Day(iso: date), url: "https://example.org/\(id)", text: text)
    }

    @Test func ingestIsIdempotentAndReplacesChangedArticles() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let store = try SQLiteEventStore(path: path)
        let first = [
            CodedArticle(
                article: article("a1"), events: [storeEvent("RUSGOV", "AZE", "114", "2023-09-13", article: "a1")]),
            CodedArticle(
                article: article("a2"), events: [storeEvent("AZE", "UKR", "051", "2023-09-09", article: "a2")]),
        ]
        #expect(try store.ingest(first) == IngestSummary(inserted: 2, events: 2))
        #expect(try store.ingest(first) == IngestSummary(unchanged: 2))
        let changed = CodedArticle(
            article: article("a1", "new text"),
            events: [
                storeEvent("RUS", "AZE", "111", "2023-09-13", article: "a1"),
                storeEvent("RUS", "AZE", "112", "2023-09-14", article: "a1"),
            ])
        #expect(try store.ingest([changed]) == IngestSummary(replaced: 1, events: 2))
        #expect(try store.counts() == (2, 3))
        let codes = try store.events(matching: EventQuery()).map(\.action.code)
        #expect(codes == ["051", "111", "112"])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func eventsRoundTripAndFilter() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let store = try SQLiteEventStore(path: path)
        let events = [
            storeEvent("RUSGOV", "AZEGOV", "114", "2023-09-13"), storeEvent("RUSGOV", "AZEGOV", "114", "2023-09-13"),
            storeEvent("AZE", "RUS", "111", "2023-09-14"), storeEvent("AZE", "UKR", "051", "2023-09-09"),
            storeEvent("IGONAT", "RUS", "111", "2023-10-01"),
        ]
        _ = try store.ingest([CodedArticle(article: article("a"), events: events)])
        let stored = try store.events(matching: EventQuery())
        #expect(stored.count == 5)
        #expect(stored[1].source.code.rawValue == "RUSGOV" && stored[1].target.code.rawValue == "AZEGOV")
        #expect(stored[1].explanation?.verb == 1..<2)
        #expect(stored[1].date?.description == "2023-09-13")

        var query = EventQuery()
        query.between = ("RUS", "AZE")
        #expect(try store.events(matching: query).count == 3)
        query.dedupeDaily = true
        #expect(try store.events(matching: query).count == 2)
        query = EventQuery()
        query.sources = ["RUSGOV"]
        #expect(try store.events(matching: query).count == 2)
        query = EventQuery()
        query.root = "05"
        #expect(try store.events(matching: query).map(\.target.code.rawValue) == ["UKR"])
        query = EventQuery()
        query.since = Day(iso: "2023-09-14")
        query.until = Day(iso: "2023-09-30")
        #expect(try store.events(matching: query).map(\.action.code) == ["111"])
        query = EventQuery()
        query.words = ["AZE", "051"]
        #expect(try store.events(matching: query).count == 1)
        query.words = ["50%_off"]
        #expect(try store.events(matching: query).isEmpty)
    }

    @Test func resumedIngestCompletesWithoutDuplicates() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        let batch = (0..<40).map { index in
            CodedArticle(
                article: article("art\(index)"),
                events: [storeEvent("USA", "CHN", "111", "2023-01-0\(index % 9 + 1)", article: "art\(index)")])
        }
        do {
            // A run that committed its first batch and then died: the store object goes away mid-run.
            let store = try SQLiteEventStore(path: path)
            _ = try store.ingest(Array(batch[..<15]))
        }
        let reopened = try SQLiteEventStore(path: path)
        let summary = try reopened.ingest(batch)
        #expect(summary == IngestSummary(inserted: 25, unchanged: 15, events: 25))
        #expect(try reopened.counts() == (40, 40))
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test func refusesANewerSchemaAndReportsCorruptFiles() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        do {
            let store = try SQLiteEventStore(path: path)
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
            }
        }
        #expect(throws: StoreError(.newerSchema("v99: from the future"), path: path)) {
            _ = try SQLiteEventStore(path: path)
        }
        let garbage = temporaryDatabase()
        defer { removeDatabase(garbage) }
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
        #expect {
            _ = try SQLiteEventStore(path: garbage)
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix("\(garbage): the database is corrupt") ?? false
        }
    }
}

@Suite struct StanceTests {
    /// Six months of cooperation (+3.4 praise) then three of conflict (−10 force), two events a month.
    func fixture() throws -> (SQLiteEventStore, String) {
        let path = temporaryDatabase()
        let store = try SQLiteEventStore(path: path)
        var events: [Event] = []
        for month in 1...6 {
            events.append(storeEvent("AZE", "RUS", "051", "2023-0\(month)-10"))
            events.append(storeEvent("AZE", "RUS", "051", "2023-0\(month)-20"))
        }
        for month in 7...9 {
            events.append(storeEvent("AZE", "RUS", "190", "2023-0\(month)-05"))
            events.append(storeEvent("AZE", "RUS", "111", "2023-0\(month)-06"))
        }
        events.append(storeEvent("RUS", "AZE", "114", "2023-09-13"))
        _ = try store.ingest([
            CodedArticle(article: Article(id: "f", date: Day(iso: "2023-09-30"), text: "f"), events: events)
        ])
        return (store, path)
    }

    @Test func seriesNumbersAndChangePoint() throws {
        let (store, path) = try fixture()
        defer { removeDatabase(path) }
        let aggregates = try store.dailyAggregates(from: ["AZE"], to: ["RUS"], since: nil, until: nil)
        let series = StanceSeries(aggregates: aggregates, by: .month)
        #expect(series.points.map(\.period) == (1...9).map { "2023-0\($0)" })
        #expect(series.points.allSatisfy { $0.events == 2 })
        #expect(series.points[0].goldsteinMean == 3.4)
        #expect(series.points[6].goldsteinSum == -12.0)
        #expect(series.points[6].count(.materialConflict) == 1 && series.points[6].count(.verbalConflict) == 1)
        #expect(series.points[6].netCooperation == -2)
        #expect(series.changes.count == 1)
        let change = try #require(series.changes.first)
        #expect(change.period == "2023-07")
        #expect(abs(change.beforeMean - 3.4) < 1e-9)
        #expect(abs(change.afterMean - -6.0) < 1e-9)

        let symmetric = try store.dailyAggregates(from: ["AZE", "RUS"], to: ["AZE", "RUS"], since: nil, until: nil)
        #expect(StanceSeries(aggregates: symmetric, by: .quarter).points.map(\.events) == [6, 6, 7])
    }

    @Test func steadyRelationHasNoChange() {
        var aggregates: [DailyAggregate] = []
        for day in 0..<120 {
            let value = day % 2 == 0 ? 3.4 : 1.0
            aggregates.append(
                DailyAggregate(
                    day: Day(ordinal: 19_000 + day), events: 1, goldsteinSum: value, goldsteinSquares: value * value,
                    quadCounts: [.verbalCooperation: 1]))
        }
        #expect(StanceSeries(aggregates: aggregates, by: .week).changes.isEmpty)
    }

    @Test(arguments: [
        ("2023-09-13", Period.week, "2023-W37"), ("2021-01-03", .week, "2020-W53"), ("2023-09-13", .month, "2023-09"),
        ("2023-09-13", .quarter, "2023-Q3"), ("2023-09-13", .day, "2023-09-13"),
    ])
    func periodLabels(date: String, period: Period, label: String) throws {
        #expect(period.label(of: try #require(Day(iso: date))) == label)
    }
}

@Suite struct MigrationTests {
    /// A store written before v3 (text actor columns) is converted in place: the same events come back.
    @Test func convertsAVersionTwoStore() throws {
        let path = temporaryDatabase()
        defer { removeDatabase(path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteEventStore.migrator.migrate(queue, upTo: "v2: covering dyad index")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO article (id, title, date, fingerprint, text) VALUES ('a1', 'T', '2023-09-13', 'f', 'x');
                        INSERT INTO event (article_id, sentence, day, source_code, source_node, source_country,
                            source_sector, source_text, target_code, target_node, target_country, target_sector,
                            target_text, cameo, root, goldstein, quad, plover, negated, text, pattern, rule, spans)
                        VALUES ('a1', 2, 19613, 'RUSGOV', 'RUS', 'RUS', 'GOV', 'Moscow', 'AZE', 'AZE', 'AZE', NULL,
                            'Baku', '114', '11', -2.0, 'verbal_conflict', 'ACCUSE', 0, 'Moscow protested to Baku.',
                            'protest to', 'svo', '0-1 1-3 3-4'),
                            ('a1', 3, 19613, 'AZE', 'AZE', 'AZE', NULL, 'Baku', 'UKR', 'UKR', 'UKR', NULL, 'Kyiv',
                            '051', '05', 3.4, 'verbal_coop', 'SUPPORT', 0, 'Baku backed Kyiv.', NULL, NULL, NULL);
                        """)
            }
        }
        let store = try SQLiteEventStore(path: path)
        let events = try store.events(matching: EventQuery())
        #expect(events.count == 2)
        let first = try #require(events.first)
        #expect(first.article == "a1" && first.sentence == 2 && first.date == Day(iso: "2023-09-13"))
        #expect(first.source.code.rawValue == "RUSGOV" && first.source.text == "Moscow")
        #expect(
            first.target.code.rawValue == "AZE" && first.action.code == "114" && first.action.quad == .verbalConflict)
        #expect(first.explanation?.pattern == "protest to" && first.explanation?.verb == 1..<3)
        #expect(events.last?.action.quad == .verbalCooperation)
        var query = EventQuery()
        query.sources = ["RUS"]
        query.root = "11"
        #expect(try store.events(matching: query).count == 1)
        let aggregates = try store.dailyAggregates(from: ["RUS"], to: ["AZE"], since: nil, until: nil)
        #expect(aggregates.count == 1 && aggregates.first?.quadCounts[.verbalConflict] == 1)
        #expect(try store.verify().isSound)
        // Ingesting the same article id with new text replaces its events.
        let summary = try store.ingest([
            CodedArticle(
                article: Article(id: "a1", date: Day(iso: "2023-09-14"), text: "y"),
                events: [storeEvent("RUS", "UKR", "190", "2023-09-14", article: "a1")])
        ])
        #expect(summary.replaced == 1)
        #expect(try store.events(matching: EventQuery()).map(\.action.code) == ["190"])
    }
}
