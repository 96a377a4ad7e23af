import DyadModel
import Testing

@testable import DyadCoder

@Suite struct EvaluationTests {
    static let date = Day(iso: "2023-09-13")

    func record(
        _ id: String, _ text: String, _ sources: [String], _ targets: [String], _ type: String, article: String? = nil
    ) -> GoldRecord {
        GoldRecord(
            id: id, text: text, date: Self.date, sources: sources, targets: targets, plover: type, reciprocal: false,
            article: article)
    }

    @Test func recordsOfOneSentenceAreScoredTogether() {
        let text = "Russia condemned Azerbaijan, and France met Germany."
        let report = Evaluation.evaluate(
            [record("a", text, ["RUS"], ["AZE"], "ACCUSE"), record("b", text, ["FRA"], ["DEU"], "CONSULT")],
            with: GrammarTests.coder)
        #expect(report.records == 2)
        #expect(report.sentences == 1)
        // The sentence is coded once: RUS→AZE, FRA→DEU, DEU→FRA against the union of both records' dyads.
        #expect(report.goldDyads == 2)
        #expect(report.predictedDyads == 3)
        #expect(report.matchedDyads == 2)
        #expect(report.quadRecords == 2)
        #expect(report.quadCorrect == 2)
        #expect(report.details.map(\.types) == ["ACCUSE+CONSULT"])
    }

    @Test func whatIsCodedInASentenceWithNoEventCountsAgainstPrecision() {
        let report = Evaluation.evaluate(
            [record("a", "Russia condemned Azerbaijan.", [], [], "NONE")], with: GrammarTests.coder)
        #expect(report.goldDyads == 0)
        #expect(report.predictedDyads == 1)
        #expect(report.precision == 0)
        #expect(report.confusion["NONE"]?["other dyad"] == 1)
    }

    @Test func sentencesOfOneArticleAreCodedInOrder() {
        let first = "Russia's Foreign Ministry issued a statement on Monday."
        let second = "It condemned Azerbaijan."
        // Alone, "It" refers to nothing; after the first sentence of its article, it is the ministry.
        let alone = Evaluation.evaluate(
            [record("a", first, [], [], "NONE"), record("b", second, ["RUS"], ["AZE"], "ACCUSE")],
            with: GrammarTests.coder)
        #expect(alone.matchedDyads == 0)
        let inArticle = Evaluation.evaluate(
            [
                record("a", first, [], [], "NONE", article: "one"),
                record("b", second, ["RUS"], ["AZE"], "ACCUSE", article: "one"),
            ], with: GrammarTests.coder)
        #expect(inArticle.sentences == 2)
        #expect(inArticle.matchedDyads == 1)
        #expect(inArticle.predictedDyads == 1)
        #expect(inArticle.details.map(\.predicted.count) == [0, 1])
    }
}
