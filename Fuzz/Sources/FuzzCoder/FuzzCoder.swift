import CFuzzer
import DyadCoder
import DyadModel

/// The coder on arbitrary text with the full bundled dictionaries: sentence splitter, tokenizer, actor and
/// action matching, roles, dates, and the trace.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let article = Article(id: "fuzz", date: Day(year: 2023, month: 9, day: 13), text: text)
    let events = Shared.coder.events(in: article)
    let sentences = EventCoder.sentences(in: text)
    for event in events {
        precondition(event.sentence >= 1 && event.sentence <= sentences.count)
        precondition(event.source.code.node != event.target.code.node)
    }
    if size < 256 { _ = Shared.coder.trace(article) }
    return 0
}

enum Shared {
    static let coder = EventCoder(lexicon: Lexicon.bundled().lexicon)
}

@_cdecl("FuzzCoder_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzzCoder(data, size)
    }
}
