/// Single items' types and each type's limit a bin (`PackingItemType.maximumPerBin`): what the
/// searches over single items (`ConsistentNeighbourhoodSearch`, `BestFill`) check a move against
/// when some type has a limit.
struct TypeLimits: Sendable {
    /// Each single item's type.
    let itemType: [Int]
    /// Each type's limit a bin (`Int.max`: none).
    let perBin: [Int]

    /// The limits of `problem`'s types for items of `itemType`; nil when no type has one.
    init?(itemType: [Int], _ problem: PackingProblem) {
        guard let perBin = problem.binLimits else { return nil }
        self.itemType = itemType
        self.perBin = perBin
    }

    /// The limit a bin of `item`'s type.
    func limit(of item: Int) -> Int { perBin[itemType[item]] }

    /// Whether one more `item` keeps its type's limit in a bin holding `members`.
    func allows(_ item: Int, beside members: [Int]) -> Bool {
        let limit = limit(of: item)
        guard limit != .max else { return true }
        let type = itemType[item]
        return members.reduce(0) { $0 + (itemType[$1] == type ? 1 : 0) } < limit
    }
}
