/// The hosts the search works on: the least-filled first (by item weight), as many as fit in the
/// item budget, at least two.
struct Window {
    var bins: [Int]

    static func choose(bins: [[PackedCount]], problem: PackingProblem, weights: ItemWeights, maximumItems: Int) -> Window {
        let fill = bins.map { bin in bin.reduce(0.0) { $0 + weights.of(type: $1.type) * Double($1.count) } }
        let order = bins.indices.sorted { fill[$0] != fill[$1] ? fill[$0] < fill[$1] : $0 > $1 }
        var chosen: [Int] = []
        var items = 0
        for bin in order {
            let count = bins[bin].reduce(0) { $0 + $1.count }
            if chosen.count >= 2 && items + count > maximumItems { break }
            chosen.append(bin)
            items += count
        }
        return Window(bins: chosen.sorted())
    }
}
