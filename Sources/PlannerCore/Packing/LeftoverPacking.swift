extension PackingProblem {
    /// The items `left` of each type, packed by `pack` as a problem of their own that holds only
    /// the types with items left (so it is as small as what is left), and given back in this
    /// problem's types, empty bins and zero counts dropped. What the relaxations' rounding and
    /// the peel of exactly full hosts leave to the other stages.
    func packLeft(_ left: [Int], with pack: (PackingProblem) -> [[PackedCount]]) -> [[PackedCount]] {
        let open = items.indices.filter { left[$0] > 0 }
        guard !open.isEmpty else { return [] }
        let residual = PackingProblem(
            capacity: capacity,
            items: open.map {
                PackingItemType(demand: items[$0].demand, count: left[$0], maximumPerBin: items[$0].maximumPerBin)
            })
        return pack(residual).compactMap { bin in
            let mapped = bin.filter { $0.count > 0 }.map { PackedCount(type: open[$0.type], count: $0.count) }
            return mapped.isEmpty ? nil : mapped
        }
    }
}
