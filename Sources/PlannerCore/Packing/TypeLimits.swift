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

    /// Whether a bin holding `members`, less the items `out`, keeps every limit when it takes the
    /// items `into`.
    func allows(_ into: [Int], in members: [Int], without out: [Int] = []) -> Bool {
        for item in into where limit(of: item) != .max {
            let type = itemType[item]
            let held =
                members.reduce(0) { $0 + (itemType[$1] == type && !out.contains($1) ? 1 : 0) }
                + into.reduce(0) { $0 + (itemType[$1] == type ? 1 : 0) }
            if held > limit(of: item) { return false }
        }
        return true
    }
}
