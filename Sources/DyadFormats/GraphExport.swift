import DyadGraph
import DyadModel

/// Writes a relation graph for other tools: GraphML (NetworkX, Gephi) and node-link JSON (NetworkX
/// `node_link_graph`). Nodes carry their name and event counts; edges their weight (event count), counts per
/// quad class, Goldstein sum and mean, dominant CAMEO code and first and last dates.
public struct GraphExport: Sendable {
    /// Names for node ids that aren't countries (organisations).
    public var names: [String: String]

    public init(names: [String: String] = [:]) {
        self.names = names
    }

    func name(of id: String) -> String { names[id] ?? ActorCode(id)?.displayName ?? id }

    public func graphML(_ graph: RelationGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="out_events" for="node" attr.name="out_events" attr.type="int"/>
              <key id="in_events" for="node" attr.name="in_events" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>

            """
        for quad in QuadClass.allCases {
            out += "  <key id=\"\(quad.rawValue)\" for=\"edge\" attr.name=\"\(quad.rawValue)\" attr.type=\"int\"/>\n"
        }
        out += """
              <key id="goldstein_sum" for="edge" attr.name="goldstein_sum" attr.type="double"/>
              <key id="goldstein_mean" for="edge" attr.name="goldstein_mean" attr.type="double"/>
              <key id="cameo" for="edge" attr.name="cameo" attr.type="string"/>
              <key id="first_date" for="edge" attr.name="first_date" attr.type="string"/>
              <key id="last_date" for="edge" attr.name="last_date" attr.type="string"/>
              <graph id="dyad" edgedefault="directed">

            """
        for node in graph.nodes.values {
            out += "    <node id=\"\(xml(node.id))\"><data key=\"name\">\(xml(name(of: node.id)))</data>"
            out +=
                "<data key=\"out_events\">\(node.outEvents)</data><data key=\"in_events\">\(node.inEvents)</data></node>\n"
        }
        for (index, edge) in graph.edges.values.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(xml(edge.source))\" target=\"\(xml(edge.target))\">"
            out += "<data key=\"weight\">\(edge.weight)</data>"
            for quad in QuadClass.allCases { out += "<data key=\"\(quad.rawValue)\">\(edge.count(quad))</data>" }
            out += "<data key=\"goldstein_sum\">\(JSON.number(edge.goldsteinSum))</data>"
            out += "<data key=\"goldstein_mean\">\(JSON.number(edge.goldsteinMean))</data>"
            out += "<data key=\"cameo\">\(edge.dominantCode ?? "")</data>"
            out += "<data key=\"first_date\">\(edge.firstDate?.description ?? "")</data>"
            out += "<data key=\"last_date\">\(edge.lastDate?.description ?? "")</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Node-link JSON: `{"directed": true, "multigraph": false, "graph": {}, "nodes": [...], "edges": [...]}`.
    public func nodeLinkJSON(_ graph: RelationGraph) -> String {
        let nodes = graph.nodes.values.map { node in
            "{\"id\":\(JSON.string(node.id)),\"name\":\(JSON.string(name(of: node.id))),"
                + "\"out_events\":\(node.outEvents),\"in_events\":\(node.inEvents)}"
        }
        let edges = graph.edges.values.map { edge in
            var object = "{\"source\":\(JSON.string(edge.source)),\"target\":\(JSON.string(edge.target)),"
            object += "\"weight\":\(edge.weight)"
            for quad in QuadClass.allCases { object += ",\(JSON.string(quad.rawValue)):\(edge.count(quad))" }
            object += ",\"goldstein_sum\":\(JSON.number(edge.goldsteinSum))"
            object += ",\"goldstein_mean\":\(JSON.number(edge.goldsteinMean))"
            object += ",\"cameo\":\(JSON.string(edge.dominantCode))"
            object += ",\"first_date\":\(JSON.string(edge.firstDate?.description))"
            object += ",\"last_date\":\(JSON.string(edge.lastDate?.description))}"
            return object
        }
        return "{\"directed\":true,\"multigraph\":false,\"graph\":{},\"nodes\":[\(nodes.joined(separator: ","))],"
            + "\"edges\":[\(edges.joined(separator: ","))]}\n"
    }

    /// GEXF 1.3 with a dynamic timeline: each edge has a spell for every run of consecutive days with events,
    /// so Gephi's timeline plays the relation over time; nodes live from their first to their last event.
    public func gexf(_ graph: RelationGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
                <attributes class="edge">
                  <attribute id="goldstein_mean" title="goldstein_mean" type="double"/>
                  <attribute id="cameo" title="cameo" type="string"/>
                </attributes>
                <nodes>

            """
        var nodeDays: [String: (Day, Day)] = [:]
        for edge in graph.edges.values {
            guard let first = edge.firstDate, let last = edge.lastDate else { continue }
            for id in [edge.source, edge.target] {
                let known = nodeDays[id]
                nodeDays[id] = (min(known?.0 ?? first, first), max(known?.1 ?? last, last))
            }
        }
        for node in graph.nodes.values {
            out += "      <node id=\"\(xml(node.id))\" label=\"\(xml(name(of: node.id)))\""
            if let (start, end) = nodeDays[node.id] { out += " start=\"\(start)\" end=\"\(end)\"" }
            out += "/>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.values.enumerated() {
            out += "      <edge id=\"e\(index)\" source=\"\(xml(edge.source))\" target=\"\(xml(edge.target))\""
            out += " weight=\"\(edge.weight)\">\n"
            out += "        <attvalues><attvalue for=\"goldstein_mean\" value=\"\(JSON.number(edge.goldsteinMean))\"/>"
            out += "<attvalue for=\"cameo\" value=\"\(edge.dominantCode ?? "")\"/></attvalues>\n"
            let spells = Self.spells(edge.days)
            if !spells.isEmpty {
                out += "        <spells>"
                for (start, end) in spells { out += "<spell start=\"\(start)\" end=\"\(end)\"/>" }
                out += "</spells>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// Runs of consecutive days.
    static func spells(_ days: Set<Day>) -> [(Day, Day)] {
        var result: [(Day, Day)] = []
        for day in days.sorted() {
            if let last = result.last, last.1.adding(days: 1) == day {
                result[result.count - 1].1 = day
            } else {
                result.append((day, day))
            }
        }
        return result
    }

    func xml(_ text: String) -> String {
        text.replacingAll(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"])
    }
}
