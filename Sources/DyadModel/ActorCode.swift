/// A CAMEO-style actor code: an ISO-3 country with an optional three-letter sector (`RUS`, `RUSGOV`), an
/// international organisation (`IGONAT`), an international non-governmental organisation (`NGOAMN`) or an
/// international militarized group (`IMGALQ`, al-Qaeda).
public struct ActorCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The whole code as written.
    public let rawValue: String
    /// True for IGOs, NGOs, multinational corporations and militarized groups: actors with no country.
    public let isOrganisation: Bool
    /// The ISO-3 country of a state actor, nil for an organisation.
    public let country: String?
    /// The sector after the country (`GOV` in `RUSGOV`), nil when there is none or for an IGO.
    public let sector: String?

    /// Parses a code; nil unless it is an IGO code or a known country with an optional 3-letter sector.
    public init?(_ rawValue: String) {
        let code = rawValue.uppercased()
        guard code.count >= 3, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        if ActorCode.organisationPrefixes.contains(where: code.hasPrefix) {
            // "IGO" and "NGO" alone are the generic kinds, as the Phoenix dictionaries use them.
        } else {
            guard Country.isKnown(String(code.prefix(3))), code.count % 3 == 0 else { return nil }
        }
        self.rawValue = code
        // Derived once here: the coder asks for them on every mention it weighs.
        isOrganisation = ActorCode.organisationPrefixes.contains(where: code.hasPrefix)
        country = isOrganisation ? nil : String(code.prefix(3))
        sector = isOrganisation || code.count <= 3 ? nil : String(code.dropFirst(3))
    }

    private enum CodingKeys: String, CodingKey {
        case rawValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode(String.self, forKey: .rawValue)
        guard let code = ActorCode(raw) else {
            throw DecodingError.dataCorruptedError(
                forKey: .rawValue, in: container, debugDescription: "not an actor code: \(raw)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rawValue, forKey: .rawValue)
    }

    public static func == (lhs: ActorCode, rhs: ActorCode) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Country + sector (`country: "RUS", sector: "GOV"`).
    public init?(country: String, sector: String?) {
        self.init(country + (sector ?? ""))
    }

    /// True for international organisations.
    public var isIGO: Bool { rawValue.hasPrefix("IGO") }

    /// True for international non-governmental organisations (`NGOAMN`).
    public var isNGO: Bool { rawValue.hasPrefix("NGO") }

    /// Prefixes of actors with no country: international organisations, NGOs, multinational corporations and
    /// international militarized groups.
    public static let organisationPrefixes = ["IGO", "NGO", "MNC", "IMG"]

    /// True for international militarized groups (`IMGALQ`).
    public var isIMG: Bool { rawValue.hasPrefix("IMG") }

    /// What dyads are aggregated on by default: the country, or the whole code for an organisation.
    public var node: String { country ?? rawValue }

    /// The same actor with another sector.
    public func with(sector: String?) -> ActorCode {
        guard let country else { return self }
        // The coder asks this for every agent phrase it joins to a state; a well-formed sector (three upper-case
        // letters or digits, or several) skips the parse, which would check the known country again.
        if let sector, !sector.isEmpty, sector.utf8.count % 3 == 0,
            sector.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) })
        {
            return ActorCode(checked: country + sector, country: country, sector: sector)
        }
        return ActorCode(country: country, sector: sector) ?? self
    }

    /// A code whose parts are known to be valid.
    private init(checked rawValue: String, country: String, sector: String) {
        self.rawValue = rawValue
        isOrganisation = false
        self.country = country
        self.sector = sector
    }

    public var description: String { rawValue }

    public static func < (lhs: ActorCode, rhs: ActorCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension ActorCode {
    /// Names of the CAMEO sector codes, for labels.
    public static let sectorNames: [String: String] = [
        "GOV": "government", "MIL": "military", "COP": "police", "LEG": "legislature", "JUD": "judiciary",
        "REB": "rebels", "OPP": "opposition", "MED": "media", "BUS": "business", "CVL": "civilians",
        "SPY": "intelligence", "EDU": "education", "HLH": "health", "REF": "refugees", "LAB": "labour",
        "ELI": "elites", "NGO": "NGOs", "HRI": "rights groups", "REL": "religious", "CRM": "criminals",
        "UAF": "armed groups", "AGR": "agriculture", "ENV": "environment", "PTY": "party", "DEV": "development",
        "IGO": "international body",
    ]

    /// "Russia · government" for `RUSGOV`, "Russia" for `RUS`; nil for organisations and unknown countries.
    public var displayName: String? {
        guard let country, let name = Country.name(of: country) else { return nil }
        guard let sector else { return name }
        let sectors = stride(from: 0, to: sector.count, by: 3).map { offset -> String in
            let start = sector.index(sector.startIndex, offsetBy: offset)
            let code = String(sector[start..<sector.index(start, offsetBy: 3)])
            return Self.sectorNames[code] ?? code
        }
        return name + " · " + sectors.joined(separator: " ")
    }
}
