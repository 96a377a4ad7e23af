/// Finds where the mean Goldstein value of a stance series shifts, by binary segmentation.
///
/// Method: among all splits of a segment into two runs of whole periods, take the one with the largest
/// two-sample statistic t = |m₁ − m₂| / √(s²(1/n₁ + 1/n₂)), where m are the mean Goldstein values of the events on
/// either side, n their event counts and s² the pooled variance of the events' Goldstein values (from the sums of
/// squares; floored at `varianceFloor` so that a perfectly steady relation needs a real shift). The split is a
/// change point when t ≥ `threshold`, the shift is at least `minimumShift` Goldstein points and each side has at
/// least `minimumEvents` events; then both sides are searched again. A steady relation reports none.
public struct ChangePointDetector: Sendable {
    public var threshold: Double
    public var minimumShift: Double
    public var minimumEvents: Int
    public var varianceFloor: Double

    public init(
        threshold: Double = 3.0, minimumShift: Double = 1.5, minimumEvents: Int = 3, varianceFloor: Double = 1.0
    ) {
        self.threshold = threshold
        self.minimumShift = minimumShift
        self.minimumEvents = minimumEvents
        self.varianceFloor = varianceFloor
    }

    public func changes(in points: [StancePoint]) -> [StanceChange] {
        var found: [StanceChange] = []
        search(points, 0..<points.count, into: &found)
        return found.sorted { $0.index < $1.index }
    }

    private func search(_ points: [StancePoint], _ range: Range<Int>, into found: inout [StanceChange]) {
        guard range.count >= 2 else { return }
        var best: StanceChange?
        for split in (range.lowerBound + 1)..<range.upperBound {
            guard let candidate = test(points, before: range.lowerBound..<split, after: split..<range.upperBound)
            else { continue }
            if candidate.statistic > (best?.statistic ?? 0) { best = candidate }
        }
        guard let best else { return }
        found.append(best)
        search(points, range.lowerBound..<best.index, into: &found)
        search(points, best.index..<range.upperBound, into: &found)
    }

    /// The change between two runs, when it passes the test.
    func test(_ points: [StancePoint], before: Range<Int>, after: Range<Int>) -> StanceChange? {
        func totals(_ range: Range<Int>) -> (n: Double, sum: Double, squares: Double) {
            points[range].reduce((0, 0, 0)) {
                ($0.0 + Double($1.total.events), $0.1 + $1.total.goldsteinSum, $0.2 + $1.total.goldsteinSquares)
            }
        }
        let left = totals(before)
        let right = totals(after)
        guard left.n >= Double(minimumEvents), right.n >= Double(minimumEvents) else { return nil }
        let m1 = left.sum / left.n
        let m2 = right.sum / right.n
        guard abs(m2 - m1) >= minimumShift else { return nil }
        let within = (left.squares - left.n * m1 * m1) + (right.squares - right.n * m2 * m2)
        let variance = max(varianceFloor, within / max(1, left.n + right.n - 2))
        let statistic = abs(m2 - m1) / (variance * (1 / left.n + 1 / right.n)).squareRoot()
        guard statistic >= threshold else { return nil }
        return StanceChange(
            index: after.lowerBound, period: points[after.lowerBound].period, beforeMean: m1, afterMean: m2,
            statistic: statistic)
    }
}
