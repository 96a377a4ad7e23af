import Testing

@testable import DyadModel

@Suite struct ActorCodeTests {
    @Test(
        arguments: [
            ("RUSGOV", "RUS", "GOV", "RUS"),
            ("AZE", "AZE", nil, "AZE"),
            ("ukrmil", "UKR", "MIL", "UKR"),
        ] as [(String, String, String?, String)])
    func parsesCountryAndSector(raw: String, country: String, sector: String?, node: String) throws {
        let code = try #require(ActorCode(raw))
        #expect(code.country == country)
        #expect(code.sector == sector)
        #expect(code.node == node)
        #expect(!code.isIGO)
    }

    @Test func igoHasNoCountry() throws {
        let nato = try #require(ActorCode("IGONAT"))
        #expect(nato.isIGO)
        #expect(nato.country == nil)
        #expect(nato.sector == nil)
        #expect(nato.node == "IGONAT")
    }

    @Test(arguments: ["", "XX", "ZZZGOV", "RUSGO", "RU5", "RUS GOV", "USR"])
    func rejectsBadCodes(raw: String) {
        #expect(ActorCode(raw) == nil)
    }

    @Test func changesSector() throws {
        let code = try #require(ActorCode("RUS"))
        #expect(code.with(sector: "MIL").rawValue == "RUSMIL")
        #expect(code.with(sector: "MIL").with(sector: nil).rawValue == "RUS")
    }

    @Test func displayNames() {
        #expect(ActorCode("RUSGOV")?.displayName == "Russia · government")
        #expect(ActorCode("AZE")?.displayName == "Azerbaijan")
        #expect(ActorCode("USAGOVMIL")?.displayName == "United States · government military")
        #expect(ActorCode("IGONAT")?.displayName == nil)
    }

    @Test func countryNames() {
        #expect(Country.name(of: "AZE") == "Azerbaijan")
        #expect(Country.name(of: "XKX") == "Kosovo")
        #expect(Country.isKnown("TWN"))
        #expect(!Country.isKnown("ZZZ"))
    }
}
