import DyadModel

/// Scores the coder against expert-coded sentences.
///
/// Dyads are compared at country level (`IGO…` codes count as `IGO`, `IMG…` as `IMG`), as sets per sentence: precision is the
/// share of the coder's (non-negated) dyads that the gold record states, recall the share of gold dyads the
/// coder found, both summed over all records. Quad-class accuracy is taken on the records where the coder found
/// a gold dyad, comparing the quad class of the gold PLOVER type with that of the matching event's PLOVER type
/// (its CAMEO root's for statements, which PLOVER doesn't code). The confusion table counts gold type against
/// the matching event's type, `other dyad` when the coder coded only other dyads, `none` when it coded nothing.
public enum Evaluation {
    public struct Report: Sendable {
        public var records = 0
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

    /// What happened on one record, for reading the misses.
    public struct Detail: Sendable {
        public var record: GoldRecord
        public var gold: Set<Dyad>
        public var predicted: Set<Dyad>
        public var events: [Event]
        public var predictedType: String
    }

    public static func evaluate(_ records: [GoldRecord], with coder: EventCoder) -> Report {
        var report = Report()
        for record in records {
            let article = Article(id: record.id, date: record.date, text: record.text, origin: record.id)
            let events = coder.events(in: article).filter { !$0.negated }
            let gold = record.dyads
            var predicted = Set<Dyad>()
            for event in events { predicted.insert(dyad(of: event)) }
            report.records += 1
            report.goldDyads += gold.count
            report.predictedDyads += predicted.count
            report.matchedDyads += gold.intersection(predicted).count
            let matching = events.first { gold.contains(dyad(of: $0)) }
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
            report.details.append(
                Detail(record: record, gold: gold, predicted: predicted, events: events, predictedType: predictedType))
        }
        return report
    }

    /// "RUS→AZE" for an event, as the evaluation compares it.
    public static func dyadText(_ event: Event) -> String { dyad(of: event).description }

    static func dyad(of event: Event) -> Dyad {
        func node(_ code: ActorCode) -> String { code.isIMG ? "IMG" : code.isOrganisation ? "IGO" : code.node }
        return Dyad(source: node(event.source.code), target: node(event.target.code))
    }
}
