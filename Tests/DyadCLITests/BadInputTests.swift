import Foundation
import GRDB
import Testing

/// The README's bad-input table, one row per case: each names the file (and line) on stderr, the good input
/// beside it is still coded or stored, and the exit status is non-zero.
@Suite(.serialized) struct BadInputTests {
    /// A scratch directory with one good article in it.
    final class Scratch {
        let path = NSTemporaryDirectory() + "dyad-bad-\(UUID().uuidString)"
        var good: String { path + "/good.txt" }

        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try "Russia condemned Ukraine.".write(toFile: good, atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = path + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            return file
        }

        func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }
    }

    /// Codes `bad` beside the good article and checks the report, the exit status and that the good article's
    /// event is still there.
    func codeBeside(_ bad: String, in scratch: Scratch, expect message: String, extra: [String] = []) throws {
        let result = try DyadProcess.run(
            ["code", bad, scratch.good, "--date", "2024-04-14", "--format", "tsv"] + extra)
        #expect(result.status == 1, "\(result.err)")
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.err.split(separator: "\n").count == 1, "one line per problem: \(result.err)")
        #expect(result.out.contains("\tRUS\tRUS\t\tRussia\tUKR\tUKR\t\tUkraine\t111\t"), "the good article is coded")
    }

    @Test func missingPath() throws {
        let scratch = try Scratch()
        let missing = scratch.path + "/no-such-article.txt"
        try codeBeside(missing, in: scratch, expect: "\(missing): cannot read: no such file or directory")
    }

    @Test func frontMatterLineThatIsNotKeyValue() throws {
        let scratch = try Scratch()
        let bad = try scratch.file(
            "keys.md", "---\ntitle: Talks\nthis line has no colon\n---\nIran condemned Israel.\n")
        try codeBeside(bad, in: scratch, expect: "\(bad):3: bad front matter: expected \"key: value\"")
    }

    @Test func jsonLineWithoutText() throws {
        let scratch = try Scratch()
        let bad = try scratch.file("notext.jsonl", "{\"id\":\"a\",\"title\":\"no body\"}\n")
        try codeBeside(bad, in: scratch, expect: "\(bad):1: no \"text\" field (or it is empty)")
    }

    @Test func binaryFile() throws {
        let scratch = try Scratch()
        let bad = try scratch.file(
            "blob.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64))
        try codeBeside(bad, in: scratch, expect: "\(bad):1: binary data (NUL bytes), not text")
    }

    @Test func invalidUTF8() throws {
        let scratch = try Scratch()
        let bad = try scratch.file("latin1.txt", Array("Iran condemned Israel.\nSa".utf8) + [0xE9, 0x6F, 0x20, 0xFF])
        try codeBeside(bad, in: scratch, expect: "\(bad):2: not valid UTF-8 text")
    }

    @Test func emptyFile() throws {
        let scratch = try Scratch()
        let bad = try scratch.file("empty.txt", "")
        try codeBeside(bad, in: scratch, expect: "\(bad): empty: no article text")
    }

    /// A 50 MB article on one line, as text and as a JSONL line followed by a good one: refused by the
    /// article-size limit, with memory bounded by the limit rather than the line.
    @Test(arguments: ["txt", "jsonl"])
    func fiftyMegabyteLine(ext: String) throws {
        let scratch = try Scratch()
        let sentence = Array("Iran condemned Israel. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20 + 200)
        if ext == "jsonl" { bytes += Array("{\"id\":\"huge\",\"text\":\"".utf8) }
        while bytes.count < 50 << 20 { bytes += sentence }
        if ext == "jsonl" { bytes += Array("\"}\n{\"id\":\"after\",\"text\":\"Iran condemned Israel.\"}\n".utf8) }
        let bad = try scratch.file("huge.\(ext)", bytes)
        bytes = []
        try codeBeside(
            bad, in: scratch, expect: "larger than the 4194304-byte limit for one article",
            extra: ["--max-article-bytes", "\(4 << 20)"])
        if ext == "jsonl" {
            let result = try DyadProcess.run(["code", bad, "--date", "2024-04-14", "--format", "tsv"])
            #expect(result.err.contains("\(bad):1: larger than"))
            #expect(result.out.contains("\tafter\t1\t"), "the line after the huge one is coded")
        }
        // ru_maxrss of the largest child this test process has waited for: a bound on every dyad run above.
        // Not under a sanitizer (scripts/sanitize sets DYAD_SANITIZER): its shadow memory dominates the figure.
        if ProcessInfo.processInfo.environment["DYAD_SANITIZER"] == nil {
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            #expect(usage.ru_maxrss < 300 << 10, "peak memory \(usage.ru_maxrss) KB")
        }
    }

    @Test func deeplyNestedAndHugeJSON() throws {
        let scratch = try Scratch()
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let wide =
            "{\"id\":\"w\",\"text\":\"x\",\"tags\":[" + Array(repeating: "1", count: 300_000).joined(separator: ",")
        let bad = try scratch.file("nested.jsonl", nested + "\n" + wide + "\n")
        let result = try DyadProcess.run(
            ["code", bad, scratch.good, "--date", "2024-04-14", "--format", "tsv"])
        #expect(result.status == 1)
        #expect(result.err.contains("\(bad):1: malformed JSON line: Too many nested arrays or dictionaries"))
        #expect(result.err.contains("\(bad):2: malformed JSON line"))
        #expect(result.out.contains("\tRUS\tRUS\t"))
    }

    @Test func frontMatterWithoutItsEnd() throws {
        let scratch = try Scratch()
        let bad = try scratch.file("open.md", "---\ntitle: Talks\ndate: 2024-04-14\nIran condemned Israel.\n")
        try codeBeside(bad, in: scratch, expect: "\(bad):1: bad front matter: no closing \"---\" line")
    }

    @Test(arguments: [
        ("md", "---\ndate: 13/09/2023\n---\nIran condemned Israel.\n", 2),
        ("jsonl", "{\"id\":\"a\",\"date\":\"yesterday\",\"text\":\"Iran condemned Israel.\"}\n", 1),
    ])
    func unknownDateFormat(ext: String, content: String, line: Int) throws {
        let scratch = try Scratch()
        let bad = try scratch.file("dated.\(ext)", content)
        try codeBeside(bad, in: scratch, expect: "\(bad):\(line): bad date")
    }

    @Test func dictionarySyntaxErrors() throws {
        let scratch = try Scratch()
        let actors = try scratch.file(
            "actors.txt", "FOOBAR_STATE [XXX\n+ONLY_A_SYNONYM\nRURITANIA [RUT]\nGRAND_FENWICK [MCO]\n")
        let article = try scratch.file("fenwick.txt", "Grand Fenwick condemned Ukraine.")
        let result = try DyadProcess.run(
            ["code", article, "--actors", actors, "--date", "2024-04-14", "--format", "tsv"])
        #expect(result.status == 1)
        #expect(
            result.err.split(separator: "\n") == [
                "error: \(actors):1: \"[\" without \"]\"", "error: \(actors):2: synonym without an entry",
                "error: \(actors):3: unknown actor code \"RUT\"",
            ])
        #expect(result.out.contains("\tMCO\tMCO\t"), "the good dictionary lines are used")
    }

    @Test func unknownActorCodesInFilters() throws {
        let scratch = try Scratch()
        let db = scratch.path + "/events.sqlite"
        #expect(try DyadProcess.run(["ingest", scratch.good, "--db", db, "--date", "2024-04-14"]).status == 0)
        for arguments in [
            ["events", "--source", "XYZ", "--db", db], ["events", "--between", "RUS,QQQ", "--db", db],
            ["stance", "RUS", "ZZZGOV", "--db", db],
            ["graph", scratch.good, "--ego", "NOPE", "-o", scratch.path + "/g.dot"],
            ["analyze", "--from-db", db, "--path", "RUS,XXX"],
        ] {
            let result = try DyadProcess.run(arguments)
            #expect(result.status != 0)
            #expect(result.err.contains("unknown actor code"), "\(arguments): \(result.err)")
        }
    }

    /// Another process holds the write lock: a write waits `--wait` seconds, says it is waiting, then gives
    /// up with the reason; readers go on working meanwhile; once the lock is gone the same ingest succeeds.
    @Test func lockedDatabase() throws {
        let scratch = try Scratch()
        let db = scratch.path + "/events.sqlite"
        #expect(try DyadProcess.run(["ingest", scratch.good, "--db", db, "--date", "2024-04-14"]).status == 0)
        let other = try scratch.file("other.txt", "Iran condemned Israel.")
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // the lock is held across accesses on purpose
        let holder = try DatabaseQueue(path: db, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let blocked = try DyadProcess.run(["ingest", other, "--db", db, "--date", "2024-04-14", "--wait", "1.5"])
        #expect(blocked.status != 0)
        #expect(blocked.err.contains("\(db): waiting for another process that is writing to the database"))
        #expect(blocked.err.contains("\(db): the database is locked by another process; gave up after 1.5 s"))
        let reader = try DyadProcess.run(["events", "--db", db, "--format", "tsv"])
        #expect(reader.status == 0, "readers work while another process writes")
        #expect(reader.out.split(separator: "\n").count == 2)
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try holder.close()
        let retried = try DyadProcess.run(["ingest", other, "--db", db, "--date", "2024-04-14"])
        #expect(retried.status == 0, "\(retried.err)")
        #expect(retried.err.contains("now 2 articles, 2 events"))
    }

    /// Only checkable for a user who can't write everywhere: as root the test runs `dyad` as `nobody`.
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        let prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        guard FileManager.default.isExecutableFile(atPath: setpriv),
            let probe = try? DyadProcess.run(
                URL(fileURLWithPath: setpriv), Array(prefix.dropFirst()) + [DyadProcess.executable.path, "--version"],
                stdin: nil),
            probe.status == 0
        else { return nil }
        return prefix
    }()

    @Test(.enabled(if: unprivileged != nil, "needs a non-root user, or root with setpriv and a dyad nobody can run"))
    func readOnlyDatabase() throws {
        let prefix = try #require(Self.unprivileged)
        let scratch = try Scratch()
        let db = scratch.path + "/events.sqlite"
        #expect(try DyadProcess.run(["ingest", scratch.good, "--db", db, "--date", "2024-04-14"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: scratch.good)
        func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            guard let program = prefix.first else { return try DyadProcess.run(arguments) }
            return try DyadProcess.run(
                URL(fileURLWithPath: program), Array(prefix.dropFirst()) + [DyadProcess.executable.path] + arguments,
                stdin: nil)
        }
        let ingest = try run(["ingest", scratch.good, "--db", db, "--date", "2024-04-15"])
        #expect(ingest.status != 0)
        #expect(ingest.err.contains("\(db): the database is read-only"), "\(ingest.err)")
        let events = try run(["events", "--db", db, "--format", "tsv"])
        #expect(events.status == 0, "a read-only database can still be queried: \(events.err)")
        #expect(events.out.split(separator: "\n").count == 2)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
    }

    @Test func corruptDatabase() throws {
        let scratch = try Scratch()
        let db = try scratch.file("events.sqlite", Array(repeating: 0x41, count: 8192))
        for arguments in [["ingest", scratch.good, "--date", "2024-04-14"], ["events"], ["check"]] {
            let result = try DyadProcess.run(arguments + ["--db", db])
            #expect(result.status != 0)
            #expect(result.err.contains("\(db): the database is corrupt"), "\(arguments): \(result.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == Data(repeating: 0x41, count: 8192), "left alone")
    }

    @Test func databaseFromANewerSchema() throws {
        let scratch = try Scratch()
        let db = scratch.path + "/events.sqlite"
        #expect(try DyadProcess.run(["ingest", scratch.good, "--db", db, "--date", "2024-04-14"]).status == 0)
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try queue.close()
        for arguments in [["ingest", scratch.good, "--date", "2024-04-15"], ["events"], ["stance", "RUS", "UKR"]] {
            let result = try DyadProcess.run(arguments + ["--db", db])
            #expect(result.status != 0)
            #expect(
                result.err.contains("\(db): the database was written by a newer Dyad (unknown migration "),
                "\(arguments): \(result.err)")
        }
        let queue2 = try DatabaseQueue(path: db)
        #expect(try queue2.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") } == 1, "left alone")
    }
}
