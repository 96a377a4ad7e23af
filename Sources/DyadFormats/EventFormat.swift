import DyadModel

/// How `dyad code` writes events.
public enum EventFormat: String, Sendable, CaseIterable {
    /// One JSON object per line: the output contract.
    case jsonl
    /// GDELT-like tab-separated columns with a header line.
    case tsv
    /// The same columns as comma-separated values (RFC 4180 quoting).
    case csv
    /// Aligned columns for people.
    case table
}

/// Writes events in one of the ``EventFormat``s.
public struct EventWriter: Sendable {
    public var format: EventFormat
    /// Adds the matched pattern and token spans.
    public var explain: Bool

    public init(format: EventFormat, explain: Bool = false) {
        self.format = format
        self.explain = explain
    }

    /// The header, for formats that have one.
    public var header: String? {
        switch format {
        case .jsonl: return nil
        case .tsv, .csv:
            var columns = Self.tsvColumns
            if explain { columns += ["pattern", "rule"] }
            return columns.joined(separator: format == .csv ? "," : "\t")
        case .table:
            return Table.header(explain: explain)
        }
    }

    /// The text for one event, without a trailing newline.
    public func line(for event: Event) -> String {
        switch format {
        case .jsonl: return jsonLine(event)
        case .tsv: return fields(event).map(Self.tsvField).joined(separator: "\t")
        case .csv: return fields(event).map(Self.csvField).joined(separator: ",")
        case .table: return Table.row(event, explain: explain)
        }
    }

    /// The GDELT-like column order of the TSV and CSV exports.
    public static let tsvColumns = [
        "date", "source", "source_country", "source_sector", "source_text", "target", "target_country",
        "target_sector", "target_text", "cameo", "root", "goldstein", "quad", "plover", "negated", "article",
        "sentence", "text",
    ]

    func jsonLine(_ event: Event) -> String {
        var out = "{\"article\":\(JSON.string(event.article)),\"sentence\":\(event.sentence)"
        out += ",\"date\":\(JSON.string(event.date?.description))"
        out += ",\"source\":\(actorJSON(event.source)),\"target\":\(actorJSON(event.target))"
        out += ",\"cameo\":\(JSON.string(event.action.code)),\"root\":\(JSON.string(event.action.root))"
        out +=
            ",\"goldstein\":\(JSON.number(event.action.goldstein)),\"quad\":\(JSON.string(event.action.quad.rawValue))"
        out += ",\"plover\":\(JSON.string(event.action.plover)),\"negated\":\(event.negated)"
        out += ",\"text\":\(JSON.string(event.text))"
        if explain, let explanation = event.explanation {
            out +=
                ",\"explain\":{\"pattern\":\(JSON.string(explanation.pattern)),\"rule\":\(JSON.string(explanation.rule))"
            out += ",\"source_span\":\(span(explanation.source)),\"verb_span\":\(span(explanation.verb))"
            out += ",\"target_span\":\(span(explanation.target))}"
        }
        return out + "}"
    }

    private func actorJSON(_ actor: EventActor) -> String {
        "{\"code\":\(JSON.string(actor.code.rawValue)),\"country\":\(JSON.string(actor.code.country))"
            + ",\"sector\":\(JSON.string(actor.code.sector)),\"text\":\(JSON.string(actor.text))}"
    }

    private func span(_ range: Range<Int>) -> String { "[\(range.lowerBound),\(range.upperBound)]" }

    func fields(_ event: Event) -> [String] {
        var fields = [
            event.date?.description ?? "", event.source.code.rawValue, event.source.code.country ?? "",
            event.source.code.sector ?? "", event.source.text, event.target.code.rawValue,
            event.target.code.country ?? "", event.target.code.sector ?? "", event.target.text, event.action.code,
            event.action.root, JSON.number(event.action.goldstein), event.action.quad.rawValue,
            event.action.plover ?? "", event.negated ? "1" : "0", event.article, String(event.sentence), event.text,
        ]
        if explain {
            fields += [event.explanation?.pattern ?? "", event.explanation?.rule ?? ""]
        }
        return fields
    }

    /// Quoted when it holds a comma, quote or line break; quotes doubled.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Tabs and newlines inside a field become spaces so that every record stays one line.
    static func tsvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
