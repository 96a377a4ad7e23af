import DyadGraph
import DyadModel

/// Writes a relation graph as Graphviz DOT: country-code nodes, edges coloured from conflict (red) through
/// neutral (grey) to cooperation (green) by mean Goldstein value, pen width by event count, each edge
/// labelled with its dominant action, and a legend.
public struct DOTWriter: Sendable {
    public var title: String?
    /// Draw the legend table.
    public var legend = true
    /// Names for node ids that aren't countries (organisations: "IGONAT" → "NATO").
    public var names: [String: String]
    /// Draw these groups of nodes as labelled clusters (blocs).
    public var clusters: [(label: String, members: [String])] = []
    /// Scale node labels by PageRank, when given.
    public var pageRank: [String: Double] = [:]
    /// How edges are drawn: Graphviz's `splines` attribute.
    public enum EdgeRouting: String, Sendable {
        /// Splines routed around the nodes: the clearest, but routing costs grow fast with the edge count (800
        /// edges among 100 actors took 5 s in neato here, almost all of it in routing).
        case routed = "true"
        /// Straight lines: cheap at any size; the two directions of a dyad share one line, with an arrowhead
        /// at each end. (Graphviz 2.42's `curved` and `polyline` are no cheaper than routing, `curved` far worse:
        /// over a minute for 800 edges in neato, measured here.)
        case straight = "line"
    }

    public var routing = EdgeRouting.routed
    /// Label edges with their dominant action (unreadable, and slow to place, on very dense graphs).
    public var labelEdges = true

    /// Edge drawing for a graph of `edges` dyads: routed splines only when the layout engine can afford them,
    /// labels only up to 300 dyads (beyond that they cover one another, and placing them slows the layout).
    public mutating func adapt(edges: Int, routeSplines: Bool) {
        routing = routeSplines ? .routed : .straight
        labelEdges = edges <= 300
    }

    public init(title: String? = nil, legend: Bool = true, names: [String: String] = [:]) {
        self.title = title
        self.legend = legend
        self.names = names
    }

    public func dot(for graph: RelationGraph) -> String {
        var out = "digraph \"dyad\" {\n"
        out += "  graph [fontname=\"Helvetica\", fontsize=18, labelloc=t, pad=0.3, nodesep=0.5, ranksep=0.9,"
        out += " overlap=false, splines=\(routing.rawValue), outputorder=edgesfirst, bgcolor=white"
        if let title { out += ", label=\(Self.quote(title))" }
        out += "];\n"
        out +=
            "  node [shape=box, style=\"rounded,filled\", fillcolor=white, color=\"#555555\", fontname=\"Helvetica\","
        out += " fontsize=12, margin=\"0.18,0.08\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.8];\n"
        let palette = ["#e3f2fd", "#fdecea", "#fff8e1", "#e8f5e9", "#f3e5f5", "#eceff1"]
        for (number, cluster) in clusters.enumerated() {
            let members = cluster.members.filter { graph.nodes[$0] != nil }
            guard !members.isEmpty else { continue }
            out += "  subgraph \"cluster_\(number)\" {\n"
            out += "    label=\(Self.quote(cluster.label)); style=\"rounded,filled\"; color=\"#bbbbbb\";"
            out += " fillcolor=\"\(palette[number % palette.count])\"; fontsize=13;\n"
            for member in members { out += "    \(Self.quote(member));\n" }
            out += "  }\n"
        }
        let maxRank = pageRank.values.max() ?? 0
        for node in graph.nodes.values {
            let name = names[node.id] ?? ActorCode(node.id)?.displayName ?? node.id
            let shown = Self.html(name.count > 28 ? String(name.prefix(27)) + "…" : name)
            let label = "<<B>\(Self.html(node.id))</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">\(shown)</FONT>>"
            out += "  \(Self.quote(node.id)) [label=\(label), fillcolor=\"\(Self.fill(for: node, in: graph))\""
            if maxRank > 0, let rank = pageRank[node.id] {
                // Node size by PageRank: the label grows from 11 to 20 points.
                out += ", fontsize=\(format1(11 + 9 * (rank / maxRank).squareRoot()))"
            }
            out +=
                ", tooltip=\(Self.quote("\(name): \(node.outEvents) events as source, \(node.inEvents) as target"))];\n"
        }
        let maxWeight = graph.edges.values.map(\.weight).max() ?? 1
        for edge in graph.edges.values {
            let color = Self.color(goldstein: edge.goldsteinMean)
            let width = 1.0 + 4.0 * (maxWeight > 1 ? Double(edge.weight - 1) / Double(maxWeight - 1) : 0)
            var label = edge.dominantCode.map(ActionLabel.label(forCode:)) ?? ""
            if edge.weight > 1 { label += " (\(edge.weight))" }
            let tooltip =
                "\(edge.source) → \(edge.target): \(edge.weight) events, mean Goldstein "
                + String(format1(edge.goldsteinMean))
            out +=
                "  \(Self.quote(edge.source)) -> \(Self.quote(edge.target)) [color=\"\(color)\", fontcolor=\"\(color)\""
            out +=
                ", penwidth=\(format1(width))"
                + (labelEdges ? ", label=\(Self.quote(" " + label + " "))" : "") + ", tooltip=\(Self.quote(tooltip))"
            out += ", weight=\(edge.weight)];\n"
        }
        if legend && !graph.nodes.isEmpty {
            let sizeRow =
                pageRank.isEmpty
                ? "" : "<TR><TD>size</TD><TD ALIGN=\"LEFT\">actor's PageRank (weight of ties to it)</TD></TR>"
            out += Self.legendNode.replacingOccurrences(of: "</TABLE>", with: sizeRow + "</TABLE>")
        }
        out += "}\n"
        return out
    }

