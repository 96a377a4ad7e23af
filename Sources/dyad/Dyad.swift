import ArgumentParser

@main
struct Dyad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Reduce news articles to state-actor events (CAMEO) and draw the relations between states.",
        version: "0.1.0",
        subcommands: [
            CodeCommand.self, GraphCommand.self, IngestCommand.self, EventsCommand.self, StanceCommand.self,
            ChangesCommand.self, AnalyzeCommand.self, BenchStoreCommand.self, BenchGraphCommand.self,
            CheckCommand.self, EvalCommand.self, BenchCommand.self,
        ]
    )
}
