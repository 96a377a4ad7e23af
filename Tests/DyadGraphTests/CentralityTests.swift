import DyadModel
import Foundation
import Testing

@testable import DyadGraph

@Suite struct CentralityTests {
    /// The dyads and event counts of Fixtures/networkx_reference.py; each event a 111 (criticise) except
    /// cooperative 051 events on two dyads, for the degree split.
    func fixture() -> RelationGraph {
        let edges: [(String, String, Int)] = [
            ("RUS", "UKR", 5), ("UKR", "RUS", 2), ("USA", "UKR", 4), ("USA", "RUS", 3), ("RUS", "USA", 1),
            ("CHN", "USA", 2), ("USA", "CHN", 2), ("RUS", "AZE", 3), ("AZE", "UKR", 1), ("ARM", "AZE", 2),
            ("AZE", "ARM", 2), ("TUR", "AZE", 1), ("IRN", "ISR", 2), ("ISR", "IRN", 1), ("USA", "ISR", 1),
            ("FIN", "RUS", 1),
        ]
        var events: [Event] = []
        for (source, target, count) in edges {
            for _ in 0..<count {
                events.append(
                    event(source, target, source == "USA" && target == "UKR" || source == "AZE" ? "051" : "111"))
            }
        }
        return RelationGraph(events: events)
    }

    func reference() throws -> [String: [String: Double]] {
        let url = try #require(
            Bundle.module.url(forResource: "centrality-reference", withExtension: "json", subdirectory: "Fixtures"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: [String: Double]])
    }

    @Test func pageRankEqualsNetworkX() throws {
        let expected = try #require(try reference()["pagerank"])
        let computed = fixture().pageRank()
        #expect(Set(computed.keys) == Set(expected.keys))
        for (node, value) in expected { #expect(abs((computed[node] ?? -1) - value) < 1e-6, "\(node)") }
        #expect(abs(computed.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test func betweennessEqualsNetworkX() throws {
        let expected = try #require(try reference()["betweenness"])
        let computed = fixture().betweenness()
        for (node, value) in expected { #expect(abs((computed[node] ?? -1) - value) < 1e-12, "\(node)") }
    }

    @Test func degreesSplitCooperationAndConflict() throws {
        let degrees = fixture().degrees()
        let usa = try #require(degrees["USA"])
        #expect(usa.outDegree == 4 && usa.inDegree == 2)
        #expect(usa.outStrength == 10 && usa.inStrength == 3)
        #expect(usa.outCooperation == 4 && usa.outConflict == 6)
        let ukr = try #require(degrees["UKR"])
        #expect(ukr.inCooperation == 5 && ukr.inConflict == 5)
    }
}
