/// A trie over normalised tokens, for longest-match lookup of multi-word phrases.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int32] = [:]
        var values: [Value] = []
    }

    private var nodes: [Node] = [Node()]

    /// Adds `value` under the token sequence `words`.
    mutating func insert(_ words: [String], _ value: Value) {
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[word] = Int32(next)
                node = next
            }
        }
        nodes[node].values.append(value)
    }

    /// The longest phrase starting at `start` whose values pass `accept`: (end index, accepted values).
    func longestMatch(in tokens: [Token], from start: Int, accept: (Value, Int) -> Bool) -> (end: Int, values: [Value])?
    {
        var node = 0
        var best: (Int, [Value])?
        var index = start
        while index < tokens.count, let next = nodes[node].children[tokens[index].norm] {
            node = Int(next)
            index += 1
            if !nodes[node].values.isEmpty {
                let accepted = nodes[node].values.filter { accept($0, index) }
                if !accepted.isEmpty { best = (index, accepted) }
            }
        }
        return best
    }

    /// The number of phrases stored.
    var count: Int { nodes.reduce(0) { $0 + $1.values.count } }
}
