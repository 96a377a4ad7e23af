import Foundation
import Testing

/// The bundled examples as JSONL, `copies` times over with distinct ids (`prefix`-copy-name).
func examplesJSONL(copies: Range<Int>, prefix: String) throws -> String {
    let directory = Shared.repository + "/examples"
    var lines: [String] = []
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }
        .filter { $0 != "README.md" }.sorted()
    for copy in copies {
        for name in names {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let parts = text.components(separatedBy: "\n---\n")
            let header = parts.first ?? ""
            let body = parts.dropFirst().joined(separator: "\n---\n")
            let date = header.split(separator: "\n").first { $0.hasPrefix("date:") }
                .map { String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
            var object: [String: String] = ["id": "\(prefix)-\(copy)-\(name)", "text": body]
            object["date"] = date
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

@Suite(.serialized) struct ConcurrencyTests {
    /// Two `dyad ingest` processes on one database at once both finish (WAL and the busy wait), readers work
    /// meanwhile, and the store ends with exactly what two runs one after the other store.
    @Test func twoIngestsAndReadersOnOneDatabase() throws {
        let directory = NSTemporaryDirectory() + "dyad-concurrent-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = directory + "/a.jsonl"
        let second = directory + "/b.jsonl"
        try examplesJSONL(copies: 0..<30, prefix: "a").write(toFile: first, atomically: true, encoding: .utf8)
        try examplesJSONL(copies: 0..<30, prefix: "b").write(toFile: second, atomically: true, encoding: .utf8)

        let reference = directory + "/reference.sqlite"
        #expect(try DyadProcess.run(["ingest", first, "--db", reference]).status == 0)
        #expect(try DyadProcess.run(["ingest", second, "--db", reference]).status == 0)
        let expected = try DyadProcess.run(["events", "--db", reference, "--format", "tsv", "--include-negated"]).out

        let shared = directory + "/shared.sqlite"
        #expect(try DyadProcess.run(["ingest", scratchArticle(in: directory), "--db", shared]).status == 0)
        var processes: [Process] = []
        var errors: [Pipe] = []
        for input in [first, second] {
            let process = Process()
            process.executableURL = DyadProcess.executable
            process.arguments = ["ingest", input, "--db", shared, "--batch", "10"]
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            processes.append(process)
            errors.append(err)
        }
        var reads = 0
        while processes.contains(where: \.isRunning) {
            let reader = try DyadProcess.run(["events", "--db", shared, "--format", "tsv", "--source", "RUS"])
            #expect(reader.status == 0, "a reader during two ingests: \(reader.err)")
            reads += 1
        }
        for (process, err) in zip(processes, errors) {
            process.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
            #expect(message.contains("360 articles added"), "\(message)")
        }
        #expect(reads > 0)
        let stored = try DyadProcess.run(["events", "--db", shared, "--format", "tsv", "--include-negated"]).out
        let storedLines = stored.split(separator: "\n").filter { !$0.contains("\tscratch\t") }
        #expect(storedLines.sorted() == expected.split(separator: "\n").sorted())
        let check = try DyadProcess.run(["check", "--db", shared])
        #expect(check.status == 0, "\(check.out) \(check.err)")
        #expect(check.out.contains("721 articles") && check.out.contains("0 duplicate events"), "\(check.out)")
    }

    private func scratchArticle(in directory: String) throws -> String {
        let path = directory + "/scratch.txt"
        try "Iran condemned Israel.".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `--jobs N` codes in parallel with output identical, byte for byte and in order, to `--jobs 1`, on the
    /// VOA corpus replicated four times.
    @Test(.enabled(if: Shared.directory != nil, "needs ../shared beside the repository"))
    func parallelCodingIsDeterministic() throws {
        let directory = NSTemporaryDirectory() + "dyad-jobs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/voa4.jsonl"
        try Shared.voaReplicated(copies: 4).write(toFile: input, atomically: true, encoding: .utf8)
        let one = try DyadProcess.run(["code", input, "--format", "jsonl", "--explain", "--jobs", "1"])
        #expect(one.status == 0)
        #expect(one.out.split(separator: "\n").count > 500)
        for jobs in ["2", "3", "8"] {
            let many = try DyadProcess.run(["code", input, "--format", "jsonl", "--explain", "--jobs", jobs])
            #expect(many.status == 0)
            #expect(many.out == one.out, "--jobs \(jobs) differs from --jobs 1")
        }
    }
}
