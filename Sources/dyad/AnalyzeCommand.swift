import ArgumentParser
import DyadFormats
import DyadGraph
import DyadModel

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Centrality, blocs and structural balance of the relation graph.",
        discussion: """
            PageRank is weighted by event count (damping 0.85) and betweenness is directed, unweighted and \
            normalised — both equal to NetworkX's pagerank(G, alpha=0.85, weight="weight") and \
            betweenness_centrality(G). Blocs and balance use the signed graph (a pair is positive when its events \
            in both directions sum to a positive Goldstein value): blocs by relocation minimising frustration \
            (Doreian & Mrvar), balance as the share of balanced signed triads with the most frustrated listed. \
            --ego restricts the analysis to an actor's neighbourhood, --path prints a shortest directed path, \
            --diff compares two date windows (dyads gained, lost, flipped sign, biggest moves).
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var source: EventSourceOptions

    @Option(help: "Nodes are countries (default) or full actor codes.")
    var granularity: RelationGraph.Granularity = .country

    @Option(help: "Output: table or json.")
    var format: Format = .table

    @Option(help: "Rows in the table (by PageRank).")
    var top = 25

    @Option(help: "Analyse only this actor's neighbourhood.", transform: actorFilter)
    var ego: String?

    @Option(help: "Depth of the ego network.")
    var depth = 1

    @Option(help: "A shortest directed path between two actors: A,B.")
    var path: String?

    @Option(help: "Compare two windows: FROM..TO,FROM..TO (dates YYYY-MM-DD, either end may be empty).")
    var diff: String?

    enum Format: String, ExpressibleByArgument {
        case table, json
    }

    /// "2023-01-01..2023-06-30" → (from, to).
    func run() throws {
        var graph = RelationGraph(granularity: granularity)
        var all: [Event] = []
        let (failures, _) = try source.forEachEvent(inputs: inputs) { events in
            for event in events { graph.add(event) }
            if diff != nil { all += events }
        }
        if let ego {
            guard graph.nodes[ego] != nil else { throw ValidationError("\(ego) has no events in the input") }
            graph = graph.egoNetwork(of: ego, depth: depth)
        }
        var route: [String]?
        if let path {
            let ends = try path.split(separator: ",").map { try actorFilter(String($0)) }
            guard ends.count == 2 else { throw ValidationError("--path takes two actors: A,B") }
            route = graph.shortestPath(from: ends[0], to: ends[1])
        }
        var change: GraphDiff?
        if let diff {
            let windows = try parseWindows(diff)
            let earlier = RelationGraph.window(all, from: windows[0].0, to: windows[0].1, granularity: granularity)
            let later = RelationGraph.window(all, from: windows[1].0, to: windows[1].1, granularity: granularity)
            change = later.diff(from: earlier)
        }
        let pageRank = graph.pageRank()
        let betweenness = graph.betweenness()
        let degrees = graph.degrees()
        let blocs = graph.blocs()
        let balance = graph.balance()
        let ranked = graph.nodes.keys.sorted {
            (pageRank[$0] ?? 0, $1) > (pageRank[$1] ?? 0, $0)
        }
        var output = Output()
        switch format {
        case .json:
            let actors = ranked.map { id -> String in
                let degree = degrees[id] ?? .init()
                var object = "{\"id\":\(JSON.quote(id)),\"pagerank\":\(pageRank[id] ?? 0)"
                object += ",\"betweenness\":\(betweenness[id] ?? 0)"
                let counts: [(String, Int)] = [
                    ("in_degree", degree.inDegree), ("out_degree", degree.outDegree),
                    ("in_strength", degree.inStrength), ("out_strength", degree.outStrength),
                    ("in_cooperation", degree.inCooperation), ("in_conflict", degree.inConflict),
                    ("out_cooperation", degree.outCooperation), ("out_conflict", degree.outConflict),
                ]
                for (key, value) in counts { object += ",\"\(key)\":\(value)" }
                return object + "}"
            }
            let blocObjects = blocs.blocs.map { bloc in
                "{\"members\":[\(bloc.members.map(JSON.quote).joined(separator: ","))],"
                    + "\"internal_stance\":\(JSON.round(bloc.internalStance)),"
                    + "\"external_stance\":\(JSON.round(bloc.externalStance))}"
            }
            let frustrated = balance.mostFrustrated.prefix(10).map { triad in
                "{\"actors\":[\(triad.actors.map(JSON.quote).joined(separator: ","))],\"weight\":\(triad.weight)}"
            }
            var balanceObject = "{\"triads\":\(balance.triadCount),\"balanced\":\(balance.balancedCount)"
            balanceObject += ",\"unbalanced\":\(balance.unbalancedCount),\"ratio\":\(JSON.round(balance.ratio))"
            balanceObject += ",\"most_frustrated\":[\(frustrated.joined(separator: ","))]}"
            var extra = ""
            if path != nil {
                extra += ",\"path\":" + (route.map { "[\($0.map(JSON.quote).joined(separator: ","))]" } ?? "null")
            }
            if let change { extra += ",\"diff\":\(Self.json(change))" }
            output.line(
                "{\"actors\":[\(actors.joined(separator: ","))],\"blocs\":[\(blocObjects.joined(separator: ","))],"
                    + "\"frustration\":\(blocs.frustration),\"balance\":\(balanceObject)\(extra)}")
        case .table:
            output.line("ACTOR      PAGERANK  BETWEEN  IN  OUT  IN-EV  OUT-EV  IN coop/confl  OUT coop/confl")
            for id in ranked.prefix(max(0, top)) {
                let degree = degrees[id] ?? .init()
                output.line(
                    pad(id, 11) + pad(String(format4(pageRank[id] ?? 0)), 10) + pad(format4(betweenness[id] ?? 0), 9)
                        + pad(String(degree.inDegree), 4) + pad(String(degree.outDegree), 5)
                        + pad(String(degree.inStrength), 7) + pad(String(degree.outStrength), 8)
                        + pad("\(degree.inCooperation)/\(degree.inConflict)", 15)
                        + "\(degree.outCooperation)/\(degree.outConflict)")
            }
            output.line("")
            output.line("BLOCS (signed relocation, frustration \(blocs.frustration) events)")
            for bloc in blocs.blocs {
                output.line(
                    "  inside \(JSON.round(bloc.internalStance)), toward others \(JSON.round(bloc.externalStance)): "
                        + bloc.members.joined(separator: " "))
            }
            output.line("")
            output.line(
                "BALANCE  \(balance.balancedCount) of \(balance.triadCount) signed triads balanced "
                    + "(ratio \(JSON.round(balance.ratio)))")
            for triad in balance.mostFrustrated.prefix(5) {
                output.line("  frustrated: \(triad.actors.joined(separator: " – ")) (\(triad.weight) events)")
            }
            if let path {
                output.line("")
                output.line("PATH \(path): " + (route?.joined(separator: " → ") ?? "none"))
            }
            if let change {
                output.line("")
                output.line(
                    "DIFF  gained \(change.gained.count), lost \(change.lost.count), flipped \(change.flipped.count)")
                for move in change.flipped.prefix(10) {
                    output.line(
                        "  flipped: \(move.source) → \(move.target)  \(JSON.round(move.before)) → \(JSON.round(move.after))"
                    )
                }
                for move in change.biggestMoves.prefix(10) {
                    output.line(
                        "  moved:   \(move.source) → \(move.target)  \(JSON.round(move.before)) → \(JSON.round(move.after))"
                    )
                }
                for key in change.gained.prefix(10) { output.line("  gained:  \(key.source) → \(key.target)") }
                for key in change.lost.prefix(10) { output.line("  lost:    \(key.source) → \(key.target)") }
            }
        }
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }

    static func json(_ diff: GraphDiff) -> String {
        func keys(_ list: [RelationGraph.DyadKey]) -> String {
            list.map { "{\"source\":\(JSON.quote($0.source)),\"target\":\(JSON.quote($0.target))}" }.joined(
                separator: ",")
        }
        func moves(_ list: [GraphDiff.Move]) -> String {
            list.map {
                "{\"source\":\(JSON.quote($0.source)),\"target\":\(JSON.quote($0.target)),"
                    + "\"before_mean\":\(JSON.round($0.before)),\"after_mean\":\(JSON.round($0.after))}"
            }.joined(separator: ",")
        }
        return "{\"gained\":[\(keys(diff.gained))],\"lost\":[\(keys(diff.lost))],\"flipped\":[\(moves(diff.flipped))],"
            + "\"biggest_moves\":[\(moves(diff.biggestMoves))]}"
    }

    private func format4(_ value: Double) -> String { String((value * 10_000).rounded() / 10_000) }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
