/// A Graphviz failure, with Graphviz's own message inside.
public struct RenderError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The DOT text could not be parsed.
        case syntax
        /// The layout engine failed or is unknown.
        case layout(String)
        /// The output format failed or is unknown.
        case render(String)
        /// Graphviz has no layout plugins (libgvc6's plugin registration is missing).
        case noPlugins
    }

    public var kind: Kind
    /// What Graphviz said, trimmed; empty when it said nothing.
    public var message: String

    public init(_ kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String {
        let what: String
        switch kind {
        case .syntax: what = "Graphviz could not read the DOT text"
        case .layout(let engine): what = "Graphviz layout with engine \"\(engine)\" failed"
        case .render(let format): what = "Graphviz could not render \"\(format)\""
        case .noPlugins: what = "Graphviz has no layout plugins (run `libgvc6-config-update -c` as root)"
        }
        return message.isEmpty ? what : "\(what): \(message)"
    }
}
