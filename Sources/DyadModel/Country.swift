/// ISO 3166-1 alpha-3 countries (plus Kosovo, XKX).
public enum Country {
    /// True when `code` is a known alpha-3 code.
    public static func isKnown(_ code: String) -> Bool { names[code] != nil }

    /// The short English name of a country code ("AZE" → "Azerbaijan").
    public static func name(of code: String) -> String? { names[code] }

    /// All known codes, sorted.
    public static var codes: [String] { names.keys.sorted() }
}
