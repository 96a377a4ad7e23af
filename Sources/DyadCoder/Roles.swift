import DyadModel

/// An event found in one sentence, before codes and dates are attached: which mentions, which match.
struct RoleAssignment: Sendable {
    var source: Int
    var target: Int
    var action: Action
    /// The lexicon pattern, or the construction, that gave the action.
    var pattern: String
    /// The tokens of the action words.
    var span: Range<Int>
    var negated: Bool
    var rule: String
}

/// Assigns source and target to each action match with shallow clause rules: the subject before the verb,
/// the object or prepositional target after it, the `by` agent of a passive, the possessor of a nominal
/// event ("Moscow's discontent with Baku"), coordinated subjects and objects ("Russia and China"), and
/// negation between subject and verb.
final class RoleAssigner {
    let tokens: [Token]
    let mentions: [Mention]
    /// The lexicon's patterns and demonyms (the two parts the assigner reads; the whole lexicon would be copied
    /// for every sentence).
    let patterns: [Lexicon.ActionPattern]
    let demonyms: Set<Int32>
    /// Where the sentence's action matches end: a mention right after one is its object ("visit India").
    var actionEnds: [Int] = []

    init(tokens: [Token], mentions: [Mention], lexicon: borrowing Lexicon, matches: [ActionMatch] = []) {
        self.tokens = tokens
        self.mentions = mentions
        patterns = lexicon.patterns
        demonyms = lexicon.demonyms
        // Not a speech verb: the actor after "said" is the subject of what was said.
        actionEnds = matches.map(\.last).filter { !tokens[$0].classes.contains(.speechVerb) }
    }

    static let prepositions: Set<String> = [
        "to", "with", "against", "in", "at", "on", "for", "from", "by", "toward", "towards", "into", "over",
        "about", "near", "between", "among", "across", "after", "before", "under", "than", "like", "inside",
        "within", "throughout", "upon", "via", "despite", "including", "along", "alongside", "around", "through",
    ]
    /// A mention after these names a place, not a target ("killed in Iraq").
    static let locatives: Set<String> = [
        "in", "at", "near", "inside", "within", "across", "throughout", "outside", "via",
    ]
    static let negations: Set<String> = [
        "not", "n't", "never", "no", "avoid", "avoids", "avoided", "avoiding", "seldom", "rarely", "hardly",
    ]
    static let refusals: Set<String> = [
        "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines",
        "fail", "failed", "fails", "reject", "rejected", "reluctant", "unwilling", "hesitant",
    ]
    static let beForms: Set<String> = ["is", "are", "was", "were", "been", "being", "be", "'s"]
    /// Words that end the stretch in which a verb's object is looked for.
    static let clauseEnds: Set<String> = [
        ";", ":", "that", "which", "who", "because", "while", "whereas", "but", "although",
        "after", "before", "when", "said", "says", "told",
    ]
    static let participles: Set<String> = [
        "taken", "given", "held", "made", "seen", "brought", "struck", "hit", "shot", "fought", "sent", "told", "met",
        "led", "kept", "sought", "beaten", "withdrawn", "built", "caught", "put", "set", "cut", "drawn", "driven",
        "overrun", "stricken", "slain", "sold", "thrown", "won", "broken", "chosen", "known", "spoken", "shown",
        "forbidden", "forgiven", "frozen", "withheld", "upheld", "bound", "torn", "found", "paid",
    ]

