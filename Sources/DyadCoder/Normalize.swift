import Foundation

/// Text normalisation shared by the lexicon and the tokenizer, so that both sides of a match agree.
enum Normalize {
    /// Lowercased, accents folded, typographic apostrophes made plain: `Côte` → `cote`, `Russia’s` → `russia's`.
    static func word(_ text: Substring) -> String {
        var ascii = true
        var upper = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        if ascii {
            guard upper else { return String(text) }
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                var count = 0
                for byte in text.utf8 {
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        // Punctuation tokens are one scalar: map the typographic apostrophes, keep the rest.
        let scalars = text.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, !scalar.properties.isAlphabetic {
            return scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : String(text)
        }
        var folded = ""
        for scalar in scalars {
            if scalar == "\u{2019}" || scalar == "\u{2018}" {
                folded.append("'")
            } else {
                folded.unicodeScalars.append(scalar)
            }
        }
        return folded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    /// `word(_:)` for a token's raw UTF-8 bytes when they are all ASCII (nil otherwise), and whether the text has
    /// a lowercase letter: one pass over the bytes, no intermediate string.
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) -> (norm: String, hasLowercase: Bool)? {
        var upper = false
        var lower = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
            if byte >= 0x61 && byte <= 0x7A { lower = true }
        }
        guard upper else { return (String(decoding: bytes, as: UTF8.self), lower) }
        let norm = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
        return (norm, lower)
    }
}

extension String {
    /// `hasSuffix` for an ASCII suffix, compared byte by byte. The coder asks this of normalised words many
    /// times a sentence, and `hasSuffix` compares by Unicode characters.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let utf8 = self.utf8
        guard utf8.count >= count else { return false }
        let bytes = suffix.utf8Start
        var index = utf8.endIndex
        var offset = count
        while offset > 0 {
            offset -= 1
            index = utf8.index(before: index)
            if utf8[index] != bytes[offset] { return false }
        }
        return true
    }

}
