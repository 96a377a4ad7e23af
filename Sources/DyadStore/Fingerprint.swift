/// FNV-1a, 64 bits: a stable content fingerprint (not a security hash) to tell changed articles from unchanged.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01B3
        }
        // A separator so that ("ab", "c") and ("a", "bc") differ.
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
