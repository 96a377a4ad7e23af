import DyadModel

/// The events of one day on one dyad (or a set of dyads), summed.
public struct DailyAggregate: Sendable, Equatable {
    public var day: Day
    public var events: Int
    public var goldsteinSum: Double
    /// Σ Goldstein², for the variance the change-point test needs.
    public var goldsteinSquares: Double
    public var quadCounts: [QuadClass: Int]

    public init(
        day: Day, events: Int = 0, goldsteinSum: Double = 0, goldsteinSquares: Double = 0,
        quadCounts: [QuadClass: Int] = [:]
    ) {
        self.day = day
        self.events = events
        self.goldsteinSum = goldsteinSum
        self.goldsteinSquares = goldsteinSquares
        self.quadCounts = quadCounts
    }

    mutating func add(_ other: DailyAggregate) {
        events += other.events
        goldsteinSum += other.goldsteinSum
        goldsteinSquares += other.goldsteinSquares
        for (quad, count) in other.quadCounts { quadCounts[quad, default: 0] += count }
    }
}

/// Calendar periods a stance series is cut into.
public enum Period: String, Sendable, CaseIterable {
    case day, week, month, quarter

    /// A number that is the same for exactly the days of one period, increasing with time (cheaper than the
    /// label when grouping millions of rows).
    public func key(of day: Day) -> Int {
        switch self {
        case .day: return day.ordinal
        // 1970-01-01 was a Thursday: shifting by 3 makes weeks start on Monday, as ISO weeks do.
        case .week: return Int((Double(day.ordinal + 3) / 7).rounded(.down))
        case .month:
            let (year, month, _) = day.components
            return year * 12 + month - 1
        case .quarter:
            let (year, month, _) = day.components
            return year * 4 + (month - 1) / 3
        }
    }

    /// The period's label: `2023-09-13`, `2023-W37` (ISO week), `2023-09`, `2023-Q3`.
    public func label(of day: Day) -> String {
        let (year, month, _) = day.components
        switch self {
        case .day: return day.description
        case .week:
            // ISO 8601: the week belongs to the year of its Thursday.
            let thursday = day.adding(days: 4 - day.weekday)
            let weekYear = thursday.year
            guard let january1 = Day(year: weekYear, month: 1, day: 1) else { return day.description }
            let week = (thursday.ordinal - january1.ordinal) / 7 + 1
            return "\(weekYear)-W\(week < 10 ? "0" : "")\(week)"
        case .month: return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .quarter: return "\(year)-Q\((month - 1) / 3 + 1)"
        }
    }
}

/// One period of a stance series.
public struct StancePoint: Sendable, Equatable {
    public var period: String
    public var total: DailyAggregate
    /// The first and last days with events in the period.
    public var firstDay: Day
    public var lastDay: Day

    public var events: Int { total.events }
    public var goldsteinSum: Double { total.goldsteinSum }
    public var goldsteinMean: Double { total.events == 0 ? 0 : total.goldsteinSum / Double(total.events) }
    public func count(_ quad: QuadClass) -> Int { total.quadCounts[quad] ?? 0 }
    /// Cooperative minus conflictual events.
    public var netCooperation: Int {
        count(.verbalCooperation) + count(.materialCooperation) - count(.verbalConflict) - count(.materialConflict)
    }
}

/// A detected change in a stance series: the first period of the new regime and the means on either side.
public struct StanceChange: Sendable, Equatable {
    /// Index in the series of the first period after the change.
    public var index: Int
    public var period: String
    public var beforeMean: Double
    public var afterMean: Double
    /// The two-sample statistic that accepted the change.
    public var statistic: Double

    public var shift: Double { afterMean - beforeMean }
}

/// How one actor (or set of actors) stood toward another over time: per-period aggregates and change points.
public struct StanceSeries: Sendable {
    public var points: [StancePoint]
    public var changes: [StanceChange]

    /// The series of the periods that have events, and its change points.
    public init(aggregates: [DailyAggregate], by period: Period, detector: ChangePointDetector = .init()) {
        var points: [StancePoint] = []
        for aggregate in aggregates.sorted(by: { $0.day < $1.day }) {
            let label = period.label(of: aggregate.day)
            if points.last?.period != label {
                points.append(
                    StancePoint(
                        period: label, total: DailyAggregate(day: aggregate.day), firstDay: aggregate.day,
                        lastDay: aggregate.day))
            }
            points[points.count - 1].total.add(aggregate)
            points[points.count - 1].lastDay = aggregate.day
        }
        self.points = points
        changes = detector.changes(in: points)
    }
}
