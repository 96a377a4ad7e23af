/// The relation graph as a signed, undirected graph: each pair of actors is positive when their events in
/// both directions sum to a positive Goldstein value (cooperation), negative when negative (conflict).
extension RelationGraph {
    public struct SignedTie: Sendable, Equatable {
        public var a: String
        public var b: String
        /// +1 or −1.
        public var sign: Int
        /// Events in both directions.
        public var weight: Int
    }

    /// One tie per unordered pair with events; pairs whose Goldstein sum is exactly 0 are left out (no sign).
    public func signedTies() -> [SignedTie] {
        var sums: [String: (a: String, b: String, sum: Double, weight: Int)] = [:]
        for edge in edges.values {
            let (a, b) = edge.source < edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
            let key = a + "\u{1}" + b
            var entry = sums[key] ?? (a, b, 0, 0)
            entry.sum += edge.goldsteinSum
            entry.weight += edge.weight
            sums[key] = entry
        }
        return sums.values.compactMap { entry in
            entry.sum == 0 ? nil : SignedTie(a: entry.a, b: entry.b, sign: entry.sum > 0 ? 1 : -1, weight: entry.weight)
        }
        .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    public struct Triad: Sendable, Equatable {
        public var actors: [String]
        /// The three signs' product is positive (friend of a friend is a friend, enemy of an enemy is a friend).
        public var balanced: Bool
        /// Events on the three ties.
        public var weight: Int
    }

    public struct Balance: Sendable, Equatable {
        public var triads: [Triad]
        public var balancedCount: Int { triads.filter(\.balanced).count }
        public var unbalancedCount: Int { triads.count - balancedCount }
        /// Share of balanced triads; 1 when there are none.
        public var ratio: Double { triads.isEmpty ? 1 : Double(balancedCount) / Double(triads.count) }
        /// Unbalanced triads, heaviest first.
        public var mostFrustrated: [Triad] {
            triads.filter { !$0.balanced }.sorted {
                $0.weight != $1.weight ? $0.weight > $1.weight : $0.actors.lexicographicallyPrecedes($1.actors)
            }
        }
    }

    /// Structural balance (Heider; Cartwright & Harary): every closed triad of signed ties.
    public func balance() -> Balance {
        let ties = signedTies()
        var sign: [String: [String: SignedTie]] = [:]
        for tie in ties {
            sign[tie.a, default: [:]][tie.b] = tie
            sign[tie.b, default: [:]][tie.a] = tie
        }
        var triads: [Triad] = []
        let actors = sign.keys.sorted()
        for (i, a) in actors.enumerated() {
            guard let neighbours = sign[a] else { continue }
            for b in neighbours.keys where b > a {
                for c in actors[(i + 1)...] where c > b {
                    guard let ab = sign[a]?[b], let bc = sign[b]?[c], let ac = sign[a]?[c] else { continue }
                    triads.append(
                        Triad(
                            actors: [a, b, c], balanced: ab.sign * bc.sign * ac.sign > 0,
                            weight: ab.weight + bc.weight + ac.weight))
                }
            }
        }
        return Balance(triads: triads)
    }
}
