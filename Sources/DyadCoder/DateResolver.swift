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
        // Weekdays, months and "yesterday" carry the time-word class: other words are passed over on one bit test.
        for (index, token) in tokens.enumerated() where token.classes.contains(.timeWord) {
            if token.capitalized, let weekday = weekdays[token.norm] {
                // "is due to travel to Mauritius on Tuesday", "until Friday": the day of a plan or a deadline,
                // not of what the sentence reports.
                guard !isPlanned(index, in: tokens), !isDeadline(index, in: tokens) else { continue }
                // "last Friday" and "on Friday" both mean the most recent one.
                let back = (articleDate.weekday - weekday + 7) % 7
                return articleDate.adding(days: -back)
            }
            if token.reads("yesterday") { return articleDate.adding(days: -1) }
        }
        return monthDate(in: tokens, articleDate: articleDate)
    }

    /// Words before a date that make it a deadline or a limit: "delayed the tariffs until April 2", "by Friday".
    static let deadlineWords: Set<String> = ["until", "till", "by", "before", "through", "deadline"]

    /// The time at `index` is a deadline: a deadline word before it ("until Friday", "by April 2", "until 2
    /// April", "by the end of").
    private static func isDeadline(_ index: Int, in tokens: [Token]) -> Bool {
        var back = index - 1
        if back >= 0, dayNumber(tokens[back]) != nil { back -= 1 }
        if back >= 0, tokens[back].reads("on") { back -= 1 }
        return back >= 0 && deadlineWords.contains(tokens[back].norm)
    }

    /// The time at `index` belongs to something planned: a future or an intent stands earlier in its clause
    /// ("China will convene a meeting … on Friday", "the EU is set to vote Friday", "hopes to resolve … during
    /// talks Tuesday"), or the time opens the sentence and its main clause is one ("On Tuesday, Rubio will join
    /// …"). A time right after a verb of speech is when it was said ("said Monday it will …").
    static func isPlanned(_ index: Int, in tokens: [Token]) -> Bool {
        if index > 0, tokens[index - 1].classes.contains(.attributionVerb) { return false }
        if index > 1, tokens[index - 1].reads("on"), tokens[index - 2].classes.contains(.attributionVerb) {
            return false
        }
        if Intent.isPlannedInClause(index, in: tokens) { return true }
        // A time that opens the sentence ("On Tuesday, …", "Later on Monday, …") is the main clause's.
        guard index <= 3, index + 1 < tokens.count, tokens[index + 1].reads(","),
            !tokens[..<index].contains(where: Intent.isClauseBreak)
        else { return false }
        var ahead = index + 2
        while ahead < tokens.count, !Intent.isClauseBreak(tokens[ahead]) {
            if Intent.isFutureMarker(at: ahead, in: tokens) { return true }
            if Intent.isPastVerb(tokens[ahead]) { return false }
            ahead += 1
        }
        return false
    }

    /// "In December, Mogadishu announced …", "Last November, Japan held …": a month named without a day, as a
    /// time adverbial, dates the sentence to that month's first day (the latest such month before the article's;
    /// the article's own month keeps the article's date). Not with a future or a plan in the sentence ("will visit
    /// Albania in June"): then the month is the plan's, and the article's date is the announcement's.
    private static func monthDate(in tokens: [Token], articleDate: Day) -> Day? {
        for (index, token) in tokens.enumerated() where token.capitalized && token.classes.contains(.timeWord) {
            guard let month = months[token.norm], month != articleDate.month else { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .number { continue }
            guard timePreposition(before: index, in: tokens, alsoLast: true) != nil else { continue }
            guard !tokens.contains(where: { !$0.classes.isDisjoint(with: [.futureMarker, .intentBeforeTo]) }) else {
                return nil
            }
            let year = month < articleDate.month ? articleDate.year : articleDate.year - 1
            return Day(year: year, month: month, day: 1)
        }
        return nil
    }

    /// Words before a year that make it the time of what a sentence tells: "in 2019", "since 1947", "in early
    /// 2019", "during the 1990s".
    static let yearPrepositions: Set<String> = [
        "in", "since", "during", "until", "till", "from", "between", "throughout",
    ]

    /// Words that may stand between such a preposition and the year: "in March 2019", "in the early 1990s".
    static let yearModifiers: Set<String> = [
        "the", "early", "late", "mid", "-", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// The words of a time phrase besides numbers and months: "in early 2019", "last year", "10 years ago".
    static let timePhraseWords = yearPrepositions.union(yearModifiers).union(yearsAgo).union(["last", "ago"])

    /// "20th", "19th": an ordinal written in digits.
    static func isOrdinal(_ token: Token) -> Bool {
        guard let first = token.norm.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        return token.norm.endsWith("th") || token.norm.endsWith("st") || token.norm.endsWith("nd")
            || token.norm.endsWith("rd")
    }

    /// The words other than numbers that `background` looks at.
    static let backgroundWords: Set<String> = ["ago", "century", "centuries", "today", "tonight", "this", "last"]

    /// Units of "… ago" that put an event at least a year back: "10 years ago", "decades ago".
    static let yearsAgo: Set<String> = ["year", "years", "decade", "decades", "century", "centuries"]

    /// Where a sentence names a time before the article's year, for telling history from news: "In 2019, China
    /// signed …", "Since 1947, Pakistan has received …", "ten years ago", "in the 19th century", "in the 1990s".
    struct Background: Sendable {
        /// The time opens the sentence, before its first comma: it dates the whole sentence.
        var fronted = false
        /// The token positions of the times named elsewhere.
        var positions: [Int] = []

        /// Whether an event whose words end before `end` is background: the sentence opens with the time, or the
        /// time follows the event's words in its clause ("ramped up sanctions on North Korea in 2016"; not
        /// "will visit Albania in June, the first since Tirana split with Moscow in 1961").
        func covers(eventStartingAt start: Int, endingAt end: Int, in tokens: [Token]) -> Bool {
            if fronted { return true }
            // "Cairo last year signed an agreement", "China in 2019 sent troops", "Japan's 20th-century occupation":
            // the time right before the verb or the event noun.
            let before = positions.contains { position in
                position < start && start - position <= 4
                    && tokens[position..<start].allSatisfy { token in
                        token.kind == .number || DateResolver.timePhraseWords.contains(token.norm)
                            || DateResolver.months[token.norm] != nil || DateResolver.isOrdinal(token)
                    }
            }
            // "a dispute erupted in 2006 when Gazprom cut all gas supplies to Ukraine": the clause that "when"
            // opens after the past time is of that time.
            let opened = positions.contains { position in
                guard position + 1 < start else { return false }
                let window = (position + 1)..<min(position + 4, start)
                guard let when = tokens[window].firstIndex(where: { $0.reads("when") }) else { return false }
                return tokens[(when + 1)..<start].allSatisfy { token in
                    !(token.kind == .punctuation && !token.reads("-")) && !token.classes.contains(.clauseEnd)
                }
            }
            // "Finland applied in May 2022, abandoning non-alignment after Russia invaded Ukraine": what came before
            // a past time is past too.
            let earlier =
                tokens[max(0, start - 4)..<start].lastIndex { $0.reads("after") }.map { after in
                    positions.contains { $0 < after }
                } ?? false
            // "Washington last month said it was expelling …": what was said then, in its clause.
            let saidThen = positions.contains { position in
                guard position < start,
                    let speech = tokens[position..<min(position + 5, start)].firstIndex(where: {
                        $0.classes.contains(.speechVerb)
                    })
                else { return false }
                return !tokens[speech..<start].contains { $0.reads(";") || $0.reads(".") }
            }
            return before || opened || earlier || saidThen
                || positions.contains { position in
                    position >= end && position - end <= 12
                        && tokens[end..<position].allSatisfy { token in
                            !(token.kind == .punctuation && !token.reads("-")) && !token.classes.contains(.clauseEnd)
                                && !token.classes.contains(.participle) && !token.norm.endsWith("ing")
                                && !(token.norm.endsWith("ed") && token.norm.utf8.count > 4)
                        }
                }
        }
    }

    /// The times before the article's year that the sentence names; nil when it names none. (Asked only when the
    /// sentence gives no day of its own; a year as a modifier, "the 2015 nuclear deal", names a thing, not a
    /// time.)
    static func background(_ tokens: [Token], articleDate: Day?) -> Background? {
        guard let articleDate else { return nil }
        var positions: [Int] = []
        for (index, token) in tokens.enumerated() {
            // Only numbers, decades and a few words can name such a time: the rest is passed over on one bit test.
            guard
                token.kind == .number || token.classes.contains(.backgroundWord)
                    || (token.norm.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
            else { continue }
            // "late last year".
            if token.reads("last"), index + 1 < tokens.count, tokens[index + 1].reads("year"),
                let end = Day(year: articleDate.year - 1, month: 12, day: 31), articleDate.ordinal - end.ordinal > 31
            {
                positions.append(index)
                continue
            }
            // "Washington last month said it was expelling …": weeks before the article's news.
            if token.reads("last"), index + 1 < tokens.count, tokens[index + 1].reads("month") {
                positions.append(index)
                continue
            }
            // "signed an agreement today to increase trade in 1983", "in 2023 and again in January of this year":
            // the sentence tells of now.
            if token.reads("today") || token.reads("tonight") { return nil }
            if token.reads("this"), index + 1 < tokens.count,
                ["week", "month", "year"].contains(tokens[index + 1].norm)
            {
                return nil
            }
            if token.reads("ago"), index > 0, yearsAgo.contains(tokens[index - 1].norm) {
                positions.append(index - 2)
                continue
            }
            // "the 19th century", "the early 20th centuries" (not the article's own: "a 21st-century invasion").
            if token.reads("century") || token.reads("centuries"), index > 0, isOrdinal(tokens[index - 1]),
                Int(tokens[index - 1].norm.prefix { $0.isNumber }).map({ $0 <= articleDate.year / 100 }) ?? false
            {
                positions.append(index - 1)
                continue
            }
            guard let year = yearOrDecade(token), year < articleDate.year else { continue }
            if let back = timePreposition(before: index, in: tokens, skippingMonths: true) { positions.append(back) }
        }
        guard !positions.isEmpty else { return nil }
        return Background(fronted: positions.contains { isOpening($0, in: tokens) }, positions: positions)
    }

    /// The time phrase at `position` is among the adverbials that open the sentence ("In 2019, …", "More
    /// recently, in December, U.S. forces …", "Last November, Japan …"): only lowercase words and commas before
    /// it, and a comma closes it within a few words.
    private static func isOpening(_ position: Int, in tokens: [Token]) -> Bool {
        for index in 0..<position {
            let token = tokens[index]
            if index > 0, token.capitalized { return false }
            guard token.kind == .word || token.reads(",") else { return false }
        }
        return tokens[position..<min(tokens.count, position + 6)].contains { $0.reads(",") }
    }

    /// The preposition that makes the year or month at `index` a time adverbial ("in late January", "since 1947",
    /// with `skippingMonths` "in March 2019", with `alsoLast` "last November"): its position, back over modifiers.
    private static func timePreposition(
        before index: Int, in tokens: [Token], skippingMonths: Bool = false, alsoLast: Bool = false
    ) -> Int? {
        var back = index - 1
        while back >= 0,
            yearModifiers.contains(tokens[back].norm) || (skippingMonths && months[tokens[back].norm] != nil)
        {
            back -= 1
        }
        guard back >= 0, yearPrepositions.contains(tokens[back].norm) || (alsoLast && tokens[back].reads("last"))
        else { return nil }
        return back
    }

    /// A year ("2019") or the first year of a decade ("1990s").
    private static func yearOrDecade(_ token: Token) -> Int? {
        if let year = yearNumber(token, from: 1000) { return year }
        let text = token.norm
        guard text.utf8.count == 5, text.hasSuffix("s"), let value = Int(text.dropLast()), value % 10 == 0,
            (1000...2100).contains(value)
        else { return nil }
        return value + 9
    }

    private static func explicitDate(in tokens: [Token], articleDate: Day?) -> Day? {
        for (index, token) in tokens.enumerated() where token.classes.contains(.timeWord) {
            guard token.capitalized, token.kind == .word, let month = months[token.norm] else { continue }
            // "delayed the tariffs until April 2", "will travel to Canada on March 25": a deadline or a plan's day.
            if articleDate != nil, isDeadline(index, in: tokens) || isPlanned(index, in: tokens) { continue }
            // "May" alone is a modal verb; months need a day number next to them.
            var next = index + 1
            if next < tokens.count, tokens[next].reads(".") { next += 1 }
            if next < tokens.count, let day = dayNumber(tokens[next]) {
                var year: Int?
                var after = next + 1
                if after < tokens.count, tokens[after].reads(",") { after += 1 }
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

    private static func yearNumber(_ token: Token, from first: Int = 1900) -> Int? {
        guard token.kind == .number, token.norm.count == 4, let value = Int(token.norm), (first...2100).contains(value)
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
