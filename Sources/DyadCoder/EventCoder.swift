import DyadModel

/// Codes articles into events: sentences → tokens → actor mentions and action patterns → roles → events.
///
/// A value type over an immutable ``Lexicon``; safe to share across threads.
public struct EventCoder: Sendable {
    public let lexicon: Lexicon

    /// CAMEO codes the coder does not emit: 010 "make statement" is the residual for every "said", which the
    /// codebook itself says not to code unless nothing more specific applies.
    public var suppressedCodes: Set<String> = ["010"]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The events of one article, in sentence order.
    public func events(in article: Article) -> [Event] {
        var events: [Event] = []
        var reader = SentenceReader(lexicon: lexicon, date: article.date)
        for (offset, sentence) in SentenceSplitter.sentences(in: article.text).enumerated() {
            let (tokens, mentions) = reader.read(sentence)
            guard !mentions.isEmpty, !SentenceSplitter.isRunInHeading(sentence) else { continue }
            let matches = reader.matches(in: tokens, mentions: mentions)
            guard !matches.isEmpty else { continue }
            let assigner = RoleAssigner(tokens: tokens, mentions: mentions, lexicon: lexicon, matches: matches)
            let day = DateResolver.date(in: tokens, articleDate: article.date)
            let date = day ?? article.date
            // "In 2019, China signed …": history told as background, not the article's news.
            let background = day == nil ? DateResolver.background(tokens, articleDate: article.date) : nil
            var seen = Set<String>()
            for role in assigner.assign(matches) {
                guard !suppressedCodes.contains(role.action.code) else { continue }
                if let background,
                    background.covers(
                        eventStartingAt: role.span.lowerBound, endingAt: role.span.upperBound, in: tokens)
                {
                    continue
                }
                let source = mentions[role.source]
                let target = mentions[role.target]
                // A pair ("the two countries") stands for both its states.
                for sourceCode in source.codes {
                    for targetCode in target.codes where sourceCode.node != targetCode.node {
                        // One event per dyad and code in a sentence.
                        let key = "\(sourceCode)|\(targetCode)|\(role.action.code)|\(role.negated)"
                        guard seen.insert(key).inserted else { continue }
                        events.append(
                            Event(
                                article: article.id, sentence: offset + 1, date: date,
                                source: EventActor(
                                    code: sourceCode, text: Self.text(of: source, in: tokens, sentence: sentence)),
                                target: EventActor(
                                    code: targetCode, text: Self.text(of: target, in: tokens, sentence: sentence)),
                                action: role.action, negated: role.negated, text: String(sentence),
                                explanation: Explanation(
                                    pattern: role.pattern, source: source.range, verb: role.span,
                                    target: target.range, rule: role.rule)))
                    }
                }
            }
        }
        return events
    }

    /// Actions that two actors do together: "X and Y agreed / met / signed" codes both directions.
    /// Actions that are mutual by nature whoever is named first: consulting, talking by phone, negotiating.
    /// "Blinken telephoned Lavrov" is a call between the two, coded both ways. (Not 057: ratifying or acceding is
    /// one side's act.)
    static func isMutual(_ action: Action) -> Bool {
        ["040", "041", "046"].contains(action.code)
    }

    /// (Not mediating, 045: mediators act between the parties, not toward each other.)
    static func isSymmetric(_ action: Action) -> Bool {
        (["03", "04", "06"].contains(action.root) && action.code != "045") || action.code.hasPrefix("057")
            || action.code == "0871"
            || action.code == "019" || action.code == "050" || action.code == "164"
    }

    /// The words that named a mention, with a leading "the" when the text has one.
    static func text(of mention: Mention, in tokens: [Token], sentence: Substring) -> String {
        var range = mention.range
        if range.lowerBound > 0, tokens[range.lowerBound - 1].reads("the") {
            range = (range.lowerBound - 1)..<range.upperBound
        }
        var copy = mention
        copy.range = range
        return Discourse.text(of: copy, in: tokens, sentence: sentence)
    }
}

extension EventCoder {
    /// The sentences the coder splits a text into.
    public static func sentences(in text: String) -> [Substring] { SentenceSplitter.sentences(in: text) }
}