    func assign(_ matches: [ActionMatch]) -> [RoleAssignment] {
        let matches = matches.map(clippedToMentions)
        var result: [RoleAssignment] = []
        var previous: (match: ActionMatch, sources: [Int])?
        var governing: ActionMatch?
        var accusation: (match: ActionMatch, accused: [Int])?
        // Who made the last accusation the sentence told.
        var accusers: [Int] = []
        for match in matches
        // (A pattern that runs on from "planned" or "proposed" names an intent itself: "a planned visit".)
        where
            (match.last > match.first && tokens[match.first].classes.contains(.irrealisAdjective)
            || !isAttributive(at: match.first)) && !isHypothetical(at: match.first)
            && !occursLater(after: match.last) && !isEarlierInRelative(match.first) && !isDescription(match.first)
            && !isHabitual(match) && !isProspect(before: match.first)
            && !isPossibleSubject(match) && !isInsideName(match)
        {
            let pattern = patterns[match.pattern]
            // A weapon named is an attack only where it is used, and military aid where it is handed over.
            var weaponsHandedOver: Action?
            if pattern.isInstrument {
                switch instrumentUse(match, among: matches) {
                case .named: continue
                case .handedOver: weaponsHandedOver = CAMEO.action(for: "072")
                case .used: break
                }
            }
            // "demanded that the US cancel plans to sell weapons", "rejected an offer to host a summit": what is
            // asked for, refused or threatened is not done.
            if let governing, isComplement(match, of: governing) { continue }
            if isTopic(match, among: matches) || isTalkAbout(match) { continue }
            if Self.governingRoots.contains(pattern.action.rootNumber) || pattern.action.code.hasPrefix("112")
                || pattern.action.code == "016"
            {
                governing = match
            }
            let verb = match.first
            let passive = isPassive(at: verb)
            var sources: [Int] = []
            var targets: [Int] = []
            var rule: String
            // The rule made the sources each other's targets ("Armenia and Azerbaijan agreed"): no mutual copy.
            var reciprocal = false
            // What the rule makes of the pattern's action: a warning of the warner's own hostile act is the threat
            // of that act; rejecting an accusation is denying it.
            var recoded: Action?
            if pattern.laysBlame {
                // "Iran said Israel was responsible for the attack", "Russia was behind the strikes, Kyiv said": the
                // speaker lays the blame on the clause's subject.
                targets = subject(before: verb).map(group(from:)) ?? []
                sources = speaker(reporting: match).map(group(from:)) ?? []
                rule = "blame in reported speech"
            } else if let accusation, accusation.match.first < match.first, match.last <= accusation.match.last {
                // The act an accusation alleges ("accused Thai forces of launching an attack on …"): the accused's.
                sources = accusation.accused
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "alleged in an accusation"
            } else if isUndergone(verb), let agent = byAgent(after: match.last, orFrom: true) {
                // "Pakistani troops returned fire after coming under fire from the Indian border guards": the one
                // it comes from does it to the subject.
                sources = group(from: agent)
                targets = subject(before: verb).map(group(from:)) ?? []
                rule = "come under X from Y"
            } else if passive, let agent = byAgent(after: match.last) {
                sources = group(from: agent)
                if hasPassiveAuxiliary(before: verb) {
                    // "A camp for Congolese refugees was attacked by …": the actor the subject belongs to; "Kharkiv
                    // was shelled by Russia": a place undergoes what a place never does itself.
                    // ("Sanctions were imposed on Russia by the EU": failing one, the object after the verb.)
                    targets =
                        (subject(before: verb) ?? ownerInSubject(before: verb) ?? placeUndergoing(verb)
                        ?? object(after: match, excluding: sources))
                        .map(group(from:)) ?? []
                } else {
                    // A reduced relative, "bombed a border town seized by South Sudan": what the participle describes
                    // stands right before it (or before a comma: "Somali soldiers, supported by the U.S. military").
                    let end = verb > 0 && tokens[verb - 1].reads(",") ? verb - 1 : verb
                    targets = mentions.firstIndex { $0.range.upperBound == end }.map(group(from:)) ?? []
                }
                rule = "passive by-agent"
            } else if isNominal(at: verb), let agent = byAgent(after: match.last) ?? byAgent(inside: match) {
                // "the annexation of Crimea by Russia": the by-agent acts on what stands between; "a visit by Starmer
                // to Washington": on what the pattern's own word leads to.
                sources = group(from: agent)
                let before = mentions[agent].range.lowerBound > match.last ? mentions[agent].range.lowerBound : nil
                targets = object(after: match, excluding: sources, before: before).map(group(from:)) ?? []
                rule = "nominal by-agent"
            } else if let possessor = possessor(of: verb) {
                sources = group(from: possessor)
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "possessor of nominal event"
            } else if let adjective = adjectiveSource(of: verb) {
                sources = group(from: adjective)
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "adjective of nominal event"
            } else if pattern.action.root == "04" || pattern.action.root == "19", verb > 0,
                let mention = mentions.lastIndex(where: {
                    $0.range.upperBound == verb
                        || ($0.range.upperBound == verb - 1 && tokens[verb - 1].classes.contains(.groundNoun))
                }),
                let pair = hyphenPair(containing: mention)
            {
                // "the U.S.-China talks", "a Putin-Xi summit", "India-Pakistan border clashes": a meeting or a fight
                // between the two.
                sources = [pair.0, pair.1]
                targets = sources
                rule = "X-Y compound, reciprocal"
                reciprocal = true
            } else if let previous, coordinated(previous.match, match) {
                sources = previous.sources
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "coordinated verb"
            } else if let previous, isAdverbialParticiple(verb, after: previous.match) {
                // "Argentina is to make a complaint to the Security Council after accusing Britain …": the clause's
                // subject does what the participle names, not the object before it.
                sources = previous.sources
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "adverbial participle"
            } else if let main = openingParticipleSubject(match) {
                // "Blaming the United States for the incident, Chinese officials said …": the main clause's subject
                // does what a participle opening the sentence names.
                sources = group(from: main.subject)
                targets = object(after: match, excluding: sources, before: main.comma).map(group(from:)) ?? []
                rule = "opening participle"
            } else {
                // "…, and their military-diplomatic partnership": an event noun owned by a plural pronoun the
                // possessor rule could not resolve has that owner, not an actor further back.
                let subject = hasUnresolvedOwner(verb) ? nil : subject(before: verb)
                let subjectEnd = subject.map { mentions[$0].range.upperBound } ?? 0
                // "condemned the attack on Georgia": the noun is what another action is about, not the
                // subject's own deed.
                // With the subject an adjective right before the noun ("opposes Chinese investment"), the other
                // action may stand just before the subject.
                let adjacent = subject.map { subjectEnd == verb && !mentions[$0].isPossessor } ?? false
                let from = adjacent ? (subject.map { mentions[$0].range.lowerBound - 4 } ?? subjectEnd) : subjectEnd
                let insideAnother = matches.contains {
                    $0.first >= from && $0.last < verb
                        && Self.evaluativeRoots.contains(patterns[$0.pattern].action.rootNumber)
                }
                // "The G7 talks bring together …", "the Jeddah talks": after "the" and an actor, a meeting word is
                // a noun (but a person is no noun's modifier: "his counterpart Wang Yi met").
                // ("their leaders held a meeting": a past verb is no noun.)
                let compound =
                    Self.locatedRoots.contains(pattern.action.rootNumber) && !Intent.isPastVerb(tokens[verb])
                    && mentions.contains {
                        $0.range.upperBound == verb && $0.range.lowerBound > 0 && $0.kind != .person
                            && tokens[$0.range.lowerBound - 1].classes.contains(.determiner)
                    }
                if isNominal(at: verb) || compound, subject != nil,
                    insideAnother || !isGoverned(verb, after: subjectEnd)
                {
                    // "… much remains to be done on a Ukraine ceasefire deal": a noun that no verb of the subject
                    // governs is a topic, not an event.
                    sources = []
                } else {
                    sources = subject.map(group(from:)) ?? []
                }
                if sources.isEmpty, pattern.action.root == "13", isExistential(before: verb),
                    let speaker = speaker(reporting: match)
                {
                    // "Hunt said there would be serious consequences if Iran did not release the ship": the
                    // speaker threatens.
                    sources = group(from: speaker)
                }
                targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                rule = "subject-verb-object"
                if targets.isEmpty, !sources.isEmpty, Self.isJourney(pattern.action),
                    let place = placeBeingIn(between: subjectEnd, and: verb)
                {
                    // "Lavrov is in Beijing on a visit": the place the subject is in is the one visited.
                    targets = [place]
                    rule += ", being there"
                }
                if pattern.action.root == "11", let addressee = targets.first,
                    mentions[addressee].code?.isOrganisation == true,
                    let accused = accusedAfter(addressee: addressee, excluding: sources)
                {
                    // "Lebanon complained to the United Nations over two Israeli air raids": the complaint is
                    // addressed to the organisation and made against the state it is about.
                    targets = group(from: accused)
                    rule += ", complaint about"
                } else if isNominal(at: verb), Self.intransitiveNouns.contains(tokens[match.first].norm),
                    let actor = targets.first, word(before: mentions[actor]) == "of"
                {
                    // "the retreat of the United States from global leadership", "the deployment of Russian troops
                    // to Syria": the actor "of" such a noun is the one who moves.
                    sources = group(from: actor)
                    targets = object(after: match, excluding: sources).map(group(from:)) ?? []
                    rule = "actor of nominal event"
                } else if pattern.action.root == "09", !passive, let perpetrator = byAgent(after: match.last),
                    !sources.contains(perpetrator)
                {
                    // "Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians":
                    // what is investigated is the perpetrators' doing.
                    targets = group(from: perpetrator)
                    rule += ", perpetrators investigated"
                } else if !sources.isEmpty, let giver = targets.first, word(before: mentions[giver]) == "from",
                    isReceived(verb, after: subjectEnd)
                {
                    // "Pakistan has received 23 bailout packages from the IMF", "Israel faces threats from Iran":
                    // the subject is on the receiving end of what comes from the other.
                    swap(&sources, &targets)
                    rule += ", received from"
                }
                if targets.isEmpty,
                    let implicit = implicitTarget(
                        of: match, sources: sources, subject: subject, subjectEnd: subjectEnd, accusers: accusers,
                        among: matches, earlier: result)
                {
                    targets = implicit.targets
                    recoded = implicit.recoded
                    rule += implicit.rule
                }
            }
            if targets.isEmpty, !sources.isEmpty, pattern.action.root == "12",
                let proposer = proposer(ofRejected: match, among: matches)
            {
                // "refused to respond to a demand from the US President": whose demand or offer is refused.
                targets = group(from: proposer)
                rule += ", whose proposal"
            }
            if targets.isEmpty, !sources.isEmpty,
                let owner = ownerOfGround(
                    after: match.last, excluding: sources, forces: Self.forceRoots.contains(pattern.action.rootNumber))
            {
                // "Costa Rica claimed … that Nicaraguan troops have entered its territory": the state whose land, sea
                // or air it is.
                targets = [owner]
                rule += ", its ground"
            }
            // "VOA spoke with Armitage", "VOA: you met with …": a news outlet's interviews and statements are
            // reporting, not acts between states.
            if Self.locatedRoots.contains(pattern.action.rootNumber) {
                sources.removeAll { mentions[$0].code?.sector == "MED" }
            }
            if passive && rule != "passive by-agent" {
                // A passive without a `by` agent names no source ("Ukraine was attacked"), but for an envoy's or an
                // announced decision's.
                sources = []
                if let actor = agentlessPassive(match, verb: verb) {
                    sources = actor.sources
                    targets = actor.targets
                    rule += actor.rule
                    if let action = actor.recoded { recoded = action }
                }
            }
            if !sources.isEmpty { previous = (match, sources) }
            if !sources.isEmpty, pattern.action.code.hasPrefix("112") { accusers = sources }
            if pattern.action.code == ActionFinder.accusationOfAggression, !targets.isEmpty {
                accusation = (match, targets)
            }
            var negated = isNegated(before: verb, after: sources.map { mentions[$0].range.upperBound }.max())
            var action = pattern.action
            // What the context and the participants make of the pattern's action ("cease … aid", "withdrew from
            // ECOWAS", "captured Bakhmut" …).
            if let recoded { action = recoded }
            if let weaponsHandedOver {
                action = weaponsHandedOver
                rule += ", weapons handed over"
            }
            let refinement = refined(action, pattern: pattern, match: match, sources: sources, targets: targets)
            action = refinement.action
            rule += refinement.rule
            // "Chinese tourists visited Vietnam", "refugees arrived in Chad": private people travelling pay no visit
            // between states.
            if Self.isJourney(action) {
                sources.removeAll { ["CVL", "REF"].contains(mentions[$0].code?.sector) }
            }
            let meetingOrJourney = action.rootNumber == 4  // (visits, 042 and 043, are meetings too)
            let announced =
                Intent.isAnnounced(verb, in: tokens)
                || (meetingOrJourney && isNominal(at: verb) && isFutureSubject(match.last))
                // "Rubio will join Waltz for the Jeddah talks with Ukrainian officials".
                || (meetingOrJourney && Intent.isPlannedInClause(verb, in: tokens))
            if announced, action.root == "16", !isConditional(match), isDecided(before: verb) {
                // "The United States announced that it would cease military aid": a cut announced as decided is
                // made, not threatened.
                rule += ", decided"
            } else if announced, action.root == "15", isProtective(after: match.last),
                let protection = CAMEO.action(for: "0334")
            {
                // "is willing to send troops to defend Saudi Arabia": forces offered for another's defence are
                // an offer of protection, not a threat.
                action = protection
                rule += ", announced, protective"
            } else if announced, let intent = Intent.intent(for: action) {
                action = intent
                rule += ", announced"
            }
            // "He plans to urge G7 foreign ministers …": an appeal or a demand announced for later is not made yet;
            // nor is a promise under a condition (a threat under one is made: it stays), unless the speaker makes it
            // of itself ("rebel leaders said they would meet the U.N. mediator if he gave them a veto"; not an
            // analyst's "Turkey will buy Russian aircraft if …").
            let ownPromise =
                action.root == "03"
                && tokens[max(0, verb - 4)..<verb].contains { $0.classes.contains(.speakerPronoun) }
            if announced,
                Self.unannouncedRoots.contains(action.rootNumber)
                    || (action.root != "13" && !ownPromise && isConditional(match))
            {
                continue
            }
            // "Mexico will not attend the meeting", "Japan would not provide aid": an intent to cooperate denied is a
            // refusal.
            if negated, let refusal = Intent.refusal(for: action) {
                action = refusal
                negated = false
                rule += ", refused"
            }
            // "French and Egyptian warships launched war games": a show of force by several states together is
            // military cooperation among them.
            if action.root == "15", (2...4).contains(sources.count), targets.isEmpty || targets.allSatisfy(isPlace),
                Set(sources.compactMap { mentions[$0].code?.country }).count == sources.count,
                let joint = CAMEO.action(for: "062")
            {
                action = joint
                targets = sources
                rule += ", joint"
            }
            // "Armenian and Azerbaijani forces clashed", "the two armies exchanged fire": fighting each other.
            // (Asked only with a compound subject or objects: most matches have neither.)
            let symmetric =
                (actorCount(sources) >= 2 || (sources.isEmpty && targets.count >= 2))
                && (EventCoder.isSymmetric(action)
                    || (Self.mutualPatterns.contains(pattern.text)
                        && (!Self.transitiveFighting.contains(pattern.text) || isNominal(at: verb)
                            || !hasDirectObject(after: match.last))))
            // Reciprocal only for a verb with a small compound subject: "Armenia and Azerbaijan agreed", not a
            // "meeting" noun after a list of ten delegations.
            // (A noun counts when a verb of the compound subject governs it: "China and Russia held a joint
            // exercise".)
            if (2...4).contains(actorCount(sources)), symmetric, !isNominal(at: verb) || isVerbObject(match.first),
                targets.isEmpty || (targets.allSatisfy(isPlace) && !Self.isJourney(action))
            {
                // A place ("agreed to resume talks in Brussels") is where, not whom; but where a journey goes is
                // whom it visits ("Bashir and Kiir arrived in Ethiopia").
                // "Armenia and Azerbaijan agreed": each toward the other.
                targets = sources
                rule += ", reciprocal"
                reciprocal = true
            } else if (2...4).contains(actorCount(sources)), targets.isEmpty, namesEachOther(in: match) {
                // "Peru and Ecuador say they'll stop shooting at each other".
                targets = sources
                rule += ", each other"
            }
            if sources.isEmpty, targets.count >= 2, symmetric, precededByBetween(targets) {
                // "talks between Russia and Ukraine".
                sources = targets
                rule = "between X and Y, reciprocal"
                reciprocal = true
            } else if sources.isEmpty, action.root == "19", let first = targets.first,
                let pair = hyphenPair(containing: first),
                tokens[mentions[pair.1].range.upperBound].classes.contains(.groundNoun)
            {
                // "Fighting erupted along the Thailand-Cambodia border": between the two.
                sources = [pair.0, pair.1]
                targets = sources
                rule = "fighting along an X-Y border, reciprocal"
                reciprocal = true
            }
            // "Blinken telephoned Lavrov": a call, a consultation or a negotiation is between the two, both ways.
            let mutual = EventCoder.isMutual(action) && !reciprocal
            // "The UAE signed agreements with Israel": what is signed with another is signed by both.
            // (Not an intent: "is seeking to finalize a deal with Mauritius" is one side's.)
            let signedJointly = pattern.signedJointly && !reciprocal && action.root != "03"
            for source in sources {
                // (A pair with itself: "the two countries agreed" is each toward the other.)
                for target in targets where target != source || mentions[source].partner != nil {
                    result.append(
                        RoleAssignment(
                            source: source, target: target, action: action, pattern: pattern.text,
                            span: match.span, negated: negated, rule: rule))
                    let partner =
                        signedJointly && ["with", "alongside"].contains(mentions[target].preceding(in: tokens))
                    if mutual || partner, !mentions[target].isPlace {
                        result.append(
                            RoleAssignment(
                                source: target, target: source, action: action, pattern: pattern.text,
                                span: match.span, negated: negated, rule: rule + ", mutual"))
                    }
                }
            }
            // "Afghanistan rejected Pakistan's allegation that the attack was planned on Afghan soil": the accusation
            // denied is the accuser's against the clause's subject.
            if action.code == "016", !negated, let accusation = CAMEO.action(for: "112") {
                for accuser in targets where !mentions[accuser].isPlace {
                    guard let accused = accusedInClause(after: match.last, excluding: [accuser]) else { continue }
                    result.append(
                        RoleAssignment(
                            source: accuser, target: accused, action: accusation, pattern: pattern.text,
                            span: match.span, negated: false, rule: rule + ", accusation denied"))
                }
            }
        }
        return result + reportedObligations() + trailingObligations(matches)
    }

    /// "Russian drones struck Odesa": a pattern ("drone strike") that begins inside an actor's words and ends on the
    /// word right after them is that word, so that the actor stays the subject. (One whose other words stand further
    /// on, like "State … visiting" in "Secretary of State Antony Blinken assured visiting …", is left alone.)
    func clippedToMentions(_ match: ActionMatch) -> ActionMatch {
        guard
            let mention = mentions.first(where: {
                $0.range.lowerBound < match.first && $0.range.contains(match.first) && match.last == $0.range.upperBound
            })
        else { return match }
        var clipped = match
        clipped.first = mention.range.upperBound
        return clipped
    }

    /// Pronouns by which a speaker refers to itself in reported speech: "Japan said it had halted aid".
    static let speakerPronouns: Set<String> = ["it", "they", "we"]

