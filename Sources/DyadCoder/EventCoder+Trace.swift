import DyadModel

extension EventCoder {
    /// What the coder saw in each sentence of an article: its actor mentions and action matches, as text, for
    /// `dyad code --trace` and for working on the dictionaries.
    public func trace(_ article: Article) -> [String] {
        var lines: [String] = []
        var reader = SentenceReader(lexicon: lexicon, date: article.date)
        for (offset, sentence) in SentenceSplitter.sentences(in: article.text).enumerated() {
            let (tokens, mentions) = reader.read(sentence)
            let matches = reader.matches(in: tokens, mentions: mentions)
            lines.append("[\(offset + 1)] \(sentence)")
            let actors = mentions.map { mention in
                "\(Discourse.text(of: mention, in: tokens, sentence: sentence))=\(mention.code?.rawValue ?? "?" + (mention.sector ?? ""))"
                    + "@\(mention.range.lowerBound)"
            }
            lines.append("    actors:  \(actors.joined(separator: ", "))")
            let actions = matches.map { match in
                let pattern = lexicon.patterns[match.pattern]
                return
                    "\(pattern.action.code) \"\(pattern.text)\"@\(match.first)-\(match.last)"
            }
            lines.append("    actions: \(actions.joined(separator: ", "))")
        }
        return lines
    }
}
