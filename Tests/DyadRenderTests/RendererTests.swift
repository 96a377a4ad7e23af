import Testing

@testable import DyadRender

@Suite(.serialized) struct RendererTests {
    let dot = "digraph g { \"RUS\" -> \"AZE\" [label=\"complains\", color=\"#c62828\"]; \"AZE\" -> \"UKR\"; }"

    @Test func rendersSVG() throws {
        let bytes = try Renderer.shared.render(dot: dot, engine: .dot, format: .svg)
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">RUS</text>"))
        #expect(svg.contains("complains"))
    }

    @Test(arguments: [(ImageFormat.png, [0x89, 0x50, 0x4E, 0x47] as [UInt8]), (.pdf, Array("%PDF".utf8))])
    func rendersBinaryFormats(format: ImageFormat, magic: [UInt8]) throws {
        let bytes = try Renderer.shared.render(dot: dot, engine: .dot, format: format)
        #expect(Array(bytes.prefix(4)) == magic)
        #expect(bytes.count > 500)
    }

    @Test(arguments: Engine.allCases)
    func everyEngineLaysOut(engine: Engine) throws {
        let bytes = try Renderer.shared.render(dot: dot, engine: engine, format: .svg)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<svg"))
    }

    @Test func syntaxErrorCarriesGraphvizMessage() {
        #expect {
            _ = try Renderer.shared.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? RenderError, error.kind == .syntax else { return false }
            return error.description.hasPrefix("Graphviz could not read the DOT text: ")
                && error.message.contains("syntax error")
        }
    }

    @Test func automaticEngineAvoidsDotOnLargeGraphs() {
        #expect(Engine.automatic(nodes: 12, edges: 20) == .dot)
        #expect(Engine.automatic(nodes: 40, edges: 120) == .neato)
        #expect(Engine.automatic(nodes: 201, edges: 600) == .sfdp)
        #expect(Engine.automatic(nodes: 150, edges: 2_000) == .sfdp)
    }

    @Test func reportsLayoutEngines() throws {
        let engines = try Renderer.shared.availableEngines()
        #expect(engines.contains { $0.hasPrefix("dot") })
        #expect(engines.contains { $0.hasPrefix("sfdp") })
    }
}
