import DyadModel

/// Finds the date a sentence gives for its events, resolved against the article's date: "on September 9",
/// "Sept. 9", "9 September 2023", "September 9, 2023", "on Friday", "yesterday".
///
/// Dates without a year take the year that puts them at or before the article's date (plus a week's grace
/// for announced events); weekdays are the most recent such day on or before the article's date.
enum DateResolver {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static func date(in tokens: [Token], articleDate: Day?) -> Day? {
        guard let articleDate else { return explicitDate(in: tokens, articleDate: nil) }
        if let explicit = explicitDate(in: tokens, articleDate: articleDate) { return explicit }
        for token in tokens where token.kind == .word {
            if token.capitalized, let weekday = weekdays[token.norm] {
                // "last Friday" and "on Friday" both mean the most recent one.
                let back = (articleDate.weekday - weekday + 7) % 7
                return articleDate.adding(days: -back)
            }
            if token.norm == "yesterday" { return articleDate.adding(days: -1) }
        }
        return nil
    }

    private static func explicitDate(in tokens: [Token], articleDate: Day?) -> Day? {
        for (index, token) in tokens.enumerated() {
            guard token.capitalized, token.kind == .word, let month = months[token.norm] else { continue }
            // "May" alone is a modal verb; months need a day number next to them.
            var next = index + 1
            if next < tokens.count, tokens[next].norm == "." { next += 1 }
            if next < tokens.count, let day = dayNumber(tokens[next]) {
                var year: Int?
                var after = next + 1
                if after < tokens.count, tokens[after].norm == "," { after += 1 }
                if after < tokens.count, let value = yearNumber(tokens[after]) { year = value }
                if let resolved = resolve(month: month, day: day, year: year, articleDate: articleDate) {
                    return resolved
                }
            }
            if index > 0, let day = dayNumber(tokens[index - 1]) {
                var year: Int?
                if index + 1 < tokens.count, let value = yearNumber(tokens[index + 1]) { year = value }
                if let resolved = resolve(month: month, day: day, year: year, articleDate: articleDate) {
                    return resolved
                }
            }
        }
        return nil
    }

    private static func dayNumber(_ token: Token) -> Int? {
        var text = token.norm
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    private static func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.norm.count == 4, let value = Int(token.norm), (1900...2100).contains(value)
        else { return nil }
        return value
    }

    private static func resolve(month: Int, day: Int, year: Int?, articleDate: Day?) -> Day? {
        if let year { return Day(year: year, month: month, day: day) }
        guard let articleDate else { return nil }
        let articleYear = articleDate.year
        guard let sameYear = Day(year: articleYear, month: month, day: day) else { return nil }
        return sameYear.ordinal <= articleDate.ordinal + 7
            ? sameYear : Day(year: articleYear - 1, month: month, day: day)
    }
}
