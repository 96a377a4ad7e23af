import DyadModel
import Testing

@testable import DyadGraph

func event(_ source: String, _ target: String, _ code: String, date: String = "2023-09-13", negated: Bool = false)
    -> Event
{
    guard let s = ActorCode(source), let t = ActorCode(target), let a = CAMEO.action(for: code) else {
        fatalError("bad test event \(source) \(target) \(code)")
    }
    return Event(
        article: "a", sentence: 1, date: Day(iso: date), source: EventActor(code: s, text: source),
        target: EventActor(code: t, text: target), action: a, negated: negated, text: "")
}

@Suite struct RelationGraphTests {
    @Test func aggregatesDyadsAtCountryLevel() throws {
        let graph = RelationGraph(events: [
            event("RUSGOV", "AZE", "114", date: "2023-09-13"),
            event("RUSMIL", "AZEGOV", "111", date: "2023-09-10"),
            event("RUS", "AZE", "051", date: "2023-09-20"),
            event("AZE", "UKR", "054"),
        ])
        #expect(graph.invariantViolation() == nil)
        #expect(graph.nodes.keys.elements == ["RUS", "AZE", "UKR"])
        let edge = try #require(graph.edges[.init(source: "RUS", target: "AZE")])
        #expect(edge.weight == 3)
        #expect(edge.count(.verbalConflict) == 2)
        #expect(edge.count(.verbalCooperation) == 1)
        #expect(abs(edge.goldsteinMean - (-2.0 - 2.0 + 3.4) / 3) < 1e-9)
        #expect(edge.firstDate?.description == "2023-09-10")
        #expect(edge.lastDate?.description == "2023-09-20")
        #expect(graph.nodes["RUS"]?.outEvents == 3)
        #expect(graph.nodes["AZE"]?.inEvents == 3)
        #expect(graph.nodes["AZE"]?.outEvents == 1)
    }

    @Test func leavesOutNegatedEventsAndSelfLoops() {
        var graph = RelationGraph()
        let negated = graph.add(event("RUS", "UKR", "054", negated: true))
        let selfLoop = graph.add(event("RUSGOV", "RUSMIL", "111"))
        #expect(!negated && !selfLoop)
        #expect(graph.edges.isEmpty)
        var byCode = RelationGraph(granularity: .code)
        let added = byCode.add(event("RUSGOV", "RUSMIL", "111"))
        #expect(added)
        #expect(byCode.edges.keys.first == .init(source: "RUSGOV", target: "RUSMIL"))
    }

    @Test func dominantCodePrefersFrequentThenStronger() throws {
        let graph = RelationGraph(events: [
            event("USA", "RUS", "163"), event("USA", "RUS", "111"), event("USA", "RUS", "111"),
            event("USA", "CHN", "111"), event("USA", "CHN", "163"),
            // A tie on a conflictual dyad goes to the conflict code, not to the stronger appeal (+3.0).
            event("RUS", "AZE", "114"), event("RUS", "AZE", "111"), event("RUS", "AZE", "020"),
        ])
        #expect(graph.edges[.init(source: "USA", target: "RUS")]?.dominantCode == "111")
        #expect(graph.edges[.init(source: "USA", target: "CHN")]?.dominantCode == "163")
        #expect(graph.edges[.init(source: "RUS", target: "AZE")]?.dominantCode == "111")
    }

    @Test func pruningKeepsTopActorsAndHeavyDyads() {
        var events: [Event] = []
        for _ in 0..<5 { events.append(event("RUS", "UKR", "190")) }
        for _ in 0..<3 { events.append(event("USA", "UKR", "071")) }
        events.append(event("FRA", "DEU", "040"))
        events.append(event("RUS", "USA", "111"))
        let graph = RelationGraph(events: events)
        let top = graph.pruned(top: 3)
        #expect(Set(top.nodes.keys) == ["RUS", "UKR", "USA"])
        #expect(top.edges.count == 3)
        #expect(top.invariantViolation() == nil)
        let heavy = graph.pruned(top: nil, minEvents: 3)
        #expect(Set(heavy.edges.keys.map { "\($0.source)>\($0.target)" }) == ["RUS>UKR", "USA>UKR"])
        #expect(heavy.eventCount == 8)
    }
}

@Suite struct PathTests {
    let graph = RelationGraph(events: [
        event("RUS", "AZE", "111"), event("AZE", "UKR", "051"), event("UKR", "POL", "040"), event("USA", "UKR", "071"),
        event("CHN", "USA", "040"), event("FIN", "SWE", "040"),
    ])

    @Test func egoNetworkToDepth() {
        let one = graph.egoNetwork(of: "AZE", depth: 1)
        #expect(Set(one.nodes.keys) == ["AZE", "RUS", "UKR"])
        #expect(one.edges.count == 2)
        #expect(one.invariantViolation() == nil)
        let two = graph.egoNetwork(of: "AZE", depth: 2)
        #expect(Set(two.nodes.keys) == ["AZE", "RUS", "UKR", "POL", "USA"])
        #expect(graph.egoNetwork(of: "ZZZ").nodes.isEmpty)
    }

    @Test func shortestDirectedPath() {
        #expect(graph.shortestPath(from: "RUS", to: "POL") == ["RUS", "AZE", "UKR", "POL"])
        #expect(graph.shortestPath(from: "CHN", to: "POL") == ["CHN", "USA", "UKR", "POL"])
        #expect(graph.shortestPath(from: "POL", to: "RUS") == nil)
        #expect(graph.shortestPath(from: "FIN", to: "RUS") == nil)
    }
}

@Suite struct DiffTests {
    @Test func gainedLostFlippedAndMoves() {
        let first = RelationGraph(events: [
            event("RUS", "AZE", "051"), event("RUS", "UKR", "111"), event("USA", "CHN", "040"),
            event("FRA", "DEU", "040"),
        ])
        let second = RelationGraph(events: [
            event("RUS", "AZE", "114"), event("RUS", "UKR", "190"), event("USA", "CHN", "040"),
            event("TUR", "SYR", "190"),
        ])
        let diff = second.diff(from: first)
        #expect(diff.gained == [.init(source: "TUR", target: "SYR")])
        #expect(diff.lost == [.init(source: "FRA", target: "DEU")])
        #expect(diff.flipped.map { "\($0.source)>\($0.target)" } == ["RUS>AZE"])
        #expect(diff.biggestMoves.map { "\($0.source)>\($0.target)" } == ["RUS>UKR", "RUS>AZE", "USA>CHN"])
        #expect(diff.biggestMoves[0].shift == -8.0)
    }

    @Test func windowsKeepDatedEventsInRange() {
        let events = [event("RUS", "UKR", "190", date: "2022-02-24"), event("RUS", "UKR", "111", date: "2023-09-13")]
        let window = RelationGraph.window(events, from: Day(iso: "2023-01-01"), to: nil, granularity: .country)
        #expect(window.eventCount == 1)
    }
}
