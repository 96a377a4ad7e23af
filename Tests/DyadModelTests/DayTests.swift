import Testing

@testable import DyadModel

@Suite struct DayTests {
    @Test(arguments: [
        ("2023-09-13", 2023, 9, 13, 3),
        ("1970-01-01", 1970, 1, 1, 4),
        ("2024-02-29", 2024, 2, 29, 4),
        ("2000-03-01", 2000, 3, 1, 3),
    ])
    func roundTrips(text: String, year: Int, month: Int, day: Int, weekday: Int) throws {
        let parsed = try #require(Day(iso: text))
        #expect(parsed.components == (year, month, day))
        #expect(parsed.description == text)
        #expect(parsed.weekday == weekday)
        #expect(Day(year: year, month: month, day: day) == parsed)
    }

    @Test(arguments: ["2025-03-14 20:30:26Z", "2025-03-14T20:30:26+02:00", "2025-03-14"])
    func readsDateTimes(text: String) {
        #expect(Day(iso: text)?.description == "2025-03-14")
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-9-13", "13/09/2023", "2023-09-13x", "", "yesterday"])
    func rejectsBadDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func arithmetic() throws {
        let day = try #require(Day(iso: "2023-03-01"))
        #expect(day.adding(days: -1).description == "2023-02-28")
        #expect(day.adding(days: 365).description == "2024-02-29")
    }
}

@Suite struct PublishedDateTests {
    @Test(arguments: [
        ("2025-03-14", "2025-03-14"), ("2025-03-14T20:30:26Z", "2025-03-14"), ("2025/03/14", "2025-03-14"),
        ("Fri, 14 Mar 2025 20:30:26 GMT", "2025-03-14"), ("Fri, 14 Mar 2025 20:30:26 +0100", "2025-03-14"),
        ("March 14, 2025", "2025-03-14"), ("14 March 2025", "2025-03-14"), ("Mar. 14, 2025", "2025-03-14"),
        ("Sept. 9, 2023", "2023-09-09"), ("Saturday, September 9th, 2023", "2023-09-09"),
        ("  May 1 2024 ", "2024-05-01"),
    ])
    func parsesWhatFeedsWrite(text: String, expected: String) {
        #expect(Day(published: text)?.description == expected)
    }

    @Test(arguments: [
        "13/09/2023", "03/14/2025", "14.03.2025", "yesterday", "March 2025", "14 March", "Feb 30, 2024",
        "March March 14, 2025", "", "2025-13-01",
    ])
    func refusesAmbiguousOrIncompleteDates(text: String) {
        #expect(Day(published: text) == nil)
    }
}
