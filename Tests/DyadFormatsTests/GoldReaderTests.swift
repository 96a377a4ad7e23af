import DyadModel
import Testing

@testable import DyadFormats

@Suite struct GoldReaderTests {
    @Test func readsArticlesNoneRecordsAndOldNames() throws {
        let directory = try TempDirectory()
        let file = try directory.write(
            "gold.json",
            """
            [{"id": "d", "event": "DOCUMENT", "eventText": "about the file"},
             {"id": "a", "date": "2019-05-02", "article": "HO-1", "event": "NONE", "source": [], "target": [],
              "text": "The talks ended."},
             {"id": "b", "date": "2019-05-02", "article": "HO-1", "event": "DISAPPROVE",
              "source": [{"actorText": "Rome", "code": "ITL"}], "target": [{"actorText": "UN", "code": "IGOUNO"}],
              "text": "Rome criticised the U.N.", "textInfo": {"markup": ""}},
             {"id": "c", "event": "CONSULT", "source": [{"code": "FRA"}, {"code": "DEU"}], "target": [],
              "text": "France and Germany met.", "textInfo": {"markup": "(SRC/TAR: France and Germany) met."}},
             {"id": "e", "event": "SUPPORT", "source": [{"code": "USA"}], "target": [{"code": "KSV"}],
              "text": "The US recognised Kosovo."}]
            """)
        let records = try GoldReader.records(at: file)
        #expect(records.map(\.id) == ["a", "b", "c", "e"])
        #expect(records.map(\.article) == ["HO-1", "HO-1", nil, nil])
        #expect(records[0].plover == "NONE")
        #expect(records[0].dyads.isEmpty)
        #expect(records[1].plover == "ACCUSE")
        #expect(records[1].dyads == [Dyad(source: "ITA", target: "IGO")])
        #expect(records[2].dyads == [Dyad(source: "FRA", target: "DEU"), Dyad(source: "DEU", target: "FRA")])
        // CAMEO's KSV is Kosovo's XKX.
        #expect(records[3].dyads == [Dyad(source: "USA", target: "XKX")])
    }
}
