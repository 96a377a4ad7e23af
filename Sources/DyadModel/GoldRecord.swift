/// One expert-coded sentence used to measure the coder: the text and the dyad(s) and type it states.
public struct GoldRecord: Sendable, Hashable {
    public var id: String
    public var text: String
    public var date: Day?
    /// Source actors at country level: ISO-3 codes, or `IGO` for any international organisation, or the
    /// gold file's own code for non-state groups.
    public var sources: [String]
    public var targets: [String]
    /// The PLOVER event type, in the current codebook's names.
    public var plover: String
    /// Sources and targets are the same compound actor ("X and Y agreed"): every ordered pair is a dyad.
    public var reciprocal: Bool
    /// The article the sentence comes from, when the file says (`"article"`): the sentences of one article are
    /// coded together, in order, so that "he" and "the ministry" can refer to what came before.
    public var article: String?

    public init(
        id: String, text: String, date: Day?, sources: [String], targets: [String], plover: String, reciprocal: Bool,
        article: String? = nil
    ) {
        self.article = article
        self.id = id
        self.text = text
        self.date = date
        self.sources = sources
        self.targets = targets
        self.plover = plover
        self.reciprocal = reciprocal
    }

    /// The directed dyads the record states.
    public var dyads: Set<Dyad> {
        var result = Set<Dyad>()
        let targets = reciprocal && self.targets.isEmpty ? sources : self.targets
        for source in sources {
            for target in targets where target != source { result.insert(Dyad(source: source, target: target)) }
        }
        return result
    }
}

/// A directed pair of actors at country level.
public struct Dyad: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    public var description: String { "\(source)→\(target)" }

    public static func < (lhs: Dyad, rhs: Dyad) -> Bool { (lhs.source, lhs.target) < (rhs.source, rhs.target) }
}

extension QuadClass {
    /// The quad class of a PLOVER event type (current codebook; PROTEST … ASSAULT are material conflict).
    public init?(plover: String) {
        switch plover {
        case "AGREE", "SUPPORT", "CONCEDE", "CONSULT": self = .verbalCooperation
        case "COOPERATE", "AID", "RETREAT": self = .materialCooperation
        case "REQUEST", "REJECT", "ACCUSE", "THREATEN": self = .verbalConflict
        case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT": self = .materialConflict
        default: return nil
        }
    }
}
