/// The four-way (plus neutral) grouping of CAMEO roots used throughout event data.
///
/// Roots 01–02 are neutral, 03–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict and
/// 14–20 material conflict.
public enum QuadClass: String, Sendable, CaseIterable, Codable, Comparable {
    case neutral
    case verbalCooperation = "verbal_coop"
    case materialCooperation = "material_coop"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"

    /// The quad class of a CAMEO root ("01" … "20").
    public init?(root: String) {
        guard let value = Int(root), (1...20).contains(value) else { return nil }
        switch value {
        case 1...2: self = .neutral
        case 3...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        default: self = .materialConflict
        }
    }

    /// True for the two cooperation classes.
    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }
    /// True for the two conflict classes.
    public var isConflict: Bool { self == .verbalConflict || self == .materialConflict }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: QuadClass, rhs: QuadClass) -> Bool { lhs.order < rhs.order }
}
