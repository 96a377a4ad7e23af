import Foundation

/// A store problem, for people: which database and what went wrong.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    public enum Kind: Equatable, Sendable {
        case cannotOpen(String)
        case newerSchema(String)
        /// Opened read-only, the database lacks a migration that only a writer can apply.
        case olderSchema(String)
        /// Another process held the lock longer than the wait, in seconds.
        case busy(Double)
        case corrupt(String)
        case readOnly
        case failed(String)
    }

    public var kind: Kind
    public var path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    public var description: String {
        switch kind {
        case .cannotOpen(let reason): return "\(path): cannot open the database: \(reason)"
        case .newerSchema(let migration):
            return
                "\(path): the database was written by a newer Dyad (unknown migration \"\(migration)\"); upgrade Dyad"
        case .olderSchema(let migration):
            return "\(path): the database needs an upgrade (migration \"\(migration)\") that a read-only open "
                + "cannot apply; run `dyad ingest` on it once"
        case .busy(let wait):
            return "\(path): the database is locked by another process; gave up after "
                + "\(String(format: "%g", wait)) s (try again when it finishes, or wait longer with --wait)"
        case .corrupt(let reason): return "\(path): the database is corrupt: \(reason)"
        case .readOnly: return "\(path): the database is read-only"
        case .failed(let reason): return "\(path): \(reason)"
        }
    }
}
