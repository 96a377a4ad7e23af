import DyadModel

/// Scores the coder against expert-coded sentences.
///
/// Dyads are compared at country level (`IGO…` codes count as `IGO`, `IMG…` as `IMG`), as sets per sentence: precision is the
/// share of the coder's (non-negated) dyads that the sentence's gold records state, recall the share of gold dyads
/// the coder found, both summed over all sentences. Records with the same text and date are one sentence's events
/// (the sentence is coded once; its gold dyads are the union of its records'); a record of type `NONE` with no
/// actors says the sentence has no event, so whatever is coded there counts against precision. Quad-class accuracy is taken on the records where the coder found
/// a gold dyad, comparing the quad class of the gold PLOVER type with that of the matching event's PLOVER type
/// (its CAMEO root's for statements, which PLOVER doesn't code). The confusion table counts gold type against
/// the matching event's type, `other dyad` when the coder coded only other dyads, `none` when it coded nothing.
public enum Evaluation {
    public struct Report: Sendable {
        public var records = 0
        /// Distinct sentences among the records.
        public var sentences = 0
        public var goldDyads = 0
        public var predictedDyads = 0
        public var matchedDyads = 0
        public var quadRecords = 0
        public var quadCorrect = 0
        /// Gold PLOVER type → coder's PLOVER type (or `none`, `other dyad`) → records.
        public var confusion: [String: [String: Int]] = [:]
        public var details: [Detail] = []

        public var precision: Double { predictedDyads == 0 ? 0 : Double(matchedDyads) / Double(predictedDyads) }
        public var recall: Double { goldDyads == 0 ? 0 : Double(matchedDyads) / Double(goldDyads) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var quadAccuracy: Double { quadRecords == 0 ? 0 : Double(quadCorrect) / Double(quadRecords) }
    }

    /// What happened on one sentence, for reading the misses.
    public struct Detail: Sendable {
        /// The sentence's first record (the others share its text and date).
        public var record: GoldRecord
        /// The PLOVER types of all the sentence's records, joined by "+".
        public var types: String
        public var gold: Set<Dyad>
        public var predicted: Set<Dyad>
        public var events: [Event]
    }

    public static func evaluate(_ records: [GoldRecord], with coder: EventCoder) -> Report {
        var report = Report()
        for article in articles(of: sentences(of: records)) {
            for (group, events) in zip(article, code(article, with: coder)) {
                score(group, events: events, into: &report)
            }
        }
        return report
    }

    /// Scores one sentence: its records and the events coded in it.
    static func score(_ group: [GoldRecord], events: [Event], into report: inout Report) {
        let gold = group.reduce(into: Set<Dyad>()) { $0.formUnion($1.dyads) }
        var predicted = Set<Dyad>()
        for event in events { predicted.insert(dyad(of: event)) }
        report.records += group.count
        report.sentences += 1
        report.goldDyads += gold.count
        report.predictedDyads += predicted.count
        report.matchedDyads += gold.intersection(predicted).count
        var types: [String] = []
        for record in group {
            let dyads = record.dyads
            let matching = events.first { dyads.contains(dyad(of: $0)) }
            let predictedType: String
            if let matching {
                predictedType = matching.action.plover ?? "STATEMENT"
                let quad = matching.action.plover.flatMap { QuadClass(plover: $0) } ?? matching.action.quad
                report.quadRecords += 1
                if quad == QuadClass(plover: record.plover) { report.quadCorrect += 1 }
            } else {
                predictedType = events.isEmpty ? "none" : "other dyad"
            }
            report.confusion[record.plover, default: [:]][predictedType, default: 0] += 1
            types.append(record.plover)
        }
        report.details.append(
            Detail(
                record: group[0], types: types.joined(separator: "+"), gold: gold, predicted: predicted, events: events)
        )
    }

    /// Codes an article's sentences as one text, in order (paragraph breaks between them), and gives each sentence
    /// the (non-negated) events of the coder's sentences that start within it.
    static func code(_ article: [[GoldRecord]], with coder: EventCoder) -> [[Event]] {
        var text = ""
        var starts: [Int] = []
        for group in article {
            if !text.isEmpty { text += "\n\n" }
            starts.append(text.utf8.count)
            text += group[0].text
        }
        let first = article[0][0]
        let events = coder.events(
            in: Article(id: first.article ?? first.id, date: first.date, text: text, origin: first.id))
        let offsets = EventCoder.sentences(in: text).map {
            text.utf8.distance(from: text.startIndex, to: $0.startIndex)
        }
        var result = Array(repeating: [Event](), count: article.count)
        for event in events where !event.negated {
            let offset = offsets[event.sentence - 1]
            result[starts.lastIndex { $0 <= offset } ?? 0].append(event)
        }
        return result
    }

    /// Sentences grouped by article (records that name the same article and date), in order of first appearance;
    /// a sentence with no article is one of its own.
    static func articles(of sentences: [[GoldRecord]]) -> [[[GoldRecord]]] {
        grouped(sentences) { sentence in sentence[0].article.map { Key(name: $0, date: sentence[0].date) } }
    }

    /// The records grouped by sentence (same text and date), in the order each sentence first appears.
    static func sentences(of records: [GoldRecord]) -> [[GoldRecord]] {
        grouped(records) { Key(name: $0.text, date: $0.date) }
    }

    /// What groups records: a sentence's text or an article's name, with the date.
    struct Key: Hashable {
        var name: String
        var date: Day?
    }

    /// Items with equal keys together, groups in order of first appearance; an item without a key stands alone.
    static func grouped<Item>(_ items: [Item], by key: (Item) -> Key?) -> [[Item]] {
        var groups: [[Item]] = []
        var position: [Key: Int] = [:]
        for item in items {
            guard let key = key(item) else {
                groups.append([item])
                continue
            }
            if let index = position[key] {
                groups[index].append(item)
            } else {
                position[key] = groups.count
                groups.append([item])
            }
        }
        return groups
    }

    /// "RUS→AZE" for an event, as the evaluation compares it.
    public static func dyadText(_ event: Event) -> String { dyad(of: event).description }

    static func dyad(of event: Event) -> Dyad {
        func node(_ code: ActorCode) -> String { code.isIMG ? "IMG" : code.isOrganisation ? "IGO" : code.node }
        return Dyad(source: node(event.source.code), target: node(event.target.code))
    }
}
