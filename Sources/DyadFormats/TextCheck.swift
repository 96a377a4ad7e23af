/// Finds what makes bytes unusable as text: NUL bytes (binary data) or invalid UTF-8, with the line it is on.
enum TextCheck {
    static func problem(in bytes: ArraySlice<UInt8>) -> (kind: ArticleError.Kind, line: Int)? {
        var line = 1
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { return (.binary, line) }
                if byte == UInt8(ascii: "\n") { line += 1 }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(byte & 0x1F))
            case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(byte & 0x0F))
            case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(byte & 0x07))
            default: return (.invalidUTF8, line)
            }
            guard end - index >= length else { return (.invalidUTF8, line) }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return (.invalidUTF8, line) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                return (.invalidUTF8, line)
            }
            index += length
        }
        return nil
    }
}
