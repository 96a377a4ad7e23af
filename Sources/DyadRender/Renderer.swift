import CGraphviz
import Foundation

/// Lays out and renders DOT text in-process through libgvc.
///
/// Graphviz keeps global state and is not thread-safe (not even with a context per thread), so every call
/// goes through one lock and one `GVC_t` kept for the life of the process. Graphviz's messages are kept off
/// stderr (`agseterr(AGMAX)`) and returned inside ``RenderError``.
public final class Renderer: @unchecked Sendable {
    /// The process-wide renderer.
    public static let shared = Renderer()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// The image bytes for `dot` laid out with `engine` in `format`.
    public func render(dot: String, engine: Engine, format: ImageFormat) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try sharedContext()
        _ = agseterr(AGMAX)
        _ = agreseterrors()
        guard let graph = agmemread(dot) else {
            throw RenderError(.syntax, message: lastMessage())
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
            throw RenderError(.layout(engine.rawValue), message: lastMessage())
        }
        defer { gvFreeLayout(gvc, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format.rawValue, &data, &length) == 0, let data else {
            throw RenderError(.render(format.rawValue), message: lastMessage())
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Layout engines this Graphviz has.
    public func availableEngines() throws -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try sharedContext()
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, "layout", &count, nil) else { return [] }
        defer {
            for index in 0..<Int(count) { free(list[index]) }
            free(list)
        }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }

    private func sharedContext() throws -> OpaquePointer {
        if let context { return context }
        guard let created = gvContext() else { throw RenderError(.noPlugins, message: "gvContext() failed") }
        context = created
        return created
    }

    /// Graphviz's last error message (it keeps them in a temporary file while errors are suppressed).
    private func lastMessage() -> String {
        guard let text = aglasterr() else { return "" }
        defer { free(text) }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\n", with: "; ")
    }
}
