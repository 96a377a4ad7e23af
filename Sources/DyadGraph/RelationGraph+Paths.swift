extension RelationGraph {
    /// The actors within `depth` ties of `center` (either direction), and every edge among them.
    public func egoNetwork(of center: String, depth: Int = 1) -> RelationGraph {
        var neighbours: [String: Set<String>] = [:]
        for edge in edges.values {
            neighbours[edge.source, default: []].insert(edge.target)
            neighbours[edge.target, default: []].insert(edge.source)
        }
        var reached: Set<String> = nodes[center] == nil ? [] : [center]
        var frontier = reached
        for _ in 0..<max(0, depth) {
            frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(reached)
            reached.formUnion(frontier)
        }
        var graph = RelationGraph(granularity: granularity)
        for edge in edges.values where reached.contains(edge.source) && reached.contains(edge.target) {
            graph.insert(edge)
        }
        return graph
    }

    /// A shortest directed path from `source` to `target` (fewest ties; ties broken by node order), or nil.
    public func shortestPath(from source: String, to target: String) -> [String]? {
        guard nodes[source] != nil, nodes[target] != nil else { return nil }
        var successors: [String: [String]] = [:]
        for edge in edges.values { successors[edge.source, default: []].append(edge.target) }
        var previous: [String: String] = [:]
        var queue = [source]
        var seen: Set<String> = [source]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == target { break }
            for next in successors[node] ?? [] where !seen.contains(next) {
                seen.insert(next)
                previous[next] = node
                queue.append(next)
            }
        }
        guard seen.contains(target) else { return nil }
        var path = [target]
        while let step = previous[path[0]] { path.insert(step, at: 0) }
        return path
    }
}
