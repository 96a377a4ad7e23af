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
        /// A city or region (places.txt): it locates, it doesn't act.
        var isPlace = false
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
        /// A phrase that is no event (`---` in the file: "trading partner", "aid worker"): it only keeps its
        /// words from being read as one. Its words must stand side by side.
        var isNull = false
        /// Lays blame on the subject ("be responsible for attack", "be behind strike"): in reported speech the
        /// speaker accuses the clause's subject. Set once, when the pattern is read.
        var laysBlame = false
        /// A weapon named (`@artillery`, `@howitzer` in the file): an attack only where the weapon is used, military
        /// aid where it is handed over, nothing where it is only named ("withdrew heavy weapons").
        var isInstrument = false
        /// Signing an agreement, which both parties do ("sign agreement", "ink deal", "sign arms deal"; not "ratify",
        /// which one side does): signed "with" another, it is the other's act too. Set once, when the pattern is read.
        var signedJointly = false

        init(action: Action, words: [Int32], text: String, isNull: Bool = false) {
            self.action = action
            self.words = words
            self.text = text
            self.isNull = isNull
            laysBlame = text.hasPrefix("be responsible") || text.hasPrefix("be behind")
            signedJointly = text.split(separator: " ").first.map { Self.jointVerbs.contains(String($0)) } == true
        }

        /// Verbs by which both parties conclude an agreement.
        static let jointVerbs: Set<String> = ["sign", "ink", "conclude", "seal", "clinch", "finalize", "finalise"]
    }

    var actors = PhraseTrie<ActorEntry>()
    var agents = PhraseTrie<AgentEntry>()
    var patterns: [ActionPattern] = []
    /// Each action pattern's lemma sequence and the phrase it was first written as: a pattern appears once.
    var patternPhrases: [[Int32]: String] = [:]
    /// Word ids of the adjectives of states ("Russian", "Israeli"): before an event noun they name who acts.
    var demonyms: Set<Int32> = []
    /// The patterns compiled for matching; rebuilt after each dictionary file is added.
    private(set) var matchIndex = MatchIndex()
    /// Every word the dictionaries use (phrase words and inflected pattern forms) → its id.
    private(set) var vocabulary = WordTable()
    /// Word id → the lemma ids whose inflected forms include the word.
    private(set) var lemmasOfWord: [[Int32]] = []
    /// Word id → the closed classes of the word.
    private(set) var classesOfWord: [WordClass] = []
    /// The first name given for each organisation code ("IGONAT" → "NATO"), for labels.
    public internal(set) var organisationNames: [String: String] = [:]
    private var lemmaIDs: [String: Int32] = [:]
    private(set) var lemmas: [String] = []

    /// Counts, for `dyad lexicon` and the README.
    public var actorPhraseCount: Int { actors.count }
    public var agentPhraseCount: Int { agents.count }
    public var patternCount: Int { patterns.count }

    public init() {
        for (wordClass, words) in WordClass.members {
            for word in words { classesOfWord[Int(wordID(for: word))].insert(wordClass) }
        }
    }

    /// The lemma id for a pattern word, registering its inflected forms the first time.
    mutating func lemmaID(for word: String) -> Int32 {
        if let id = lemmaIDs[word] { return id }
        let id = Int32(lemmas.count)
        lemmas.append(word)
        lemmaIDs[word] = id
        let forms: Set<String> = word.hasPrefix("=") ? [String(word.dropFirst())] : Inflection.forms(of: word)
        for form in forms { lemmasOfWord[Int(wordID(for: form))].append(id) }
        return id
    }

    /// Rebuilds the flat matching tables from the patterns and lemma forms.
    mutating func compile() {
        matchIndex = MatchIndex(lemmasOfWord: lemmasOfWord, lemmas: lemmas, patterns: patterns)
    }

    /// The id of a word, registering it the first time.
    mutating func wordID(for word: String) -> Int32 {
        if let id = vocabulary.id(of: word) { return id }
        let id = Int32(lemmasOfWord.count)
        vocabulary.append(word)
        lemmasOfWord.append([])
        classesOfWord.append([])
        return id
    }

    /// A sentence's tokens with their word ids and classes: one lookup per token, straight from the sentence's
    /// bytes, after which all matching is on integers.
    func tokens(of sentence: Substring) -> [Token] {
        var tokens = Tokenizer.tokens(in: sentence, vocabulary: vocabulary)
        for index in tokens.indices where tokens[index].id >= 0 {
            assignClasses(at: index, in: &tokens)
        }
        return tokens
    }

    /// Sets each token's word id: one hash lookup per token, after which all matching is on integers.
    func identify(_ tokens: inout [Token]) {
        for index in tokens.indices {
            guard let id = vocabulary.id(of: tokens[index].norm) else { continue }
            tokens[index].id = id
            assignClasses(at: index, in: &tokens)
        }
    }

    /// The word's classes; inside a sentence, a capitalised word is a name's, not a verb or a modal ("the United
    /// States", "in May", "Edward Said").
    private func assignClasses(at index: Int, in tokens: inout [Token]) {
        var classes = classesOfWord[Int(tokens[index].id)]
        if index > 0, !classes.isDisjoint(with: .verbal), tokens[index].capitalized, tokens[index].hasLowercase,
            tokens[index - 1].kind != .punctuation || tokens[index - 1].reads(",")
        {
            classes.subtract(.verbal)
        }
        tokens[index].classes = classes
    }

    /// Splits a phrase into normalised tokens the way sentences are split.
    static func words(of phrase: String) -> [String] {
        Tokenizer.tokens(in: phrase[...]).map(\.norm)
    }
}
