import DyadModel
import Testing

@testable import DyadCoder

@Suite struct DateResolverTests {
    let articleDate = Day(iso: "2023-09-13")  // a Wednesday

    static let lexicon = Lexicon.bundled().lexicon

    /// The sentence's date, read as the coder reads it (word classes from the bundled lexicon).
    func resolve(_ sentence: String) -> String? {
        var tokens = Tokenizer.tokens(in: sentence[...])
        Self.lexicon.identify(&tokens)
        return DateResolver.date(in: tokens, articleDate: articleDate)?.description
    }

    @Test(
        arguments: [
            ("The rift emerged on September 9 when Baku spoke.", "2023-09-09"),
            ("On Sept. 9, Baku spoke.", "2023-09-09"),
            ("Baku spoke on 9 September 2022.", "2022-09-09"),
            ("Baku spoke on December 30.", "2022-12-30"),
            ("Baku spoke on September 20, 2023.", "2023-09-20"),
            ("Baku spoke on Friday.", "2023-09-08"),
            ("Baku spoke on Wednesday.", "2023-09-13"),
            ("Baku spoke yesterday.", "2023-09-12"),
            // A month without a day dates the sentence to its first day; the article's own month, or a plan's
            // month, leaves the article's date.
            ("In December, Mogadishu cut ties with Kenya.", "2022-12-01"),
            ("Last November, Japan held an exercise with India.", "2022-11-01"),
            ("China donated vaccines to the Philippines in February.", "2023-02-01"),
            ("In September, Baku spoke.", nil),
            ("Germany's minister will visit Albania in June.", nil),
            ("The May protests spread.", nil),
        ] as [(String, String?)])
    func resolvesAgainstTheArticleDate(sentence: String, expected: String?) {
        #expect(resolve(sentence) == expected)
    }

    @Test(arguments: ["Baku may respond.", "The March to the sea.", "Baku spoke."])
    func noDateWithoutADayNumber(sentence: String) {
        #expect(resolve(sentence) == nil)
    }
}
