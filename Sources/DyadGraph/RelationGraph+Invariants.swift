extension RelationGraph {
    /// Checks the graph's invariants; tests call it. Returns the first violation found, nil when all hold.
    public func invariantViolation() -> String? {
        var outs: [String: Int] = [:]
        var ins: [String: Int] = [:]
        for (key, edge) in edges {
            if key.source != edge.source || key.target != edge.target { return "edge key \(key) ≠ edge ends" }
            if edge.source == edge.target { return "self-loop on \(edge.source)" }
            if edge.quadCounts.values.reduce(0, +) != edge.weight { return "quad counts ≠ weight on \(key)" }
            if edge.codeCounts.values.reduce(0, +) != edge.weight { return "code counts ≠ weight on \(key)" }
            if nodes[edge.source] == nil || nodes[edge.target] == nil { return "edge \(key) has a missing node" }
            outs[edge.source, default: 0] += edge.weight
            ins[edge.target, default: 0] += edge.weight
        }
        for (id, node) in nodes {
            if node.outEvents != outs[id, default: 0] || node.inEvents != ins[id, default: 0] {
                return "node \(id) event counts disagree with its edges"
            }
        }
        return nil
    }
}
