import DyadModel
import Testing

@testable import DyadCoder

@Suite struct DateResolverTests {
    let articleDate = Day(iso: "2023-09-13")  // a Wednesday

    func resolve(_ sentence: String) -> String? {
        DateResolver.date(in: Tokenizer.tokens(in: sentence[...]), articleDate: articleDate)?.description
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
        ] as [(String, String?)])
    func resolvesAgainstTheArticleDate(sentence: String, expected: String?) {
        #expect(resolve(sentence) == expected)
    }

    @Test(arguments: ["Baku may respond.", "The March to the sea.", "Baku spoke."])
    func noDateWithoutADayNumber(sentence: String) {
        #expect(resolve(sentence) == nil)
    }
}