    /// Verbs that take an actor as object before a nominal event: "gave the Ivory Coast aid", "offered Kyiv
    /// support".
    static let lightVerbs: Set<String> = [
        "give", "gave", "given", "gives", "giving", "offer", "offers", "offering", "send", "sends", "sent", "grant",
        "grants", "hand", "hands", "told", "tell", "tells", "urge", "urges", "ask", "asks", "accuse", "accuses",
        "call", "calls", "help", "helps", "join", "joins", "met", "meet", "meets", "visit", "visits", "hit", "hits",
        "lend", "lent", "lends", "promise", "promises", "supply", "supplies", "provide", "provides", "let", "allow",
        "allows", "warn", "warns", "invite", "invites", "thank", "thanks", "back", "backs", "fight", "fought",
        "against", "host", "hosts", "sell", "sold", "sells", "buy", "bought",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "both"]

    /// "the Russian invasion of Ukraine", "Israeli strikes killed …", "a North Korean missile launch": a state's
    /// adjective right before an event noun names who acts. (Not before a verb form in -ed.)
    func adjectiveSource(of verb: Int) -> Int? {
        guard verb > 0, !tokens[verb].norm.endsWith("ed"), demonyms.contains(tokens[verb - 1].id),
            let index = mentions.lastIndex(where: { $0.range.upperBound == verb })
        else { return nil }
        let mention = mentions[index]
        guard mention.kind == .state, mention.sector == nil, mention.code?.sector == nil, !mention.isPlace,
            !mention.isPossessor
        else { return nil }
        return index
    }

    /// The possessor of a nominal event: `Moscow's discontent`, `Azerbaijan's recent recognition`.
    func possessor(of verb: Int) -> Int? {
        for (index, mention) in mentions.enumerated() where mention.isPossessor {
            let possessive = mention.range.upperBound
            guard possessive < verb, verb - possessive <= 5 else { continue }
            // "Russia's full-scale invasion": lowercase words, hyphens between them.
            let between = tokens[(possessive + 1)..<verb]
            // (Not across a verb: "North Korea's test drew condemnation" is no condemnation by North Korea.)
            if between.filter({ $0.kind == .word }).count <= 2,
                Self.isModifierRun(between),
                !between.contains(where: {
                    Self.receivingVerbs.contains($0.norm)
                        || !$0.classes.isDisjoint(with: [.be, .auxiliary, .speechVerb, .governingVerb, .modal])
                })
            {
                return index
            }
        }
        // "sanctions against Russia over its invasion of Ukraine": "its" is the state or organisation named just
        // before (a few words at most: in "will defend its ally in its battle", the second "its" is the ally's);
        // "Khan said his meeting with Gujral": "his" or "her" the person.
        guard
            let pronoun = tokens[max(0, verb - 3)..<verb].lastIndex(where: {
                $0.reads("its") || $0.reads("his") || $0.reads("her")
            }),
            Self.isModifierRun(tokens[(pronoun + 1)..<verb])
        else { return nil }
        let kinds: [Mention.Kind] = tokens[pronoun].reads("its") ? [.state, .seat, .organisation] : [.person]
        guard let antecedent = antecedent(of: pronoun, kinds: kinds),
            pronoun - mentions[antecedent].range.upperBound <= 3
        else { return nil }
        return antecedent
    }

    /// "their" or "our" before the event noun at `verb`, with at most two lowercase words (and hyphens) between.
    func hasUnresolvedOwner(_ verb: Int) -> Bool {
        guard let owner = tokens[max(0, verb - 5)..<verb].lastIndex(where: { $0.reads("their") || $0.reads("our") }),
            // ("their leaders held a meeting": an actor the pronoun owns, resolved, is the subject; "reiterated
            // their opposition": after a verb, the pronoun is its subject's.)
            !mentions.contains(where: { $0.range.lowerBound == owner + 1 && $0.code != nil }),
            owner == 0 || !(tokens[owner - 1].classes.contains(.governingVerb) || Intent.isPastVerb(tokens[owner - 1]))
        else { return false }
        let between = tokens[(owner + 1)..<verb]
        return between.filter { $0.kind == .word }.count <= 2 && Self.isModifierRun(between)
    }

    /// Lowercase words and hyphens only: what may stand between an owner and its noun ("Russia's full-scale").
    static func isModifierRun(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { ($0.kind == .word && !$0.capitalized) || $0.reads("-") }
    }

    /// What a possessive pronoun at `pronoun` refers to: the last coded mention of one of `kinds` before it (not a
    /// place) whose code `accept` takes.
    func antecedent(
        of pronoun: Int, kinds: [Mention.Kind], accept: (ActorCode) -> Bool = { _ in true }
    ) -> Int? {
        mentions.lastIndex {
            guard let code = $0.code else { return false }
            return $0.range.upperBound <= pronoun && !$0.isPlace && kinds.contains($0.kind) && accept(code)
        }
    }

    /// The first mention after the match that can be its object: an actor, not the source itself, not a place
    /// ("killed in Iraq") unless the pattern ends in the place's preposition ("arrive in") or nothing else is
    /// there ("lifted a curfew in Montenegro").
    /// A comma stands between `end` and the mention, which is not an apposition closing the sentence or clause
    /// ("a visit to the capital, Port Louis.", "to imprison Metin Topuz, a local U.S. consulate employee."): the
    /// mention begins another item of a list ("support for the island, China's aggression in the region").
    func listItem(_ mention: Mention, after end: Int) -> Bool {
        let gap = tokens[(end + 1)..<mention.range.lowerBound]
        guard let comma = gap.lastIndex(where: { $0.reads(",") }) else { return false }
        let lead = tokens[(comma + 1)..<mention.range.lowerBound]
        let after = mention.range.upperBound
        let closes = after == tokens.count || [",", ".", ";", ":"].contains(tokens[after].norm)
        let apposition =
            lead.count <= 3 && lead.allSatisfy { $0.kind == .word && !$0.capitalized } && !mention.isPossessor && closes
        return !apposition
    }

    func object(after match: ActionMatch, excluding sources: [Int], before end: Int? = nil) -> Int? {
        let sourceNodes = Set(sources.compactMap { mentions[$0].code?.node })
        let limit = min(end ?? tokens.count, match.last + 12)
        let action = patterns[match.pattern].action
        let root = action.root
        let rootNumber = action.rootNumber
        // An event noun's object follows it; past a verb ("the G7 talks … brought together ministers from …") the
        // actors belong to that verb, and past a comma to the next item of a list ("U.S. support for the island,
        // China's aggression in the region").
        let nominal = isNominal(at: match.first)
        let journey = Self.isJourney(action)
        // "sanctions can snap back if Tehran does not …": past "if" or "unless" stands the condition's subject, not
        // the object; only a threat (or a hostile action announced, hence a threat) is aimed at it ("will not accept
        // refugees if war starts in Iraq" is no refusal toward Iraq). (Asked only at an "if".)
        let conditionEnds = {
            root != "13" && !(rootNumber >= 15 && Intent.isAnnounced(match.first, in: self.tokens))
        }
        // "accused YChina of supporting propaganda about Hong Kong": whom a verb of accusing accuses stands before
        // its "of"; what follows is the charge.
        let accusing = !nominal && action.code.hasPrefix("112")
        var place: Int?
        var sponsors = Set<Int>()
        for (index, mention) in mentions.enumerated() {
            guard mention.range.lowerBound > match.first, mention.range.lowerBound < limit else { continue }
            // "an investigation of illegal arms sales to Croatia": what is investigated is another event, whose
            // actors are not the investigation's object.
            if root == "09", actionEnds.contains(where: { $0 > match.last && $0 < mention.range.lowerBound }) {
                break
            }
            if mention.range.lowerBound > match.last,
                ((match.last + 1)..<mention.range.lowerBound).contains(where: {
                    let token = tokens[$0]
                    return token.classes.contains(.clauseEnd)
                        || (nominal
                            && (token.classes.contains(.governingVerb) || token.classes.contains(.speechVerb))
                            && !isTakingPlace($0))
                        || ((token.reads("if") || token.reads("unless")) && conditionEnds())
                }) || listItem(mention, after: match.last)
                    || (accusing && tokens[(match.first + 1)..<mention.range.lowerBound].contains { $0.reads("of") })
                    || isAgentOfParticiple(mention, after: match.last)
            {
                break
            }
            guard let code = mention.code, !sourceNodes.contains(code.node), !sources.contains(index) else {
                // "said they would blockade Paris to demand an end to the EC's reform": a direct object of the
                // source's own makes the event domestic; a later actor is not its object.
                if mention.code != nil, !sources.isEmpty, mention.range.lowerBound > match.last,
                    tokens[(match.last + 1)..<mention.range.lowerBound].allSatisfy({
                        $0.classes.contains(.determiner)
                    }),
                    group(from: index).allSatisfy({ sourceNodes.contains(mentions[$0].code?.node ?? "") })
                {
                    return nil
                }
                continue
            }
            // "the attacks it had carried out", "dismissed accusations it is getting weapons from North Korea": "it"
            // is only read as the subject of the verb after it, which opens a clause of its own.
            // ("they", "he", "she" and "we" are never objects: "to jointly combat what they describe as …".)
            if Self.subjectPronouns.contains(tokens[mention.range.lowerBound].norm) { break }
            if isRunOnSubject(index) { break }
            // "discussed China's role": what a meeting or statement is about, not whom it is with. (The owner of the
            // pattern's own noun is its counterpart: "rejected Pakistan's allegation".)
            if mention.isPossessor, Self.locatedRoots.contains(rootNumber), mention.range.upperBound > match.last {
                return nil
            }
            // Telling a newspaper or broadcaster something is reporting, not an act toward a state (arresting a
            // journalist is an act).
            if code.sector == "MED", Self.reportingRoots.contains(rootNumber) { continue }
            // "…, the Israeli army said Friday": who reports the event, not its object.
            if isAttribution(mention) { continue }
            // "a journey from eastern China": where a trip starts is not where it goes.
            if journey, isOrigin(mention) { continue }
            // "signed a peace deal under the aegis of Libya and the African Union": who sponsors it is no party.
            if isSponsor(mention) || sponsors.contains(index) {
                sponsors.formUnion(group(from: index))
                continue
            }
            if mention.precedingClasses.contains(.locative) && mention.range.lowerBound - 1 != match.last {
                // (A route is no place an act is aimed at either: "gas that Russia supplies to western Europe via
                // Ukraine".)
                if place == nil, !tokens[mention.range.lowerBound - 1].reads("via") { place = index }
                continue
            }
            // A city or region is an object right after the verb ("shelled Kharkiv") or after a preposition of
            // direction ("strikes on Odesa"); elsewhere it locates ("talks in Charlevoix, Quebec").
            if mention.isPlace, !mention.precedingClasses.contains(.placeObjectPreposition),
                !tokens[(match.last + 1)..<mention.range.lowerBound].allSatisfy({
                    $0.classes.contains(.determiner)
                })
            {
                if place == nil { place = index }
                continue
            }
            return index
        }
        // A meeting or a statement in a place is located there, not directed at it ("met in Brussels", "talks at
        // the summit in San Francisco"); an attack or aid in a place is aimed at it.
        if let place, mentions[place].precedingClasses.contains(.locative), Self.locatedRoots.contains(rootNumber) {
            return nil
        }
        return place
    }

    /// Nouns of sponsorship before "of": "under the aegis of", "under the auspices of".
    static let sponsorNouns: Set<String> = ["aegis", "auspices", "patronage", "sponsorship", "chairmanship"]

    func isSponsor(_ mention: Mention) -> Bool {
        var start = mention.range.lowerBound
        if start > 0, tokens[start - 1].reads("the") { start -= 1 }
        return start > 1 && tokens[start - 1].reads("of") && Self.sponsorNouns.contains(tokens[start - 2].norm)
    }

