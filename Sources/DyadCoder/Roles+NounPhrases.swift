/// Who acts and on whom in phrases around a noun: a complaint addressed to an organisation about a state, where a
/// trip starts, what a subject receives "from" another, the actor "of" a noun of movement.
extension RoleAssigner {
    /// A state named after "over", "about" or "against" (numbers, determiners and lowercase words between) within
    /// eight tokens after an organisation addressed by "to" or "with".
    func accusedAfter(addressee: Int, excluding sources: [Int]) -> Int? {
        guard let before = word(before: mentions[addressee]), before == "to" || before == "with" else { return nil }
        let end = mentions[addressee].range.upperBound
        for index in mentions.indices where index > addressee && !sources.contains(index) {
            let mention = mentions[index]
            guard mention.range.lowerBound - end <= 8, mention.code?.country != nil else { continue }
            var back = mention.range.lowerBound - 1
            while back >= end,
                tokens[back].kind == .number || tokens[back].classes.contains(.determiner)
                    || (tokens[back].kind == .word && !tokens[back].capitalized
                        && !["over", "about", "against"].contains(tokens[back].norm))
            {
                back -= 1
            }
            if back >= end, ["over", "about", "against"].contains(tokens[back].norm) { return index }
            return nil
        }
        return nil
    }

    /// "from China", "from eastern China": the mention is where something comes from.
    func isOrigin(_ mention: Mention) -> Bool {
        let start = mention.range.lowerBound
        if word(before: mention) == "from" { return true }
        return start > 1 && tokens[start - 2].reads("from") && tokens[start - 1].kind == .word
            && !tokens[start - 1].capitalized
    }

    /// The word before a mention, determiners aside.
    func word(before mention: Mention) -> String? {
        let index = wordIndex(before: mention.range.lowerBound)
        return index >= 0 ? tokens[index].norm : nil
    }

    /// The position of the word before `position`, determiners aside; -1 when there is none.
    func wordIndex(before position: Int) -> Int {
        var index = position - 1
        while index >= 0, tokens[index].classes.contains(.determiner) { index -= 1 }
        return index
    }

    /// The position of the word after `position`, determiners aside; the token count when there is none.
    func wordIndex(after position: Int) -> Int {
        var index = position + 1
        while index < tokens.count, tokens[index].classes.contains(.determiner) { index += 1 }
        return index
    }

    /// Event nouns whose "of" names who acts, not whom it is done to: "the withdrawal of U.S. troops", "with the
    /// mediation of the Russian foreign minister".
    static let intransitiveNouns: Set<String> = [
        "withdrawal", "retreat", "pullout", "pull-out", "departure", "arrival", "visit", "return", "resignation",
        "surrender", "advance", "deployment", "exit", "incursion", "entry", "mediation",
    ]

    /// Verbs by which a subject receives or undergoes what another gives or does.
    static let receivingVerbs: Set<String> = [
        "receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "obtain", "obtains",
        "obtained", "accept", "accepts", "accepted", "secure", "secures", "secured", "win", "wins", "won", "face",
        "faces", "faced", "facing", "perceive", "perceives", "perceived", "suffer", "suffers", "suffered",
        // What a subject's deed provokes from another: "drew condemnation from Japan", "prompting vows of
        // retaliation from Khartoum".
        "draw", "draws", "drew", "drawn", "drawing", "prompt", "prompts", "prompted", "prompting", "spark", "sparks",
        "sparked", "sparking", "trigger", "triggers", "triggered", "triggering", "provoke", "provokes", "provoked",
        "provoking", "earn", "earns", "earned", "earning",
    ]

    /// A receiving verb stands between the subject's end and the event noun at `noun`, in its clause.
    func isReceived(_ noun: Int, after subjectEnd: Int) -> Bool {
        guard subjectEnd < noun else { return false }
        for token in tokens[subjectEnd..<noun].reversed() {
            if token.classes.contains(.clauseEnd) { return false }
            if Self.receivingVerbs.contains(token.norm) { return true }
        }
        return false
    }
}
