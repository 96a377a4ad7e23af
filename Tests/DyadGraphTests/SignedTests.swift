import DyadModel
import Testing

@testable import DyadGraph

@Suite struct SignedTests {
    /// Two camps, cooperative inside (051) and hostile across (111), and Turkey on good terms with both.
    func twoCamps(withTurkey: Bool) -> RelationGraph {
        var events: [Event] = []
        for camp in [["USA", "GBR", "FRA"], ["RUS", "IRN", "SYR"]] {
            for a in camp { for b in camp where a != b { events.append(event(a, b, "051")) } }
        }
        for a in ["USA", "GBR", "FRA"] {
            for b in ["RUS", "IRN", "SYR"] {
                events.append(event(a, b, "111"))
                events.append(event(b, a, "111"))
            }
        }
        if withTurkey {
            events.append(event("TUR", "USA", "051"))
            events.append(event("TUR", "RUS", "051"))
            events.append(event("TUR", "RUS", "051"))
        }
        return RelationGraph(events: events)
    }

    @Test func signedTiesCombineBothDirections() {
        let ties = twoCamps(withTurkey: false).signedTies()
        #expect(ties.count == 15)
        #expect(ties.first { $0.a == "GBR" && $0.b == "USA" }?.sign == 1)
        #expect(ties.first { $0.a == "RUS" && $0.b == "USA" } == .init(a: "RUS", b: "USA", sign: -1, weight: 2))
    }

    @Test func balancedCampsAndOneFrustratedTriad() {
        let balanced = twoCamps(withTurkey: false).balance()
        #expect(balanced.triadCount == 20)
        #expect(balanced.ratio == 1)
        let withTurkey = twoCamps(withTurkey: true).balance()
        #expect(withTurkey.triadCount == 21)
        #expect(withTurkey.unbalancedCount == 1)
        #expect(withTurkey.mostFrustrated.first?.actors == ["RUS", "TUR", "USA"])
        #expect(withTurkey.mostFrustrated.first?.weight == 5)
    }

    @Test func blocsAreTheCamps() {
        let result = twoCamps(withTurkey: false).blocs()
        #expect(result.frustration == 0)
        #expect(Set(result.blocs.map(\.members)) == [["FRA", "GBR", "USA"], ["IRN", "RUS", "SYR"]])
        #expect(result.blocs.allSatisfy { $0.internalStance == 1 && $0.externalStance == -1 })
        // Turkey joins the camp it has more events with, and the one tie it can't satisfy is the frustration.
        let withTurkey = twoCamps(withTurkey: true).blocs()
        #expect(withTurkey.frustration == 1)
        #expect(withTurkey.blocs.contains { $0.members == ["IRN", "RUS", "SYR", "TUR"] })
    }
}
