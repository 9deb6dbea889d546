/// Bins of (type, count) as bins of single items, numbered in bin order, and the way back.
struct SingleItems {
    /// Each single item's type.
    private(set) var itemType: [Int] = []
    /// The bins as lists of single items.
    private(set) var bins: [[Int]] = []

    init(_ counted: [[PackedCount]]) {
        for bin in counted {
            var members: [Int] = []
            for packed in bin where packed.count > 0 {
                for _ in 0..<packed.count {
                    members.append(itemType.count)
                    itemType.append(packed.type)
                }
            }
            bins.append(members)
        }
    }

    /// Bins of single items back as (type, count) lists, types in increasing order.
    func counted(_ singleBins: [[Int]]) -> [[PackedCount]] {
        singleBins.map { members in
            var counts: [PackedCount] = []
            for type in members.map({ itemType[$0] }).sorted() {
                if let last = counts.last, last.type == type {
                    counts[counts.count - 1].count += 1
                } else {
                    counts.append(PackedCount(type: type, count: 1))
                }
            }
            return counts
        }
    }
}
