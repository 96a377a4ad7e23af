import DyadModel
import OrderedCollections

/// The relation graph: actors as nodes, one edge per directed dyad aggregating its events.
///
/// Negated events ("did not recognise") are not actions and are left out; at country granularity so are
/// events inside one country (self-loops).
public struct RelationGraph: Sendable {
    /// What a node stands for.
    public enum Granularity: String, Sendable, CaseIterable {
        /// The ISO-3 country (IGOs keep their code): `RUSGOV` and `RUSMIL` are both `RUS`.
        case country
        /// The full actor code.
        case code
    }

    public struct Node: Sendable, Hashable {
        public var id: String
        /// Events in which the node is the source / target.
        public var outEvents = 0
        public var inEvents = 0
        public var events: Int { outEvents + inEvents }
    }

    /// A directed dyad and the aggregate of its events.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        /// Number of events.
        public var weight = 0
        public var quadCounts: [QuadClass: Int] = [:]
        public var goldsteinSum = 0.0
        /// Events per CAMEO code.
        public var codeCounts: [String: Int] = [:]
        public var firstDate: Day?
        public var lastDate: Day?
        /// The days with events, for timelines.
        public var days: Set<Day> = []

        public var goldsteinMean: Double { weight == 0 ? 0 : goldsteinSum / Double(weight) }

        mutating func add(_ event: Event) {
            weight += 1
            quadCounts[event.action.quad, default: 0] += 1
            goldsteinSum += event.action.goldstein
            codeCounts[event.action.code, default: 0] += 1
            if let date = event.date {
                firstDate = min(firstDate ?? date, date)
                lastDate = max(lastDate ?? date, date)
                days.insert(date)
            }
        }
        public func count(_ quad: QuadClass) -> Int { quadCounts[quad] ?? 0 }

        /// The most frequent CAMEO code; ties go to a code on the side (cooperation or conflict) of the dyad's
        /// mean Goldstein value, then to the stronger one.
        public var dominantCode: String? {
            let sign = goldsteinMean < 0 ? -1.0 : 1.0
            func score(_ code: String) -> (Bool, Double) {
                let value = CAMEO.action(for: code)?.goldstein ?? 0
                return (value * sign > 0, abs(value))
            }
            return codeCounts.max { lhs, rhs in
                if lhs.value != rhs.value { return lhs.value < rhs.value }
                let (left, right) = (score(lhs.key), score(rhs.key))
                if left.0 != right.0 { return !left.0 }
                if left.1 != right.1 { return left.1 < right.1 }
                return lhs.key > rhs.key
            }?.key
        }
    }

    public struct DyadKey: Sendable, Hashable {
        public var source: String
        public var target: String
    }

    public let granularity: Granularity
    public internal(set) var nodes: OrderedDictionary<String, Node> = [:]
    public internal(set) var edges: OrderedDictionary<DyadKey, Edge> = [:]

    public init(granularity: Granularity = .country) {
        self.granularity = granularity
    }

    public init(events: some Sequence<Event>, granularity: Granularity = .country) {
        self.init(granularity: granularity)
        for event in events { add(event) }
    }

    /// The node id an actor code has at this granularity.
    public func nodeID(_ code: ActorCode) -> String {
        granularity == .country ? code.node : code.rawValue
    }

    /// Adds one event; returns false when it is left out (negated, or a self-loop).
    @discardableResult
    public mutating func add(_ event: Event) -> Bool {
        guard !event.negated else { return false }
        let source = nodeID(event.source.code)
        let target = nodeID(event.target.code)
        guard source != target else { return false }
        nodes[source, default: Node(id: source)].outEvents += 1
        nodes[target, default: Node(id: target)].inEvents += 1
        // Mutated in place: copying the edge out and back would copy its tables on every event.
        edges[DyadKey(source: source, target: target), default: Edge(source: source, target: target)].add(event)
        return true
    }

    /// Total events on all edges.
    public var eventCount: Int { edges.values.reduce(0) { $0 + $1.weight } }
}
