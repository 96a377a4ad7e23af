import DyadModel

/// Who does an action: the subject before the verb, bounded by clauses, speech verbs, appositions and the
/// objects of other actions.
extension RoleAssigner {
    /// The nearest mention before `verb` that can be a subject: not inside a prepositional phrase, in the same
    /// clause.
    func subject(before verb: Int) -> Int? {
        if let head = appositionHead(before: verb) { return head }
        var possessor: Int?
        var index = mentions.count - 1
        while index >= 0 {
            let mention = mentions[index]
            defer { index -= 1 }
            guard mention.range.upperBound <= verb else { continue }
            // Not across a clause boundary or a speech verb: in "Russia said Ukraine attacked Poland" the subject
            // of "attacked" is Ukraine; but in "Japan said it had halted aid" the pronoun is the speaker.
            if let boundary = tokens[mention.range.upperBound..<verb].lastIndex(where: {
                $0.classes.contains(.speechVerb) || ($0.kind == .punctuation && $0.reads(";"))
            }) {
                if !tokens[boundary].reads(";"),
                    tokens[(boundary + 1)..<verb].contains(where: { $0.classes.contains(.speakerPronoun) })
                        || isOwnedNoun(verb, after: boundary) || isOwnCountry(verb, after: boundary)
                {
                    return subject(before: boundary)
                }
                break
            }
            // "… their partnership — from joint bomber flights near …": a verb inside an aside that a dash opened
            // after the actor is not the actor's (an aside closed again, "Russia — the supplier — cut gas", is; and an
            // actor inside the aside is passed over for one before it).
            if tokens[mention.range.upperBound..<verb].count(where: { $0.kind == .punctuation && Self.isDash($0) })
                % 2 == 1
            {
                continue
            }
            // "there has been a growing consensus": an existential clause names no actor before it.
            if let there = tokens[mention.range.upperBound..<verb].lastIndex(where: {
                $0.kind == .word && $0.reads("there")
            }),
                there + 1 < verb,
                tokens[there + 1].classes.contains(.be) || tokens[there + 1].classes.contains(.auxiliary)
            {
                break
            }
            // After a preposition (determiners aside: "settlers in the West Bank set fire"), no subject; but "It came
            // after Erdogan denounced Israel": "after", "before", "since" and "until" may open a clause, and "for
            // the Security Council to lift" names who is to act.
            // "with the United States hitting Moscow with sanctions": the actor of an absolute phrase.
            if let preposition = preposition(before: mention),
                !opensClause(after: preposition, index, verb: verb), !isInfinitiveSubject(index, verb: verb)
            {
                continue
            }
            // "The Turkish and Greek sides of the divided island of Cyprus agreed": the actor "of" a noun is that
            // noun's, not the subject (but "a group of Moroccan diplomats" is the group).
            // ("defended the right of Russian troops to fire": the one "to" acts.)
            if isOfNoun(mention), !isInfinitiveSubject(index, verb: verb) { continue }
            // The nearest actor is another verb's object ("visit India and the Philippines in April, in a move to
            // strengthen regional ties"): the subject is not named near enough to tell.
            // But "credited Britain and France for playing a role in talks": the object of a gerund after "for" or
            // "of" does it.
            let complement = isComplement(index)
            // "Witnesses reported Israeli forces fired": after a verb of speech, the reported clause's subject.
            let reported = mention.precedingClasses.contains(.speechVerb) && standsBefore(index, verb: verb)
            if !reported, complement || isObjectOfVerb(mention) {
                if let end = group(from: index).last.map({ mentions[$0].range.upperBound }), end + 1 < verb,
                    tokens[end].reads("for") || tokens[end].reads("of"), tokens[end + 1].norm.endsWith("ing")
                {
                    return index
                }
                if complement { break }
                continue
            }
            if isInClauseBefore(mention, verb: verb) { continue }
            // "the Jeddah talks", "Incirlik was always …": a city or region doesn't act.
            if mention.isPlace { continue }
            // "a letter about the Iran-China chemical scheme, urging him …": a pair that modifies a noun.
            if hyphenPair(containing: index) != nil { continue }
            // "a Ukraine ceasefire deal", "a U.S. proposal": after an indefinite article the actor modifies a noun.
            if mention.kind == .state {
                let article = mention.preceding(in: tokens)
                if article == "a" || article == "an" { continue }
            }
            if mention.isPossessor {
                // "Azerbaijan's declaration, affirming its recognition of …": the possessor when nothing else.
                if possessor == nil { possessor = index }
                continue
            }
            return index
        }
        return possessor
    }

