import DyadGraph
import DyadModel

/// Durable storage of coded articles and their events, behind an interface with nothing backend-specific in
/// it: SQLite today (``SQLiteEventStore``), PostgreSQL for teams later.
public protocol EventStore: AnyObject {
    /// Stores a batch of coded articles in one transaction. An article already stored with the same content is
    /// skipped; one stored under the same id with other content is replaced with its new events.
    func ingest(_ batch: [CodedArticle]) throws -> IngestSummary

    /// Finishes what ingest left for later (for SQLite: merging the events appended since the last merge into the
    /// dyad and day tables). Queries are right without it, only slower; call it at the end of an ingest run.
    func flush() throws

    /// The stored events that match `query`, in date, article and sentence order.
    func events(matching query: EventQuery) throws -> [Event]

    /// Per-day aggregates of the events from `sources` to `targets` (country-level node ids), for stance series.
    func dailyAggregates(from sources: Set<String>, to targets: Set<String>, since: Day?, until: Day?) throws
        -> [DailyAggregate]

    /// Every directed dyad's events in the window summed per period (each aggregate dated by the first day with
    /// events in its period), one dyad at a time, so that memory stays flat however large the store.
    func forEachDyad(
        since: Day?, until: Day?, by period: Period, _ body: (Dyad, [DailyAggregate]) throws -> Void
    ) throws

    /// The stored fingerprints of those of `ids` that are stored, to skip re-coding unchanged articles.
    func fingerprints(of ids: [String]) throws -> [String: String]

    /// How many articles and events are stored.
    func counts() throws -> (articles: Int, events: Int)

    /// Checks the store's integrity: the backend's own check, and no event stored twice or without its article.
    func verify() throws -> StoreHealth
}

/// What ``EventStore/verify()`` found.
public struct StoreHealth: Sendable, Equatable {
    /// The backend's integrity problems (SQLite's `PRAGMA integrity_check` lines); empty when sound.
    public var problems: [String]
    public var articles: Int
    public var events: Int
    /// Events stored more than once (same article, sentence, dyad, code and polarity), counting extra copies.
    public var duplicateEvents: Int
    /// Events whose article is not stored.
    public var orphanEvents: Int
    /// Entries of the store's own indexes (SQLite: the dyad and day tables) that are missing or left over.
    public var indexMismatches: Int = 0

    public var isSound: Bool { problems.isEmpty && duplicateEvents == 0 && orphanEvents == 0 && indexMismatches == 0 }
}

/// An article with the events coded from it, ready to store.
public struct CodedArticle: Sendable {
    public var article: Article
    public var events: [Event]

    public init(article: Article, events: [Event]) {
        self.article = article
        self.events = events
    }

    /// A fingerprint of everything that affects coding: id, date, title and text.
    public var fingerprint: String { Self.fingerprint(of: article) }

    public static func fingerprint(of article: Article) -> String {
        var hash = Fingerprint()
        hash.add(article.id)
        hash.add(article.date?.description ?? "")
        hash.add(article.title ?? "")
        hash.add(article.text)
        return hash.hex
    }
}

/// What an ingest did.
public struct IngestSummary: Sendable, Equatable {
    public var inserted = 0
    public var replaced = 0
    public var unchanged = 0
    public var events = 0

    public init(inserted: Int = 0, replaced: Int = 0, unchanged: Int = 0, events: Int = 0) {
        self.inserted = inserted
        self.replaced = replaced
        self.unchanged = unchanged
        self.events = events
    }

    public static func += (lhs: inout IngestSummary, rhs: IngestSummary) {
        lhs.inserted += rhs.inserted
        lhs.replaced += rhs.replaced
        lhs.unchanged += rhs.unchanged
        lhs.events += rhs.events
    }
}

/// Which events to list. Actor filters are country-level node ids (`RUS`, `IGONAT`) or full codes (`RUSGOV`).
public struct EventQuery: Sendable, Equatable {
    public var sources: Set<String> = []
    public var targets: Set<String> = []
    /// Both directions between two actors.
    public var between: (String, String)?
    public var root: String?
    public var quad: QuadClass?
    public var since: Day?
    public var until: Day?
    /// Words that must all occur in the evidence sentence (case-insensitive).
    public var words: [String] = []
    public var includeNegated = false
    /// Keep one event per (date, source, target, code), as the Phoenix pipeline did.
    public var dedupeDaily = false
    public var limit: Int?

    public init() {}

    public static func == (lhs: EventQuery, rhs: EventQuery) -> Bool {
        lhs.sources == rhs.sources && lhs.targets == rhs.targets && lhs.between?.0 == rhs.between?.0
            && lhs.between?.1 == rhs.between?.1 && lhs.root == rhs.root && lhs.quad == rhs.quad
            && lhs.since == rhs.since && lhs.until == rhs.until && lhs.words == rhs.words
            && lhs.includeNegated == rhs.includeNegated && lhs.dedupeDaily == rhs.dedupeDaily && lhs.limit == rhs.limit
    }
}
