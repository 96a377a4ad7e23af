import ArgumentParser
import DyadFormats
import DyadGraph
import DyadModel
import DyadRender
import Foundation

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the relation graph of the coded events and write it as DOT, SVG, PNG or PDF.",
        discussion: """
            Images are laid out and rendered in-process with libgvc. --engine auto picks dot up to 15 actors, neato \
            up to 200 and sfdp above, since dot's layout time explodes past about a hundred nodes; --top caps what is \
            drawn so that a render never runs away.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var source: EventSourceOptions

    @Option(
        name: .shortAndLong,
        help:
            "Output file: .dot, .svg, .png, .pdf (diagrams), .graphml, .gexf (with a timeline), .json (node-link), .csv, .tsv (events)."
    )
    var output: String

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo, twopi.")
    var engine: EngineChoice = .auto

    @Option(help: "Keep only the N actors with the most events (default for images: 40; data exports keep all).")
    var top: Int?

    @Option(help: "Draw only dyads with at least K events.")
    var minEvents: Int = 1

    @Option(help: "Nodes are countries (default) or full actor codes (RUSGOV vs RUSMIL).")
    var granularity: RelationGraph.Granularity = .country

    @Option(help: "Title drawn above the diagram.")
    var title: String?

    @Option(help: "Only this actor's neighbourhood (ego network), to --depth ties.", transform: actorFilter)
    var ego: String?

    @Option(help: "Depth of the ego network.")
    var depth = 1

    @Flag(help: "Draw the signed blocs as clusters.")
    var blocs = false

    @Option(
        help: """
            Draw what changed between two windows, FROM..TO,FROM..TO: dyads new in the second (solid), ended \
            (dashed), flipped between cooperation and conflict (bold), continuing (pale). Images and .dot only.
            """)
    var diff: String?

    func validate() throws {
        guard (top ?? 1) >= 1 else { throw ValidationError("--top must be at least 1") }
        guard minEvents >= 1 else { throw ValidationError("--min-events must be at least 1") }
        let ext = (output as NSString).pathExtension.lowercased()
        guard Self.dataExtensions.contains(ext) || ext == "dot" || ImageFormat(rawValue: ext) != nil else {
            throw ValidationError(
                "cannot write \"\(output)\": the extension must be .dot, .svg, .png, .pdf, .graphml, .gexf, .json, .csv or .tsv"
            )
        }
    }

    func run() throws {
        if let diff { return try runDiff(diff) }
        var graph = RelationGraph(granularity: granularity)
        let ext = (output as NSString).pathExtension.lowercased()
        // CSV and TSV exports are the events themselves, in GDELT-like column order.
        var rows: [String] = []
        let eventWriter = EventWriter(format: ext == "csv" ? .csv : .tsv)
        if ext == "csv" || ext == "tsv", let header = eventWriter.header { rows.append(header) }
        let (failures, names) = try source.forEachEvent(inputs: inputs) { events in
            for event in events {
                graph.add(event)
                if ext == "csv" || ext == "tsv" { rows.append(eventWriter.line(for: event)) }
            }
        }
        let isImage = ImageFormat(rawValue: ext) != nil || ext == "dot"
        if let ego {
            guard graph.nodes[ego] != nil else { throw ValidationError("\(ego) has no events in the input") }
            graph = graph.egoNetwork(of: ego, depth: depth)
        }
        // Images keep at most the 800 heaviest dyads: more is unreadable, and Graphviz 2.42's sfdp corrupts its
        // heap on very dense graphs (seen here with ~10,000 dyads among 100 actors).
        let drawn = graph.pruned(top: top ?? (isImage ? 40 : nil), minEvents: minEvents, maxEdges: isImage ? 800 : nil)
        var writer = DOTWriter(title: title, names: names)
        writer.pageRank = drawn.pageRank()
        if blocs {
            writer.clusters = drawn.blocs().blocs.enumerated().filter { $0.element.members.count > 1 }.map {
                (label: "bloc \($0.offset + 1)", members: $0.element.members)
            }
        }
        let export = GraphExport(names: names)
        let bytes: [UInt8]
        var engineUsed = "none"
        if ext == "graphml" {
            bytes = Array(export.graphML(drawn).utf8)
        } else if ext == "gexf" {
            bytes = Array(export.gexf(drawn).utf8)
        } else if ext == "json" {
            bytes = Array(export.nodeLinkJSON(drawn).utf8)
        } else if ext == "csv" || ext == "tsv" {
            bytes = Array((rows.joined(separator: "\n") + "\n").utf8)
        } else if let format = ImageFormat(rawValue: ext) {
            // Clusters need an engine that draws them (dot or fdp), and dot 2.42 crashes freeing a layout with
            // clusters and edge labels (seen here, as in docs/GRAPHVIZ.md): bloc views go to fdp.
            if blocs, engine == .dot {
                throw ValidationError(
                    "--blocs can't use dot (Graphviz 2.42 crashes on clusters with edge labels); use fdp")
            }
            let automatic = blocs ? .fdp : Engine.automatic(nodes: drawn.nodes.count, edges: drawn.edges.count)
            let chosen = engine.engine ?? automatic
            engineUsed = chosen.rawValue
            if let limit = chosen.maximumNodes, drawn.nodes.count > limit {
                throw ValidationError(
                    "\(chosen.rawValue) can't lay out \(drawn.nodes.count) actors in reasonable time (limit \(limit)): "
                        + "lower --top or use --engine auto, neato or sfdp")
            }
            writer.adapt(edges: drawn.edges.count, routeSplines: chosen.routesSplines(edges: drawn.edges.count))
            bytes = try Self.render(writer.dot(for: drawn), engine: chosen, format: format)
        } else {
            bytes = Array(writer.dot(for: drawn).utf8)
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
        } catch {
            throw ValidationError("cannot write \"\(output)\": \(error.localizedDescription)")
        }
        var summary = "\(output): \(drawn.nodes.count) actors, \(drawn.edges.count) dyads, \(drawn.eventCount) events"
        if drawn.nodes.count < graph.nodes.count {
            summary += " (of \(graph.nodes.count) actors, \(graph.edges.count) dyads, \(graph.eventCount) events)"
        }
        if engineUsed != "none" { summary += "; layout \(engineUsed)" }
        Diagnostics.note(summary)
        if failures > 0 { throw ExitCode(1) }
    }
}

extension GraphCommand {
    static let dataExtensions: Set<String> = ["graphml", "gexf", "json", "csv", "tsv"]
}

enum EngineChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    var engine: Engine? { Engine(rawValue: rawValue) }
}

extension RelationGraph.Granularity: ExpressibleByArgument {}

extension GraphCommand {
    /// The image, with Graphviz's failure as a message for the user.
    static func render(_ dot: String, engine: Engine, format: ImageFormat) throws -> [UInt8] {
        do {
            return try Renderer.shared.render(dot: dot, engine: engine, format: format)
        } catch let error as RenderError {
            throw ValidationError(error.description)
        }
    }

    /// `--diff`: the two windows' graphs over the same actors (the --top busiest across both), drawn as changes.
    func runDiff(_ text: String) throws {
        let windows = try parseWindows(text)
        let ext = (output as NSString).pathExtension.lowercased()
        guard ext == "dot" || ImageFormat(rawValue: ext) != nil else {
            throw ValidationError("--diff draws a diagram (.dot, .svg, .png, .pdf); for data use `dyad analyze --diff`")
        }
        var all: [Event] = []
        let (failures, names) = try source.forEachEvent(inputs: inputs) { all += $0 }
        let earlier = RelationGraph.window(all, from: windows[0].from, to: windows[0].to, granularity: granularity)
        let later = RelationGraph.window(all, from: windows[1].from, to: windows[1].to, granularity: granularity)
        var union = earlier
        for edge in later.edges.values { union.insert(edge) }
        let actors = Set(union.pruned(top: top ?? 40, minEvents: minEvents, maxEdges: 800).nodes.keys)
        let (before, after) = (earlier.restricted(to: actors), later.restricted(to: actors))
        /// "2022" for a whole year, "2023-09" for a whole month, else "FROM–TO" ("…" for an open end).
        func label(_ window: (from: Day?, to: Day?)) -> String {
            if let from = window.from, let to = window.to {
                let (a, b) = (from.components, to.components)
                if a.day == 1, to.adding(days: 1).components.day == 1 {
                    if a.month == 1, b.month == 12, a.year == b.year { return String(a.year) }
                    if a.month == b.month, a.year == b.year { return String(from.description.prefix(7)) }
                }
            }
            return "\(window.from?.description ?? "…")–\(window.to?.description ?? "…")"
        }
        var writer = DiffDOTWriter(
            title: title, names: names, earlierLabel: label(windows[0]), laterLabel: label(windows[1]))
        let dyads = before.edges.count + after.edges.count
        let chosen = engine.engine ?? Engine.automatic(nodes: actors.count, edges: dyads)
        writer.routing = chosen.routesSplines(edges: dyads) ? .routed : .straight
        let dot = writer.dot(from: before, to: after)
        let bytes: [UInt8]
        if let format = ImageFormat(rawValue: ext) {
            bytes = try Self.render(dot, engine: chosen, format: format)
        } else {
            bytes = Array(dot.utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        Diagnostics.note(
            "\(output): \(actors.count) actors; \(before.edges.count) dyads in the first window, "
                + "\(after.edges.count) in the second")
        if failures > 0 { throw ExitCode(1) }
    }
}