    /// The actor (with those joined to it) stands right before the verb, an auxiliary or adverb aside: the verb's
    /// subject, whatever stands before the actor.
    func standsBefore(_ index: Int, verb: Int) -> Bool {
        guard let end = group(from: index).last.map({ mentions[$0].range.upperBound }), end <= verb else {
            return false
        }
        return tokens[end..<verb].allSatisfy {
            $0.kind == .word && (!$0.classes.isDisjoint(with: [.auxiliary, .be]) || $0.norm.endsWith("ly"))
        }
    }

    /// The preposition at `preposition` opens a clause or an absolute phrase whose subject is the actor at `index`:
    /// "after Erdogan denounced Israel", "with the United States hitting Moscow".
    func opensClause(after preposition: Int, _ index: Int, verb: Int) -> Bool {
        let word = tokens[preposition].norm
        guard
            Self.timeConjunctions.contains(word)
                || (Self.absolutePrepositions.contains(word) && tokens[verb].norm.endsWith("ing"))
        else { return false }
        return standsBefore(index, verb: verb)
    }

    static let absolutePrepositions: Set<String> = ["with", "amid", "without"]

    /// The preposition right before the mention, determiners aside.
    func preposition(before mention: Mention) -> Int? {
        let index = wordIndex(before: mention.range.lowerBound)
        return index >= 0 && tokens[index].classes.contains(.preposition) ? index : nil
    }

    /// The mention follows "of" (determiners aside) after a lowercase noun that is no quantity.
    func isOfNoun(_ mention: Mention) -> Bool {
        let index = wordIndex(before: mention.range.lowerBound)
        guard index > 0, tokens[index].kind == .word, tokens[index].norm.utf8.count == 2, tokens[index].reads("of")
        else { return false }
        let noun = tokens[index - 1]
        // ("the presidents and foreign ministers of both countries": people of the actor.)
        return noun.kind == .word && !noun.capitalized && !Self.partitives.contains(noun.norm)
            && !mentions.contains { $0.range.upperBound == index && $0.kind == .agent }
    }

    /// The actor (with those joined to it) stands right before "to" and the verb.
    func isInfinitiveSubject(_ index: Int, verb: Int) -> Bool {
        guard let end = group(from: index).last.map({ mentions[$0].range.upperBound }) else { return false }
        return end + 1 == verb && tokens[end].reads("to")
    }

    /// Nouns of quantity, whose "of" names who they are: "a group of diplomats", "hundreds of Chinese troops".
    static let partitives: Set<String> = [
        "group", "groups", "number", "numbers", "dozens", "hundreds", "thousands", "millions", "scores", "some",
        "many", "most", "all", "each", "none", "one", "two", "three", "several", "both", "team", "teams", "unit",
        "units", "contingent", "batch", "wave", "majority", "members", "member", "part", "rest", "elements", "element",
        "remnants", "percent", "share", "half", "third", "quarter", "patch",
    ]

    /// Words that are prepositions or open a clause of time.
    static let timeConjunctions: Set<String> = ["after", "before", "since", "until"]

    /// A dash that opens or closes an aside: "—", "–" or "--".
    static func isDash(_ token: Token) -> Bool {
        token.reads("\u{2014}") || token.reads("\u{2013}") || token.reads("--")
    }

    /// Possessive pronouns by which a speaker's own act is named after a speech verb.
    static let ownPossessives: Set<String> = ["its", "their", "his", "her", "our"]

    /// Speech verbs that also perform what they name: "announced a suspension", "declared a ceasefire".
    static let declaratives: Set<String> = [
        "announce", "announces", "announced", "declare", "declares", "declared", "reiterate", "reiterates",
        "reiterated", "reaffirm", "reaffirms", "reaffirmed", "confirm", "confirms", "confirmed",
    ]