    /// Patterns of fighting and of exchanging words that a compound subject does to each other.
    static let mutualPatterns: Set<String> = [
        "clash", "skirmish", "exchange fire", "trade fire", "exchange gunfire", "trade gunfire", "exchange shot",
        "trade shot", "exchange of fire", "exchange of gunfire", "gun battle", "fight", "battle", "combat", "go to war",
        "military engagement", "hostility", "trade accusation", "exchange accusation", "trade blame", "exchange blame",
        "trade barb", "trade insult",
        "war of word", "establish diplomatic relation", "establish diplomatic tie", "establish tie",
        "forge diplomatic tie", "open diplomatic relation",
    ]

    /// The state that "its" or "their" names before a noun of land, sea or air right after the match ("entered its
    /// territory", "violated their airspace"): the last state named before it that is none of the sources'.
    ///
    /// With `forces` (an act of force), the noun may also name the state's forces or posts ("attacked its positions",
    /// "fired on its border posts").
    func ownerOfGround(after end: Int, excluding sources: [Int], forces: Bool = false) -> Int? {
        var index = end + 1
        if index < tokens.count, tokens[index].classes.contains(.preposition) { index += 1 }
        guard index + 1 < tokens.count, tokens[index].reads("its") || tokens[index].reads("their") else { return nil }
        var noun = index + 1
        if forces, noun + 1 < tokens.count, Self.forceModifiers.contains(tokens[noun].norm) { noun += 1 }
        guard tokens[noun].classes.contains(.groundNoun) || (forces && Self.forceNouns.contains(tokens[noun].norm))
        else { return nil }
        let sourceCountries = Set(sources.compactMap { mentions[$0].code?.country })
        return antecedent(of: index, kinds: [.state, .seat]) { !sourceCountries.contains($0.country ?? "") }
    }

    /// Who made the demand, offer or proposal (an event noun a few words after a refusal) that is refused: the
    /// actor after its "from" or "by".
    func proposer(ofRejected refusal: ActionMatch, among matches: [ActionMatch]) -> Int? {
        guard
            let proposal = matches.first(where: {
                $0.first > refusal.last && $0.first - refusal.last <= 6 && isNominal(at: $0.first)
            })
        else { return nil }
        return byAgent(after: proposal.last, orFrom: true)
    }

    /// A purpose of protecting follows a deployment: "… to defend Saudi Arabia", "… to help protect the border".
    func isProtective(after end: Int) -> Bool {
        var index = end + 1
        while index < tokens.count, index <= end + 6, !tokens[index].classes.contains(.clauseEnd) {
            if tokens[index].reads("to"), index + 1 < tokens.count {
                var verb = index + 1
                if tokens[verb].reads("help"), verb + 1 < tokens.count { verb += 1 }
                return Self.protectiveVerbs.contains(tokens[verb].norm)
            }
            index += 1
        }
        return false
    }

    static let protectiveVerbs: Set<String> = ["defend", "protect", "help", "assist", "support", "guard", "secure"]

    /// "Ethiopia and Eritrea often accuse each other": words usually said, no dated event. ("has repeatedly
    /// accused" stays: each time was one; and acts of force done routinely, "soldiers routinely beat detainees", are
    /// acts still going on.)
    func isHabitual(_ match: ActionMatch) -> Bool {
        let verb = match.first
        guard patterns[match.pattern].action.rootNumber <= 13 else { return false }
        var index = verb - 1
        if index >= 0, tokens[index].classes.contains(.auxiliary) || tokens[index].classes.contains(.be) {
            index -= 1
        }
        guard index >= 0, tokens[index].classes.contains(.habitual) else { return false }
        return index + 1 == verb || tokens[index + 1].classes.contains(.auxiliary) == false
    }

    static let habitualAdverbs: Set<String> = [
        "often", "frequently", "regularly", "routinely", "usually", "typically", "commonly", "habitually",
    ]

    /// "… would pave the way for a visit by …", "open the door to talks": an event that something else may bring
    /// about has not happened.
    func isProspect(before verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, verb - index <= 3,
            tokens[index].classes.contains(.determiner)
                || (tokens[index].kind == .word && !tokens[index].capitalized && tokens[index].norm.endsWith("al"))
        {
            index -= 1
        }
        guard index >= 1, tokens[index].reads("for") || tokens[index].reads("to") else { return false }
        return Self.prospectNouns.contains(tokens[index - 1].norm)
    }

    static let prospectNouns: Set<String> = ["way", "door", "stage", "groundwork", "path", "prelude"]

    /// "“Russia must withdraw its troops from Ukraine,” the German chancellor said", "Israel should allow aid in,
    /// the UN chief said": an obligation said of an actor, with its speaker after it, is the speaker's demand (100)
    /// or appeal (020), as `reportedObligations` finds it with the speaker before. (The act itself stays uncoded.)
    func trailingObligations(_ matches: [ActionMatch]) -> [RoleAssignment] {
        var found: [RoleAssignment] = []
        for match in matches {
            guard let modal = obligation(before: match.first),
                !tokens[..<match.first].contains(where: { $0.classes.contains(.speechVerb) }),
                let code = Self.obligations[modal], let action = CAMEO.action(for: code),
                let subject = subject(before: match.first), let speaker = speaker(reporting: match)
            else { continue }
            let speakers = group(from: speaker)
            let speakerCountries = Set(speakers.compactMap { mentions[$0].code?.country })
            for target in group(from: subject) where !speakerCountries.contains(mentions[target].code?.country ?? "") {
                for source in speakers {
                    found.append(
                        RoleAssignment(
                            source: source, target: target, action: action, pattern: "X \(modal), said",
                            span: match.span, negated: false, rule: "reported obligation, speaker after"))
                }
            }
        }
        return found
    }

    /// "must" or "should" right before the verb at `verb` ("must not", "should immediately" may stand between).
    func obligation(before verb: Int) -> String? {
        var index = verb - 1
        while index >= 0, verb - index <= 3,
            tokens[index].reads("not") || tokens[index].norm.endsWith("ly") || tokens[index].reads("also")
        {
            index -= 1
        }
        guard index >= 0, Self.obligations[tokens[index].norm] != nil else { return nil }
        return tokens[index].norm
    }

    /// Who reports the clause of `match`: the subject of a verb of speech before it ("Iran said Israel was …"), or
    /// the actor next to one after it ("…, Kyiv said", "…, said the ministry").
    func speaker(reporting match: ActionMatch) -> Int? {
        // (Not a participle with its agent: "said, in comments reported by Sky News, that …".)
        if let speech = tokens.indices[..<match.first].last(where: {
            tokens[$0].classes.contains(.speechVerb) && !($0 + 1 < tokens.count && tokens[$0 + 1].reads("by"))
        }),
            !tokens[speech..<match.first].contains(where: { $0.reads(";") })
        {
            return subject(before: speech)
        }
        guard let speech = tokens[(match.last + 1)...].firstIndex(where: { $0.classes.contains(.speechVerb) }),
            tokens[(match.last + 1)..<speech].contains(where: { $0.reads(",") })
        else { return nil }
        return mentions.firstIndex {
            $0.code != nil
                && (($0.range.upperBound <= speech && speech - $0.range.upperBound <= 1)
                    || ($0.range.lowerBound > speech && $0.range.lowerBound - speech <= 2))
        }
    }

    /// The state or seat the subject is in, between its end and the verb: "is in Beijing", "was in Damascus".
    func placeBeingIn(between subjectEnd: Int, and verb: Int) -> Int? {
        mentions.firstIndex {
            let start = $0.range.lowerBound
            return start > subjectEnd + 1 && $0.range.upperBound <= verb && $0.code?.country != nil
                && tokens[start - 1].classes.contains(.locative) && tokens[start - 2].classes.contains(.be)
        }
    }

    /// Roots of acts of force, whose object may be a state's forces or posts.
    static let forceRoots: RootSet = [15, 17, 18, 19, 20]
    static let forceNouns: Set<String> = [
        "position", "positions", "troops", "soldiers", "forces", "post", "posts", "outpost", "outposts", "base",
        "bases", "ship", "ships", "vessel", "vessels", "aircraft", "patrol", "patrols", "army",
    ]
    static let forceModifiers: Set<String> = ["border", "military", "army", "naval", "frontline", "forward"]

    /// The match lies wholly inside an organisation's name: "Economic Cooperation" in "the Asia-Pacific Economic
    /// Cooperation summit", "Security and Co-operation" in the OSCE's (not "warplanes" in "Israeli warplanes").
    func isInsideName(_ match: ActionMatch) -> Bool {
        mentions.contains {
            $0.kind == .organisation && $0.range.lowerBound <= match.first && match.last < $0.range.upperBound
        }
    }

    /// How many actors the mentions stand for: a pair ("the two countries") for two.
    func actorCount(_ indices: [Int]) -> Int {
        indices.reduce(0) { $0 + (mentions[$1].partner == nil ? 1 : 2) }
    }

