/// What one host holds while a placement is edited: its types in increasing order with their
/// counts. A host holds a few dozen types at most, so a scan beats hashing, and the order is
/// fixed, so every pass over it is deterministic.
struct HostContents: Equatable, Sendable {
    private(set) var types: [Int] = []
    private(set) var counts: [Int] = []

    var isEmpty: Bool { types.isEmpty }

    init() {}

    /// A host holding these (type, count) pairs, in any order: types merged and sorted, counts
    /// of 0 or less left out.
    init(_ pairs: [(type: Int, count: Int)]) {
        types.reserveCapacity(pairs.count)
        counts.reserveCapacity(pairs.count)
        let ordered = zip(pairs, pairs.dropFirst()).allSatisfy { $0.type < $1.type }
        for (type, count) in ordered ? pairs : pairs.sorted(by: { $0.type < $1.type }) {
            if let last = types.last, last == type {
                counts[counts.count - 1] += count
            } else {
                types.append(type)
                counts.append(count)
            }
        }
        for index in types.indices.reversed() where counts[index] <= 0 {
            types.remove(at: index)
            counts.remove(at: index)
        }
    }

    /// Items on the host.
    var total: Int { counts.reduce(0, +) }

    /// The count of `type` here (0 when absent).
    func count(of type: Int) -> Int {
        for index in types.indices where types[index] == type { return counts[index] }
        return 0
    }

    /// Adds `count` (negative: takes away) items of `type`; a type whose count reaches 0 leaves.
    mutating func add(_ type: Int, _ count: Int) {
        var at = types.count
        for index in types.indices where types[index] >= type {
            at = index
            break
        }
        if at < types.count && types[at] == type {
            counts[at] += count
            if counts[at] <= 0 {
                types.remove(at: at)
                counts.remove(at: at)
            }
        } else if count > 0 {
            types.insert(type, at: at)
            counts.insert(count, at: at)
        }
    }

    /// Adds `count` items of `type`, negative counts included (an overlay of removals and
    /// additions, where a type may go below 0): a type leaves only when its count is back at 0.
    /// Types added this way are appended, not kept in order: for overlays, which only count.
    mutating func addSigned(_ type: Int, _ count: Int) {
        if let index = types.firstIndex(of: type) {
            counts[index] += count
            if counts[index] == 0 {
                types.remove(at: index)
                counts.remove(at: index)
            }
        } else if count != 0 {
            types.append(type)
            counts.append(count)
        }
    }
}
