/// Blocs on the signed graph by relocation (Doreian & Mrvar's partitioning of signed networks): for k = 1 … 6
/// groups, start from the positive components (merged or split to k) and move single actors to the group that
/// most lowers the frustration — the event weight of negative ties inside groups plus positive ties between
/// them — until no move helps; the partition with the least frustration wins (fewer groups on ties).
extension RelationGraph {
    public struct Bloc: Sendable, Equatable {
        public var members: [String]
        /// Mean sign of the ties inside the bloc and from it to the others, weighted by events (−1 … +1).
        public var internalStance: Double
        public var externalStance: Double
    }

    public struct Blocs: Sendable, Equatable {
        public var blocs: [Bloc]
        /// Event weight of the ties that disagree with the partition.
        public var frustration: Int
    }

    public func blocs(maxGroups: Int = 6) -> Blocs {
        let ties = signedTies()
        let actors = Array(Set(ties.flatMap { [$0.a, $0.b] })).sorted()
        guard !actors.isEmpty else { return Blocs(blocs: [], frustration: 0) }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1, $0) })
        var neighbours = Array(repeating: [(Int, Int)](), count: actors.count)  // (other, signed weight)
        for tie in ties {
            guard let a = index[tie.a], let b = index[tie.b] else { continue }
            neighbours[a].append((b, tie.sign * tie.weight))
            neighbours[b].append((a, tie.sign * tie.weight))
        }
        func frustration(_ groups: [Int]) -> Int {
            ties.reduce(0) { total, tie in
                guard let a = index[tie.a], let b = index[tie.b] else { return total }
                let same = groups[a] == groups[b]
                return total + ((same && tie.sign < 0) || (!same && tie.sign > 0) ? tie.weight : 0)
            }
        }
        // Positive components, largest first.
        var component = Array(repeating: -1, count: actors.count)
        var components = 0
        for start in actors.indices where component[start] < 0 {
            var stack = [start]
            component[start] = components
            while let node = stack.popLast() {
                for (other, weight) in neighbours[node] where weight > 0 && component[other] < 0 {
                    component[other] = components
                    stack.append(other)
                }
            }
            components += 1
        }
        var best: (groups: [Int], k: Int, frustration: Int)?
        for k in 1...max(1, min(maxGroups, actors.count)) {
            var groups = component.map { $0 % k }
            var improved = true
            var rounds = 0
            while improved && rounds < 50 {
                improved = false
                rounds += 1
                var positive = Array(repeating: 0, count: k)
                var negative = Array(repeating: 0, count: k)
                for node in actors.indices {
                    // Frustration contributed by this node in each group: its negative ties into the group plus
                    // its positive ties to every other group.
                    for group in 0..<k {
                        positive[group] = 0
                        negative[group] = 0
                    }
                    var positiveTotal = 0
                    for (other, weight) in neighbours[node] {
                        if weight > 0 {
                            positive[groups[other]] += weight
                            positiveTotal += weight
                        } else {
                            negative[groups[other]] -= weight
                        }
                    }
                    var cost = Array(repeating: 0, count: k)
                    for group in 0..<k { cost[group] = negative[group] + positiveTotal - positive[group] }
                    if let target = cost.indices.min(by: { (cost[$0], $0) < (cost[$1], $1) }),
                        cost[target] < cost[groups[node]]
                    {
                        groups[node] = target
                        improved = true
                    }
                }
            }
            let value = frustration(groups)
            if best == nil || value < best?.frustration ?? Int.max { best = (groups, k, value) }
        }
        guard let best else { return Blocs(blocs: [], frustration: 0) }
        var members: [Int: [String]] = [:]
        for (node, group) in best.groups.enumerated() { members[group, default: []].append(actors[node]) }
        let blocs = members.values.map { names -> Bloc in
            let set = Set(names)
            var inside = (0, 0)
            var outside = (0, 0)
            for tie in ties where set.contains(tie.a) || set.contains(tie.b) {
                if set.contains(tie.a) && set.contains(tie.b) {
                    inside = (inside.0 + tie.sign * tie.weight, inside.1 + tie.weight)
                } else {
                    outside = (outside.0 + tie.sign * tie.weight, outside.1 + tie.weight)
                }
            }
            return Bloc(
                members: names.sorted(), internalStance: inside.1 == 0 ? 0 : Double(inside.0) / Double(inside.1),
                externalStance: outside.1 == 0 ? 0 : Double(outside.0) / Double(outside.1))
        }
        .sorted { ($0.members.count, $1.members.first ?? "") > ($1.members.count, $0.members.first ?? "") }
        return Blocs(blocs: blocs, frustration: best.frustration)
    }
}