    /// "reiterated its demand", "announced their support", "announced a suspension of air links": the noun at
    /// `verb` is the speaker's own act, named right after the speech verb at `speech` by a possessive pronoun
    /// (or, after a declarative verb, an indefinite article) and at most two lowercase words.
    func isOwnedNoun(_ verb: Int, after speech: Int) -> Bool {
        let between = tokens[(speech + 1)..<verb]
        // "Sánchez said during a visit to Beijing", "told reporters while on a trip to": the circumstance of the
        // saying.
        if let preposition = circumstance(after: speech), preposition < verb, verb - preposition <= 5 {
            return tokens[(preposition + 1)..<verb].allSatisfy { $0.kind == .word && !$0.capitalized }
        }
        // "Biden announced sanctions on Russian banks": the noun right after a declarative verb.
        if between.isEmpty { return tokens[speech].classes.contains(.declarative) }
        guard let first = between.first, between.count <= 3 else { return false }
        let indefinite = (first.reads("a") || first.reads("an")) && tokens[speech].classes.contains(.declarative)
        guard first.classes.contains(.ownPossessive) || indefinite else { return false }
        return between.allSatisfy { $0.kind == .word && !$0.capitalized }
    }

    /// "Lamamra announced today that the country is cutting relations with Morocco": the speaker's country is the
    /// subject of what is said (time words, "that", "the country" or "his country", then auxiliaries).
    func isOwnCountry(_ verb: Int, after speech: Int) -> Bool {
        guard
            let noun = tokens[(speech + 1)..<verb].firstIndex(where: { $0.reads("country") || $0.reads("nation") }),
            noun > speech + 1, tokens[noun - 1].classes.contains(.determiner)
        else { return false }
        let before = tokens[(speech + 1)..<(noun - 1)]
        let after = tokens[(noun + 1)..<verb]
        return before.allSatisfy { $0.classes.contains(.timeWord) || $0.reads("that") || $0.reads("today") }
            && after.allSatisfy { !$0.classes.isDisjoint(with: [.be, .auxiliary, .modal]) || $0.norm.endsWith("ly") }
    }

    /// The preposition of a circumstance right after a verb of speech and its addressee, if any ("said during",
    /// "told reporters during", "told VOA on").
    func circumstance(after speech: Int) -> Int? {
        var index = speech + 1
        if let addressee = mentions.first(where: { $0.range.lowerBound == index }) {
            index = addressee.range.upperBound
        }
        guard index < tokens.count, Self.circumstancePrepositions.contains(tokens[index].norm) else { return nil }
        return index
    }

    static let circumstancePrepositions: Set<String> = ["during", "on", "while", "at"]

    /// "Pakistan, a key U.S. ally in the war on terror, has refused …": when a comma-enclosed apposition stands
    /// right before the verb (auxiliaries and adverbs aside), the subject is the mention before its first comma.
    func appositionHead(before verb: Int) -> Int? {
        var close = verb - 1
        while close >= 0, tokens[close].kind == .word, !tokens[close].capitalized,
            tokens[close].classes.contains(.be) || tokens[close].classes.contains(.auxiliary)
                || tokens[close].norm.endsWith("ly")
        {
            close -= 1
        }
        guard close > 0, tokens[close].reads(",") else { return nil }
        guard let open = tokens[..<close].lastIndex(where: { $0.reads(",") || $0.reads(";") }),
            tokens[open].reads(","), close - open > 2
        else { return nil }
        guard let head = mentions.lastIndex(where: { $0.range.upperBound == open }) else { return nil }
        if mentions[head].precedingClasses.contains(.preposition) { return nil }
        return head
    }

