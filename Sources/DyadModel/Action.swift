/// A CAMEO action: the code and everything the field derives from it.
public struct Action: Sendable, Hashable, Codable {
    /// The CAMEO code, two to four digits ("11", "114", "1123").
    public let code: String
    /// The codebook's name ("Complain officially").
    public var name: String
    /// Goldstein conflict–cooperation value, −10 … +10.
    public var goldstein: Double
    /// The PLOVER event type, nil for public statements (root 01), which PLOVER doesn't code.
    public var plover: String?
    /// The root: the code's first two digits (kept, not derived on each use: the coder asks for it often).
    public let root: String
    /// The root as a number, 1 … 20 (0 when the code doesn't start with two digits).
    public let rootNumber: Int

    public init(code: String, name: String, goldstein: Double, plover: String?) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.plover = plover
        root = String(code.prefix(2))
        rootNumber = Int(root) ?? 0
    }

    private enum CodingKeys: String, CodingKey { case code, name, goldstein, plover }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try container.decode(String.self, forKey: .code),
            name: try container.decode(String.self, forKey: .name),
            goldstein: try container.decode(Double.self, forKey: .goldstein),
            plover: try container.decodeIfPresent(String.self, forKey: .plover))
    }

    /// The quad class of the root.
    public var quad: QuadClass { QuadClass(root: root) ?? .neutral }
}
