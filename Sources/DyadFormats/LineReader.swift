import Foundation

/// Reads a file (or standard input) in chunks and yields its lines as byte arrays, so that memory stays flat
/// however large the input.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private let chunkSize: Int
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Lines longer than this are skipped and reported as `.tooLong`.
    private let maxLineBytes: Int
    private var skipping = false
    /// Bytes from `start` already searched for a newline, so that a long line is scanned once, not once per chunk.
    private var scanned = 0

    enum Line {
        case text(ArraySlice<UInt8>)
        case tooLong
    }

    init(handle: FileHandle, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        self.chunkSize = chunkSize
    }

    /// The next line without its terminator (`\n` or `\r\n`), or nil at the end.
    mutating func next() throws -> Line? {
        while true {
            if skipping {
                if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    start = newline + 1
                    skipping = false
                    scanned = 0
                    lineNumber += 1
                    return .tooLong
                }
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
                if atEOF {
                    skipping = false
                    lineNumber += 1
                    return .tooLong
                }
                try fill()
                continue
            }
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                scanned = 0
                lineNumber += 1
                return line.count > maxLineBytes ? .tooLong : .text(line)
            }
            scanned = buffer.count - start
            if atEOF {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                scanned = 0
                lineNumber += 1
                return line.count > maxLineBytes ? .tooLong : .text(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            if buffer.count > maxLineBytes {
                skipping = true
                continue
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        let chunk = try handle.read(upToCount: chunkSize) ?? Data()
        if chunk.isEmpty { atEOF = true } else { buffer.append(contentsOf: chunk) }
    }
}
