import Testing

@testable import DyadModel

@Suite struct CAMEOTests {
    @Test func tableHasEveryCodeOnce() {
        #expect(CAMEO.actions.count >= 300)
        #expect(Set(CAMEO.actions.map(\.code)).count == CAMEO.actions.count)
    }

    @Test(arguments: [
        ("114", "Complain officially", -2.0, "ACCUSE", QuadClass.verbalConflict),
        ("051", "Praise or endorse", 3.4, "SUPPORT", .verbalCooperation),
        ("054", "Grant diplomatic recognition", 6.0, "SUPPORT", .verbalCooperation),
        ("0871", "Declare truce, ceasefire", 9.0, "RETREAT", .materialCooperation),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, "COERCE", .materialConflict),
        ("195", "Employ aerial weapons", -10.0, "ASSAULT", .materialConflict),
        ("020", "Make an appeal or request", 3.0, "REQUEST", .neutral),
    ])
    func codeFacts(code: String, name: String, goldstein: Double, plover: String, quad: QuadClass) throws {
        let action = try #require(CAMEO.action(for: code))
        #expect(action.name == name)
        #expect(action.goldstein == goldstein)
        #expect(action.plover == plover)
        #expect(action.quad == quad)
        #expect(action.root == String(code.prefix(2)))
    }

    @Test func everyRootHasQuadAndEveryCodeHasGoldsteinInRange() {
        for action in CAMEO.actions {
            #expect(QuadClass(root: action.root) != nil, "\(action.code)")
            #expect((-10.0...10.0).contains(action.goldstein), "\(action.code)")
            if action.root != "01" { #expect(action.plover != nil, "\(action.code) has no PLOVER type") }
        }
        #expect(CAMEO.rootName("11") == "DISAPPROVE")
    }

    @Test func statementsHaveNoPloverType() {
        #expect(CAMEO.action(for: "010")?.plover == nil)
    }
}
