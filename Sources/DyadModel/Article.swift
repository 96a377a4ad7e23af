/// A news article: the unit Dyad reads.
public struct Article: Sendable, Hashable {
    /// Stable id: the input's `id`, else its file name.
    public var id: String
    public var title: String?
    /// The publication date: the default date of the article's events.
    public var date: Day?
    /// The outlet or publisher.
    public var source: String?
    public var url: String?
    /// The body text.
    public var text: String
    /// Where the article came from (`path` or `path:line`), for messages.
    public var origin: String

    public init(
        id: String, title: String? = nil, date: Day? = nil, source: String? = nil, url: String? = nil,
        text: String, origin: String = "-"
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.text = text
        self.origin = origin
    }
}
