import Foundation
import Testing

@Suite(.serialized) struct StoreCLITests {
    @Test func ingestEventsStanceAndChanges() throws {
        let db = NSTemporaryDirectory() + "dyad-cli-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let examples = Shared.repository + "/examples"

        let first = try DyadProcess.run(["ingest", examples, "--db", db])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.err.contains("12 articles added, 0 re-coded, 0 unchanged"))
        let again = try DyadProcess.run(["ingest", examples, "--db", db])
        #expect(again.err.contains("0 articles added, 0 re-coded, 12 unchanged; 0 events stored"))

        let events = try DyadProcess.run(["events", "--db", db, "--between", "RUS,AZE", "--format", "jsonl"])
        #expect(events.status == 0)
        let objects = try jsonObjects(events.out)
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { ["RUS>AZE", "AZE>RUS"].contains(dyad($0)) })

        let stance = try DyadProcess.run(["stance", "RUS", "AZE", "--db", db, "--format", "json"])
        #expect(stance.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stance.out.utf8)) as? [String: Any])
        #expect(json["source"] as? String == "RUS" && json["target"] as? String == "AZE")
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.first?["period"] as? String == "2023-09")
        for key in [
            "events", "goldstein_mean", "goldstein_sum", "neutral", "verbal_coop", "material_coop",
            "verbal_conflict", "material_conflict",
        ] {
            #expect(series.first?[key] != nil, "series has \(key)")
        }
        #expect(json["changes"] is [Any])

        let chart = NSTemporaryDirectory() + "dyad-chart-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: chart) }
        let charted = try DyadProcess.run(["stance", "RUS", "UKR", "--symmetric", "--db", db, "--chart", chart])
        #expect(charted.status == 0, "\(charted.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: chart)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))

        let changes = try DyadProcess.run(["changes", "--db", db, "--format", "json"])
        #expect(changes.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(changes.out.utf8)) is [Any])
    }

    @Test func badFiltersAndMissingDatabaseAreErrors() throws {
        let missing = try DyadProcess.run(["events", "--db", "/nonexistent/dir/none.sqlite"])
        #expect(missing.status != 0)
        #expect(missing.err.contains("no such database"))
        let badActor = try DyadProcess.run(["stance", "RUS", "XYZ", "--db", "/nonexistent/none.sqlite"])
        #expect(badActor.status != 0)
        #expect(badActor.err.contains("unknown actor code \"XYZ\""))
    }
}
