import DyadModel

/// A change in one dyad's stance, for ranking across all dyads.
public struct DyadChange: Sendable {
    public var dyad: Dyad
    public var change: StanceChange
    /// The days of the period where the new regime starts.
    public var firstDay: Day
    public var lastDay: Day
}

extension StanceSeries {
    /// The biggest stance changes over all dyads: each dyad's change points, ranked by the size of the shift
    /// (then by the test statistic, then by dyad), at most `top`.
    public static func rankedChanges(
        _ aggregates: [Dyad: [DailyAggregate]], by period: Period, top: Int, detector: ChangePointDetector = .init()
    ) -> [DyadChange] {
        var all: [DyadChange] = []
        for (dyad, days) in aggregates {
            let series = StanceSeries(aggregates: days, by: period, detector: detector)
            for change in series.changes {
                let point = series.points[change.index]
                all.append(DyadChange(dyad: dyad, change: change, firstDay: point.firstDay, lastDay: point.lastDay))
            }
        }
        all.sort {
            if abs($0.change.shift) != abs($1.change.shift) { return abs($0.change.shift) > abs($1.change.shift) }
            if $0.change.statistic != $1.change.statistic { return $0.change.statistic > $1.change.statistic }
            return $0.dyad < $1.dyad
        }
        return Array(all.prefix(max(0, top)))
    }
}
