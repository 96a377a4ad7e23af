/// Minimal JSON text building with a fixed key order (the output contract fixes it).
public enum JSON {
    /// A JSON string literal.
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    static func string(_ value: String?) -> String { value.map { string($0) } ?? "null" }

    /// A number as JSON writes it: integers without a fraction, others with up to 4 decimals.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        var text = String((value * 10_000).rounded() / 10_000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

extension JSON {
    /// A JSON string literal (for callers outside this module).
    public static func quote(_ value: String) -> String { string(value) }

    /// A number rounded to two decimals, as JSON.
    public static func round(_ value: Double) -> String { number((value * 100).rounded() / 100) }
}
