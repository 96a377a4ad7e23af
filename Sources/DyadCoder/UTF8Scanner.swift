/// Walks the UTF-8 bytes of a text by scalar, with byte offsets: ASCII costs a byte compare, and only
/// non-ASCII scalars are decoded. Offsets map back to `String.Index` through `indexer`.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Calls `body` with a scanner over `text`'s bytes, in place when the string is contiguous UTF-8.
    static func scanning<Result>(_ text: Substring, _ body: (UTF8Scanner) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UTF8Scanner(bytes: $0)) }) {
            return result
        }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer { body(UTF8Scanner(bytes: $0)) }
    }

    var count: Int { bytes.count }

    /// The scalar starting at byte `offset` (which must start one).
    @inline(__always) func scalar(at offset: Int) -> Unicode.Scalar {
        let lead = bytes[offset]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        var value: UInt32
        let length: Int
        if lead >= 0xF0 {
            (value, length) = (UInt32(lead & 0x07), 4)
        } else if lead >= 0xE0 {
            (value, length) = (UInt32(lead & 0x0F), 3)
        } else {
            (value, length) = (UInt32(lead & 0x1F), 2)
        }
        for next in 1..<length where offset + next < bytes.count {
            value = value << 6 | UInt32(bytes[offset + next] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The offset of the scalar after the one at `offset`.
    @inline(__always) func next(_ offset: Int) -> Int {
        let lead = bytes[offset]
        if lead < 0x80 { return offset + 1 }
        if lead >= 0xF0 { return min(bytes.count, offset + 4) }
        if lead >= 0xE0 { return min(bytes.count, offset + 3) }
        return min(bytes.count, offset + 2)
    }

    /// The offset of the scalar before the one at `offset`.
    @inline(__always) func previous(_ offset: Int) -> Int {
        var index = offset - 1
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}

/// Turns increasing byte offsets into `String.Index`es of a substring in amortised constant time.
struct OffsetIndexer {
    let text: Substring
    private var offset = 0
    private var index: String.Index

    init(_ text: Substring) {
        self.text = text
        index = text.startIndex
    }

    mutating func index(at target: Int) -> String.Index {
        index = text.utf8.index(index, offsetBy: target - offset)
        offset = target
        return index
    }

    mutating func slice(_ from: Int, _ to: Int) -> Substring {
        let start = index(at: from)
        let end = index(at: to)
        return text[start..<end]
    }
}
