import DyadGraph
import DyadModel

/// Draws how the relation graph changed between two windows: dyads that appeared (solid, coloured by their
/// stance in the later window), ended (grey, dashed), flipped sign (bold, labelled before → after) and carried
/// on (thin and pale, labelled with their shift when it is large).
public struct DiffDOTWriter: Sendable {
    public var title: String?
    public var names: [String: String]
    /// How the two windows are called in the legend ("2022", "2023").
    public var earlierLabel: String
    public var laterLabel: String
    /// Shifts in mean Goldstein value at least this large are labelled on continuing dyads.
    public var labelledShift = 2.0
    public var routing = DOTWriter.EdgeRouting.routed

    public init(title: String?, names: [String: String], earlierLabel: String, laterLabel: String) {
        self.title = title
        self.names = names
        self.earlierLabel = earlierLabel
        self.laterLabel = laterLabel
    }

    /// The kind of change of one dyad.
    enum Change {
        case gained(RelationGraph.Edge)
        case ended(RelationGraph.Edge)
        case flipped(before: RelationGraph.Edge, after: RelationGraph.Edge)
        case continued(before: RelationGraph.Edge, after: RelationGraph.Edge)
    }

    /// Every dyad of either window with its change, in a stable order (the later window's, then the ended).
    static func changes(from earlier: RelationGraph, to later: RelationGraph) -> [Change] {
        var result: [Change] = []
        for (key, edge) in later.edges {
            guard let old = earlier.edges[key] else {
                result.append(.gained(edge))
                continue
            }
            result.append(
                old.goldsteinMean * edge.goldsteinMean < 0
                    ? .flipped(before: old, after: edge) : .continued(before: old, after: edge))
        }
        for (key, edge) in earlier.edges where later.edges[key] == nil { result.append(.ended(edge)) }
        return result
    }

    public func dot(from earlier: RelationGraph, to later: RelationGraph) -> String {
        var out = "digraph \"dyad-diff\" {\n"
        out += "  graph [fontname=\"Helvetica\", fontsize=18, labelloc=t, pad=0.3, nodesep=0.5, ranksep=0.9,"
        // More room around nodes and labels than the plain diagram: every edge here is labelled.
        out += " overlap=false, sep=\"+14\", esep=\"+8\", splines=\(routing.rawValue), outputorder=edgesfirst,"
        out += " bgcolor=white"
        if let title { out += ", label=\(DOTWriter.quote(title))" }
        out += "];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=white, color=\"#555555\","
        out += " fontname=\"Helvetica\", fontsize=12, margin=\"0.18,0.08\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.8];\n"
        var nodes: [String] = []
        var seen = Set<String>()
        for id in Array(later.nodes.keys) + Array(earlier.nodes.keys) where seen.insert(id).inserted {
            nodes.append(id)
        }
        for id in nodes {
            let name = names[id] ?? ActorCode(id)?.displayName ?? id
            let shown = DOTWriter.html(name.count > 28 ? String(name.prefix(27)) + "…" : name)
            let label = "<<B>\(DOTWriter.html(id))</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">\(shown)</FONT>>"
            // Actors only in the earlier window are drawn faded.
            let faded = later.nodes[id] == nil
            out += "  \(DOTWriter.quote(id)) [label=\(label)"
            out += faded ? ", color=\"#bbbbbb\", fontcolor=\"#888888\"];\n" : "];\n"
        }
        for change in Self.changes(from: earlier, to: later) {
            out += "  " + statement(change) + "\n"
        }
        if !nodes.isEmpty { out += legend }
        out += "}\n"
        return out
    }

    private func statement(_ change: Change) -> String {
        func arrow(_ edge: RelationGraph.Edge) -> String {
            "\(DOTWriter.quote(edge.source)) -> \(DOTWriter.quote(edge.target))"
        }
        func action(_ edge: RelationGraph.Edge) -> String {
            edge.dominantCode.map(ActionLabel.label(forCode:)) ?? ""
        }
        func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + format1(value) }
        switch change {
        case .gained(let edge):
            let color = DOTWriter.color(goldstein: edge.goldsteinMean)
            return "\(arrow(edge)) [color=\"\(color)\", fontcolor=\"\(color)\", penwidth=2.2, "
                + "label=\(DOTWriter.quote(" new: \(action(edge)) (\(edge.weight)) "))];"
        case .ended(let edge):
            return "\(arrow(edge)) [color=\"#9e9e9e\", fontcolor=\"#757575\", style=dashed, penwidth=1.4, "
                + "label=\(DOTWriter.quote(" ended: \(action(edge)) "))];"
        case .flipped(let before, let after):
            let color = DOTWriter.color(goldstein: after.goldsteinMean)
            return "\(arrow(after)) [color=\"\(color)\", fontcolor=\"\(color)\", penwidth=4, "
                + "label=<<B> flipped: \(signed(before.goldsteinMean)) → \(signed(after.goldsteinMean)) </B>>];"
        case .continued(let before, let after):
            let color = DOTWriter.color(goldstein: after.goldsteinMean)
            let shift = after.goldsteinMean - before.goldsteinMean
            let label =
                abs(shift) >= labelledShift ? ", label=\(DOTWriter.quote(" \(signed(shift)) "))" : ""
            return "\(arrow(after)) [color=\"\(color)80\", fontcolor=\"\(color)\", penwidth=1\(label)];"
        }
    }

    private var legend: String {
        let earlier = DOTWriter.html(earlierLabel)
        let later = DOTWriter.html(laterLabel)
        return """
              "legend" [shape=plain, fillcolor=none, style="", label=<<TABLE BORDER="0" CELLBORDER="1" \
            CELLSPACING="0" CELLPADDING="5" COLOR="#bbbbbb"><TR><TD COLSPAN="2"><B>\(earlier) → \(later)</B></TD></TR>\
            <TR><TD><FONT COLOR="#2e7d32"><B>━━▶</B></FONT></TD><TD ALIGN="LEFT">new in \(later) (colour: its stance)</TD></TR>\
            <TR><TD><FONT COLOR="#9e9e9e"><B>╍╍▶</B></FONT></TD><TD ALIGN="LEFT">in \(earlier), not in \(later)</TD></TR>\
            <TR><TD><FONT COLOR="#c62828"><B>━━▶</B></FONT> bold</TD><TD ALIGN="LEFT">flipped between cooperation and conflict</TD></TR>\
            <TR><TD><FONT COLOR="#90909080">──▶</FONT></TD><TD ALIGN="LEFT">in both (label: shift in mean Goldstein when ≥ \(format1(labelledShift)))</TD></TR>\
            <TR><TD>colour</TD><TD ALIGN="LEFT">red conflict · grey neutral · green cooperation</TD></TR></TABLE>>];

            """
    }
}
