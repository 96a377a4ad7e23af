/// One side of an event: the actor's code and the words that named it.
public struct EventActor: Sendable, Hashable {
    public var code: ActorCode
    /// The text that named the actor ("the Russian Foreign Ministry").
    public var text: String

    public init(code: ActorCode, text: String) {
        self.code = code
        self.text = text
    }
}

/// Why the coder produced an event: the matched pattern and the token spans of its parts.
public struct Explanation: Sendable, Hashable {
    /// The lexicon pattern that matched ("issue demarche").
    public var pattern: String
    /// Half-open token ranges in the sentence.
    public var source: Range<Int>
    public var verb: Range<Int>
    public var target: Range<Int>
    /// The rule that assigned the roles ("subject-verb-object", "passive by-agent", …).
    public var rule: String

    public init(pattern: String, source: Range<Int>, verb: Range<Int>, target: Range<Int>, rule: String) {
        self.pattern = pattern
        self.source = source
        self.verb = verb
        self.target = target
        self.rule = rule
    }
}

/// An event: a directed dyad, an action, a date, and the sentence it came from.
public struct Event: Sendable, Hashable {
    public var article: String
    /// 1-based index of the sentence in its article.
    public var sentence: Int
    public var date: Day?
    public var source: EventActor
    public var target: EventActor
    public var action: Action
    /// True when the text states the action did not happen ("did not recognise").
    public var negated: Bool
    /// The whole sentence.
    public var text: String
    public var explanation: Explanation?

    public init(
        article: String, sentence: Int, date: Day?, source: EventActor, target: EventActor, action: Action,
        negated: Bool = false, text: String, explanation: Explanation? = nil
    ) {
        self.article = article
        self.sentence = sentence
        self.date = date
        self.source = source
        self.target = target
        self.action = action
        self.negated = negated
        self.text = text
        self.explanation = explanation
    }
}