    /// "each other", "one another" or "the other" stands inside the match ("accused each other of shelling", "both
    /// sides blamed the other") or within a few words after it, before any clause break.
    func namesEachOther(in match: ActionMatch) -> Bool {
        var index = match.first + 1
        while index + 1 < tokens.count, index <= match.last + 3 {
            let token = tokens[index]
            if token.kind == .punctuation || token.classes.contains(.clauseEnd) { return false }
            if (token.reads("each") && tokens[index + 1].reads("other"))
                || (token.reads("one") && tokens[index + 1].reads("another"))
                || (token.reads("the") && tokens[index + 1].reads("other") && !isNounAfterOther(index + 2))
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// "the other countries", "the other issues": a noun after "other" makes it a noun phrase of its own ("the
    /// other side" is still the other of the two).
    private func isNounAfterOther(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && !tokens[index].classes.contains(.preposition)
            && !tokens[index].classes.contains(.clauseEnd) && !tokens[index].reads("side")
    }

    /// Verbs of fighting that may take what is fought as object ("fought terrorism together"): mutual only as nouns
    /// or with no object.
    static let transitiveFighting: Set<String> = ["fight", "battle", "combat"]

    /// A noun phrase (not an actor) follows the verb ending at `end` directly: "fought terrorism", "battled the virus".
    func hasDirectObject(after end: Int) -> Bool {
        let index = wordIndex(after: end)
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        let word = tokens[index]
        return !word.classes.contains(.preposition) && !word.norm.endsWith("ly") && !word.classes.contains(.clauseEnd)
            && !word.reads("and") && !mentions.contains { $0.range.lowerBound == index }
    }

    /// Roots with no intent code whose announcement is no event: appeals and demands.
    static let unannouncedRoots: RootSet = [2, 10]

    /// Roots whose object, when a news outlet, is only the one told: statements, appeals, consultations.
    static let reportingRoots: RootSet = [1, 2, 4]

    /// Roots whose events happen at a place rather than to it.
    static let locatedRoots: RootSet = [1, 4]

    /// Verbs that transfer something to a recipient named right after them: "gave Ivory Coast aid".
    static let transferVerbs: Set<String> = [
        "give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "offer", "offers", "offered",
        "send", "sends", "sent", "promise", "promises", "promised", "lend", "lends", "lent", "hand", "hands",
        "handed", "award", "awards", "awarded", "pledge", "pledges", "pledged", "pay", "pays", "paid", "sell",
        "sells", "sold", "extend", "extends", "extended", "owe", "owes", "owed",
    ]

    /// The recipient of a transfer verb between the subject and a nominal event: a mention right after the verb
    /// (determiners aside) that ends before the noun.
    func indirectObject(between start: Int, and noun: Int, excluding sources: [Int]) -> Int? {
        let sourceNodes = Set(sources.compactMap { mentions[$0].code?.node })
        return mentions.indices.first { index in
            let mention = mentions[index]
            guard mention.range.lowerBound > start, mention.range.upperBound <= noun, let code = mention.code,
                !sourceNodes.contains(code.node), !mention.isPossessor
            else { return false }
            var before = mention.range.lowerBound - 1
            while before > start, tokens[before].classes.contains(.determiner) { before -= 1 }
            return tokens[before].classes.contains(.transferVerb)
        }
    }

    /// The actor a passive subject belongs to, when the subject itself is none: "a camp for Congolese refugees
    /// was attacked", "the offices of the Palestinian administrators were set on fire". The mention after "of",
    /// "for" or "by" ("the proposal by Russia was rejected") with only auxiliaries and adverbs between it and the verb.
    func ownerInSubject(before verb: Int) -> Int? {
        guard let index = mentions.lastIndex(where: { $0.range.upperBound <= verb }) else { return nil }
        let mention = mentions[index]
        guard mention.code != nil, ["of", "for", "by"].contains(mention.preceding(in: tokens)),
            verb - mention.range.upperBound <= 3,
            tokens[mention.range.upperBound..<verb].allSatisfy({
                $0.classes.contains(.be) || $0.classes.contains(.auxiliary) || $0.norm.endsWith("ly")
                    || $0.reads("been")
            })
        else { return nil }
        return index
    }

    /// Verbs of a trailing attribution: "…, Thai police here said on Monday".
    static let attributionVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "added", "stated", "told", "quoted", "announced",
    ]

    /// The mention is the speaker of an attribution: an attribution verb follows it, with at most two words
    /// between ("police here said", "military sources said") and no punctuation or possessive.
    func isAttribution(_ mention: Mention) -> Bool {
        var index = mention.range.upperBound
        while index < tokens.count, index <= mention.range.upperBound + 2 {
            let token = tokens[index]
            if token.classes.contains(.attributionVerb) { return true }
            guard token.kind == .word, !token.classes.contains(.clauseEnd) else { return false }
            index += 1
        }
        return false
    }

    /// Prepositions after which a city or region is what an action is aimed at.
    static let placeObjectPrepositions: Set<String> = ["on", "against", "to", "toward", "towards", "into", "upon"]

    /// "signed the documents at a ceremony witnessed by UN, French and US officials": the actor is the agent of a
    /// participle after the action ("witnessed by", "brokered by"), whose own verb it belongs to.
    func isAgentOfParticiple(_ mention: Mention, after end: Int) -> Bool {
        let start = mention.range.lowerBound
        guard start > end + 2,
            let by = tokens[(end + 2)..<start].lastIndex(where: { $0.reads("by") })
        else { return false }
        let participle = tokens[by - 1]
        // (Not the maker of what the action is about: "rejected the allegations made by Pakistan", "accepted a
        // ceasefire proposed by Russia": the participle stands in a phrase of its own, after a preposition.)
        return by - 1 > end && participle.kind == .word
            && (participle.norm.endsWith("ed") || participle.classes.contains(.participle))
            && tokens[(end + 1)..<(by - 1)].contains { $0.classes.contains(.preposition) }
            && tokens[(by + 1)..<start].allSatisfy { $0.kind == .word && !$0.classes.contains(.preposition) }
    }

    /// The actor right after a later "if" or "unless" (determiners aside), other than the sources.
    func conditionSubject(after start: Int, excluding sources: [Int]) -> Int? {
        guard
            let conditional = tokens.indices.first(where: {
                $0 > start && (tokens[$0].reads("if") || tokens[$0].reads("unless"))
            })
        else { return nil }
        return clauseSubject(openedAt: conditional, excluding: sources)
    }

    /// "there will be", "there would be", "there could be": an existential clause opens within a few words before
    /// the noun at `verb`.
    func isExistential(before verb: Int) -> Bool {
        guard let there = tokens[max(0, verb - 5)..<verb].lastIndex(where: { $0.reads("there") }) else { return false }
        return tokens[(there + 1)...verb].contains { $0.classes.contains(.be) }
    }

    /// A denial (016) or rejection (120) of an accusation named right before its subject ("…, a charge New Delhi
    /// rejected"), or a rejection whose object is an accusation noun ("rejected the charges").
    func isDenial(_ match: ActionMatch, subject: Int?) -> Bool {
        let code = patterns[match.pattern].action.code
        guard code == "016" || code == "120" else { return false }
        if let subject, isDeniedAccusation(before: subject) { return true }
        guard code == "120" else { return false }
        let index = wordIndex(after: match.last)
        return index < tokens.count && Self.accusationNouns.contains(tokens[index].norm)
    }

    /// "…, an allegation Rwanda has denied", "a charge the Afghan spokesman rejected": an accusation noun stands
    /// right before the subject (with those joined to it) of a denial.
    func isDeniedAccusation(before subject: Int) -> Bool {
        let start = mentions[group(from: subject).first ?? subject].range.lowerBound
        return start > 1 && Self.accusationNouns.contains(tokens[start - 1].norm)
            && ["a", "an", "the", ","].contains(tokens[start - 2].norm)
    }

    static let accusationNouns: Set<String> = [
        "allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims",
    ]

    /// The hostile act a warning names as the warner's own: the clause right after the warning ("that" and a time
    /// aside) opens with the warner again ("it", "they", the name), and a demand or a conflict action follows within
    /// a few words in that clause.
    func ownHostileAct(after warning: ActionMatch, among matches: [ActionMatch], excluding sources: [Int])
        -> ActionMatch?
    {
        let sourceNodes = Set(sources.compactMap { mentions[$0].code?.node })
        guard
            let subject = mentions.first(where: {
                $0.range.lowerBound > warning.last && $0.range.lowerBound <= warning.last + 4
            }),
            let node = subject.code?.node, sourceNodes.contains(node),
            tokens[(warning.last + 1)..<subject.range.lowerBound].allSatisfy({
                $0.reads("that") || $0.reads("on") || $0.classes.contains(.timeWord)
            })
        else { return nil }
        return matches.first { content in
            let root = patterns[content.pattern].action.rootNumber
            return content.first >= subject.range.upperBound && content.first - subject.range.upperBound <= 5
                && root >= 10 && root != 11
                && !tokens[subject.range.upperBound..<content.first].contains { $0.classes.contains(.clauseEnd) }
        }
    }

    /// Whom an accusation accuses in the clause it reports: the actor opening a "that" clause right after the
    /// accusation ("repeated accusations that the United States supported …", "alleged on Monday that Rwandan troops
    /// had crossed …"), with no actor between.
    func accusedInClause(after end: Int, excluding sources: [Int]) -> Int? {
        guard
            let that = tokens.indices.first(where: {
                $0 > end && $0 <= end + 4 && tokens[$0].reads("that")
            }),
            !mentions.contains(where: { $0.range.lowerBound > end && $0.range.lowerBound < that }),
            !tokens[(end + 1)..<that].contains(where: { $0.classes.contains(.clauseEnd) || $0.reads(",") })
        else { return nil }
        return clauseSubject(openedAt: that, excluding: sources)
    }

    /// The actor right after the word that opens a clause (determiners aside), other than the sources.
    private func clauseSubject(openedAt opener: Int, excluding sources: [Int]) -> Int? {
        let sourceNodes = Set(sources.compactMap { mentions[$0].code?.node })
        return mentions.firstIndex { mention in
            guard let code = mention.code, !sourceNodes.contains(code.node),
                mention.range.lowerBound > opener, mention.range.lowerBound <= opener + 2
            else { return false }
            return tokens[(opener + 1)..<mention.range.lowerBound].allSatisfy {
                $0.classes.contains(.determiner)
            }
        }
    }

    /// Roots whose action judges or asks for another action: "condemned the attack", "praised the truce". A
    /// statement (01) is not among them: what a declaration affirms is the declarer's own position.
    static let evaluativeRoots: RootSet = [2, 5, 10, 11, 12, 13]

    /// Roots whose action takes another action as its content: appeals, demands, rejections, threats.
    static let governingRoots: RootSet = [2, 10, 12, 13]

    /// The match stands in the complement of an earlier appeal, demand, rejection or threat: shortly after it,
    /// in the same clause.
    func isComplement(_ match: ActionMatch, of governing: ActionMatch) -> Bool {
        guard governing.last < match.first, match.first - governing.last <= 12 else { return false }
        // "accused Azerbaijan of aggression and called on the Security Council …": a second finite verb after
        // "and" is a new act, not part of what is demanded or alleged.
        var before = match.first - 1
        while before > governing.last, ["also", "then", "later"].contains(tokens[before].norm) { before -= 1 }
        // (So is a participle after "and" coordinated with a governing participle: "after rejecting the resolution
        // and accusing the Security Council".)
        if tokens[before].reads("and"),
            tokens[match.first].norm.endsWith("ed") || tokens[match.first].classes.contains(.participle)
                || (tokens[match.first].norm.endsWith("ing") && tokens[governing.first].norm.endsWith("ing"))
        {
            return false
        }
        // "Sudan accused Chad of supporting the rebels, but the Chadian government denied it": "but" and a new subject
        // open a clause of their own; so do "and", a new subject and a past verb ("… will hold Russia accountable,
        // and NATO's head called Russia's action a violation").
        if let conjunction = tokens[(governing.last + 1)..<match.first].lastIndex(where: {
            $0.reads("but") || $0.reads("and")
        }),
            mentions.contains(where: { $0.range.lowerBound > conjunction && $0.range.upperBound <= match.first }),
            tokens[conjunction].reads("but")
                || (Intent.isPastVerb(tokens[match.first]) && !tokens[match.first - 1].reads("to"))
        {
            return false
        }
        // "… had violated its sovereignty, adding that Somalia would recall its diplomats": what a new verb of speech
        // reports is no part of it.
        if tokens[(governing.last + 1)..<match.first].contains(where: {
            $0.classes.contains(.speechVerb) || $0.reads("adding") || $0.reads("saying")
        }) {
            return false
        }
        // "Pyongyang's demand for sanctions relief was rejected by Washington": after a governing noun, a verb with
        // its own auxiliary is the clause's predicate, of which the noun is the subject.
        if tokens[match.first - 1].classes.contains(.be) || tokens[match.first - 1].classes.contains(.auxiliary),
            isNominal(at: governing.first) || possessor(of: governing.first) != nil
        {
            return false
        }
        // "Eritrea charged that Ethiopian troops had attacked its position": an act of force that an accusation
        // reports in a clause with its own subject is coded, as "X said Y attacked Z" is.
        if patterns[governing.pattern].action.code.hasPrefix("112"),
            Self.forceRoots.contains(patterns[match.pattern].action.rootNumber),
            mentions.contains(where: {
                $0.range.lowerBound > governing.last && $0.range.upperBound <= match.first
                    && match.first - $0.range.upperBound <= 2 && $0.code != nil
            })
        {
            return false
        }
        // "traded accusations after Ugandan police accused Rwandan soldiers …": an adverbial clause with its own
        // subject is no part of what the governing verb asks, alleges or refuses.
        if let opener = tokens[(governing.last + 1)..<match.first].lastIndex(where: {
            Self.adverbialOpeners.contains($0.norm)
        }), mentions.contains(where: { $0.range.lowerBound > opener && $0.range.upperBound <= match.first }) {
            return false
        }
        if tokens[(governing.last + 1)..<match.first].contains(where: { $0.reads(";") || $0.reads(".") }) {
            return false
        }
        // "…, an allegation Rwanda has denied" is the denial of what was said, not part of it; nor is a denial part
        // of the accusation it answers ("Reacting to Trudeau's allegations, India described them as absurd").
        let denial =
            patterns[match.pattern].action.code == "016" && patterns[governing.pattern].action.code.hasPrefix("112")
        return !denial && !isDenial(match, subject: subject(before: match.first))
    }

    /// Words that open an adverbial clause.
    static let adverbialOpeners: Set<String> = [
        "after", "before", "when", "while", "because", "since", "although", "though", "whereas", "once", "until",
    ]

    /// A mention that names a place: after "in", "at" … and not the end of the pattern ("arrive in").
    func isPlace(_ index: Int) -> Bool { mentions[index].precedingClasses.contains(.locative) }

    /// The mention after `by` that follows a passive verb ("was condemned by Russia").
    func byAgent(after last: Int, orFrom: Bool = false) -> Int? {
        for (index, mention) in mentions.enumerated() {
            let start = mention.range.lowerBound
            guard start > last, start <= last + 5 else { continue }
            if tokens[(last + 1)..<start].contains(where: { $0.reads("by") || (orFrom && $0.reads("from")) }) {
                return index
            }
        }
        return nil
    }

    /// The agent "by" names inside a pattern, right after its event noun: "a visit by Starmer to Washington".
    func byAgent(inside match: ActionMatch) -> Int? {
        guard match.first + 2 <= match.last, tokens[match.first + 1].reads("by") else { return nil }
        return mentions.firstIndex {
            (match.first + 2...match.first + 3).contains($0.range.lowerBound) && $0.range.upperBound <= match.last
        }
    }

    /// "came under fire", "is under attack", "coming under heavy shelling": the subject suffers the event noun at
    /// `verb` (a few lowercase modifiers may stand between "under" and the noun).
    func isUndergone(_ verb: Int) -> Bool {
        var index = verb - 1
        while index > 0, index >= verb - 3, tokens[index].kind == .word, !tokens[index].capitalized,
            !tokens[index].reads("under"), tokens[index].classes.isDisjoint(with: [.preposition, .clauseEnd])
        {
            index -= 1
        }
        guard index > 0, tokens[index].reads("under") else { return false }
        let before = tokens[index - 1]
        return before.classes.contains(.be) || ["come", "comes", "came", "coming"].contains(before.norm)
    }

    /// A mention with the mentions joined to it by "and" or commas: "Russia, China and Iran".
    func group(from index: Int) -> [Int] {
        var members = [index]
        var cursor = index
        while cursor + 1 < mentions.count, !opensClause(cursor + 1),
            joins(after: cursor)
        {
            cursor += 1
            members.append(cursor)
        }
        cursor = index
        while cursor > 0, !opensClause(cursor),
            joins(after: cursor - 1)
        {
            cursor -= 1
            members.insert(cursor, at: 0)
        }
        return members
    }

    /// The words between two mentions join them in a list: "and", a comma, with "the", "both" or a possessive ("and
    /// his counterpart"); or "and" and a noun
    /// of others that the next names some of ("the United States, the European Union and their allies including
    /// Australia").
    /// A comma and "the" join only within a list that "and" closes: "the EU, the United States and Britain", not
    /// "In the Security Council, the United States vetoed …".
    private func joins(after mention: Int) -> Bool {
        let gap = mentions[mention].range.upperBound..<mentions[mention + 1].range.lowerBound
        if nounOfAdjective(before: gap, mention: mention) { return true }
        guard joins(gap), !closesOpeningPhrase(gap) else { return false }
        guard !tokens[gap].contains(where: { $0.reads("and") }), tokens[gap].contains(where: { $0.reads("the") })
        else { return true }
        return mention + 2 < mentions.count && joins(after: mention + 1)
    }

    /// "a meeting between an Israeli peace movement and the PLO": a state's adjective and the one or two nouns it
    /// qualifies (no verbs, no event words), then "and": a list item as a name is.
    private func nounOfAdjective(before gap: Range<Int>, mention: Int) -> Bool {
        guard (2...4).contains(gap.count), demonyms.contains(tokens[mentions[mention].range.upperBound - 1].id)
        else { return false }
        var index = gap.lowerBound
        while index < gap.upperBound, index < gap.lowerBound + 2, tokens[index].kind == .word,
            !tokens[index].capitalized, !tokens[index].reads("and"), !actionEnds.contains(index),
            !tokens[index].norm.endsWith("ed"),
            tokens[index].classes.isDisjoint(with: [
                .preposition, .clauseEnd, .be, .auxiliary, .modal, .determiner, .speechVerb, .governingVerb,
            ])
        {
            index += 1
        }
        guard index > gap.lowerBound, index < gap.upperBound, tokens[index].reads("and") else { return false }
        return tokens[(index + 1)..<gap.upperBound].allSatisfy { $0.classes.contains(.determiner) }
    }

    /// The gap is the comma after a phrase that opens the sentence with a preposition or a participle ("In Kyiv,
    /// Blinken pledged …", "Visiting Kyiv, Blinken …"): what stands before it is no list item of the subject.
    private func closesOpeningPhrase(_ gap: Range<Int>) -> Bool {
        guard gap.count == 1, tokens[gap.lowerBound].reads(","), let first = tokens.first, first.kind == .word,
            first.classes.contains(.preposition) || (first.capitalized && first.norm.endsWith("ing"))
                || (Self.participleOpeners.contains(first.norm) && tokens.count > 1 && tokens[1].norm.endsWith("ing"))
        else { return false }
        return !tokens[..<gap.lowerBound].contains { $0.reads(",") }
    }

    private func joins(_ gap: Range<Int>) -> Bool {
        if (3...6).contains(gap.count), tokens[gap.upperBound - 1].reads("including"),
            tokens[gap.lowerBound].reads("and") || tokens[gap.lowerBound].reads(","),
            tokens[(gap.lowerBound + 1)..<(gap.upperBound - 1)].allSatisfy({
                $0.kind == .word && $0.classes.isDisjoint(with: [.clauseEnd, .preposition, .be, .auxiliary])
            })
        {
            return true
        }
        guard !gap.isEmpty, gap.count <= 4 else { return false }
        var and = false
        for index in gap {
            if tokens[index].reads("and") {
                and = true
            } else if !tokens[index].classes.contains(.listJoiner) {
                // (Besides "and": commas, "the", "both", "his", "her", "its" — "Bashir and his Southern counterpart
                // Salva Kiir met" — and modifiers: "The United States, United Nations and international rights groups".)
                return false
            }
        }
        return and || tokens[gap.lowerBound].reads(",")
    }

    static let subjectPronouns: Set<String> = ["it", "they", "he", "she", "we", "i"]
    /// Pronouns that are only ever subjects.
    static let nominativePronouns: Set<String> = ["they", "he", "she", "we", "i"]

    /// Modifiers that may open the last item of a list of actors: "and international rights groups", "and other
    /// Western governments".
    static let listJoiners: Set<String> = listModifiers.union([",", "the", "both", "his", "her", "its"])
    static let listModifiers: Set<String> = [
        "international", "other", "several", "various", "local", "regional", "foreign", "many", "some", "western",
    ]

    /// Modals of obligation and possibility, and the hedges of a prediction ("will likely increase cooperation",
    /// "probably struck"): what they govern is not reported as done.
    static let hypotheticalModals: Set<String> = [
        "must", "should", "could", "might", "may", "ought", "likely", "probably", "possibly", "perhaps", "maybe",
    ]
    /// Nouns of wanting before "in": "interest in talking".
    static let interestWords: Set<String> = ["interest", "interested"]

    /// Verbs of believing: a future after them is a prediction ("thinks Iran will retaliate").
    static let beliefVerbs: Set<String> = [
        "believe", "believes", "believed", "think", "thinks", "thought", "predict", "predicts", "predicted", "doubt",
        "doubts", "doubted", "suspect", "suspects", "suspected", "guess", "bet", "bets", "wonder", "wonders",
    ]

    /// Verbs of expecting and wanting: the infinitive after them hasn't happened.
    static let expectations: Set<String> = entitlements.union([
        "expect", "expects", "expected", "expecting", "want", "wants", "wanted", "wish", "wishes", "wished",
        // What a proposal or a plan is for: "a proposal … for the U.N. Security Council to lift sanctions".
        "proposal", "proposals", "plan", "plans", "bid", "request", "requests", "resolution", "motion",
    ])

    /// What one is entitled to do is not done: "defended the right of Russian troops to fire", "the right to respond".
    static let entitlements: Set<String> = ["right", "rights", "permission"]

    /// Words that open a condition, an open question or an alternative not taken ("rather than cave in", "instead
    /// of talks"): what follows in their clause hasn't happened.
    static let conditionals: Set<String> = ["if", "unless", "whether", "rather", "instead"]
    /// The word that must follow a conditional for it to name an alternative not taken.
    static let alternatives: [String: String] = ["rather": "than", "instead": "of"]

    /// A verb of decision or announcement in the past ("announced", "decided", "declared") stands earlier in the
    /// sentence than the verb at `verb`, with no clause break between.
    func isDecided(before verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, verb - index <= 12, !tokens[index].reads(";") {
            let word = tokens[index].norm
            if word == "decided" || (tokens[index].classes.contains(.declarative) && word.endsWith("ed")) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// A stopping verb stands right before the irrealis adjective of the noun at `verb`, determiners aside
    /// ("cancelled a planned visit", "suspended the proposed talks").
    func isStoppedPlan(before verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, verb - index <= 4 {
            if tokens[index].classes.contains(.stoppingVerb) { return true }
            guard tokens[index].kind == .word, !tokens[index].classes.contains(.clauseEnd) else { return false }
            index -= 1
        }
        return false
    }

    /// "Analysts say Tehran would welcome …", "U.S. officials said Israel would strike": another actor's future
    /// that a speaker tells is a prediction, not that actor's intent ("Russia said it would …", "Moscow said
    /// Russia would …" are the speaker's own).
    func isPrediction(speechVerb: Int, marker: Int) -> Bool {
        let between = (speechVerb + 1)..<marker
        guard !tokens[between].contains(where: { $0.classes.contains(.speakerPronoun) }),
            let subject = mentions.last(where: {
                between.contains($0.range.lowerBound) && $0.range.upperBound <= marker
            }),
            subject.kind != .pronoun, let country = subject.code?.country
        else { return false }
        let speaker = mentions.last { $0.range.upperBound <= speechVerb }
        return speaker?.code?.country != country
    }

    /// "Sudan must return the helicopter": the action is what someone demands, not an event; "… if cooperation
    /// by all parties founders": a condition, not an event.
    func isHypothetical(at verb: Int) -> Bool {
        // "voiced interest in making military aid conditional", "are interested in talking": what is wished for.
        var wish = verb - 1
        while wish >= 1, wish >= verb - 4, tokens[wish].kind == .word {
            if tokens[wish].reads("in"), Self.interestWords.contains(tokens[wish - 1].norm) { return true }
            wish -= 1
        }
        // "a visit aimed at boosting cooperation": a goal.
        for back in [verb - 1, verb - 2] where back > 0 && tokens[back].reads("at") {
            if Self.aims.contains(tokens[back - 1].norm) { return true }
        }
        // "he believes leaders from the U.S. and China will meet": a future someone believes in is a prediction.
        if let marker = (max(0, verb - 4)..<verb).last(where: { tokens[$0].classes.contains(.futureMarker) }) {
            var back = marker - 1
            while back >= 0, back >= marker - 8 {
                if Self.beliefVerbs.contains(tokens[back].norm) { return true }
                // (Not an agentless passive: "Japan said food aid to North Korea would be suspended" announces
                // what the speaker will do.)
                if tokens[back].classes.contains(.speechVerb), isPrediction(speechVerb: back, marker: marker),
                    !(isPassive(at: verb) && byAgent(after: verb) == nil)
                {
                    return true
                }
                if tokens[back].classes.contains(.clauseEnd), !tokens[back].reads("that") { break }
                back -= 1
            }
        }
        // "expects the Afghan government to uphold …", "wants Kyiv to accept": what one actor expects or wants of
        // another, after "to" ("wants to resume talks" is the speaker's own intent, handled as such).
        // The "to" of the infinitive the action stands in ("to accept a ceasefire"), a few words back.
        var to = verb - 1
        while to >= 0, to >= verb - 3, !tokens[to].reads("to"), tokens[to].kind == .word { to -= 1 }
        var infinitive = to >= 0 && tokens[to].reads("to") ? to : nil
        // "expects the government to uphold its responsibilities and deny use of its soil": a verb coordinated
        // with an infinitive stands in it too.
        if infinitive == nil, verb > 0, tokens[verb - 1].reads("and") {
            var back = verb - 2
            while back >= 0, back >= verb - 12, tokens[back].kind == .word || tokens[back].kind == .possessive,
                !tokens[back].classes.contains(.clauseEnd), !tokens[back].reads("to")
            {
                back -= 1
            }
            if back >= 0, tokens[back].reads("to") { infinitive = back }
        }
        if let infinitive {
            if infinitive > 0, tokens[infinitive - 1].classes.contains(.expectation),
                Self.entitlements.contains(tokens[infinitive - 1].norm)
            {
                return true
            }
            var back = infinitive - 2
            // ("a proposal made on Monday for the U.N. Security Council to lift sanctions": a few names between.)
            while back >= 0, back >= infinitive - 9, tokens[back].kind == .word {
                if tokens[back].classes.contains(.expectation) { return true }
                if tokens[back].classes.contains(.clauseEnd) { break }
                back -= 1
            }
        }
        var back = verb - 1
        while back >= 0, back >= verb - 6, tokens[back].kind == .word || tokens[back].kind == .number {
            if tokens[back].classes.contains(.conditional) {
                // "rather than", "instead of"; not "instead accepted" (what was done instead).
                let alternative = Self.alternatives[tokens[back].norm]
                if alternative == nil || (back + 1 < tokens.count && tokens[back + 1].norm == alternative) {
                    return true
                }
            }
            if tokens[back].classes.contains(.clauseEnd) { break }
            back -= 1
        }
        // "were supposed to sign a deal": what was to happen.
        if let infinitive, infinitive > 0, Self.irrealisBeforeTo.contains(tokens[infinitive - 1].norm) { return true }
        // "a possible summit", "future negotiations", "the proposed sanctions"; but cancelling or suspending "a
        // planned visit" is done.
        if verb > 0,
            tokens[verb - 1].classes.contains(.irrealisAdjective)
                || (verb > 1 && tokens[verb - 2].classes.contains(.irrealisAdjective) && tokens[verb - 1].kind == .word
                    && !tokens[verb - 1].reads("to")),
            !isStoppedPlan(before: verb)
        {
            return true
        }
        // A modal within four words, in the same stretch of words: "must return", "must not attack", "must be
        // ready to mediate".
        var index = verb - 1
        while index >= 0, index >= verb - 4 {
            if tokens[index].classes.contains(.modal) { return true }
            guard tokens[index].kind == .word, !tokens[index].classes.contains(.clauseEnd) else { return false }
            index -= 1
        }
        return false
    }

    /// The noun phrase starting at `start` (determiners aside) is the object of the verb right before it: a governing
    /// verb ("held talks") or a past one ("kicked off a joint exercise"). (Narrower than `isGoverned`, which accepts
    /// any verb between a subject and its noun.)
    func isVerbObject(_ start: Int) -> Bool {
        var index = start - 1
        while index >= 0, tokens[index].classes.contains(.determiner) { index -= 1 }
        if index > 0, tokens[index].reads("off") || tokens[index].reads("up") { index -= 1 }
        guard index >= 0 else { return false }
        return tokens[index].classes.contains(.governingVerb) || Intent.isPastVerb(tokens[index])
    }

    /// Words before which a pattern word is a noun: "the attack", "a ceasefire", "Russia's support", "of talks".
    static let nominalContext: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "'s", "of", "for",
        "on", "in", "any", "no", "new", "further", "possible", "planned", "proposed", "recent", "latest", "such",
    ]

    /// Adjectives that make the following pattern word a noun.
    static let nominalAdjectives: Set<String> = [
        "new", "further", "fresh", "possible", "planned", "proposed", "recent", "latest",
    ]

    /// The match's first word is used as a noun.
    func isNominal(at index: Int) -> Bool {
        // A pattern that itself opens with an adjective: "new sanctions".
        if tokens[index].classes.contains(.nominalAdjective) { return true }
        guard index > 0 else { return false }
        // "the ongoing withdrawal", "a growing rift": a determiner, an adjective in -ing, the noun.
        if index > 1, tokens[index - 1].kind == .word, tokens[index - 1].norm.endsWith("ing"),
            tokens[index - 2].classes.contains(.determiner), !tokens[index].norm.endsWith("ed")
        {
            return true
        }
        let previous = tokens[index - 1]
        return previous.classes.contains(.nominalContext) || previous.kind == .number
    }

    /// Verbs that take an event noun as object: "announced a ceasefire", "held talks", "voiced support".
    static let governingVerbs: Set<String> = [
        "make", "makes", "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given", "hold", "holds",
        "held", "issue", "issues", "announce", "announces", "reach", "reaches", "sign", "signs", "launch", "launches",
        "express", "expresses", "voice", "voices", "offer", "offers", "provide", "provides", "impose", "imposes",
        "declare", "declares", "seek", "seeks", "sought", "pledge", "pledges", "promise", "promises", "extend",
        "extends", "deliver", "delivers", "lodge", "lodges", "send", "sends", "sent", "carry", "carries", "conduct",
        "conducts", "stage", "stages", "begin", "begins", "began", "begun", "start", "starts", "resume", "resumes",
        "continue", "continues", "reaffirm", "reaffirms", "affirm", "affirms", "confirm", "confirms", "agree",
        "agrees", "accept", "accepts", "welcome", "welcomes", "receive", "receives", "win", "wins", "won", "led",
        "lead", "leads",
        "brought", "bring", "brings", "put", "puts", "set", "sets", "granted", "grant", "grants", "struck", "strike",
        "strikes", "ordered", "order", "orders", "approve", "approves", "back", "backs", "call", "calls", "urge",
        "urges", "demand", "demands", "ask", "asks", "speed", "speeds", "sped", "pay", "pays", "paid",
        // Verbs that step up an event already under way: "would tighten the naval blockade of Serbia".
        "tighten", "tightens", "intensify", "intensifies", "escalate", "escalates", "expand", "expands",
        "strengthen", "strengthens", "maintain", "maintains", "enforce", "enforces", "renew", "renews",
    ]

    /// Words in -ing that aren't verbs governing an object here.
    static let ingNonVerbs: Set<String> = [
        "during", "including", "according", "following", "morning", "evening", "meeting", "building", "briefing",
        "bombing", "shelling", "fighting", "funding", "spending", "ruling", "leading", "ongoing", "upcoming",
    ]

    /// Some verb stands between the subject's end and the noun at `index`, in the same clause: the subject
    /// did something with the event the noun names.
    func isGoverned(_ index: Int, after subjectEnd: Int) -> Bool {
        guard subjectEnd < index else { return false }
        for (position, token) in zip(subjectEnd..<index, tokens[subjectEnd..<index]) {
            // "said during a visit to Beijing": speaking there.
            if token.classes.contains(.speechVerb), let preposition = circumstance(after: position),
                preposition < index
            {
                return true
            }
            if token.classes.contains(.clauseEnd) && !token.reads("that") { return false }
            // "was in Damascus for talks with Assad", "is in Beijing on a visit": being there for the event.
            if token.classes.contains(.be), position + 1 < index, tokens[position + 1].classes.contains(.locative) {
                return true
            }
            if token.classes.contains(.governingVerb) { return true }
            if token.kind == .word, token.norm.utf8.count > 4, token.norm.endsWith("ed") { return true }
            // "affirming its recognition", "issuing a demarche": a verb's -ing form.
            if token.kind == .word, token.norm.utf8.count > 5, token.norm.endsWith("ing"),
                !Self.ingNonVerbs.contains(token.norm)
            {
                return true
            }
        }
        return false
    }

    /// Verbs that report what someone said.
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "declare", "declares", "declared", "state", "states", "stated", "insist", "insists",
        "insisted", "add", "adds", "added", "tell", "tells", "told", "conclude", "concludes", "concluded", "argue",
        "reiterate", "reiterates", "reiterated", "assert", "asserts", "asserted", "announce", "announces",
        "announced", "claim", "claims", "claimed", "emphasize", "emphasized", "emphasise", "emphasised",
        "underline", "underlined", "warn", "warns", "warned", "remind", "reminds", "reminded", "reminder",
        "argues", "argued", "stress", "stresses", "stressed", "maintain", "maintains", "maintained", "tweet",
        "tweets", "tweeted", "write", "writes", "wrote", "report", "reports", "reported",
    ]
    /// Obligation modals and what saying them is: "must" demands (100), "should" appeals (020).
    static let obligations: [String: String] = ["must": "100", "should": "020"]

    /// Prepositions after which the actor spoken of is still the one an obligation binds ("the decision by Tehran").
    static let agentPrepositions: Set<String> = ["by", "of"]

    /// Reported speech that says something of an actor: "Russia said on Tuesday that Sudan must return the
    /// helicopter" → RUS demands (100) of SDN, "…should…" an appeal (020); "Zakharova said Baku's statement was
    /// unacceptable" → RUS criticises (111) AZE.
    func reportedObligations() -> [RoleAssignment] {
        var result: [RoleAssignment] = []
        for (index, token) in tokens.enumerated() where token.classes.contains(.speechVerb) {
            guard let speaker = subject(before: index) else { continue }
            // The actor spoken of: the first after the speech verb (also "the decision by Tehran").
            guard
                let addressee = mentions.firstIndex(where: {
                    $0.range.lowerBound > index && $0.range.lowerBound <= index + 8 && $0.code != nil
                        && $0.code?.sector != "MED" && !$0.precedingClasses.contains(.locative)
                        && (!$0.precedingClasses.contains(.preposition)
                            || Self.agentPrepositions.contains($0.preceding(in: tokens)))
                })
            else { continue }
            // After the whole coordinated phrase: "… that the Sudanese government and the rebels in Darfur must …".
            let addressees = group(from: addressee)
            let after = addressees.map { mentions[$0].range.upperBound }.max() ?? mentions[addressee].range.upperBound
            let window = tokens[after..<min(tokens.count, after + 3)]
            let found: (code: String, pattern: String, rule: String)
            if let modal = window.first(where: { Self.obligations[$0.norm] != nil }),
                let code = Self.obligations[modal.norm]
            {
                found = (code, "say X \(modal.norm)", "reported obligation")
            } else if let (code, adjective) = evaluation(after: after) {
                found = (code, "say X is \(adjective)", "reported evaluation")
            } else {
                continue
            }
            guard let action = CAMEO.action(for: found.code) else { continue }
            for source in group(from: speaker) {
                for target in addressees where target != source {
                    result.append(
                        RoleAssignment(
                            source: source, target: target, action: action, pattern: found.pattern,
                            span: index..<(index + 1), negated: false, rule: found.rule))
                }
            }
        }
        return result
    }

    /// Judgements that, said of an actor or its deeds, criticise (111) or praise (051) it.
    static let evaluations: [String: String] = [
        "unacceptable": "111", "illegal": "111", "illegitimate": "111", "provocative": "111", "irresponsible": "111",
        "reckless": "111", "destabilizing": "111", "destabilising": "111", "hostile": "111", "absurd": "111",
        "baseless": "111", "groundless": "111", "unfounded": "111", "outrageous": "111", "dangerous": "111",
        "unjustified": "111", "unfriendly": "111", "counterproductive": "111", "void": "111", "inadmissible": "111",
        "constructive": "051", "positive": "051", "welcome": "051", "encouraging": "051", "commendable": "051",
    ]

    /// "… Baku's statement was unacceptable": within a few words after the actor's phrase, a form of "be",
    /// adverbs, then an evaluative adjective. A negation cancels it.
    func evaluation(after start: Int) -> (code: String, adjective: String)? {
        // ("US statements to date on the incident were "unacceptable"": the words of the phrase, then quotation marks.)
        let end = min(tokens.count, start + 8)
        guard let be = tokens[start..<end].firstIndex(where: { $0.classes.contains(.be) && !$0.reads("'s") }),
            !tokens[start..<be].contains(where: { $0.classes.contains(.clauseEnd) || $0.reads(",") })
        else {
            return nil
        }
        var index = be + 1
        while index < tokens.count,
            tokens[index].norm.endsWith("ly") || tokens[index].reads("both") || ActorFinder.isQuote(tokens[index])
        {
            index += 1
        }
        guard index < tokens.count, !tokens[index].classes.contains(.negation),
            let code = Self.evaluations[tokens[index].norm]
        else { return nil }
        return (code, tokens[index].norm)
    }

    /// Determiners and prepositions before which a participle is an adjective, not a verb.
    static let attributiveContext: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "certain", "some", "any", "its", "their", "his", "her",
        "our", "all", "many", "several", "of", "in", "within", "on", "for", "newly", "internationally", "widely",
    ]

