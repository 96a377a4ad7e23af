import DyadGraph
import DyadModel
import Foundation
import Testing

@testable import DyadFormats

@Suite struct GraphExportTests {
    func graph() -> RelationGraph {
        RelationGraph(events: [
            sampleEvent(), sampleEvent(code: "111"), sampleEvent(source: "AZE", target: "UKR", code: "051"),
            sampleEvent(source: "IGONAT", target: "RUS", code: "111"),
        ])
    }

    @Test func graphMLHasNodesEdgesAndAttributes() {
        let text = GraphExport(names: ["IGONAT": "NATO"]).graphML(graph())
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(text.contains("<node id=\"RUS\"><data key=\"name\">Russia</data>"))
        #expect(text.contains("<node id=\"IGONAT\"><data key=\"name\">NATO</data>"))
        #expect(text.contains("<edge id=\"e0\" source=\"RUS\" target=\"AZE\"><data key=\"weight\">2</data>"))
        #expect(text.contains("<data key=\"verbal_conflict\">2</data>"))
        #expect(text.contains("<data key=\"first_date\">2023-09-13</data>"))
        #expect(text.hasSuffix("</graphml>\n"))
    }

    @Test func gexfHasSpellsOfConsecutiveDays() {
        let graph = RelationGraph(events: [
            sampleEvent(date: "2023-09-13"), sampleEvent(date: "2023-09-14"), sampleEvent(date: "2023-09-20"),
        ])
        let text = GraphExport().gexf(graph)
        #expect(text.contains("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">"))
        #expect(
            text.contains(
                "<spells><spell start=\"2023-09-13\" end=\"2023-09-14\"/><spell start=\"2023-09-20\" end=\"2023-09-20\"/></spells>"
            ))
        #expect(text.contains("<node id=\"RUS\" label=\"Russia\" start=\"2023-09-13\" end=\"2023-09-20\"/>"))
    }

    @Test func escapesXML() {
        #expect(GraphExport().xml("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test func nodeLinkJSONParses() throws {
        let text = GraphExport().nodeLinkJSON(graph())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["RUS", "AZE", "UKR", "IGONAT"])
        #expect(edges.count == 3)
        #expect(edges[0]["weight"] as? Int == 2)
        #expect(edges[0]["goldstein_mean"] as? Double == -2.0)
    }
}