    /// A fill that hints at how the actor is treated: pale green when it receives mostly cooperation, pale red
    /// when mostly conflict, white otherwise.
    static func fill(for node: RelationGraph.Node, in graph: RelationGraph) -> String {
        var sum = 0.0
        var count = 0
        for edge in graph.edges.values where edge.target == node.id {
            sum += edge.goldsteinSum
            count += edge.weight
        }
        guard count > 0 else { return "#ffffff" }
        let mean = sum / Double(count)
        if mean >= 2 { return "#e8f5e9" }
        if mean <= -2 { return "#ffebee" }
        return "#ffffff"
    }

    /// Red (−10 … −1) through grey (0) to green (+1 … +10); saturated at ±5.
    public static func color(goldstein: Double) -> String {
        let red = (0xC6, 0x28, 0x28)
        let grey = (0x90, 0x90, 0x90)
        let green = (0x2E, 0x7D, 0x32)
        let t = max(-1, min(1, goldstein / 5))
        let (from, to, f) = t < 0 ? (grey, red, -t) : (grey, green, t)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * f).rounded()) }
        return "#" + [mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2)].map { hex2($0) }.joined()
    }

    static let legendNode = """
          "legend" [shape=plain, fillcolor=none, style="", label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" \
        CELLPADDING="5" COLOR="#bbbbbb"><TR><TD COLSPAN="2"><B>Legend</B></TD></TR>\
        <TR><TD><FONT COLOR="#2e7d32"><B>━━▶</B></FONT></TD><TD ALIGN="LEFT">cooperation (mean Goldstein &gt; 0)</TD></TR>\
        <TR><TD><FONT COLOR="#909090"><B>━━▶</B></FONT></TD><TD ALIGN="LEFT">neutral</TD></TR>\
        <TR><TD><FONT COLOR="#c62828"><B>━━▶</B></FONT></TD><TD ALIGN="LEFT">conflict (mean Goldstein &lt; 0)</TD></TR>\
        <TR><TD>width</TD><TD ALIGN="LEFT">number of events</TD></TR>\
        <TR><TD>label</TD><TD ALIGN="LEFT">most frequent action (events)</TD></TR></TABLE>>];

        """

    /// A DOT double-quoted string: any text, quotes and backslashes escaped, newlines as \n.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out + "\""
    }

    static func html(_ text: String) -> String {
        text.replacingAll(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"])
    }
}

func hex2(_ value: Int) -> String {
    let digits = String(value, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
}

func format1(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return String(rounded)
}

extension String {
    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        for character in self { out += map[character] ?? String(character) }
        return out
    }
}
