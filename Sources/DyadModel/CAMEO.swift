/// The CAMEO codebook as a lookup table.
public enum CAMEO {
    /// Every action in the codebook, in codebook order.
    public static let actions: [Action] = table.map {
        Action(code: $0.code, name: $0.name, goldstein: $0.goldstein, plover: $0.plover)
    }

    private static let byCode: [String: Action] = Dictionary(
        actions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The action for a code, or nil when the codebook has no such code.
    public static func action(for code: String) -> Action? { byCode[code] }

    /// The names of the twenty roots ("11" → "DISAPPROVE").
    public static func rootName(_ root: String) -> String? { byCode[root]?.name }
}
