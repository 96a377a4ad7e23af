import DyadModel
import Foundation

/// Reads PLOVER gold-standard records (the JSON array of `PLOVER_GSR_CAMEO`): text, date, source and target
/// actors, event type.
///
/// Old PLOVER type names are mapped to the current codebook's (DEMAND → REQUEST, DISAPPROVE → ACCUSE,
/// INVESTIGATE → ACCUSE, FIGHT → ASSAULT); CAMEO country codes that aren't ISO-3 (JAP, ITL, VTN; KSV for Kosovo) are mapped to
/// ISO-3; every `IGO…` code and `NGO` become `IGO` (the file codes Amnesty International both ways, and Dyad's
/// evaluation counts organisations as one class). Records whose markup marks actors `SRC/TAR` are reciprocal. An
/// optional `"article"` field names the article a sentence belongs to (sentences of one article are coded in order,
/// as one text); a record of type `NONE` with no actors marks a sentence with no event.
public enum GoldReader {
    public struct Problem: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    static let oldTypes = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]
    static let cameoCountries = [
        "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GMY": "DEU", "KSV": "XKX", "KOS": "XKX",
    ]

    public static func records(at path: String) throws -> [GoldRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(file: path, message: "cannot read")
        }
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw Problem(file: path, message: "not a JSON array of objects")
        }
        return array.compactMap(record(from:))
    }

    static func record(from object: [String: Any]) -> GoldRecord? {
        guard let event = object["event"] as? String, event != "DOCUMENT", let text = object["text"] as? String,
            let id = object["id"] as? String
        else { return nil }
        let markup = (object["textInfo"] as? [String: Any])?["markup"] as? String ?? ""
        return GoldRecord(
            id: id, text: text, date: (object["date"] as? String).flatMap { Day(iso: $0) },
            sources: actors(object["source"]), targets: actors(object["target"]), plover: oldTypes[event] ?? event,
            reciprocal: markup.contains("SRC/TAR"), article: object["article"] as? String)
    }

    static func actors(_ value: Any?) -> [String] {
        guard let list = value as? [[String: Any]] else { return [] }
        var codes: [String] = []
        for actor in list {
            guard let code = actor["code"] as? String, !code.isEmpty else { continue }
            let normalised = code.hasPrefix("IGO") || code == "NGO" ? "IGO" : cameoCountries[code] ?? code
            if !codes.contains(normalised) { codes.append(normalised) }
        }
        return codes
    }
}