    /// "internationally recognized Ukrainian territories", "the condemned prisoners": a participle used as an
    /// adjective before a noun names no action.
    func isAttributive(at verb: Int) -> Bool {
        let word = tokens[verb].norm
        if word.endsWith("ing"), verb > 0, tokens[verb - 1].classes.contains(.determiner), verb + 1 < tokens.count {
            // "an occupying army", "the ruling party": a present participle between a determiner and its noun (not
            // "the fighting in Gaza", "the bombing killed", "the shelling continues", "a meeting took place").
            let next = tokens[verb + 1]
            return next.kind == .word && !next.capitalized && !next.norm.endsWith("ed") && !next.norm.endsWith("s")
                && !next.reads("and") && !next.reads("or") && !next.reads("of")
                && next.classes.isDisjoint(with: [
                    .preposition, .determiner, .clauseEnd, .be, .auxiliary, .modal, .negation, .futureMarker,
                    .governingVerb, .speechVerb,
                ])
        }
        guard word.endsWith("ed") || tokens[verb].classes.contains(.participle), verb + 1 < tokens.count,
            tokens[verb + 1].isWord, !tokens[verb + 1].reads("by")
        else { return false }
        var index = verb - 1
        while index >= 0, tokens[index].norm.endsWith("ly"), !tokens[index].classes.contains(.attributiveContext) {
            index -= 1
        }
        return index >= 0 && tokens[index].classes.contains(.attributiveContext)
    }

