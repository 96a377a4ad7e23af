import DyadGraph
import DyadModel
import Testing

@testable import DyadFormats

@Suite struct StanceChartTests {
    @Test func pinsEveryPointAndMarksChanges() {
        var aggregates: [DailyAggregate] = []
        for month in 1...9 {
            let value = month <= 6 ? 3.4 : -2.0
            let day = Day(year: 2023, month: month, day: 10) ?? Day(ordinal: 0)
            aggregates.append(
                DailyAggregate(
                    day: day, events: 3, goldsteinSum: 3 * value, goldsteinSquares: 3 * value * value,
                    quadCounts: [value > 0 ? .verbalCooperation : .verbalConflict: 3]))
        }
        let series = StanceSeries(aggregates: aggregates, by: .month)
        #expect(series.changes.map(\.period) == ["2023-07"])
        let dot = StanceChart(title: "AZE → RUS").dot(for: series)
        #expect(dot.hasPrefix("graph \"stance\" {"))
        #expect(dot.contains("inputscale=72"))
        #expect(dot.contains("label=\"3.4 → -2\""))
        #expect(dot.contains("label=\"2023-09\""))
        // Nine series points, each pinned: "x,y!".
        #expect(dot.components(separatedBy: "shape=circle").count - 1 == 9)
        #expect(!dot.contains("pos=\"nan"))
    }
}
