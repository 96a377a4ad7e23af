extension RelationGraph {
    /// The graph cut down for drawing: edges with at least `minEvents` events, then the `top` actors by event
    /// count (ties by id), then only edges between kept actors. Nodes left without edges are dropped.
    public func pruned(top: Int?, minEvents: Int = 1, maxEdges: Int? = nil) -> RelationGraph {
        var kept = edges.values.filter { $0.weight >= minEvents }
        if let top {
            var degree: [String: Int] = [:]
            for edge in kept {
                degree[edge.source, default: 0] += edge.weight
                degree[edge.target, default: 0] += edge.weight
            }
            let chosen = Set(
                degree.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top).map(\.key))
            kept = kept.filter { chosen.contains($0.source) && chosen.contains($0.target) }
        }
        if let maxEdges, kept.count > maxEdges {
            // The heaviest dyads, in their original order.
            let heaviest = Set(
                kept.indices.sorted { (kept[$0].weight, $1) > (kept[$1].weight, $0) }.prefix(maxEdges))
            kept = kept.indices.filter(heaviest.contains).map { kept[$0] }
        }
        var graph = RelationGraph(granularity: granularity)
        for edge in kept { graph.insert(edge) }
        return graph
    }

    /// Only the edges between `actors`.
    public func restricted(to actors: Set<String>) -> RelationGraph {
        var graph = RelationGraph(granularity: granularity)
        for edge in edges.values where actors.contains(edge.source) && actors.contains(edge.target) {
            graph.insert(edge)
        }
        return graph
    }

    /// Adds a whole edge (used when deriving graphs); merges with an existing edge of the same dyad.
    public mutating func insert(_ edge: Edge) {
        let key = DyadKey(source: edge.source, target: edge.target)
        var merged = edges[key] ?? Edge(source: edge.source, target: edge.target)
        merged.weight += edge.weight
        merged.goldsteinSum += edge.goldsteinSum
        for (quad, count) in edge.quadCounts { merged.quadCounts[quad, default: 0] += count }
        for (code, count) in edge.codeCounts { merged.codeCounts[code, default: 0] += count }
        if let first = edge.firstDate { merged.firstDate = min(merged.firstDate ?? first, first) }
        if let last = edge.lastDate { merged.lastDate = max(merged.lastDate ?? last, last) }
        merged.days.formUnion(edge.days)
        edges[key] = merged
        nodes[edge.source, default: Node(id: edge.source)].outEvents += edge.weight
        nodes[edge.target, default: Node(id: edge.target)].inEvents += edge.weight
    }
}
