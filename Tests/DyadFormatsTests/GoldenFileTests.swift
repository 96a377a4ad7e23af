import DyadGraph
import DyadModel
import Foundation
import Testing

@testable import DyadFormats

/// Every exporter's whole output for one fixture graph, compared byte for byte with the files in
/// `Fixtures/golden/`. After an intended change, regenerate them with `DYAD_UPDATE_GOLDEN=1 swift test --filter
/// GoldenFileTests` and read the diff before committing.
@Suite struct GoldenFileTests {
    /// Names that stress the writers: quotes, an ampersand, non-ASCII, an organisation.
    static let names = ["IGONAT": "NATO", "IGOUNO": "United Nations \"UN\" & agencies", "CIV": "Côte d'Ivoire"]

    static var events: [Event] {
        [
            sampleEvent(date: "2023-09-13"), sampleEvent(code: "111", date: "2023-09-14"),
            sampleEvent(code: "111", date: "2023-09-20"),
            sampleEvent(source: "AZE", target: "UKR", code: "051", date: "2023-09-13"),
            sampleEvent(source: "IGONAT", target: "RUS", code: "111", date: "2023-10-02"),
            sampleEvent(source: "CIV", target: "IGOUNO", code: "0311", date: "2024-01-05"),
            sampleEvent(source: "RUSMIL", target: "UKRMIL", code: "190", date: "2022-02-24"),
            sampleEvent(source: "UKR", target: "RUS", code: "172", negated: true, date: "2022-02-25"),
        ]
    }

    static var graph: RelationGraph { RelationGraph(events: events) }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    }

    func check(_ name: String, _ text: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DYAD_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file; regenerate with DYAD_UPDATE_GOLDEN=1")
    }

    @Test func graphML() throws { try check("graph.graphml", GraphExport(names: Self.names).graphML(Self.graph)) }

    @Test func gexf() throws { try check("graph.gexf", GraphExport(names: Self.names).gexf(Self.graph)) }

    @Test func nodeLinkJSON() throws {
        try check("graph.json", GraphExport(names: Self.names).nodeLinkJSON(Self.graph))
    }

    @Test func dot() throws {
        var writer = DOTWriter(title: "Golden \"graph\"", names: Self.names)
        writer.pageRank = Self.graph.pageRank()
        writer.clusters = [(label: "bloc 1", members: ["RUS", "AZE"])]
        try check("graph.dot", writer.dot(for: Self.graph))
    }

    @Test func diffDOT() throws {
        let events = Self.events
        let earlier = RelationGraph.window(
            events, from: Day(iso: "2022-01-01"), to: Day(iso: "2023-09-13"), granularity: .country)
        let later = RelationGraph.window(events, from: Day(iso: "2023-09-14"), to: nil, granularity: .country)
        let writer = DiffDOTWriter(title: "Golden diff", names: Self.names, earlierLabel: "before", laterLabel: "after")
        try check("diff.dot", writer.dot(from: earlier, to: later))
    }

    @Test(arguments: [EventFormat.jsonl, .tsv, .csv])
    func events(format: EventFormat) throws {
        let writer = EventWriter(format: format, explain: false)
        let lines = (writer.header.map { [$0] } ?? []) + Self.events.map(writer.line(for:))
        try check("events.\(format)", lines.joined(separator: "\n") + "\n")
    }
}