    /// A mention right after a verb (determiners aside) is that verb's object, not a subject.
    func isObjectOfVerb(_ mention: Mention) -> Bool {
        // "Putin announced he had launched …": a pronoun in the nominative is a subject.
        if mention.kind == .pronoun, Self.nominativePronouns.contains(tokens[mention.range.lowerBound].norm) {
            return false
        }
        let index = wordIndex(before: mention.range.lowerBound)
        guard index >= 0, tokens[index].kind == .word, !tokens[index].capitalized else { return false }
        // "Somalia-based", "U.S.-led": a hyphenated adjective, not a verb.
        if index > 0, tokens[index - 1].reads("-") { return false }
        let word = tokens[index].norm
        // ("left the UN chamber": an irregular past too.)
        if !tokens[index].classes.isDisjoint(with: [.lightVerb, .irregularPast, .complexTransitive]) { return true }
        // "many waving Palestinian flags": the object of a participle.
        if word.utf8.count > 5, word.endsWith("ing"), !Self.ingNonVerbs.contains(word) { return true }
        guard word.utf8.count > 4, word.endsWith("ed") else { return false }
        // "Newly appointed Palestinian Prime Minister …", "the recently elected president": a participle opening
        // the noun phrase is an adjective, not a verb with an object.
        var before = index - 1
        while before >= 0, tokens[before].kind == .word, tokens[before].norm.endsWith("ly") { before -= 1 }
        return before >= 0 && !tokens[before].classes.contains(.determiner)
    }

    /// Verbs whose object a description follows: "We consider the Canadian ambassador persona non grata".
    static let complexTransitives: Set<String> = [
        "consider", "considers", "deem", "deems", "declare", "declares", "brand", "brands", "label", "labels",
        "regard", "regards", "designate", "designates",
    ]

    /// The mention is the object of an action the sentence names ("visit India", "bullies Taiwan"), or a later
    /// member of a coordination whose first member is such an object or follows a preposition ("visit India and
    /// the Philippines", "a deal between Britain and Mauritius").
    func isComplement(_ index: Int) -> Bool {
        // "blasts it blamed on Armenian groups": a subject pronoun is no object.
        if mentions[index].kind == .pronoun,
            ["it", "he", "she", "we"].contains(tokens[mentions[index].range.lowerBound].norm)
        {
            return false
        }
        if opensClause(index) { return false }
        let first = group(from: index).first ?? index
        let before = wordIndex(before: mentions[first].range.lowerBound)
        // "charged that Ethiopian troops had attacked …": after "that" (the end of "charge that") stands a clause's
        // subject, not an object.
        if before >= 0, tokens[before].reads("that") { return false }
        // ("an allegation Rwanda denied": after an accusation noun, the subject of a clause describing it.)
        if before >= 0, actionEnds.contains(before), !Self.accusationNouns.contains(tokens[before].norm) { return true }
        // ("after Spain and Morocco agreed": a list after a conjunction of time, with a past verb of its own, is
        // that clause's subject.)
        if before >= 0, tokens[before].classes.contains(.preposition),
            Self.timeConjunctions.contains(tokens[before].norm),
            let end = group(from: index).last.map({ mentions[$0].range.upperBound }), end < tokens.count,
            Intent.isPastVerb(tokens[end])
        {
            return false
        }
        return first != index
            && (mentions[first].precedingClasses.contains(.preposition) || isObjectOfVerb(mentions[first]))
    }

    /// Words after which an actor opens a clause (or, "between", "among", a pair): not the object of a verb.
    static let clauseOpeners: Set<String> = subordinators.union([
        "and", "or", "nor", "as", "so", "yet", "then", "between", "among",
    ])

    /// Words that open a clause set before the main one: "While Iraq and Syria are central …, there has been …".
    static let subordinators: Set<String> = [
        "while", "although", "though", "because", "since", "if", "when", "whereas", "unless", "whether",
    ]

    /// The mention stands in a subordinate clause that a comma closes before `verb`: it is that clause's
    /// subject, not the verb's.
    func isInClauseBefore(_ mention: Mention, verb: Int) -> Bool {
        guard tokens[mention.range.upperBound..<verb].contains(where: { $0.reads(",") }) else { return false }
        var index = mention.range.lowerBound - 1
        while index >= 0, !tokens[index].reads(",") {
            if Self.subordinators.contains(tokens[index].norm) { return true }
            index -= 1
        }
        return false
    }

