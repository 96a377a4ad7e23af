import DyadCoder
import DyadModel

/// Prints an evaluation report for people (table) or programs (JSON).
public enum EvaluationText {
    public static func table(_ report: Evaluation.Report) -> [String] {
        var lines = [
            "records          \(report.records) (\(report.sentences) sentences)",
            "gold dyads       \(report.goldDyads)",
            "coded dyads      \(report.predictedDyads)",
            "matched dyads    \(report.matchedDyads)",
            "dyad precision   \(percent(report.precision))",
            "dyad recall      \(percent(report.recall))",
            "dyad F1          \(percent(report.f1))",
            "quad accuracy    \(percent(report.quadAccuracy))  (\(report.quadCorrect) of \(report.quadRecords) matched records)",
            "",
            "confusion: gold PLOVER type → what the coder coded for a gold dyad",
        ]
        let columns = report.confusion.values.reduce(into: Set<String>()) { $0.formUnion($1.keys) }.sorted()
        lines.append(pad("gold", 12) + columns.map { pad(String($0.prefix(9)), 10) }.joined())
        for gold in report.confusion.keys.sorted() {
            let row = report.confusion[gold] ?? [:]
            lines.append(pad(gold, 12) + columns.map { pad(row[$0].map(String.init) ?? "·", 10) }.joined())
        }
        return lines
    }

    public static func misses(_ report: Evaluation.Report) -> [String] {
        var lines = ["", "misses (gold dyads not found, or dyads coded that the record doesn't state):"]
        for detail in report.details where detail.gold != detail.predicted {
            let gold = detail.gold.sorted().map(\.description).joined(separator: " ")
            let coded = detail.events.map { "\(Evaluation.dyadText($0)) \($0.action.code)" }.joined(separator: ", ")
            lines.append("\(detail.record.id) [\(detail.types)] gold: \(gold.isEmpty ? "-" : gold)")
            lines.append("    coded: \(coded.isEmpty ? "-" : coded)")
            lines.append("    \(detail.record.text)")
        }
        return lines
    }

    public static func json(_ report: Evaluation.Report) -> String {
        var confusion: [String] = []
        for gold in report.confusion.keys.sorted() {
            let row = (report.confusion[gold] ?? [:]).sorted { $0.key < $1.key }
                .map { "\(JSON.string($0.key)):\($0.value)" }.joined(separator: ",")
            confusion.append("\(JSON.string(gold)):{\(row)}")
        }
        return "{\"records\":\(report.records),\"sentences\":\(report.sentences),\"gold_dyads\":\(report.goldDyads),"
            + "\"coded_dyads\":\(report.predictedDyads),\"matched_dyads\":\(report.matchedDyads),"
            + "\"precision\":\(JSON.number(report.precision)),\"recall\":\(JSON.number(report.recall)),"
            + "\"f1\":\(JSON.number(report.f1)),\"quad_accuracy\":\(JSON.number(report.quadAccuracy)),"
            + "\"quad_records\":\(report.quadRecords),\"confusion\":{\(confusion.joined(separator: ","))}}"
    }

    static func percent(_ value: Double) -> String {
        String(Double((value * 1000).rounded()) / 10) + "%"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
