import ArgumentParser
import DyadFormats
import DyadGraph
import DyadModel
import DyadRender
import DyadStore
import Foundation

struct StanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "How A stands toward B over time: per-period series and change points.",
        discussion: """
            Change points: binary segmentation of the Goldstein series, accepting a split when the two-sample \
            statistic |m1 − m2| / √(s²(1/n1 + 1/n2)) over the events on either side reaches 3.0, the means differ \
            by at least 1.5 and each side has at least 3 events (s² pooled from the events, at least 1.0).
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The source actor (RUS, IGONAT).", transform: actorFilter)
    var source: String

    @Argument(help: "The target actor.", transform: actorFilter)
    var target: String

    @Option(help: "Period: day, week, month, quarter.")
    var by: Period = .month

    @Option(help: "First day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var since: Day?

    @Option(help: "Last day (YYYY-MM-DD).", transform: InputOptions.parseDay)
    var until: Day?

    @Flag(help: "Both directions: A toward B and B toward A together.")
    var symmetric = false

    @Option(help: "Output: table, json, csv.")
    var format: StanceFormat = .table

    @Option(help: "Also draw the series as a line chart with its change points: FILE.svg or FILE.png.")
    var chart: String?

    func validate() throws {
        if let chart, !(chart.hasSuffix(".svg") || chart.hasSuffix(".png")) {
            throw ValidationError("--chart takes a .svg or .png file")
        }
    }

    enum StanceFormat: String, ExpressibleByArgument {
        case table, json, csv
    }

    func run() throws {
        let database = try store.openExisting()
        let sources: Set<String> = symmetric ? [source, target] : [source]
        let targets: Set<String> = symmetric ? [source, target] : [target]
        let aggregates = try database.dailyAggregates(from: sources, to: targets, since: since, until: until)
        let series = StanceSeries(aggregates: aggregates, by: by)
        var output = Output()
        switch format {
        case .table:
            let title = symmetric ? "\(source) ↔ \(target)" : "\(source) → \(target)"
            for line in StanceText.table(title: title, series: series) { output.line(line) }
        case .csv:
            for line in StanceText.csv(series) { output.line(line) }
        case .json:
            var changeEvents: [[Event]] = []
            for change in series.changes {
                let point = series.points[change.index]
                var query = EventQuery()
                if symmetric {
                    query.between = (source, target)
                } else {
                    query.sources = [source]
                    query.targets = [target]
                }
                query.since = point.firstDay
                query.until = point.lastDay
                changeEvents.append(try database.events(matching: query))
            }
            output.line(
                StanceText.json(source: source, target: target, series: series, changeEvents: changeEvents))
        }
        output.flush()
        if let chart {
            let title =
                symmetric
                ? "\(source) ↔ \(target): stance by \(by.rawValue)" : "\(source) → \(target): stance by \(by.rawValue)"
            let dot = StanceChart(title: title).dot(for: series)
            let format: ImageFormat = chart.hasSuffix(".png") ? .png : .svg
            do {
                let bytes = try Renderer.shared.render(dot: dot, engine: .neato, format: format)
                try Data(bytes).write(to: URL(fileURLWithPath: chart))
            } catch let error as RenderError {
                throw ValidationError(error.description)
            }
            Diagnostics.note("\(chart): \(series.points.count) periods, \(series.changes.count) change points")
        }
    }
}

extension Period: ExpressibleByArgument {}
