import DyadModel
import Testing

@testable import DyadCoder

@Suite struct LexiconTests {
    @Test func bundledDictionariesLoadWithoutProblems() {
        let (lexicon, problems) = Lexicon.bundled()
        #expect(problems.map(\.description) == [])
        #expect(lexicon.actorPhraseCount > 3000)
        #expect(lexicon.agentPhraseCount > 300)
        #expect(lexicon.patternCount > 1000)
    }

    @Test func badLinesAreReportedWithFileAndLineAndSkipped() {
        var lexicon = Lexicon()
        let problems = lexicon.add(
            """
            # comment
            RUS     Russia | Russian
            ZZZ     Nowhere
            RUSGOV  [2012-05-07..2008-01-01]  Somebody
            RUSGOV  [2012-05-07..  Somebody
            AZE
            UKR     Ukraine |  | Ukrainian
            AZE     Azerbaijan   # trailing comment
            """, as: .countries, name: "countries.txt")
        #expect(
            problems.map(\.description) == [
                "countries.txt:3: unknown actor code \"ZZZ\"",
                "countries.txt:4: bad date window \"[2012-05-07..2008-01-01]\": expected [YYYY-MM-DD..YYYY-MM-DD]",
                "countries.txt:5: date window without \"]\"",
                "countries.txt:6: expected \"CODE  phrase | phrase\", found only \"AZE\"",
                "countries.txt:7: empty phrase after code UKR",
            ])
        #expect(lexicon.actorPhraseCount == 3)
    }

    @Test func actionCodesMustExist() {
        var lexicon = Lexicon()
        let problems = lexicon.add("999  explode\n114  issue demarche", as: .actions, name: "actions.txt")
        #expect(problems.map(\.description) == ["actions.txt:1: unknown CAMEO code \"999\""])
        #expect(lexicon.patternCount == 1)
    }

    @Test func aPatternWrittenTwiceIsReportedAndSkipped() {
        var lexicon = Lexicon()
        let problems = lexicon.add(
            "114  issue demarche | lodge protest\n111  criticize\n051  Issue  demarche | praise", as: .actions,
            name: "actions.txt")
        #expect(
            problems.map(\.description) == [
                "actions.txt:3: pattern \"Issue  demarche\" repeats \"issue demarche\", skipped"
            ])
        #expect(lexicon.patternCount == 4)
    }

    @Test(arguments: [
        ("issue", ["issues", "issued", "issuing"]), ("criticize", ["criticizes", "criticized", "criticizing"]),
        ("ban", ["bans", "banned", "banning"]), ("deny", ["denies", "denied", "denying"]),
        ("take", ["took", "taken", "takes", "taking"]), ("sanction", ["sanctions", "sanctioned"]),
        ("agree", ["agreed", "agrees", "agreeing"]), ("visit", ["visited", "visiting"]),
    ])
    func inflections(lemma: String, forms: [String]) {
        #expect(Inflection.forms(of: lemma).isSuperset(of: forms))
    }
}
