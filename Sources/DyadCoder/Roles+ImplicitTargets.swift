import DyadModel

/// Targets that a subject–verb–object reading leaves unnamed but the sentence gives elsewhere.
extension RoleAssigner {
    struct ImplicitTarget {
        var targets: [Int]
        /// What the construction makes of the pattern's action, if anything.
        var recoded: Action?
        var rule: String
    }

    /// The first of these constructions that names a target, in order: the recipient of a transfer, the subject of
    /// a threat's condition, the maker of an accusation the sentence has just told (for a denial), the object of
    /// the warner's own hostile act, the subject of the clause an accusation reports, the attacker a retaliation
    /// answers.
    func implicitTarget(
        of match: ActionMatch, sources: [Int], subject: Int?, subjectEnd: Int, accusers: [Int],
        among matches: [ActionMatch], earlier: [RoleAssignment]
    ) -> ImplicitTarget? {
        let action = patterns[match.pattern].action
        let verb = match.first
        if !sources.isEmpty, isNominal(at: verb),
            let recipient = indirectObject(between: subjectEnd, and: verb, excluding: sources)
        {
            // "The EC gave the Ivory Coast 5.1 million dollars of aid": the recipient of the transfer.
            return ImplicitTarget(targets: group(from: recipient), rule: ", indirect object")
        }
        if action.root == "13", let condition = conditionSubject(after: match.last, excluding: sources) {
            // "Iran threatened to launch an offensive unless Baghdad accepted its conditions": a threat is made
            // against the actor whose deed the condition names.
            return ImplicitTarget(targets: group(from: condition), rule: ", threat condition")
        }
        if !sources.isEmpty, !accusers.isEmpty, action.code == "016" || isDenial(match, subject: subject) {
            // "Kinshasa accused Rwanda of backing the rebels, an allegation Rwanda has denied", "…, but the Chadian
            // government has denied the accusation": the accusation the sentence has just told is denied to its
            // maker.
            let makers = accusers.filter { !sources.contains($0) }
            if !makers.isEmpty {
                return ImplicitTarget(targets: makers, recoded: CAMEO.action(for: "016"), rule: ", accusation before")
            }
        }
        if !sources.isEmpty, action.root == "13", !isNominal(at: verb),
            let content = ownHostileAct(after: match, among: matches, excluding: sources),
            let object = object(after: content, excluding: sources)
        {
            // "Russia warned that it would retaliate against Britain", "China warned it would take countermeasures
            // against Japan": the threat is against the act's object.
            let threat = Intent.intent(for: patterns[content.pattern].action).flatMap { $0.root == "13" ? $0 : nil }
            return ImplicitTarget(targets: group(from: object), recoded: threat, rule: ", threatened act")
        }
        if action.code.hasPrefix("112"), let accused = accusedInClause(after: match.last, excluding: sources) {
            // "Serbia repeated accusations that the United States supported …": the clause's subject.
            return ImplicitTarget(targets: group(from: accused), rule: ", accused in clause")
        }
        if !sources.isEmpty, Self.forceRoots.contains(action.rootNumber),
            Self.retaliations.contains(patterns[match.pattern].text),
            let attack = earlier.last(where: {
                Self.forceRoots.contains($0.action.rootNumber) && !sources.contains($0.source)
                    && $0.span.upperBound <= verb
            })
        {
            // "North Korea fired shells into Yeonpyeong Island and the South Korean Navy returned fire": at the
            // attacker the sentence has just named.
            let attackers = earlier.filter { $0.span == attack.span && !sources.contains($0.source) }.map(\.source)
            return ImplicitTarget(targets: Array(Set(attackers)).sorted(), rule: ", retaliation")
        }
        return nil
    }

    /// Patterns of answering force with force.
    static let retaliations: Set<String> = [
        "return fire", "fire back", "strike back", "retaliate", "retaliation", "retaliatory strike", "counterattack",
        "counter-attack", "counteroffensive", "counter-offensive",
    ]
}
