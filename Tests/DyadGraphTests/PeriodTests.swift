import DyadGraph
import DyadModel
import Testing

@Suite struct PeriodTests {
    /// `key(of:)` groups exactly the days `label(of:)` groups, and increases with time (1999–2026, every day).
    @Test(arguments: Period.allCases)
    func keyAgreesWithLabel(period: Period) throws {
        let first = try #require(Day(iso: "1999-01-01"))
        var previous: (key: Int, label: String)?
        for offset in 0..<(28 * 366) {
            let day = first.adding(days: offset)
            let current = (key: period.key(of: day), label: period.label(of: day))
            if let previous {
                #expect((current.key == previous.key) == (current.label == previous.label), "\(day)")
                #expect(current.key >= previous.key, "\(day)")
            }
            previous = current
        }
    }
}
