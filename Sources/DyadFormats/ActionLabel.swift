import DyadModel

/// Short verb labels for diagram edges: what an analyst reads on an arrow.
enum ActionLabel {
    /// Specific codes whose label says more than their root's.
    static let byCode: [String: String] = [
        "011": "declines comment", "012": "pessimistic", "013": "optimistic", "016": "denies", "018": "sympathises",
        "019": "agrees", "036": "will meet", "042": "visits", "043": "hosts", "045": "mediates", "046": "negotiates",
        "051": "praises", "054": "recognises", "055": "apologises", "056": "forgives", "057": "signs agreement",
        "061": "trade", "062": "military coop.", "071": "economic aid", "072": "military aid",
        "073": "humanitarian aid", "0841": "releases", "0871": "ceasefire", "0872": "withdraws troops",
        "110": "disapproves", "111": "criticises", "112": "accuses", "114": "complains", "115": "sues",
        "1123": "accuses of aggression", "1124": "accuses of war crimes", "125": "rejects talks",
        "128": "defies norms", "130": "threatens", "138": "threatens force", "161": "cuts ties",
        "163": "sanctions", "164": "halts talks", "166": "expels", "171": "seizes", "172": "restricts",
        "173": "arrests", "174": "deports", "180": "attacks", "181": "abducts", "1823": "kills", "186": "assassinates",
        "190": "uses force", "191": "blockades", "192": "occupies", "193": "fights", "194": "shells",
        "195": "air strikes", "196": "breaks ceasefire", "200": "mass violence",
    ]

    static let byRoot: [String: String] = [
        "01": "statement", "02": "appeals", "03": "intends to cooperate", "04": "consults", "05": "supports",
        "06": "cooperates", "07": "aids", "08": "yields", "09": "investigates", "10": "demands",
        "11": "disapproves", "12": "rejects", "13": "threatens", "14": "protests", "15": "shows force",
        "16": "cuts relations", "17": "coerces", "18": "assaults", "19": "fights", "20": "mass violence",
    ]

    static func label(forCode code: String) -> String {
        var prefix = code
        while !prefix.isEmpty {
            if let label = byCode[prefix] { return label }
            prefix.removeLast()
            if prefix.count == 2 { break }
        }
        return byRoot[String(code.prefix(2))] ?? code
    }
}
