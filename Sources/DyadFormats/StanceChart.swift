import DyadGraph

/// A stance series drawn as a line chart, in DOT with every position pinned, so that the same Graphviz
/// renderer that draws relation graphs (engine `neato`, which keeps pinned positions) makes its SVG or PNG.
///
/// The mean Goldstein value of each period on a −10 … +10 axis, points green above zero and red below, the
/// zero line, and each change point as a dashed orange line labelled with the means before and after.
public struct StanceChart: Sendable {
    public var title: String
    /// Plot size in points.
    public var width = 720.0
    public var height = 260.0

    public init(title: String) {
        self.title = title
    }

    public func dot(for series: StanceSeries) -> String {
        var out = "graph \"stance\" {\n"
        out += "  graph [fontname=\"Helvetica\", fontsize=16, labelloc=t, label=\(DOTWriter.quote(title)),"
        out += " splines=line, outputorder=edgesfirst, pad=0.3, bgcolor=white, inputscale=72];\n"
        out += "  node [shape=point, width=0, height=0, label=\"\", pin=true];\n"
        out += "  edge [penwidth=1, color=\"#cccccc\"];\n"
        let count = max(1, series.points.count)
        let step = count > 1 ? width / Double(count - 1) : 0
        func x(_ index: Int) -> Double { count > 1 ? Double(index) * step : width / 2 }
        func y(_ value: Double) -> Double { (max(-10, min(10, value)) + 10) / 20 * height }
        func pos(_ x: Double, _ y: Double) -> String { "\"\(format(x)),\(format(y))!\"" }
        var id = 0
        func node(_ x: Double, _ y: Double, _ attributes: String = "style=invis") -> String {
            id += 1
            out += "  n\(id) [pos=\(pos(x, y)), \(attributes)];\n"
            return "n\(id)"
        }
        // Grid and axis labels.
        for value in stride(from: -10.0, through: 10.0, by: 5.0) {
            let left = node(0, y(value))
            let right = node(width, y(value))
            let color = value == 0 ? "#888888" : "#e4e4e4"
            out += "  \(left) -- \(right) [color=\"\(color)\", penwidth=\(value == 0 ? 1.5 : 1)];\n"
            _ = node(
                -28, y(value),
                "shape=plaintext, label=\"\(value > 0 ? "+" : "")\(Int(value))\", fontname=\"Helvetica\", fontsize=10")
        }
        _ = node(
            -28, height + 22,
            "shape=plaintext, label=\"mean Goldstein\", fontname=\"Helvetica\", fontsize=10, fontcolor=\"#555555\"")
        // Period labels: at most about twelve.
        let every = max(1, (count + 11) / 12)
        for (index, point) in series.points.enumerated() where index % every == 0 || index == count - 1 {
            _ = node(
                x(index), -16,
                "shape=plaintext, label=\(DOTWriter.quote(point.period)), fontname=\"Helvetica\", fontsize=9")
        }
        // Change points.
        for change in series.changes {
            let xChange = x(change.index) - step / 2
            let bottom = node(xChange, 0)
            let top = node(xChange, height)
            out += "  \(bottom) -- \(top) [color=\"#ef6c00\", style=dashed, penwidth=1.5];\n"
            let label = "\(format(change.beforeMean)) → \(format(change.afterMean))"
            _ = node(
                xChange, height + 10,
                "shape=plaintext, label=\(DOTWriter.quote(label)), fontname=\"Helvetica\", fontsize=10, fontcolor=\"#ef6c00\""
            )
        }
        // The series.
        var previous: String?
        for (index, point) in series.points.enumerated() {
            let color = DOTWriter.color(goldstein: point.goldsteinMean)
            let dot = node(
                x(index), y(point.goldsteinMean),
                "shape=circle, width=0.09, height=0.09, style=filled, color=\"\(color)\", fillcolor=\"\(color)\","
                    + " tooltip=\(DOTWriter.quote("\(point.period): \(point.events) events, mean \(format(point.goldsteinMean))"))"
            )
            if let previous { out += "  \(previous) -- \(dot) [color=\"#455a64\", penwidth=1.6];\n" }
            previous = dot
        }
        out += "}\n"
        return out
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
