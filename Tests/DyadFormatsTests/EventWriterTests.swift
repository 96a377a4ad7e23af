import DyadModel
import Foundation
import Testing

@testable import DyadFormats

func sampleEvent(
    source: String = "RUSGOV", target: String = "AZE", code: String = "114", negated: Bool = false,
    date: String = "2023-09-13"
) -> Event {
    Event(
        article: "seed", sentence: 2, date: Day(iso: date),
        source: EventActor(code: actor(source), text: "the Russian Foreign Ministry"),
        target: EventActor(code: actor(target), text: "the \"Azerbaijani\" government"),
        action: action(code), negated: negated, text: "Russia\tcomplained.\nTwice.")
}

func actor(_ code: String) -> ActorCode {
    guard let parsed = ActorCode(code) else { fatalError("bad test actor code \(code)") }
    return parsed
}

func action(_ code: String) -> Action {
    guard let parsed = CAMEO.action(for: code) else { fatalError("bad test CAMEO code \(code)") }
    return parsed
}

@Suite struct EventWriterTests {
    @Test func jsonLineFollowsTheContract() throws {
        let line = EventWriter(format: .jsonl).line(for: sampleEvent())
        #expect(
            line == """
                {"article":"seed","sentence":2,"date":"2023-09-13",\
                "source":{"code":"RUSGOV","country":"RUS","sector":"GOV","text":"the Russian Foreign Ministry"},\
                "target":{"code":"AZE","country":"AZE","sector":null,"text":"the \\"Azerbaijani\\" government"},\
                "cameo":"114","root":"11","goldstein":-2.0,"quad":"verbal_conflict","plover":"ACCUSE",\
                "negated":false,"text":"Russia\\tcomplained.\\nTwice."}
                """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["goldstein"] as? Double == -2.0)
    }

    @Test func igoHasNullCountry() throws {
        let line = EventWriter(format: .jsonl).line(for: sampleEvent(source: "IGONAT"))
        #expect(line.contains("\"source\":{\"code\":\"IGONAT\",\"country\":null,\"sector\":null"))
    }

    @Test func tsvHasHeaderAndOneLinePerEvent() {
        let writer = EventWriter(format: .tsv)
        let header = writer.header?.split(separator: "\t") ?? []
        let row = writer.line(for: sampleEvent()).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(header.count == row.count)
        #expect(header.first == "date")
        #expect(row[0] == "2023-09-13")
        #expect(row[9] == "114")
        #expect(row.last == "Russia complained. Twice.")
    }

    @Test func tableShowsNegation() {
        let row = EventWriter(format: .table).line(for: sampleEvent(negated: true))
        #expect(row.contains("NOT Complain officially"))
        #expect(row.hasPrefix("2023-09-13  RUSGOV     114    AZE"))
    }

    @Test(arguments: [(-2.0, "-2.0"), (3.4, "3.4"), (0, "0.0"), (-0.25, "-0.25"), (1.0 / 3.0, "0.3333")])
    func numbers(value: Double, text: String) {
        #expect(JSON.number(value) == text)
    }
}
