import DyadModel

/// Reads an article's sentences in order: tokens with word ids, actor mentions resolved against what the
/// article named before, and action matches. Shared by coding and tracing.
struct SentenceReader {
    let lexicon: Lexicon
    private let actorFinder: ActorFinder
    private let actionFinder: ActionFinder
    private var discourse = Discourse()

    init(lexicon: Lexicon, date: Day?) {
        self.lexicon = lexicon
        actorFinder = ActorFinder(lexicon: lexicon, date: date)
        actionFinder = ActionFinder(lexicon: lexicon)
    }

    /// The tokens and resolved actor mentions of the next sentence, remembered for the sentences after it.
    mutating func read(_ sentence: Substring) -> (tokens: [Token], mentions: [Mention]) {
        let tokens = lexicon.tokens(of: sentence)
        var mentions = actorFinder.mentions(in: tokens, surnames: discourse.surnames)
        discourse.resolve(&mentions, tokens: tokens)
        discourse.remember(mentions, tokens: tokens)
        return (tokens, mentions)
    }

    func matches(in tokens: [Token], mentions: [Mention]) -> [ActionMatch] {
        actionFinder.matches(in: tokens, mentions: mentions)
    }
}
