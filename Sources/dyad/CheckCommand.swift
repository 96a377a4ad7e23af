import ArgumentParser
import DyadStore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check the event database: SQLite's integrity check, no event stored twice, none without its article, "
            + "dyad and day tables in step with the events.",
        discussion: "Prints one line of counts; exits 1 when anything is wrong, naming it."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let health = try store.openExisting().verify()
        print(
            "\(store.path): \(health.articles) articles, \(health.events) events, "
                + "\(health.duplicateEvents) duplicate events, \(health.orphanEvents) events without their article, "
                + "\(health.indexMismatches) dyad or day entries out of step, "
                + "integrity \(health.problems.isEmpty ? "ok" : "FAILED")")
        for problem in health.problems.prefix(20) { Diagnostics.error("\(store.path): \(problem)") }
        if !health.isSound { throw ExitCode(1) }
    }
}
