import DyadModel
import Foundation
import Testing

@testable import DyadCoder

@Suite struct PetrarchImportTests {
    let actors = """
        # test dictionary in the TABARI/PETRARCH format
        RURITANIA_ [AZE]
        +RURITANIAN_
        GRAND_DUKE_RUDOLF_
        +DUKE_RUDOLF_
        \t[AZEGOV 940101-991231]
        \t[AZEELI]
        BAD_ENTRY_ [ZZZ]
        +ORPHAN_SYNONYM_
        HEADLESS_
        \t[AZEGOV 991231-940101]
        WORLD_FOOD_BODY_ [IGOWFP]
        """

    let agents = """
        !MINIST! = MINISTER, MINISTRY
        FOREIGN_!MINIST! [~GOV]
        GENDARME {GENDARMES, GENDARMERIE} [~COP]
        FIGHTER [~REB]
        WIDGET [~X1]
        """

    @Test func readsEntriesSynonymsAndDatedCodes() {
        var lexicon = Lexicon()
        let problems = lexicon.addPetrarchActors(actors, name: "test.actors.txt")
        #expect(
            problems.map(\.description) == [
                "test.actors.txt:8: unknown actor code \"ZZZ\"",
                "test.actors.txt:9: synonym without an entry",
                "test.actors.txt:11: bad date restriction \"991231-940101\"",
            ])
        let finder = { (date: String) in ActorFinder(lexicon: lexicon, date: Day(iso: date)) }
        let tokens = identified("Duke Rudolf met Ruritanian envoys, Headless and the World Food Body.", lexicon)
        let in1995 = finder("1995-06-01").mentions(in: tokens).compactMap { $0.code?.rawValue }
        let in2005 = finder("2005-06-01").mentions(in: tokens).compactMap { $0.code?.rawValue }
        #expect(in1995 == ["AZEGOV", "AZE", "IGOWFP"])
        #expect(in2005 == ["AZEELI", "AZE", "IGOWFP"])
    }

    @Test func readsAgentsWithSubstitutionsAndPlurals() {
        var lexicon = Lexicon()
        let problems = lexicon.addPetrarchAgents(agents, name: "test.agents.txt")
        #expect(problems.map(\.description) == ["test.agents.txt:5: bad agent code \"X1\""])
        let tokens = identified("the foreign ministry, the gendarmerie, fighters and a foreign minister", lexicon)
        let sectors = ActorFinder(lexicon: lexicon, date: nil).mentions(in: tokens).compactMap(\.sector)
        #expect(sectors == ["GOV", "COP", "REB", "GOV"])
    }

    @Test(
        arguments: [
            ("330101-731231", "1933-01-01", "1973-12-31"), (">011222", "2001-12-22", nil),
            ("<19991231", nil, "1999-12-31"),
        ] as [(String, String?, String?)])
    func dateRestrictions(text: String, from: String?, to: String?) throws {
        let window = try #require(Lexicon.petrarchWindow(text[...]))
        #expect(window.from?.description == from)
        #expect(window.to?.description == to)
    }

    @Test(.enabled(if: SharedFiles.directory != nil, "needs ../shared beside the repository"))
    func phoenixDictionariesLoad() throws {
        let directory = try #require(SharedFiles.directory) + "/reference/petrarch-dictionaries"
        var (lexicon, _) = Lexicon.bundled()
        let before = lexicon.actorPhraseCount
        var problems: [LexiconError] = []
        for name in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"] {
            let text = try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
            problems += lexicon.addPetrarchActors(text, name: name)
        }
        let agents = try String(contentsOfFile: "\(directory)/Phoenix.agents.txt", encoding: .utf8)
        problems += lexicon.addPetrarchAgents(agents, name: "Phoenix.agents.txt")
        #expect(lexicon.actorPhraseCount > before + 20_000)
        // The files' own defects (historic codes such as USR or YUG, entries without a code) are reported, each
        // with its line, and the rest loads.
        #expect(problems.allSatisfy { $0.line > 0 })
        #expect(problems.count < 2_000)
        let coder = EventCoder(lexicon: lexicon)
        let events = coder.events(
            in: Article(id: "t", date: Day(iso: "1995-03-01"), text: "Boris Yeltsin criticized NATO."))
        #expect(events.map { "\($0.source.code.node)>\($0.target.code.node)" } == ["RUS>IGONAT"])
    }
}

/// Found by FuzzDictionaries (scripts/fuzz): a set whose alternative names the set itself expanded for ever.
@Suite struct PetrarchSetExpansionTests {
    @Test func expandsEachSetOnceLeftToRight() {
        let sets = ["!m!": ["MINISTER", "MINISTRY"], "!f!": ["FOREIGN", "DEFENCE"]]
        #expect(
            Lexicon.expand("!f!_!m!", sets: sets) == [
                "FOREIGN_MINISTER", "FOREIGN_MINISTRY", "DEFENCE_MINISTER", "DEFENCE_MINISTRY",
            ])
        #expect(Lexicon.expand("!unknown!_X", sets: sets) == ["!unknown!_X"])
    }

    @Test func aSetNamingItselfEnds() {
        let sets = ["!m!": ["MINISTER !m!", "MINISTRY"]]
        #expect(Lexicon.expand("FOREIGN_!m!", sets: sets) == ["FOREIGN_MINISTER !m!", "FOREIGN_MINISTRY"])
        var lexicon = Lexicon()
        let problems = lexicon.addPetrarchAgents("!m! = minister !m!, ministry\nFOREIGN_!m! [~GOV]\n", name: "t")
        #expect(problems.isEmpty)
    }

    @Test func manySetsInOnePhraseAreCapped() {
        let sets = Dictionary(uniqueKeysWithValues: (0..<10).map { ("!s\($0)!", (0..<10).map { "W\($0)" }) })
        let phrase = (0..<10).map { "!s\($0)!" }.joined(separator: "_")
        #expect(Lexicon.expand(phrase, sets: sets).count == 100)
        var lexicon = Lexicon()
        let long = String(repeating: "WORD_", count: 60)
        let problems = lexicon.addPetrarchAgents("\(long)MEN [~MIL]\n", name: "t")
        #expect(problems.map(\.description) == ["t:1: agent phrase longer than 200 bytes"])
    }
}

func identified(_ text: String, _ lexicon: Lexicon) -> [Token] {
    var tokens = Tokenizer.tokens(in: text[...])
    lexicon.identify(&tokens)
    return tokens
}

enum SharedFiles {
    static var directory: String? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }
}
