/// A trie over word ids, for longest-match lookup of multi-word phrases.
///
/// Edges live in one hash table keyed by (node, word), so a step costs one integer hash.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var edges: [UInt64: Int32] = [:]
    private var values: [[Value]] = [[]]

    private static func key(_ node: Int, _ word: Int32) -> UInt64 { UInt64(node) << 32 | UInt64(UInt32(word)) }

    /// Adds `value` under the word-id sequence `words`.
    mutating func insert(_ words: [Int32], _ value: Value) {
        var node = 0
        for word in words {
            let key = Self.key(node, word)
            if let next = edges[key] {
                node = Int(next)
            } else {
                values.append([])
                let next = values.count - 1
                edges[key] = Int32(next)
                node = next
            }
        }
        values[node].append(value)
    }

    /// The longest phrase starting at `start` with a value that passes `accept`: its end index and the first
    /// accepted value, or the first accepted value that `prefer` picks out.
    func longestMatch(
        in tokens: [Token], from start: Int, accept: (Value, Int) -> Bool, prefer: (Value) -> Bool = { _ in false }
    ) -> (end: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        while index < tokens.count, tokens[index].id >= 0, let next = edges[Self.key(node, tokens[index].id)] {
            node = Int(next)
            index += 1
            var chosen: Value?
            for value in values[node] where accept(value, index) {
                if chosen == nil { chosen = value }
                if prefer(value) {
                    chosen = value
                    break
                }
            }
            if let chosen { best = (index, chosen) }
        }
        return best
    }

    /// The number of phrases stored.
    var count: Int { values.reduce(0) { $0 + $1.count } }
}
