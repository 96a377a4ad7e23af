import CFuzzer
import DyadCoder
import DyadModel

/// The dictionary readers on arbitrary text: the first byte picks our format (one of its five files) or
/// PETRARCH actors or agents; the rest is the file. The lexicon built is then used to code a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDictionaries(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    var lexicon = Prototype.empty
    let files = Lexicon.File.allCases
    let choice = Int(bytes[0]) % (files.count + 2)
    let problems: [LexiconError]
    switch choice {
    case files.count: problems = lexicon.addPetrarchActors(text, name: "fuzz.actors.txt")
    case files.count + 1: problems = lexicon.addPetrarchAgents(text, name: "fuzz.agents.txt")
    default: problems = lexicon.add(text, as: files[choice], name: "fuzz.txt")
    }
    for problem in problems { precondition(problem.line >= 0) }
    let article = Article(id: "fuzz", date: Day(year: 2020, month: 1, day: 1), text: text.prefix(400) + "")
    _ = EventCoder(lexicon: lexicon).events(in: article)
    return 0
}

@_cdecl("FuzzDictionaries_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzzDictionaries(data, size)
    }
}

enum Prototype {
    /// A lexicon with only the built-in word classes, copied for each input (registering them is the slow part).
    static let empty = Lexicon()
}
