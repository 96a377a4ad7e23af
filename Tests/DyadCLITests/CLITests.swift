import Foundation
import Testing

/// Runs the built `dyad` executable the way a user does.
struct DyadProcess {
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("dyad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/dyad")
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try run(executable, arguments, stdin: stdin)
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, stdin: nil)
    }

    static func run(_ program: URL, _ arguments: [String], stdin: String?) throws -> (
        status: Int32, out: String, err: String
    ) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}

/// ../shared beside the repository, when it is there.
enum Shared {
    static var directory: String? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }

    /// The VOA corpus `copies` times over as JSONL, each copy's ids prefixed with its number.
    static func voaReplicated(copies: Int) throws -> String {
        let shared = try #require(directory)
        let lines = try String(contentsOfFile: "\(shared)/corpora/voa-news-2025-03.jsonl", encoding: .utf8)
            .split(separator: "\n")
        var corpus = ""
        for copy in 0..<copies {
            for line in lines {
                corpus += line.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"\(copy)-") + "\n"
            }
        }
        return corpus
    }

    static var repository: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }
}

func jsonObjects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
        guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }
}

func dyad(_ object: [String: Any]) -> String {
    let source = (object["source"] as? [String: Any])?["country"] as? String ?? "?"
    let target = (object["target"] as? [String: Any])?["country"] as? String ?? "?"
    return "\(source)>\(target)"
}

