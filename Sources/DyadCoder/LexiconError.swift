/// A dictionary line that could not be read. Loading reports it and goes on with the rest of the file.
public struct LexiconError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}
