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
            // The day of a plan or a deadline is not the day of what the sentence reports; the day something
            // was said is, and a past verb ends the plan's clause.
            ("Modi is due to travel to Mauritius on Tuesday.", nil),
            ("On Tuesday, Rubio will join the talks in Jeddah.", nil),
            ("The EU is set to vote Friday on tariffs.", nil),
            ("Rubio said Monday he will meet Lavrov on Friday.", "2023-09-11"),
            ("Russia will send troops to Belarus on September 25.", nil),
            ("Trump delayed the tariffs until April 2.", nil),
            ("Baku must answer by Friday.", nil),
            ("Officials who will attend the summit met on Monday.", "2023-09-11"),
            ("On Monday, Russia attacked Kyiv and will continue.", "2023-09-11"),
        ] as [(String, String?)])
    func resolvesAgainstTheArticleDate(sentence: String, expected: String?) {
        #expect(resolve(sentence) == expected)
    }

    @Test(arguments: ["Baku may respond.", "The March to the sea.", "Baku spoke."])
    func noDateWithoutADayNumber(sentence: String) {
        #expect(resolve(sentence) == nil)
    }
}
