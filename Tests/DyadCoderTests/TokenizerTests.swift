import Testing

@testable import DyadCoder

@Suite struct TokenizerTests {
    func norms(_ text: String) -> [String] { Tokenizer.tokens(in: text[...]).map(\.norm) }

    @Test(arguments: [
        ("Russia’s Foreign Ministry", ["russia", "'s", "foreign", "ministry"]),
        ("the U.S. and U.N. said", ["the", "u.s.", "and", "u.n.", "said"]),
        ("Baku didn't recognize it.", ["baku", "did", "n't", "recognize", "it", "."]),
        ("pro-Russian forces — again", ["pro", "-", "russian", "forces", "—", "again"]),
        ("“elections” in Côte d’Ivoire", ["“", "elections", "”", "in", "cote", "d", "'", "ivoire"]),
        ("1,000 troops and 3.5 million", ["1,000", "troops", "and", "3.5", "million"]),
        ("the allies' support", ["the", "allies", "'s", "support"]),
        ("Gen. Gerasimov", ["gen", ".", "gerasimov"]),
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(norms(text) == expected)
    }

    @Test func marksCapitalsAndKinds() {
        let tokens = Tokenizer.tokens(in: "Russia's 2 chads"[...])
        #expect(tokens.map(\.capitalized) == [true, false, false, false])
        #expect(tokens.map(\.kind) == [.word, .possessive, .number, .word])
    }

    @Test func keepsTheTextAsWrittenByOffset() {
        let sentence = "In Côte d’Ivoire, NATO’s “Kyiv” talks didn't stop."[...].dropFirst(3)
        let tokens = Tokenizer.tokens(in: sentence)
        #expect(
            tokens.map { String($0.text(in: sentence)) } == [
                "Côte", "d", "’", "Ivoire", ",", "NATO", "’s", "“", "Kyiv", "”", "talks", "did", "n't", "stop", ".",
            ])
        #expect(tokens.map(\.norm)[0...5] == ["cote", "d", "'", "ivoire", ",", "nato"])
        #expect(tokens.filter { !$0.hasLowercase && $0.isWord }.map(\.norm) == ["nato"])
    }
}

@Suite struct WordTableTests {
    @Test func findsEveryWordItWasGivenAndNoOther() {
        var table = WordTable()
        var words: [String] = []
        // Past the first growth (1,024 slots hold 512 words), with short, long and non-ASCII words.
        for number in 0..<3000 {
            let word =
                number % 7 == 0 ? "côté-\(number)" : number % 3 == 0 ? "a-rather-long-word-\(number)" : "w\(number)"
            table.append(word)
            words.append(word)
        }
        #expect(table.count == 3000)
        for (id, word) in words.enumerated() { #expect(table.id(of: word) == Int32(id)) }
        for absent in ["", "w", "w3000", "côté-8", "W1", "a-rather-long-word-1"] {
            #expect(table.id(of: absent) == nil)
        }
    }
}

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] { SentenceSplitter.sentences(in: text).map(String.init) }

    @Test func splitsAtSentenceEnds() {
        #expect(
            split("Russia protested. Azerbaijan replied! Did Ukraine? Yes.")
                == ["Russia protested.", "Azerbaijan replied!", "Did Ukraine?", "Yes."])
    }

    @Test func keepsAbbreviationsInside() {
        #expect(
            split("Gen. Valery Gerasimov met Mr. Smith on Sept. 9 in the U.S. capital. He left.")
                == ["Gen. Valery Gerasimov met Mr. Smith on Sept. 9 in the U.S. capital.", "He left."])
        #expect(
            split("The talks were held in the U.S. The Russian side left early.")
                == ["The talks were held in the U.S.", "The Russian side left early."])
        #expect(split("Donald J. Trump spoke at the U.N. Security Council.").count == 1)
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(
            split("She said: “It is unacceptable.” Baku disagreed.")
                == ["She said: “It is unacceptable.”", "Baku disagreed."])
    }

    @Test func lineBreaksAndHeadlines() {
        let text =
            "Russian anger mounts over Azerbaijan\n\nMoscow issued a demarche to the\nAzerbaijani government. It said so.\nShort caption"
        #expect(
            split(text) == [
                "Russian anger mounts over Azerbaijan", "Moscow issued a demarche to the\nAzerbaijani government.",
                "It said so.", "Short caption",
            ])
    }

    @Test func runInSubheadings() {
        // Feeds that flatten a subheading into the paragraph after it.
        #expect(
            split("Trade ties held. Trump approval During a visit by Starmer, Trump said he approved.") == [
                "Trade ties held.", "Trump approval", "During a visit by Starmer, Trump said he approved.",
            ])
        #expect(split("Chinese demand The changes have come.") == ["Chinese demand", "The changes have come."])
        #expect(
            split("Position on China Beyond Ukraine, the ministers discussed China.") == [
                "Position on China", "Beyond Ukraine, the ministers discussed China.",
            ])
        // A title with a capitalised article, and "The" in a name, are not headings.
        #expect(split("Rubio told The Associated Press that talks would go on.").count == 1)
        #expect(split("The deal was signed in The Hague on Friday.").count == 1)
        // The heading is told apart, to go uncoded; a line of its own without a full stop is not a run-in heading.
        let headed = SentenceSplitter.sentences(in: "Ties held. China trade with Mauritius on rise While India grew.")
        #expect(headed.map(SentenceSplitter.isRunInHeading) == [false, true, false])
        let lines = SentenceSplitter.sentences(in: "Russia warns Azerbaijan\nMoscow protested on Friday.")
        #expect(lines.count == 2 && !lines.contains(where: SentenceSplitter.isRunInHeading))
    }
}
