/// A store problem, for people: which database and what went wrong.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    public enum Kind: Equatable, Sendable {
        case cannotOpen(String)
        case newerSchema(String)
        case busy
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
        case .busy: return "\(path): the database is locked by another process; try again when it finishes"
        case .corrupt(let reason): return "\(path): the database is corrupt: \(reason)"
        case .readOnly: return "\(path): the database is read-only"
        case .failed(let reason): return "\(path): \(reason)"
        }
    }
}
