import ArgumentParser
import DyadGraph
import DyadModel
import DyadStore
import Foundation

struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure the event store: ingest rate, a one-dyad stance query and `changes` on a synthetic store.",
        discussion: """
            Builds (or reuses) a store of synthetic events — random dyads among --actors countries over ten years, \
            with realistic text lengths — then times a stance query for its busiest dyad and the ranking of changes.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Events to generate (skipped when the store already holds at least this many).")
    var events = 1_000_000

    @Option(help: "Distinct country actors.")
    var actors = 250

    @Option(help: "Events per ingest transaction (100 synthetic articles of 100 events each by default).")
    var transaction = 10_000

    func run() throws {
        let database = try store.open()
        let countries = Array(Country.codes.prefix(max(2, actors)))
        let codes = CAMEO.actions.filter { $0.code.count >= 3 }
        var generator = SplitMix(seed: 42)
        let existing = try database.counts().events
        if existing < events {
            let perArticle = 100
            let start = ContinuousClock.now
            var batch: [CodedArticle] = []
            var stored = 0
            var articleIndex = 0
            var ingestTime = 0.0
            func flush() throws {
                let begin = ContinuousClock.now
                _ = try database.ingest(batch)
                ingestTime += (ContinuousClock.now - begin).seconds
                batch.removeAll(keepingCapacity: true)
            }
            let first = Day(iso: "2015-01-01")?.ordinal ?? 16_436
            while stored + existing < events {
                let id = "synthetic-\(existing + stored)-\(articleIndex)"
                articleIndex += 1
                let date = Day(ordinal: first + Int(generator.next() % 3650))
                var list: [Event] = []
                for sentence in 0..<perArticle {
                    // Skewed choice: a few dyads are busy, as in real data.
                    let count = UInt64(countries.count)
                    let first = Int(generator.next() % count) % (sentence % 3 == 0 ? 8 : countries.count)
                    var second = Int(generator.next() % count)
                    if second == first { second = (first + 1) % countries.count }
                    let (a, b) = (countries[first], countries[second])
                    guard let source = ActorCode(a + "GOV"), let target = ActorCode(b) else { continue }
                    let action = codes[Int(generator.next() % UInt64(codes.count))]
                    list.append(
                        Event(
                            article: id, sentence: sentence + 1, date: date.adding(days: sentence % 5),
                            source: EventActor(code: source, text: "the \(a) government"),
                            target: EventActor(code: target, text: b), action: action,
                            text:
                                "The \(a) government said on Tuesday that it had taken a step toward \(b) in a statement"
                                + " issued after talks in the capital, officials said."))
                }
                batch.append(CodedArticle(article: Article(id: id, date: date, text: id), events: list))
                stored += list.count
                if batch.count * perArticle >= max(perArticle, transaction) { try flush() }
            }
            try flush()
            let merge = ContinuousClock.now
            try database.flush()
            ingestTime += (ContinuousClock.now - merge).seconds
            let seconds = (ContinuousClock.now - start).seconds
            print(
                "ingest          \(stored) events in \(format(ingestTime)) s in the store = "
                    + "\(Int(Double(stored) / ingestTime)) events/s, \(transaction) events per transaction, merges into the "
                    + "dyad and day tables included "
                    + "(\(format(seconds)) s with generating them)")
        }
        let total = try database.counts()
        print("store           \(total.events) events, \(total.articles) articles")

        var times: [Double] = []
        var series = StanceSeries(aggregates: [], by: .month)
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let aggregates = try database.dailyAggregates(
                from: [countries[0]], to: [countries[1]], since: nil, until: nil)
            series = StanceSeries(aggregates: aggregates, by: .month)
            times.append((ContinuousClock.now - start).seconds)
        }
        times.sort()
        print(
            "stance query    \(countries[0]) → \(countries[1]): \(series.points.reduce(0) { $0 + $1.events }) events, "
                + "\(series.points.count) months, \(format(times[2] * 1000)) ms median of 5")
        let start = ContinuousClock.now
        var ranking = ChangeRanking(top: 10, by: .month)
        try database.forEachDyad(since: nil, until: nil, by: .month) { ranking.add($0, $1) }
        let ranked = ranking.result
        print(
            "changes         \(ranked.count) listed over all dyads in \(format((ContinuousClock.now - start).seconds)) s"
        )
        print("peak memory     \(BenchCommand.peakResidentMegabytes().map { "\(format($0)) MB" } ?? "unknown")")
    }

    private func format(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}

/// A small deterministic generator for synthetic data.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