    /// A verb passive when a form of "be" precedes it (adverbs and "not" may stand between) and it is a participle.
    /// Participles that are adjectives before "to": "is opposed to", "are committed to" name the subject's stance.
    static let adjectivalBeforeTo: Set<String> = [
        "opposed", "committed", "dedicated", "devoted", "determined", "prepared", "inclined", "resigned",
        "accustomed", "entitled", "obliged",
    ]

    func isPassive(at verb: Int) -> Bool {
        let word = tokens[verb].norm
        guard word.endsWith("ed") || tokens[verb].classes.contains(.participle) else { return false }
        if verb + 1 < tokens.count, tokens[verb + 1].reads("to"), tokens[verb].classes.contains(.adjectivalBeforeTo) {
            return false
        }
        // A reduced relative: "a ceasefire proposed by the Russian command".
        if verb + 1 < tokens.count, tokens[verb + 1].reads("by"), verb > 0,
            tokens[verb - 1].kind == .word || tokens[verb - 1].reads(","),
            !tokens[verb - 1].classes.contains(.auxiliary)
        {
            return true
        }
        return hasPassiveAuxiliary(before: verb)
    }

    /// A form of "be" (or "got", "stand") before the participle at `verb`, adverbs and "not" aside: not a reduced
    /// relative ("a town seized by South Sudan").
    func hasPassiveAuxiliary(before verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, index >= verb - 3 {
            let norm = tokens[index].norm
            if tokens[index].classes.contains(.be) { return norm != "'s" || index > 0 }
            // "stand accused of", "got arrested".
            if Self.passiveAuxiliaries.contains(norm) { return true }
            guard norm.endsWith("ly") || Self.passiveAdverbs.contains(norm) else { return false }
            index -= 1
        }
        return false
    }

