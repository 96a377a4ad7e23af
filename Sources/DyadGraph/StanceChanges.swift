import DyadModel

/// A change in one dyad's stance, for ranking across all dyads.
public struct DyadChange: Sendable {
    public var dyad: Dyad
    public var change: StanceChange
    /// The days of the period where the new regime starts.
    public var firstDay: Day
    public var lastDay: Day
}

/// Keeps the biggest stance changes seen over many dyads: each dyad's change points, ranked by the size of the
/// shift (then by the test statistic, then by dyad), at most `top`.
public struct ChangeRanking: Sendable {
    public let top: Int
    public let period: Period
    public var detector = ChangePointDetector()
    public private(set) var ranked: [DyadChange] = []

    public init(top: Int, by period: Period) {
        self.top = max(0, top)
        self.period = period
    }

    /// Adds one dyad's per-day (or per-period) aggregates.
    public mutating func add(_ dyad: Dyad, _ aggregates: [DailyAggregate]) {
        let series = StanceSeries(aggregates: aggregates, by: period, detector: detector)
        for change in series.changes {
            let point = series.points[change.index]
            ranked.append(DyadChange(dyad: dyad, change: change, firstDay: point.firstDay, lastDay: point.lastDay))
        }
        if ranked.count > top * 4 + 16 { trim() }
    }

    /// The ranking, best first.
    public var result: [DyadChange] {
        var copy = self
        copy.trim()
        return copy.ranked
    }

    private mutating func trim() {
        ranked.sort {
            if abs($0.change.shift) != abs($1.change.shift) { return abs($0.change.shift) > abs($1.change.shift) }
            if $0.change.statistic != $1.change.statistic { return $0.change.statistic > $1.change.statistic }
            return $0.dyad < $1.dyad
        }
        if ranked.count > top { ranked.removeLast(ranked.count - top) }
    }
}
