import DyadModel
import Foundation

/// Dyad's dictionaries, indexed for matching: actor phrases (countries, capitals, IGOs, people), agent phrases
/// (sectors) and action patterns (CAMEO codes).
public struct Lexicon: Sendable {
    /// What an actor phrase names.
    enum ActorKind: Sendable, Equatable {
        /// A country's name, demonym or adjective: codes as the bare country.
        case state
        /// A capital or seat of power: codes with its sector (usually GOV).
        case seat
        case organisation
        case person
    }

    struct ActorEntry: Sendable {
        var code: ActorCode
        var kind: ActorKind
        var window: DateWindow?
        /// Which words of the phrase are capitalised; the text's must be too ("Chad" the country, not "chad").
        var needsCapital: [Bool]
        /// The phrase is all capitals ("US"); the text must be too ("US", not "us").
        var exactCase: Bool
    }

    struct AgentEntry: Sendable {
        var sector: String
        /// People rather than bodies (spokesperson, minister): they can be named ("Foreign Minister Lavrov").
        var isRole: Bool
    }

    struct ActionPattern: Sendable {
        var action: Action
        /// Lemma ids, in order.
        var words: [Int32]
        var text: String
    }

    var actors = PhraseTrie<ActorEntry>()
    var agents = PhraseTrie<AgentEntry>()
    var patterns: [ActionPattern] = []
    /// Pattern indexes by their first lemma.
    var patternsByFirstWord: [Int32: [Int32]] = [:]
    /// Inflected form → lemma ids.
    var lemmasByForm: [String: [Int32]] = [:]
    /// The first name given for each organisation code ("IGONAT" → "NATO"), for labels.
    public internal(set) var organisationNames: [String: String] = [:]
    private var lemmaIDs: [String: Int32] = [:]
    private(set) var lemmas: [String] = []

    /// Counts, for `dyad lexicon` and the README.
    public var actorPhraseCount: Int { actors.count }
    public var agentPhraseCount: Int { agents.count }
    public var patternCount: Int { patterns.count }

    public init() {}

    /// The lemma id for a pattern word, registering its inflected forms the first time.
    mutating func lemmaID(for word: String) -> Int32 {
        if let id = lemmaIDs[word] { return id }
        let id = Int32(lemmas.count)
        lemmas.append(word)
        lemmaIDs[word] = id
        let forms: Set<String> = word.hasPrefix("=") ? [String(word.dropFirst())] : Inflection.forms(of: word)
        for form in forms { lemmasByForm[form, default: []].append(id) }
        return id
    }

    /// Splits a phrase into normalised tokens the way sentences are split.
    static func words(of phrase: String) -> [String] {
        Tokenizer.tokens(in: phrase[...]).map(\.norm)
    }
}
