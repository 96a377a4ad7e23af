/// A trie over word ids, for longest-match lookup of multi-word phrases.
///
/// Edges from the root are an array indexed by word id: most lookups end at the first word, which then costs one
/// load. Deeper edges live in one hash table keyed by (node, word), so a step costs one integer hash.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// The root's child for each word id; 0 (the root itself, never a child) for none.
    private var roots: [Int32] = []
    private var edges: [UInt64: Int32] = [:]
    private var values: [[Value]] = [[]]

    private static func key(_ node: Int, _ word: Int32) -> UInt64 { UInt64(node) << 32 | UInt64(UInt32(word)) }

    /// The child of `node` along `word`, if there is one.
    private func child(of node: Int, _ word: Int32) -> Int? {
        if node == 0 {
            let slot = Int(word)
            guard slot >= 0, slot < roots.count, roots[slot] != 0 else { return nil }
            return Int(roots[slot])
        }
        return edges[Self.key(node, word)].map(Int.init)
    }

    /// Adds `value` under the word-id sequence `words`.
    mutating func insert(_ words: [Int32], _ value: Value) {
        var node = 0
        for word in words {
            if let next = child(of: node, word) {
                node = next
                continue
            }
            values.append([])
            let next = values.count - 1
            if node == 0 {
                let slot = Int(word)
                if slot >= roots.count { roots += repeatElement(0, count: slot + 1 - roots.count) }
                roots[slot] = Int32(next)
            } else {
                edges[Self.key(node, word)] = Int32(next)
            }
            node = next
        }
        values[node].append(value)
    }

    /// Where a phrase matched: the end of its words and which of the node's values was chosen. Plain integers, so
    /// that the miss at nearly every word costs nothing to hand back.
    struct Match {
        var end: Int
        fileprivate var node: Int32
        fileprivate var slot: Int32
    }

    /// The longest phrase starting at `start` with a value that passes `accept`: its end index and the first
    /// accepted value, or the first accepted value that `prefer` picks out.
    func longestMatch(
        in tokens: [Token], from start: Int, accept: (Value, Int) -> Bool, prefer: (Value) -> Bool = { _ in false }
    ) -> Match? {
        var node = 0
        var best: Match?
        var index = start
        while index < tokens.count, tokens[index].id >= 0, let next = child(of: node, tokens[index].id) {
            node = next
            index += 1
            var chosen: Int?
            for (slot, value) in values[node].enumerated() where accept(value, index) {
                if chosen == nil { chosen = slot }
                if prefer(value) {
                    chosen = slot
                    break
                }
            }
            if let chosen { best = Match(end: index, node: Int32(node), slot: Int32(chosen)) }
        }
        return best
    }

    /// The value a match chose.
    subscript(match: Match) -> Value { values[Int(match.node)][Int(match.slot)] }

    /// The number of phrases stored.
    var count: Int { values.reduce(0) { $0 + $1.count } }
}
