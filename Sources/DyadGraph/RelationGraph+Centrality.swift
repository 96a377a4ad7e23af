extension RelationGraph {
    /// PageRank on the directed graph weighted by event count, as NetworkX's
    /// `pagerank(G, alpha=0.85, weight="weight")` computes it: power iteration from the uniform vector, dangling
    /// nodes spreading their rank uniformly, stopping when the L1 change falls below `count × tolerance`.
    public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100) -> [String: Double] {
        let ids = Array(nodes.keys)
        let count = ids.count
        guard count > 0 else { return [:] }
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var outWeight = Array(repeating: 0.0, count: count)
        var incoming = Array(repeating: [(Int, Double)](), count: count)
        for edge in edges.values {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            outWeight[source] += Double(edge.weight)
            incoming[target].append((source, Double(edge.weight)))
        }
        var rank = Array(repeating: 1.0 / Double(count), count: count)
        for _ in 0..<maxIterations {
            let dangling = (0..<count).reduce(0.0) { outWeight[$1] == 0 ? $0 + rank[$1] : $0 }
            var next = Array(repeating: (1 - alpha) / Double(count) + alpha * dangling / Double(count), count: count)
            for target in 0..<count {
                for (source, weight) in incoming[target] {
                    next[target] += alpha * rank[source] * weight / outWeight[source]
                }
            }
            let change = zip(next, rank).reduce(0.0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < Double(count) * tolerance { break }
        }
        return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, rank[$0]) })
    }

    /// Betweenness centrality on the directed graph, unweighted, normalised by 1/((n−1)(n−2)), as NetworkX's
    /// `betweenness_centrality(G)` computes it (Brandes' algorithm).
    public func betweenness() -> [String: Double] {
        let ids = Array(nodes.keys)
        let count = ids.count
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var successors = Array(repeating: [Int](), count: count)
        for edge in edges.values {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            successors[source].append(target)
        }
        var centrality = Array(repeating: 0.0, count: count)
        for start in 0..<count {
            var stack: [Int] = []
            var predecessors = Array(repeating: [Int](), count: count)
            var paths = Array(repeating: 0.0, count: count)
            var distance = Array(repeating: -1, count: count)
            paths[start] = 1
            distance[start] = 0
            var queue = [start]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                stack.append(v)
                for w in successors[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        paths[w] += paths[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var dependency = Array(repeating: 0.0, count: count)
            while let w = stack.popLast() {
                for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
                if w != start { centrality[w] += dependency[w] }
            }
        }
        let scale = count > 2 ? 1.0 / Double((count - 1) * (count - 2)) : 1.0
        return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, centrality[$0] * scale) })
    }

    /// In- and out-degree (distinct dyads) and strength (events), the strength split into cooperation and conflict.
    public struct Degrees: Sendable, Equatable {
        public var inDegree = 0
        public var outDegree = 0
        public var inStrength = 0
        public var outStrength = 0
        public var inCooperation = 0
        public var inConflict = 0
        public var outCooperation = 0
        public var outConflict = 0

        public init() {}
    }

    public func degrees() -> [String: Degrees] {
        var result = Dictionary(uniqueKeysWithValues: nodes.keys.map { ($0, Degrees()) })
        for edge in edges.values {
            let cooperation = edge.count(.verbalCooperation) + edge.count(.materialCooperation)
            let conflict = edge.count(.verbalConflict) + edge.count(.materialConflict)
            result[edge.source]?.outDegree += 1
            result[edge.source]?.outStrength += edge.weight
            result[edge.source]?.outCooperation += cooperation
            result[edge.source]?.outConflict += conflict
            result[edge.target]?.inDegree += 1
            result[edge.target]?.inStrength += edge.weight
            result[edge.target]?.inCooperation += cooperation
            result[edge.target]?.inConflict += conflict
        }
        return result
    }
}
