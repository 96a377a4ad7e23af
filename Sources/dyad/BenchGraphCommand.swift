import ArgumentParser
import DyadFormats
import DyadGraph
import DyadModel
import DyadRender
import Foundation

struct BenchGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-graph",
        abstract: "Measure graph analysis and rendering on synthetic events.",
        discussion: """
            Builds a relation graph from --events synthetic events among --actors countries, times the analysis \
            (degrees, PageRank, betweenness, blocs, balance), renders the whole graph with the automatic engine, \
            and compares --repeat small renders in-process with running `dot` as a subprocess (when installed).
            """
    )

    @Option(help: "Synthetic events.")
    var events = 1_000_000

    @Option(help: "Distinct country actors.")
    var actors = 250

    @Option(help: "Small renders for the in-process vs subprocess comparison.")
    var `repeat` = 20

    func run() throws {
        let countries = Array(Country.codes.prefix(max(3, actors)))
        let codes = CAMEO.actions.filter { $0.code.count >= 3 }
        var generator = SplitMix(seed: 7)
        let day = Day(iso: "2020-01-01") ?? Day(ordinal: 18_262)
        let actorCodes = countries.compactMap { ActorCode($0) }
        var generated: [Event] = []
        generated.reserveCapacity(events)
        for _ in 0..<events {
            // Skewed: a third of the events come from the first eight actors.
            let first =
                Int(generator.next() % UInt64(actorCodes.count)) % (generator.next() % 3 == 0 ? 8 : actorCodes.count)
            var second = Int(generator.next() % UInt64(actorCodes.count))
            if second == first { second = (first + 1) % actorCodes.count }
            generated.append(
                Event(
                    article: "s", sentence: 1, date: day.adding(days: Int(generator.next() % 1000)),
                    source: EventActor(code: actorCodes[first], text: ""),
                    target: EventActor(code: actorCodes[second], text: ""),
                    action: codes[Int(generator.next() % UInt64(codes.count))], text: ""))
        }
        var start = ContinuousClock.now
        let graph = RelationGraph(events: generated)
        generated = []
        print(
            "graph build     \(events) events → \(graph.nodes.count) actors, \(graph.edges.count) dyads in \(seconds(since: start)) s"
        )

        start = ContinuousClock.now
        let degrees = graph.degrees()
        let pageRank = graph.pageRank()
        let betweenness = graph.betweenness()
        let blocs = graph.blocs()
        let balance = graph.balance()
        print(
            "analysis        \(seconds(since: start)) s (degrees \(degrees.count), PageRank \(pageRank.count), "
                + "betweenness \(betweenness.count), \(blocs.blocs.count) blocs, \(balance.triadCount) triads)")

        for (count, label) in [
            (40, "40 actors"), (100, "100 actors"), (graph.nodes.count, "\(graph.nodes.count) actors"),
        ] {
            let drawn = graph.pruned(top: count, maxEdges: 800)
            let engine = Engine.automatic(nodes: drawn.nodes.count, edges: drawn.edges.count)
            var writer = DOTWriter(title: "bench")
            writer.adapt(edges: drawn.edges.count, routeSplines: engine.routesSplines(edges: drawn.edges.count))
            let dot = writer.dot(for: drawn)
            for format in [ImageFormat.svg, .png] {
                start = ContinuousClock.now
                let bytes = try Renderer.shared.render(dot: dot, engine: engine, format: format)
                print(
                    "render          \(label), \(drawn.edges.count) dyads, \(engine.rawValue) \(format.rawValue): "
                        + "\(seconds(since: start)) s (\(bytes.count / 1024) KB)")
            }
        }

        let smallGraph = graph.pruned(top: 8, minEvents: 1, maxEdges: 20)
        let small = DOTWriter(title: "small").dot(for: smallGraph)
        start = ContinuousClock.now
        for _ in 0..<self.repeat { _ = try Renderer.shared.render(dot: small, engine: .dot, format: .svg) }
        let inProcess = (ContinuousClock.now - start).seconds / Double(self.repeat)
        print(
            "small render    in-process: \(String(format: "%.1f", inProcess * 1000)) ms each (\(self.repeat) renders, \(smallGraph.nodes.count) actors, \(smallGraph.edges.count) dyads, dot, SVG)"
        )
        if let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile) {
            let file = NSTemporaryDirectory() + "dyad-bench-\(UUID().uuidString).dot"
            try small.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            start = ContinuousClock.now
            for _ in 0..<self.repeat {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: dotPath)
                process.arguments = ["-Tsvg", file]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
            }
            let subprocess = (ContinuousClock.now - start).seconds / Double(self.repeat)
            print(
                "small render    `dot` subprocess: \(String(format: "%.1f", subprocess * 1000)) ms each "
                    + "(in-process is \(String(format: "%.1f", subprocess / inProcess))× faster)")
        } else {
            print("small render    `dot` subprocess: not measured (no dot on this machine)")
        }
    }

    private func seconds(since start: ContinuousClock.Instant) -> String {
        String(format: "%.2f", (ContinuousClock.now - start).seconds)
    }
}
