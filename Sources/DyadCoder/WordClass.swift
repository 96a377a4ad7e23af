/// Closed-class words the grammar rules test for, as bits on each token: one lookup per token when the
/// sentence is read, and the rules then test bits instead of hashing strings.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let preposition = WordClass(rawValue: 1 << 0)
    static let locative = WordClass(rawValue: 1 << 1)
    static let negation = WordClass(rawValue: 1 << 2)
    static let refusal = WordClass(rawValue: 1 << 3)
    static let be = WordClass(rawValue: 1 << 4)
    static let clauseEnd = WordClass(rawValue: 1 << 5)
    static let participle = WordClass(rawValue: 1 << 6)
    static let speakerPronoun = WordClass(rawValue: 1 << 7)
    static let lightVerb = WordClass(rawValue: 1 << 8)
    static let determiner = WordClass(rawValue: 1 << 9)
    static let modal = WordClass(rawValue: 1 << 10)
    static let nominalContext = WordClass(rawValue: 1 << 11)
    static let governingVerb = WordClass(rawValue: 1 << 12)
    static let speechVerb = WordClass(rawValue: 1 << 13)
    static let attributiveContext = WordClass(rawValue: 1 << 14)
    static let personPronoun = WordClass(rawValue: 1 << 15)
    static let modifier = WordClass(rawValue: 1 << 16)
    static let nameStopper = WordClass(rawValue: 1 << 17)
    static let auxiliary = WordClass(rawValue: 1 << 18)
    static let futureMarker = WordClass(rawValue: 1 << 19)
    static let intentBeforeTo = WordClass(rawValue: 1 << 20)
    static let conditional = WordClass(rawValue: 1 << 21)
    static let attributionVerb = WordClass(rawValue: 1 << 22)
    static let nominalAdjective = WordClass(rawValue: 1 << 23)
    static let transferVerb = WordClass(rawValue: 1 << 24)
    static let adjectivalBeforeTo = WordClass(rawValue: 1 << 25)
    static let declarative = WordClass(rawValue: 1 << 26)
    static let ownPossessive = WordClass(rawValue: 1 << 27)
    static let placeObjectPreposition = WordClass(rawValue: 1 << 28)
    static let expectation = WordClass(rawValue: 1 << 29)
    static let topicPreposition = WordClass(rawValue: 1 << 30)
    static let timeWord = WordClass(rawValue: 1 << 31)
    static let irrealisAdjective = WordClass(rawValue: 1 << 32)
    static let stoppingVerb = WordClass(rawValue: 1 << 33)
    static let backgroundWord = WordClass(rawValue: 1 << 34)
    static let irregularPast = WordClass(rawValue: 1 << 35)
    static let groundNoun = WordClass(rawValue: 1 << 36)
    static let relationalNoun = WordClass(rawValue: 1 << 37)
    static let settingAside = WordClass(rawValue: 1 << 38)
    static let firstPerson = WordClass(rawValue: 1 << 39)
    static let pluralPronoun = WordClass(rawValue: 1 << 40)
    static let habitual = WordClass(rawValue: 1 << 41)
    static let listJoiner = WordClass(rawValue: 1 << 42)
    static let quantity = WordClass(rawValue: 1 << 43)
    static let peopleNoun = WordClass(rawValue: 1 << 44)
    static let complexTransitive = WordClass(rawValue: 1 << 45)

    /// The classes of verbs and modals, which a capitalised word inside a sentence is not.
    static let verbal: WordClass = [
        .speechVerb, .governingVerb, .attributionVerb, .lightVerb, .transferVerb, .declarative, .stoppingVerb,
        .modal, .futureMarker, .auxiliary, .intentBeforeTo, .irregularPast,
    ]

    /// Auxiliaries and adverbs that may stand between a subject and its verb.
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "also", "did", "does", "do"]

    /// Each class and its words.
    static let members: [(WordClass, Set<String>)] = [
        (.preposition, RoleAssigner.prepositions), (.locative, RoleAssigner.locatives),
        (.negation, RoleAssigner.negations), (.refusal, RoleAssigner.refusals), (.be, RoleAssigner.beForms),
        (.clauseEnd, RoleAssigner.clauseEnds), (.participle, RoleAssigner.participles),
        (.speakerPronoun, RoleAssigner.speakerPronouns), (.lightVerb, RoleAssigner.lightVerbs),
        (.determiner, RoleAssigner.determiners), (.modal, RoleAssigner.hypotheticalModals),
        (.nominalContext, RoleAssigner.nominalContext), (.governingVerb, RoleAssigner.governingVerbs),
        (.speechVerb, RoleAssigner.speechVerbs), (.attributiveContext, RoleAssigner.attributiveContext),
        (.personPronoun, ActorFinder.pronouns), (.modifier, ActorFinder.modifiers),
        (.nameStopper, ActorFinder.nameStoppers), (.auxiliary, auxiliaries), (.futureMarker, Intent.markers),
        (.intentBeforeTo, Intent.markersBeforeTo), (.conditional, RoleAssigner.conditionals),
        (.attributionVerb, RoleAssigner.attributionVerbs), (.nominalAdjective, RoleAssigner.nominalAdjectives),
        (.transferVerb, RoleAssigner.transferVerbs), (.adjectivalBeforeTo, RoleAssigner.adjectivalBeforeTo),
        (.declarative, RoleAssigner.declaratives), (.ownPossessive, RoleAssigner.ownPossessives),
        (.placeObjectPreposition, RoleAssigner.placeObjectPrepositions),
        (.expectation, RoleAssigner.expectations), (.topicPreposition, RoleAssigner.topicPrepositions),
        (
            .timeWord,
            Set(DateResolver.weekdays.keys).union(DateResolver.months.keys).union(RoleAssigner.timeNouns).union([
                "yesterday"
            ])
        ),
        (.irrealisAdjective, RoleAssigner.irrealisAdjectives), (.stoppingVerb, RoleAssigner.stoppingVerbs),
        (.backgroundWord, DateResolver.backgroundWords), (.irregularPast, Intent.irregularPasts),
        (.groundNoun, ActorFinder.groundNouns), (.relationalNoun, ActorFinder.relationalNouns),
        (.settingAside, ActorFinder.settingAside), (.firstPerson, ActorFinder.firstPerson),
        (.pluralPronoun, ["they", "them"]), (.habitual, RoleAssigner.habitualAdverbs),
        (.listJoiner, RoleAssigner.listJoiners), (.quantity, ActionFinder.quantityWords),
        (.peopleNoun, ActorFinder.peopleNouns), (.complexTransitive, RoleAssigner.complexTransitives),
    ]
}

/// A set of CAMEO roots (1 … 20) as bits: the role rules ask it for every match.
struct RootSet: ExpressibleByArrayLiteral, Sendable {
    private var bits: UInt32 = 0

    init(arrayLiteral roots: Int...) {
        for root in roots { bits |= 1 << UInt32(root) }
    }

    @inline(__always) func contains(_ root: Int) -> Bool {
        root >= 0 && root < 32 && bits & (1 << UInt32(root)) != 0
    }
}
