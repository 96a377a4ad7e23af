import DyadGraph
import DyadModel
import Testing

@testable import DyadFormats

@Suite struct DOTWriterTests {
    @Test func colorsRunFromRedThroughGreyToGreen() {
        #expect(DOTWriter.color(goldstein: -10) == "#c62828")
        #expect(DOTWriter.color(goldstein: 0) == "#909090")
        #expect(DOTWriter.color(goldstein: 7) == "#2e7d32")
    }

    @Test func quotesAnyName() {
        #expect(DOTWriter.quote("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
        #expect(DOTWriter.quote("Côte d'Ivoire") == "\"Côte d'Ivoire\"")
    }

    @Test func writesNodesEdgesAndLegend() {
        var graph = RelationGraph()
        graph.add(sampleEvent())
        graph.add(sampleEvent(code: "111"))
        graph.add(sampleEvent(source: "AZE", target: "UKR", code: "051"))
        let dot = DOTWriter(title: "Seed \"article\"").dot(for: graph)
        #expect(dot.hasPrefix("digraph \"dyad\" {"))
        #expect(dot.contains("label=\"Seed \\\"article\\\"\""))
        #expect(dot.contains("\"RUS\" -> \"AZE\" [color=\"#a66666\""))
        #expect(dot.contains("label=\" criticises (2) \""))
        #expect(dot.contains("\"AZE\" -> \"UKR\""))
        #expect(dot.contains("<B>AZE</B>"))
        #expect(dot.contains("\"legend\""))
        #expect(dot.hasSuffix("}\n"))
    }
}
