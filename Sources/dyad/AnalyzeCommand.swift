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
            Ego networks, paths and period diffs are not built yet.
            """
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "Nodes are countries (default) or full actor codes.")
    var granularity: RelationGraph.Granularity = .country

    @Option(help: "Output: table or json.")
    var format: Format = .table

    @Option(help: "Rows in the table (by PageRank).")
    var top = 25

    enum Format: String, ExpressibleByArgument {
        case table, json
    }

    func run() throws {
        let coder = try CodingRun.makeCoder(inputs: inputs)
        var run = CodingRun(inputs: inputs)
        var graph = RelationGraph(granularity: granularity)
        run.run(coder: coder) { _, events in
            for event in events { graph.add(event) }
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
            var balanceObject = "{\"triads\":\(balance.triads.count),\"balanced\":\(balance.balancedCount)"
            balanceObject += ",\"unbalanced\":\(balance.unbalancedCount),\"ratio\":\(JSON.round(balance.ratio))"
            balanceObject += ",\"most_frustrated\":[\(frustrated.joined(separator: ","))]}"
            output.line(
                "{\"actors\":[\(actors.joined(separator: ","))],\"blocs\":[\(blocObjects.joined(separator: ","))],"
                    + "\"frustration\":\(blocs.frustration),\"balance\":\(balanceObject)}")
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
                "BALANCE  \(balance.balancedCount) of \(balance.triads.count) signed triads balanced "
                    + "(ratio \(JSON.round(balance.ratio)))")
            for triad in balance.mostFrustrated.prefix(5) {
                output.line("  frustrated: \(triad.actors.joined(separator: " – ")) (\(triad.weight) events)")
            }
        }
        output.flush()
        if run.failures > 0 { throw ExitCode(1) }
    }

    private func format4(_ value: Double) -> String { String((value * 10_000).rounded() / 10_000) }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
