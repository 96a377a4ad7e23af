/// Graphviz layout engines.
public enum Engine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The engine for a graph of this size. `dot` draws the clearest small diagrams, but its layout time
    /// explodes past about a hundred nodes (200 nodes took 47–85 s here); `neato` gives compact readable
    /// layouts of relation graphs up to a few hundred nodes; beyond that `sfdp`'s multilevel layout stays
    /// near-linear (5,000 nodes in about a second).
    public static func automatic(nodes: Int, edges: Int) -> Engine {
        if nodes <= 15 && edges <= 40 { return .dot }
        if nodes <= 200 && edges <= 1_000 { return .neato }
        return .sfdp
    }

    /// Whether edges should be routed around nodes as splines: always with `dot` (its own router is fast), and
    /// with the other engines only while the graph is small, since their router's cost grows with edges × nodes
    /// (neato: 800 edges among 100 actors took 4.7 s routed, 0.2 s straight; sfdp among 250 actors 18 s).
    public func routesSplines(edges: Int) -> Bool {
        self == .dot || edges <= 150
    }

    /// The most nodes an engine is asked to lay out: `dot` past this takes minutes and unbounded memory, and
    /// `gvLayout` can't be cancelled, so larger requests are refused instead of hanging.
    public var maximumNodes: Int? {
        switch self {
        case .dot: return 150
        case .circo: return 400
        default: return nil
        }
    }
}

/// Image formats rendered in-process.
public enum ImageFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
}