    /// "… by North Korea, and President Joe Biden discussed …": after a comma and "and" (or "but"), an actor
    /// followed by its verb opens a new clause, unless the actor before ends a list of its own ("Russia, China, and
    /// Iran condemned …").
    func opensClause(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        var start = mentions[index].range.lowerBound
        let end = mentions[index].range.upperBound
        while start > 0, tokens[start - 1].classes.contains(.determiner) { start -= 1 }
        guard start > 1, tokens[start - 1].reads("and") || tokens[start - 1].reads("but"),
            end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized,
            tokens[end].classes.isDisjoint(with: [.preposition, .determiner]), !tokens[end].reads("and")
        else { return false }
        var before = mentions[index - 1].range.lowerBound
        while before > 0, tokens[before - 1].classes.contains(.determiner) { before -= 1 }
        if tokens[start - 2].reads(",") { return before == 0 || !tokens[before - 1].reads(",") }
        // "North Korea fired shells into Yeonpyeong Island and the South Korean Navy returned fire": without a
        // comma, an actor with a past verb of its own after an earlier verb's object or a preposition's (not "talks
        // between Russia and Ukraine resumed"; nor "attacks on Israel and the United States continued", with no verb
        // before).
        var verb = end
        while verb < tokens.count - 1, tokens[verb].kind == .word, tokens[verb].norm.endsWith("ly") { verb += 1 }
        // (Not after a word that opens a clause: "but Russia and China blamed …" is one subject.)
        guard before > 0, tokens[before - 1].kind == .word, !tokens[before - 1].capitalized,
            !tokens[before - 1].classes.contains(.clauseEnd),
            !Self.clauseOpeners.contains(tokens[before - 1].norm)
        else { return false }
        return Intent.isPastVerb(tokens[verb]) && tokens[0..<before].contains(where: Intent.isPastVerb)
    }

    /// "the Iran-China scheme", "the U.S.-China talks": two actors joined by a hyphen before a word in lower case
    /// modify what it names; the pair's mention indices.
    func hyphenPair(containing index: Int) -> (Int, Int)? {
        for first in [index - 1, index] where first >= 0 && first + 1 < mentions.count {
            let (a, b) = (mentions[first].range, mentions[first + 1].range)
            guard a.upperBound + 1 == b.lowerBound, tokens[a.upperBound].reads("-"), b.upperBound < tokens.count
            else { continue }
            let next = tokens[b.upperBound]
            guard next.kind == .word, !next.capitalized else { continue }
            return (first, first + 1)
        }
        return nil
    }

    /// Words that may follow a list of objects: "urged Russia, China and Iran alike", "… too".
    static let afterObjectList: Set<String> = [
        "and", "or", "but", "to", "who", "which", "that", "whose", "alike", "together", "too", "again", "each", "all",
        "both", "respectively", "instead", "as", "than", "over", "under", "amid", "since", "until", "last", "this",
        "next", "earlier", "later", "today", "yesterday", "tonight", "recently", "once", "twice", "not", "alone",
    ]

    /// "… hopes to avoid arbitration Malaysia, the Philippines, Brunei, Vietnam and Taiwan contest …": a list of
    /// three or more actors with no preposition before it and a verb-like lowercase word after it is the subject
    /// of a clause run on without punctuation (a flattened subheading), nobody's object.
    func isRunOnSubject(_ index: Int) -> Bool {
        // Cheap tests first: a list of three goes on with a comma.
        let end = mentions[index].range.upperBound
        guard end < tokens.count, tokens[end].reads(","), !mentions[index].precedingClasses.contains(.preposition)
        else { return false }
        let list = group(from: index)
        guard list.count >= 3, list.first == index,
            let last = list.last, mentions[last].range.upperBound < tokens.count
        else { return false }
        let next = tokens[mentions[last].range.upperBound]
        return next.kind == .word && !next.capitalized
            && next.classes.isDisjoint(with: [.preposition, .determiner, .clauseEnd, .timeWord])
            && !next.norm.endsWith("ly") && !Self.afterObjectList.contains(next.norm)
    }
}
