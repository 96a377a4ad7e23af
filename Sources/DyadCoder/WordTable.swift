/// Word → id for the lexicon's vocabulary, keyed on the word's UTF-8 bytes.
///
/// The coder looks up every token once; a `[String: Int32]` spends most of that on seeding and finalising
/// `Hasher` for a handful of bytes. This table hashes the bytes with FNV-1a, probes linearly, and compares
/// bytes only when the stored hash agrees. Ids are dense (0, 1, 2 …) and given by the caller in order.
struct WordTable: Sendable {
    /// Open-addressed slots: a word id, or -1 when empty. The count is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    /// The full hash of each word, by id.
    private var hashes: [UInt64] = []
    /// Every word's bytes, one after another; word `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Every word as a string, by id, so that a token found here shares it instead of building its own.
    private(set) var words: [String] = []

    var count: Int { hashes.count }

    /// The id of `word`, or nil when it is not in the table.
    func id(of word: String) -> Int32? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ id(of: $0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { id(of: $0) }
    }

    func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? { lookup(word, lowercasing: false) }

    /// The id of the word whose ASCII bytes are `word` lowercased (nil when it is not in the table or `word`
    /// is not ASCII): the tokenizer looks a word up straight from the sentence's bytes.
    func id(lowercasing word: UnsafeBufferPointer<UInt8>) -> Int32? { lookup(word, lowercasing: true) }

    @inline(__always) private func lookup(_ word: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Int32? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            if lowercasing && byte >= 0x80 { return nil }
            hash = (hash ^ UInt64(lowercasing ? Self.lowercase(byte) : byte)) &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 29
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let id = slots[slot]
                    if id < 0 { return nil }
                    if hashes[Int(id)] == hash, equals(Int(id), word, lowercasing: lowercasing) { return id }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Adds `word` with the next id (`count`); the caller has checked it is new.
    mutating func append(_ word: String) {
        let id = Int32(hashes.count)
        let hash = word.utf8.withContiguousStorageIfAvailable { Self.hash($0) } ?? Self.hash(Array(word.utf8))
        hashes.append(hash)
        words.append(word)
        bytes.append(contentsOf: word.utf8)
        starts.append(Int32(bytes.count))
        if hashes.count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for existing in 0..<hashes.count { place(Int32(existing)) }
        } else {
            place(id)
        }
    }

    private mutating func place(_ id: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    @inline(__always) private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Bool {
        let start = Int(starts[id])
        guard Int(starts[id + 1]) - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<word.count {
                let byte = lowercasing ? Self.lowercase(word[offset]) : word[offset]
                if bytes[start + offset] != byte { return false }
            }
            return true
        }
    }

    static func hash<Bytes: Sequence>(_ word: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        // Fold the high bits down: the slot index takes the low ones.
        return hash ^ (hash >> 29)
    }
}
