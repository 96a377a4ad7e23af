extension Day {
    /// Parses the publication dates scrapers and feeds write: ISO 8601 (`2025-03-14`, `2025-03-14T20:30:26Z`),
    /// `2025/03/14`, RFC 2822 as in RSS (`Fri, 14 Mar 2025 20:30:26 GMT`), and written dates (`March 14, 2025`,
    /// `14 March 2025`, `Mar. 14, 2025`). All-numeric day/month orders (`03/14/2025`, `14.03.2025`) are
    /// ambiguous and refused. The time and zone are dropped: the date is the one written.
    public init?(published text: some StringProtocol) {
        let text = text.trimmingSpaces
        if let day = Day(iso: text) {
            self = day
            return
        }
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3, slashed[0].count == 4, let y = Int(slashed[0]), let m = Int(slashed[1]),
            let d = Int(slashed[2].prefix { $0.isNumber })
        {
            self.init(year: y, month: m, day: d)
            return
        }
        // Written dates: words and numbers, ignoring a weekday, punctuation and anything after the year.
        var month: Int?
        var numbers: [Int] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\t" }) {
            if month != nil, numbers.count >= 2 { break }  // a time or zone after the year
            if let value = Int(word) {
                numbers.append(value)
            } else if let named = Day.month(named: word) {
                guard month == nil else { return nil }
                month = named
            } else if Day.isWeekday(word), month == nil, numbers.isEmpty {
                continue
            } else if let ordinal = Day.ordinalDay(word) {
                numbers.append(ordinal)
            } else {
                return nil
            }
        }
        guard let month, numbers.count >= 2 else { return nil }
        let (first, second) = (numbers[0], numbers[1])
        // "14 March 2025" and "March 14, 2025": the four-digit number is the year.
        let (day, year) = first >= 1000 ? (second, first) : (first, second)
        guard year >= 1000 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// 1…12 for an English month name or its abbreviation ("Sept", "Sep", "September").
    public static func month(named word: some StringProtocol) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        for (index, name) in names.enumerated() {
            if lower == name || lower == name.prefix(3) || (index == 8 && lower == "sept") { return index + 1 }
        }
        return nil
    }

    private static func isWeekday(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        return ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].contains(lower)
            || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(lower)
    }

    /// "14th", "1st", "2nd", "3rd" → the number.
    private static func ordinalDay(_ word: some StringProtocol) -> Int? {
        let lower = word.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            return Int(lower.dropLast(2))
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: Substring {
        let scalars = Substring(self)
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return scalars[first...last]
    }
}