@Suite(.serialized) struct CLITests {
    @Test(.enabled(if: Shared.directory != nil, "needs ../shared beside the repository"))
    func seedArticleGivesTheTwoEvents() throws {
        let shared = try #require(Shared.directory)
        let result = try DyadProcess.run([
            "code", "\(shared)/corpora/seed-article.txt", "--date", "2023-09-13", "--format", "jsonl",
        ])
        #expect(result.status == 0, "\(result.err)")
        let events = try jsonObjects(result.out)
        let russia = events.filter { dyad($0) == "RUS>AZE" }
        let azerbaijan = events.filter { dyad($0) == "AZE>UKR" }
        #expect(russia.contains { $0["root"] as? String == "11" }, "RUS → AZE disapproval")
        #expect(azerbaijan.contains { ["03", "04", "05"].contains($0["root"] as? String ?? "") }, "AZE → UKR support")
        #expect(Set(events.map(dyad)).isSubset(of: ["RUS>AZE", "AZE>UKR"]), "no dyads the article doesn't state")
        for event in events {
            #expect(
                Set(event.keys).isSuperset(of: [
                    "article", "sentence", "date", "source", "target", "cameo", "root", "goldstein", "quad", "plover",
                    "negated", "text",
                ]))
        }
    }

    @Test func badInputIsReportedAndTheRestCoded() throws {
        let directory = NSTemporaryDirectory() + "dyad-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let good = directory + "/good.txt"
        let bad = directory + "/bad.jsonl"
        try "Russia condemned Ukraine on Friday.".write(toFile: good, atomically: true, encoding: .utf8)
        try "{\"id\":\"1\",\"text\":\"Iran condemned Israel.\"}\nnot json\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        let result = try DyadProcess.run([
            "code", bad, good, "/no/such.txt", "--date", "2024-04-14", "--format", "jsonl",
        ])
        #expect(result.status == 1)
        #expect(result.err.contains("\(bad):2: malformed JSON line"))
        #expect(result.err.contains("/no/such.txt: cannot read: no such file or directory"))
        let events = try jsonObjects(result.out)
        #expect(events.map(dyad) == ["IRN>ISR", "RUS>UKR"])
        #expect(events.last?["date"] as? String == "2024-04-12")
    }

    @Test func readsStandardInput() throws {
        let result = try DyadProcess.run(
            ["code", "-", "--format", "tsv", "--date", "2022-02-24"], stdin: "Russia invaded Ukraine.")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("2022-02-24\tRUS\tRUS\t\t"))
    }

    @Test func rejectsBadDateOption() throws {
        let result = try DyadProcess.run(["code", "-", "--date", "13/09/2023"], stdin: "x")
        #expect(result.status != 0)
        #expect(result.err.contains("bad date \"13/09/2023\""))
    }

    @Test(arguments: ["dot", "svg", "png", "pdf"])
    func graphWritesEveryFormat(ext: String) throws {
        let output = NSTemporaryDirectory() + "dyad-graph-\(UUID().uuidString).\(ext)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try DyadProcess.run(["graph", Shared.repository + "/examples", "-o", output])
        #expect(result.status == 0, "\(result.err)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        let head = String(decoding: bytes.prefix(64), as: UTF8.self)
        switch ext {
        case "dot": #expect(head.hasPrefix("digraph"))
        case "svg": #expect(head.contains("<?xml") || head.contains("<svg"))
        case "png": #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        default: #expect(head.hasPrefix("%PDF"))
        }
        #expect(result.err.contains("actors"))
    }

    static var hasNetworkX: Bool {
        (try? DyadProcess.python(["-c", "import networkx"]))?.status == 0
    }

    @Test(.enabled(if: CLITests.hasNetworkX, "needs python3 with networkx"))
    func graphExportsLoadInNetworkX() throws {
        let directory = NSTemporaryDirectory() + "dyad-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for ext in ["graphml", "json", "gexf"] {
            let result = try DyadProcess.run(["graph", Shared.repository + "/examples", "-o", "\(directory)/g.\(ext)"])
            #expect(result.status == 0, "\(result.err)")
        }
        let script = """
            import json, networkx as nx
            a = nx.read_graphml("\(directory)/g.graphml")
            b = nx.node_link_graph(json.load(open("\(directory)/g.json")), directed=True, multigraph=False)
            assert a.is_directed() and b.is_directed()
            assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges) == sorted(b.edges)
            assert all(a.edges[e]["weight"] == b.edges[e]["weight"] for e in a.edges)
            c = nx.read_gexf("\(directory)/g.gexf")
            assert sorted(c.edges) == sorted(a.edges) and all("spells" in c.edges[e] for e in c.edges)
            print(a.number_of_nodes(), a.number_of_edges())
            """
        let check = try DyadProcess.python(["-c", script])
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.split(separator: " ").count == 2)
    }

    @Test(.enabled(if: CLITests.hasNetworkX, "needs python3 with networkx"))
    func analyzeAgreesWithNetworkXOnTheSameGraph() throws {
        let directory = NSTemporaryDirectory() + "dyad-analyze-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let examples = Shared.repository + "/examples"
        #expect(try DyadProcess.run(["graph", examples, "-o", "\(directory)/g.json"]).status == 0)
        let analysis = try DyadProcess.run(["analyze", examples, "--format", "json"])
        #expect(analysis.status == 0)
        try analysis.out.write(toFile: "\(directory)/a.json", atomically: true, encoding: .utf8)
        let script = """
            import json, networkx as nx
            g = nx.node_link_graph(json.load(open("\(directory)/g.json")), directed=True, multigraph=False)
            actors = {a["id"]: a for a in json.load(open("\(directory)/a.json"))["actors"]}
            pr, bc = nx.pagerank(g, alpha=0.85, weight="weight"), nx.betweenness_centrality(g)
            assert set(actors) == set(g.nodes), (set(actors) ^ set(g.nodes))
            for n in g.nodes:
                assert abs(actors[n]["pagerank"] - pr[n]) < 1e-6, (n, actors[n]["pagerank"], pr[n])
                assert abs(actors[n]["betweenness"] - bc[n]) < 1e-9, (n, actors[n]["betweenness"], bc[n])
                assert actors[n]["in_degree"] == g.in_degree(n) and actors[n]["out_degree"] == g.out_degree(n)
                assert actors[n]["out_strength"] == g.out_degree(n, weight="weight")
            print(len(actors))
            """
        let check = try DyadProcess.python(["-c", script])
        #expect(check.status == 0, "\(check.err)")
    }

    @Test func analyzeReportsActorsBlocsAndBalance() throws {
        let result = try DyadProcess.run(["analyze", Shared.repository + "/examples", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["id"] as? String == "RUS" })
        for key in ["pagerank", "betweenness", "in_degree", "out_degree"] { #expect(actors[0][key] != nil, "\(key)") }
        let blocs = try #require(object["blocs"] as? [[String: Any]])
        #expect(!blocs.isEmpty && blocs.allSatisfy { $0["members"] is [String] })
        let balance = try #require(object["balance"] as? [String: Any])
        #expect(balance["ratio"] is Double && balance["triads"] is Int)
    }

    @Test func analyzeDiffsWindowsAndFindsPaths() throws {
        let result = try DyadProcess.run([
            "analyze", Shared.repository + "/examples", "--format", "json", "--path", "ARM,UKR", "--diff",
            "2022-01-01..2022-12-31,2023-01-01..2023-12-31",
        ])
        #expect(result.status == 0, "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        // No edge joins Armenia and Ukraine in the examples; two hops do (through Russia or Azerbaijan, both coded).
        let path = try #require(object["path"] as? [String])
        #expect(path.count == 3 && path.first == "ARM" && path.last == "UKR" && ["RUS", "AZE"].contains(path[1]))
        let diff = try #require(object["diff"] as? [String: Any])
        let gained = try #require(diff["gained"] as? [[String: String]])
        #expect(gained.contains { $0["source"] == "ARM" && $0["target"] == "AZE" }, "ARM → AZE is a 2023 dyad")
        #expect(diff["lost"] is [Any] && diff["flipped"] is [Any] && diff["biggest_moves"] is [Any])
    }

    @Test func graphFiltersByActorQuadAndWindow() throws {
        let output = NSTemporaryDirectory() + "dyad-filtered-\(UUID().uuidString).tsv"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let all = try DyadProcess.run(["graph", Shared.repository + "/examples", "-o", output])
        #expect(all.status == 0)
        let allRows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst()
        let result = try DyadProcess.run([
            "graph", Shared.repository + "/examples", "-o", output, "--actor", "RUS", "--quad", "material_conflict",
            "--quad", "verbal_conflict", "--since", "2022-01-01", "--until", "2023-12-31",
        ])
        #expect(result.status == 0, "\(result.err)")
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(!rows.isEmpty && rows.count < allRows.count)
        for row in rows {
            #expect(row[2] == "RUS" || row[6] == "RUS", "\(row)")
            #expect(["material_conflict", "verbal_conflict"].contains(row[12]), "\(row)")
            #expect(row[0] >= "2022-01-01" && row[0] <= "2023-12-31", "\(row)")
        }
        let bad = try DyadProcess.run(["graph", Shared.repository + "/examples", "-o", output, "--quad", "hostile"])
        #expect(bad.status != 0 && bad.err.contains("unknown quad class \"hostile\""))
    }

    @Test func graphDrawsThePeriodDiff() throws {
        let output = NSTemporaryDirectory() + "dyad-diff-\(UUID().uuidString).dot"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try DyadProcess.run([
            "graph", Shared.repository + "/examples", "--diff", "2022-01-01..2022-12-31,2023-01-01..2023-12-31",
            "-o", output,
        ])
        #expect(result.status == 0, "\(result.err)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        // RUS → UKR: force in 2022 (the invasion), and still conflict in 2023 (the grain deal's end).
        #expect(dot.contains("label=\" new: "), "dyads new in 2023")
        #expect(dot.contains("style=dashed"), "dyads that ended after 2022")
        #expect(dot.contains("\"RUS\" -> \"UKR\""))
        let data = try DyadProcess.run([
            "graph", Shared.repository + "/examples", "--diff", "..2022-12-31,2023-01-01..", "-o", output + ".graphml",
        ])
        #expect(data.status != 0 && data.err.contains("--diff draws a diagram"))
    }

    @Test func graphRejectsUnknownExtension() throws {
        let result = try DyadProcess.run(["graph", "-", "-o", "out.gif"], stdin: "x")
        #expect(result.status != 0)
        #expect(
            result.err.contains("the extension must be .dot, .svg, .png, .pdf, .graphml, .gexf, .json, .csv or .tsv"))
    }
}
