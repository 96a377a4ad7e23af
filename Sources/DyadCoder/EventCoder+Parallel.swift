import Dispatch
import DyadModel

extension EventCoder {
    /// The events of each article, coded on up to `jobs` threads; the result is in input order and identical to
    /// coding the articles one by one (the coder is a pure function of the article and the lexicon).
    public func events(in articles: [Article], jobs: Int) -> [[Event]] {
        guard jobs > 1, articles.count > 1 else { return articles.map { events(in: $0) } }
        let slots = EventSlots(count: articles.count)
        let workers = min(jobs, articles.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < articles.count {
                slots.store(events(in: articles[index]), at: index)
                index += workers
            }
        }
        return slots.take()
    }
}

/// One slot per article, each written by exactly one thread, read after all of them finish.
private final class EventSlots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<[Event]>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: [])
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ events: [Event], at index: Int) { buffer[index] = events }

    func take() -> [[Event]] { Array(buffer) }
}
