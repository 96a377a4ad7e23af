/// English inflected forms of a lemma, for matching action patterns: `issue` → issues, issued, issuing.
///
/// Over-generation is harmless (a form that English doesn't have never occurs in text), so regular rules are
/// applied generously, and a table covers the irregular verbs of news prose.
enum Inflection {
    static func forms(of lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        if let irregular = irregularVerbs[lemma] { forms.formUnion(irregular) }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        guard let last = lemma.last, lemma.count >= 2, lemma.allSatisfy({ $0.isLetter }) else { return forms }
        let beforeLast = lemma[lemma.index(lemma.endIndex, offsetBy: -2)]
        let stem = String(lemma.dropLast())
        // -s / -es / -ies
        if last == "y" && !vowels.contains(beforeLast) {
            forms.insert(stem + "ies")
            forms.insert(stem + "ied")
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh") || lemma.hasSuffix("o")
        {
            forms.insert(lemma + "es")
            forms.insert(lemma + "s")
        } else {
            forms.insert(lemma + "s")
        }
        // -ed / -ing
        if last == "e" {
            forms.insert(lemma + "d")
            if lemma.hasSuffix("ie") {
                forms.insert(String(lemma.dropLast(2)) + "ying")
            } else if !lemma.hasSuffix("ee") {
                forms.insert(stem + "ing")
            } else {
                forms.insert(lemma + "ing")
            }
        } else {
            forms.insert(lemma + "ed")
            forms.insert(lemma + "ing")
            // Doubling after a single vowel + consonant: stop → stopped, ban → banned, commit → committed.
            if !vowels.contains(last), last != "w", last != "x", last != "y", vowels.contains(beforeLast),
                lemma.count >= 3, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -3)])
            {
                forms.insert(lemma + String(last) + "ed")
                forms.insert(lemma + String(last) + "ing")
            }
        }
        // British -ise / American -ize both ways.
        return forms
    }

    /// Irregular verbs that occur in news about international relations: lemma → past, participle, others.
    static let irregularVerbs: [String: [String]] = [
        "be": ["is", "are", "was", "were", "been", "being", "am"],
        "begin": ["began", "begun"], "break": ["broke", "broken"], "bring": ["brought"], "build": ["built"],
        "buy": ["bought"], "catch": ["caught"], "choose": ["chose", "chosen"], "come": ["came"],
        "cut": ["cut", "cutting"], "deal": ["dealt"], "draw": ["drew", "drawn"], "drive": ["drove", "driven"],
        "fall": ["fell", "fallen"], "feel": ["felt"], "fight": ["fought"], "find": ["found"], "flee": ["fled"],
        "fly": ["flew", "flown"], "forbid": ["forbade", "forbidden"], "forgive": ["forgave", "forgiven"],
        "freeze": ["froze", "frozen"], "get": ["got", "gotten", "getting"], "give": ["gave", "given"],
        "go": ["went", "gone", "goes"], "grant": ["granted"], "hang": ["hung", "hanged"], "have": ["has", "had"],
        "hear": ["heard"], "hide": ["hid", "hidden"], "hit": ["hit", "hitting"], "hold": ["held"],
        "keep": ["kept"], "lay": ["laid"], "lead": ["led"], "leave": ["left"], "lend": ["lent"],
        "let": ["let", "letting"], "lose": ["lost"], "make": ["made"], "mean": ["meant"], "meet": ["met"],
        "overtake": ["overtook", "overtaken"], "overrun": ["overran"], "pay": ["paid"], "put": ["put", "putting"],
        "quit": ["quit", "quitting"], "rebuild": ["rebuilt"], "rise": ["rose", "risen"], "run": ["ran", "running"],
        "say": ["said", "says"], "see": ["saw", "seen"], "seek": ["sought"], "sell": ["sold"], "send": ["sent"],
        "set": ["set", "setting"], "shake": ["shook", "shaken"], "shoot": ["shot"], "shut": ["shut", "shutting"],
        "sign": ["signed"], "sink": ["sank", "sunk"], "slay": ["slew", "slain"], "speak": ["spoke", "spoken"],
        "spend": ["spent"], "split": ["split", "splitting"], "spread": ["spread"], "stand": ["stood"],
        "steal": ["stole", "stolen"], "strike": ["struck", "stricken"], "swear": ["swore", "sworn"],
        "take": ["took", "taken"], "retake": ["retook", "retaken"], "teach": ["taught"], "tear": ["tore", "torn"],
        "tell": ["told"],
        "think": ["thought"], "throw": ["threw", "thrown"], "undertake": ["undertook", "undertaken"],
        "uphold": ["upheld"], "upset": ["upset"], "wage": ["waged"], "wake": ["woke", "woken"],
        "win": ["won", "winning"], "withdraw": ["withdrew", "withdrawn"], "withhold": ["withheld"],
        "write": ["wrote", "written"], "arise": ["arose", "arisen"], "bear": ["bore", "borne"],
        "beat": ["beat", "beaten"], "bid": ["bid"], "bind": ["bound"], "bite": ["bit", "bitten"],
        "blow": ["blew", "blown"], "burn": ["burnt"], "forsee": ["foresaw"], "foresee": ["foresaw", "foreseen"],
        "forget": ["forgot", "forgotten"], "grow": ["grew", "grown"], "know": ["knew", "known"],
        "light": ["lit"], "mislead": ["misled"], "oversee": ["oversaw", "overseen"], "ride": ["rode", "ridden"],
        "ring": ["rang", "rung"], "seize": ["seized"], "shed": ["shed"], "show": ["showed", "shown"],
        "sit": ["sat"], "sleep": ["slept"], "spit": ["spat"], "stick": ["stuck"], "sting": ["stung"],
        "strive": ["strove", "striven"], "swing": ["swung"], "understand": ["understood"], "wear": ["wore", "worn"],
        "weep": ["wept"], "wind": ["wound"], "override": ["overrode", "overridden"],
        "overthrow": [
            "overthrew",
            "overthrown",
        ], "undo": ["undid", "undone"], "do": ["did", "done", "does"], "forgo": ["forwent", "forgone"],
        "offer": ["offered", "offering"], "visit": ["visited", "visiting"], "target": ["targeted", "targeting"],
        "open": ["opened", "opening"], "threaten": ["threatened", "threatening"], "deliver": ["delivered"],
        "reconsider": ["reconsidered"], "consider": ["considered"], "enter": ["entered"], "order": ["ordered"],
        "counter": ["countered"], "alter": ["altered"], "limit": ["limited"], "exit": ["exited"],
        "edit": ["edited"], "credit": ["credited"], "audit": ["audited"], "deposit": ["deposited"],
        "render": ["rendered"], "surrender": ["surrendered"], "suffer": ["suffered"], "differ": ["differed"],
        "question": ["questioned"], "summon": ["summoned", "summoning"], "abandon": ["abandoned"],
        "happen": ["happened"], "listen": ["listened"], "weaken": ["weakened"], "strengthen": ["strengthened"],
        "broaden": ["broadened"], "deepen": ["deepened"], "reopen": ["reopened"], "pardon": ["pardoned"],
        "condemn": ["condemned", "condemning"], "gather": ["gathered"], "murder": ["murdered"],
        "shelter": ["sheltered"], "bolster": ["bolstered"], "foster": ["fostered"], "register": ["registered"],
        "administer": ["administered"], "hamper": ["hampered"], "tamper": ["tampered"], "monitor": ["monitored"],
        "inherit": ["inherited"], "exhibit": ["exhibited"], "prohibit": ["prohibited"], "solicit": ["solicited"],
        "vomit": ["vomited"], "benefit": ["benefited"], "budget": ["budgeted"], "market": ["marketed"],
    ]
}
