import DyadModel

/// Who acts in a passive that names no `by` agent: the state an envoy is posted to ("Iran's ambassador to the UK was
/// summoned"), the envoy's own state ("… was withdrawn"), or a government announcing its own decision ("Japan
/// announced that normalisation talks with North Korea would be broken off").
extension RoleAssigner {
    struct PassiveActor {
        var sources: [Int]
        var targets: [Int]
        var rule: String
        /// What the construction makes of the pattern's action, if anything.
        var recoded: Action?
    }

    func agentlessPassive(_ match: ActionMatch, verb: Int) -> PassiveActor? {
        let text = patterns[match.pattern].text
        if let verbWord = text.split(separator: " ").first.map(String.init),
            Self.hostActions.contains(verbWord) || Self.ownStateActions.contains(verbWord),
            let envoy = subject(before: verb), let host = postedTo(envoy)
        {
            // The host summons or expels him; his own state recalls or withdraws him, which is relations reduced,
            // not forces pulled back.
            let byHost = Self.hostActions.contains(verbWord)
            return byHost
                ? PassiveActor(sources: [host], targets: [envoy], rule: ", envoy's host")
                : PassiveActor(
                    sources: [envoy], targets: [host], rule: ", envoy's own state", recoded: CAMEO.action(for: "161"))
        }
        if let (speaker, patient) = announcedDecision(match) {
            // What a government announces will be done is its own decision.
            return PassiveActor(
                sources: group(from: speaker), targets: group(from: patient), rule: ", announced decision")
        }
        return nil
    }

    /// Sectors that speak for a state's decisions.
    static let governingSectors: Set<String> = ["GOV", "MIL", "LEG"]

    /// Roots of what a government decides and announces in the passive: meetings, aid, concessions, reduced relations
    /// and sanctions.
    static let decisionRoots: RootSet = [4, 7, 8, 16]

    /// The speaker who announces an agentless passive decision, and the other state the decision concerns, named
    /// between the verb of speech and the passive verb ("Japan announced that talks with North Korea would be
    /// broken off").
    func announcedDecision(_ match: ActionMatch) -> (speaker: Int, patient: Int)? {
        // (A government's: not a lawyer's or a newspaper's; and what it concerns is no addressee: "told VOA that".)
        guard Self.decisionRoots.contains(patterns[match.pattern].action.rootNumber),
            let speech = tokens.indices[..<match.first].last(where: { tokens[$0].classes.contains(.speechVerb) }),
            let speaker = subject(before: speech), let country = mentions[speaker].code?.country,
            Self.governingSectors.contains(mentions[speaker].code?.sector ?? "GOV"),
            let patient = mentions.lastIndex(where: {
                $0.range.lowerBound > speech + 1 && $0.range.upperBound <= match.first && $0.code?.country != nil
                    && $0.code?.country != country && $0.code?.sector != "MED"
            })
        else { return nil }
        return (speaker, patient)
    }

    /// What the state an envoy is posted to does to him: summon, expel, declare persona non grata, call in.
    static let hostActions: Set<String> = ["summon", "expel", "declare", "call", "reprimand", "kick", "throw"]
    /// What the envoy's own state does: recall or withdraw him.
    static let ownStateActions: Set<String> = ["recall", "withdraw", "pull"]

    /// The state the envoy at `index` is posted to: "Iran's ambassador to the UK".
    func postedTo(_ index: Int) -> Int? {
        let envoy = mentions[index]
        let head = tokens[envoy.range.upperBound - 1].norm
        guard ActorFinder.delegates.contains(head) || head.hasPrefix("diplomat"),
            envoy.range.upperBound < tokens.count, tokens[envoy.range.upperBound].reads("to")
        else { return nil }
        return mentions.firstIndex {
            ($0.kind == .state || $0.kind == .seat) && $0.code != nil
                && $0.range.lowerBound == wordIndex(after: envoy.range.upperBound)
        }
    }
}
