/// A CAMEO action: the code and everything the field derives from it.
public struct Action: Sendable, Hashable, Codable {
    /// The CAMEO code, two to four digits ("11", "114", "1123").
    public var code: String
    /// The codebook's name ("Complain officially").
    public var name: String
    /// Goldstein conflict–cooperation value, −10 … +10.
    public var goldstein: Double
    /// The PLOVER event type, nil for public statements (root 01), which PLOVER doesn't code.
    public var plover: String?

    public init(code: String, name: String, goldstein: Double, plover: String?) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.plover = plover
    }

    /// The root: the code's first two digits.
    public var root: String { String(code.prefix(2)) }

    /// The quad class of the root.
    public var quad: QuadClass { QuadClass(root: root) ?? .neutral }
}