    /// A city or region right before the passive at `verb`, with only its auxiliaries and adverbs between: the
    /// place the action is done to.
    func placeUndergoing(_ verb: Int) -> Int? {
        guard
            let index = mentions.lastIndex(where: { $0.range.upperBound < verb }), mentions[index].isPlace,
            !mentions[index].precedingClasses.contains(.preposition)
        else { return nil }
        let between = tokens[mentions[index].range.upperBound..<verb]
        return between.allSatisfy {
            !$0.classes.isDisjoint(with: [.be, .auxiliary, .modal]) || $0.norm.endsWith("ly")
                || Self.passiveAdverbs.contains($0.norm)
        } ? index : nil
    }

    /// Words that may stand between "be" and a passive participle: "was later sent", "were not invited".
    static let passiveAdverbs: Set<String> = [
        "not", "n't", "also", "later", "then", "already", "never", "still", "just", "again", "once", "since", "soon",
    ]

    /// Verbs besides "be" that make a participle after them passive: "two soldiers stand accused of …".
    static let passiveAuxiliaries: Set<String> = ["get", "gets", "got", "gotten", "stand", "stands", "stood"]

    /// "did not recognise", "refused to condemn": a negation or refusal between the subject and the verb.
    func isNegated(before verb: Int, after subjectEnd: Int?) -> Bool {
        let start = max(subjectEnd ?? 0, verb - 4)
        guard start < verb else { return false }
        for index in start..<verb {
            let norm = tokens[index].norm
            if tokens[index].classes.contains(.negation) {
                // "not only … but also" affirms.
                if norm == "not", index + 1 < tokens.count, tokens[index + 1].reads("only") { continue }
                return true
            }
            if tokens[index].classes.contains(.refusal), index + 1 < verb, tokens[index + 1].reads("to") {
                return true
            }
        }
        return false
    }

    /// Words that open an adverbial clause of a participle: "after accusing", "while visiting", "by imposing".
    static let participleOpeners: Set<String> = ["after", "before", "while", "when", "since", "upon", "by", "despite"]

    /// The `-ing` form at `verb` opens an adverbial clause ("after accusing") that follows the action `main` in the
    /// same clause (no comma, semicolon or clause word between).
    func isAdverbialParticiple(_ verb: Int, after main: ActionMatch) -> Bool {
        guard verb > 0, main.last < verb - 1, tokens[verb].norm.endsWith("ing"),
            Self.participleOpeners.contains(tokens[verb - 1].norm)
        else { return false }
        return !tokens[(main.last + 1)..<(verb - 1)].contains {
            $0.reads(",") || $0.reads(";")
                || ($0.classes.contains(.clauseEnd) && !Self.participleOpeners.contains($0.norm))
        }
    }

    /// The subject of the main clause after a participle that opens the sentence ("Blaming the United States for
    /// the incident, Chinese officials said …", "Visiting Kyiv, Blinken pledged …"): the actor right after the
    /// comma that closes the participle's clause (determiners aside), and where that comma stands.
    func openingParticipleSubject(_ match: ActionMatch) -> (subject: Int, comma: Int)? {
        // (Also after a conjunction of time: "After meeting Zelensky, Blinken …".)
        let start = match.first == 1 && Self.participleOpeners.contains(tokens[0].norm) ? 1 : 0
        guard match.first == start, tokens[start].kind == .word, tokens[0].capitalized,
            tokens[start].norm.endsWith("ing"),
            let comma = tokens.indices.first(where: { $0 > match.last && tokens[$0].reads(",") }),
            comma <= match.last + 12
        else { return nil }
        let subject = mentions.firstIndex { mention in
            mention.code != nil && mention.range.lowerBound > comma && mention.range.lowerBound <= comma + 2
                && tokens[(comma + 1)..<mention.range.lowerBound].allSatisfy { $0.classes.contains(.determiner) }
        }
        return subject.map { ($0, comma) }
    }

    /// Two matches joined as coordinated verbs of one subject: "condemned X and imposed sanctions on Y".
    static let openingQuotes: Set<String> = ["“", "\"", "‘"]

    func coordinated(_ first: ActionMatch, _ second: ActionMatch) -> Bool {
        guard first.last < second.first else { return false }
        let between = tokens[(first.last + 1)..<second.first]
        guard let and = between.lastIndex(where: { $0.reads("and") }) else {
            // "exploded a series of bombs", "fired rockets": an event noun in the object of an action verb of the
            // same kind before it is that action's own.
            let root = { (match: ActionMatch) in self.patterns[match.pattern].action.root }
            return root(first) == root(second) && isNominal(at: second.first) && between.count <= 4
                && between.allSatisfy {
                    $0.kind == .word && !$0.classes.contains(.clauseEnd) && !$0.classes.contains(.preposition)
                }
                && !mentions.contains { $0.range.lowerBound > first.last && $0.range.lowerBound < second.first }
        }
        // Only adverbs or auxiliaries between "and" and the verb: "and also imposed", "and has imposed"; or, before
        // an event noun, a verb of the same subject: "kidnapped sixteen advisers and exploded a series of bombs".
        let afterAnd = tokens[(and + 1)..<second.first].drop {
            $0.norm.endsWith("ly") || ["also", "has", "have", "had", "then", "later"].contains($0.norm)
        }
        // ("… for the Security Council to lift sanctions … and to ease restrictions": infinitives of one subject.)
        if let verb = afterAnd.first, !verb.reads("to") || afterAnd.count > 1 {
            let isVerb =
                verb.classes.contains(.governingVerb) || (verb.norm.utf8.count > 4 && verb.norm.endsWith("ed"))
            guard isVerb, isNominal(at: second.first), afterAnd.allSatisfy({ $0.kind == .word || $0.kind == .number })
            else { return false }
        }
        // Not from a main verb into a reported clause ("said the deal “gives in … and yields …”"), and no new
        // subject between: no mention after "and".
        if tokens[(first.last + 1)..<and].contains(where: { $0.reads("that") || Self.openingQuotes.contains($0.norm) })
        {
            return false
        }
        return !mentions.contains { $0.range.lowerBound > and && $0.range.lowerBound < second.first }
    }

    /// "took place", "was held": the verb at `index` says that an event noun before it happened, so the actors
    /// after it ("… between Qureshi and the Afghan president") are still the noun's.
    private func isTakingPlace(_ index: Int) -> Bool {
        let word = tokens[index].norm
        if ["take", "takes", "took", "taken", "taking"].contains(word) {
            return index + 1 < tokens.count && tokens[index + 1].reads("place")
        }
        return word == "held" && index > 0 && tokens[index - 1].classes.contains(.be)
    }

    /// "between Russia and Ukraine", "between FM Qureshi and …" (a title's abbreviation may stand between).
    private func precededByBetween(_ group: [Int]) -> Bool {
        guard let first = group.first else { return false }
        var index = mentions[first].range.lowerBound - 1
        while index > 0, index >= mentions[first].range.lowerBound - 2, tokens[index].kind == .word,
            tokens[index].capitalized, !tokens[index].hasLowercase
        {
            index -= 1
        }
        return index >= 0 && tokens[index].reads("between")
    }
}
