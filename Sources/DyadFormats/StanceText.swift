import DyadGraph
import DyadModel

/// Writes stance series and ranked changes as JSON, CSV or a table.
public enum StanceText {
    /// `{"source":…,"target":…,"series":[…],"changes":[{"period":…,"before_mean":…,"after_mean":…,"events":[…]}]}`;
    /// each change's events are given as output-contract JSON objects (`eventsJSON` per change, same order).
    public static func json(source: String, target: String, series: StanceSeries, changeEvents: [[Event]]) -> String {
        let writer = EventWriter(format: .jsonl)
        let points = series.points.map(pointJSON).joined(separator: ",")
        var changes: [String] = []
        for (index, change) in series.changes.enumerated() {
            let events = (index < changeEvents.count ? changeEvents[index] : []).map(writer.line).joined(separator: ",")
            changes.append(
                "{\"period\":\(JSON.string(change.period)),\"before_mean\":\(JSON.number(round(change.beforeMean))),"
                    + "\"after_mean\":\(JSON.number(round(change.afterMean))),"
                    + "\"statistic\":\(JSON.number(round(change.statistic))),\"events\":[\(events)]}")
        }
        return "{\"source\":\(JSON.string(source)),\"target\":\(JSON.string(target)),\"series\":[\(points)],"
            + "\"changes\":[\(changes.joined(separator: ","))]}"
    }

    static func pointJSON(_ point: StancePoint) -> String {
        var out = "{\"period\":\(JSON.string(point.period)),\"events\":\(point.events)"
        out += ",\"goldstein_mean\":\(JSON.number(round(point.goldsteinMean)))"
        out += ",\"goldstein_sum\":\(JSON.number(round(point.goldsteinSum)))"
        for quad in QuadClass.allCases { out += ",\(JSON.string(quad.rawValue)):\(point.count(quad))" }
        out += ",\"net_cooperation\":\(point.netCooperation)}"
        return out
    }

    public static let csvHeader =
        "period,events,goldstein_mean,goldstein_sum,neutral,verbal_coop,material_coop,verbal_conflict,material_conflict,net_cooperation,change"

    public static func csv(_ series: StanceSeries) -> [String] {
        let changed = Set(series.changes.map(\.index))
        return [csvHeader]
            + series.points.enumerated().map { index, point in
                ([
                    point.period, String(point.events), JSON.number(round(point.goldsteinMean)),
                    JSON.number(round(point.goldsteinSum)),
                ]
                    + QuadClass.allCases.map { String(point.count($0)) }
                    + [String(point.netCooperation), changed.contains(index) ? "1" : "0"]).joined(separator: ",")
            }
    }

    public static func table(title: String, series: StanceSeries) -> [String] {
        var lines = [title]
        lines.append(
            pad("PERIOD", 11) + pad("EVENTS", 7) + pad("MEAN", 7) + pad("SUM", 8) + pad("COOP", 5) + pad("CONFL", 6)
                + "STANCE")
        let changed = Dictionary(series.changes.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, point) in series.points.enumerated() {
            if let change = changed[index] {
                lines.append(
                    "── change: mean \(JSON.number(round(change.beforeMean))) → \(JSON.number(round(change.afterMean)))"
                        + " (t = \(JSON.number(round(change.statistic))))")
            }
            let coop = point.count(.verbalCooperation) + point.count(.materialCooperation)
            let conflict = point.count(.verbalConflict) + point.count(.materialConflict)
            lines.append(
                pad(point.period, 11) + pad(String(point.events), 7) + pad(JSON.number(round(point.goldsteinMean)), 7)
                    + pad(JSON.number(round(point.goldsteinSum)), 8) + pad(String(coop), 5) + pad(String(conflict), 6)
                    + bar(point.goldsteinMean))
        }
        if series.changes.isEmpty { lines.append("no change detected") }
        return lines
    }

    /// A ten-step bar from −10 (left) to +10 (right) around a centre line.
    static func bar(_ mean: Double) -> String {
        let steps = Int((abs(mean) / 10 * 10).rounded())
        let side = String(repeating: mean < 0 ? "◀" : "▶", count: steps)
        return mean < 0
            ? String(repeating: " ", count: 10 - steps) + side + "|" : String(repeating: " ", count: 10) + "|" + side
    }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
