import DyadModel

extension EventWriter {
    /// The people-facing table: fixed columns, long texts cut with an ellipsis.
    enum Table {
        static func header(explain: Bool) -> String {
            var line = pad("DATE", 10) + "  " + pad("SOURCE", 9) + "  " + pad("CAMEO", 5) + "  " + pad("TARGET", 9)
            line += "  " + pad("GOLD", 5) + "  " + pad("QUAD", 17) + "  " + pad("ACTION", 34) + "  EVIDENCE"
            return line
        }

        static func row(_ event: Event, explain: Bool) -> String {
            var line = pad(event.date?.description ?? "-", 10) + "  " + pad(event.source.code.rawValue, 9)
            line += "  " + pad(event.action.code, 5) + "  " + pad(event.target.code.rawValue, 9)
            line += "  " + pad(JSON.number(event.action.goldstein), 5) + "  " + pad(event.action.quad.rawValue, 17)
            line += "  " + pad((event.negated ? "NOT " : "") + event.action.name, 34)
            line += "  " + cut(event.text, 100)
            if explain, let why = event.explanation {
                let words =
                    "source \"\(event.source.text)\" \(why.source), verb \(why.verb), "
                    + "target \"\(event.target.text)\" \(why.target)"
                line +=
                    "\n" + String(repeating: " ", count: 12) + "↳ pattern \"\(why.pattern)\" by \(why.rule): \(words)"
            }
            return line
        }

        static func pad(_ text: String, _ width: Int) -> String {
            let shown = cut(text, width)
            return shown + String(repeating: " ", count: max(0, width - shown.count))
        }

        static func cut(_ text: String, _ width: Int) -> String {
            text.count <= width ? text : String(text.prefix(width - 1)) + "…"
        }
    }
}
