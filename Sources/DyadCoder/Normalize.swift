import Foundation

/// Text normalisation shared by the lexicon and the tokenizer, so that both sides of a match agree.
enum Normalize {
    /// Lowercased, accents folded, typographic apostrophes made plain: `Côte` → `cote`, `Russia’s` → `russia's`.
    static func word(_ text: Substring) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return text.lowercased() }
        var folded = String(text).replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.lowercased()
    }
}
