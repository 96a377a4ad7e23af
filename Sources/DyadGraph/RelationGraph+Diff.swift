import DyadModel

/// How the relation graph changed between two windows.
public struct GraphDiff: Sendable, Equatable {
    public struct Move: Sendable, Equatable {
        public var source: String
        public var target: String
        public var before: Double
        public var after: Double
        public var shift: Double { after - before }
    }

    /// Dyads with events only in the later window, only in the earlier, and in both with opposite signs.
    public var gained: [RelationGraph.DyadKey]
    public var lost: [RelationGraph.DyadKey]
    public var flipped: [Move]
    /// Dyads in both windows, by the size of the change in mean Goldstein value.
    public var biggestMoves: [Move]
}

extension RelationGraph {
    /// What changed from `earlier` to `self`: gained and lost dyads, sign flips, the biggest moves.
    public func diff(from earlier: RelationGraph, top: Int = 10) -> GraphDiff {
        let before = Set(earlier.edges.keys)
        let after = Set(edges.keys)
        func sorted(_ keys: Set<DyadKey>) -> [DyadKey] {
            keys.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        }
        var moves: [GraphDiff.Move] = []
        for key in before.intersection(after) {
            guard let old = earlier.edges[key], let new = edges[key] else { continue }
            moves.append(
                .init(source: key.source, target: key.target, before: old.goldsteinMean, after: new.goldsteinMean))
        }
        moves.sort {
            abs($0.shift) != abs($1.shift)
                ? abs($0.shift) > abs($1.shift) : ($0.source, $0.target) < ($1.source, $1.target)
        }
        let flipped = moves.filter { $0.before * $0.after < 0 }
        return GraphDiff(
            gained: sorted(after.subtracting(before)), lost: sorted(before.subtracting(after)), flipped: flipped,
            biggestMoves: Array(moves.prefix(max(0, top))))
    }

    /// The graph of the events in a window (both ends included); events without a date are left out.
    public static func window(_ events: [Event], from: Day?, to: Day?, granularity: Granularity)
        -> RelationGraph
    {
        RelationGraph(
            events: events.filter { event in
                guard let date = event.date else { return false }
                return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
            }, granularity: granularity)
    }
}
