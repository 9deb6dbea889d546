import Foundation

/// Bin-centric vector packing by dot product (Panigrahy, Talwar, Uyeda and Wieder, "Heuristics
/// for vector bin packing", Microsoft Research, 2011): open one bin, then repeatedly add the item
/// whose normalized demand points most along the bin's remaining capacity, score
/// Σ_d (demand_d ÷ capacity_d) × (remaining_d ÷ capacity_d) over CPU, memory, pod slots, GPUs
/// and local disk, until nothing fits. It mixes
/// CPU-heavy with memory-heavy items, so both dimensions fill together.
///
/// To scale to fleets of thousands of types, types are grouped into `sectors` by the direction of
/// their demand (the angle between the CPU and memory shares); each step scores only the largest
/// fitting type of each sector, and a finished bin is repeated as often as the remaining counts
/// allow, so a million replicas cost one fill per distinct bin pattern.
struct DotProductFill {
    let demands: [Resources]
    let counts: [Int]
    let capacity: Resources
    /// Per type, the most items a bin may hold (`PackingProblem.binLimits`); nil: no limits.
    var perBin: [Int]? = nil

    func pack() -> [[PackedCount]] {
        let sectors = Sectors(sortedSectors())
        let shares = demands.map { $0.shares(of: capacity) }
        var start = sectors.firsts  // per sector, its first type with items left
        var left = counts
        var bins: [[PackedCount]] = []
        // Per type, how many the bin being filled holds (kept only under limits).
        var held = [Int](repeating: 0, count: perBin == nil ? 0 : demands.count)
        while true {
            var free = capacity
            var bin: [PackedCount] = []
            // Per sector, where this bin's scan got to: the types before it did not fit (or had no
            // items left) and, as the bin's free capacity only shrinks, never will in this bin.
            var cursor = start
            while let best = bestNext(
                sectors, start: &start, cursor: &cursor, left: left, free: free, shares: shares, held: held)
            {
                left[best] -= 1
                if perBin != nil { held[best] += 1 }
                free = free - demands[best]
                if let index = bin.firstIndex(where: { $0.type == best }) {
                    bin[index].count += 1
                } else {
                    bin.append(PackedCount(type: best, count: 1))
                }
            }
            guard !bin.isEmpty else { break }
            if perBin != nil { for packed in bin { held[packed.type] = 0 } }
            bins.append(bin)
            let copies = bin.map { left[$0.type] / $0.count }.min() ?? 0
            for packed in bin { left[packed.type] -= packed.count * copies }
            for _ in 0..<copies { bins.append(bin) }
        }
        return bins
    }

    /// The sectors' types in one array, sector after sector: sector s holds
    /// `types[firsts[s] ..< ends[s]]`. Positions below are positions in `types`.
    private struct Sectors {
        var types: [Int] = []
        var firsts: [Int] = []
        var ends: [Int] = []

        init(_ sectors: [[Int]]) {
            for sector in sectors {
                firsts.append(types.count)
                types += sector
                ends.append(types.count)
            }
        }
    }

    /// The types with items, by the angle of their (CPU, memory) shares into `sectors` sectors,
    /// each sector largest first.
    private func sortedSectors() -> [[Int]] {
        let size = demands.map {
            let shares = $0.shares(of: capacity)
            return shares.dimensionSum
        }
        var sectors = [[Int]](repeating: [], count: Self.sectors)
        for type in demands.indices where counts[type] > 0 {
            let shares = demands[type].shares(of: capacity)
            let angle = atan2(shares.memory, shares.cpu)
            let sector = min(Self.sectors - 1, max(0, Int(angle / (Double.pi / 2) * Double(Self.sectors))))
            sectors[sector].append(type)
        }
        for index in sectors.indices {
            sectors[index].sort { size[$0] != size[$1] ? size[$0] > size[$1] : $0 < $1 }
        }
        return sectors
    }

    /// The type to add next: of each sector's largest type that still fits (scanning at most
    /// `scanLimit` past the sector's first type with items left), the one whose demand points
    /// most along the bin's free capacity (dot product of shares); nil when none fits. The scan
    /// resumes at the bin's `cursor`, which finds the same type as scanning from `start` would:
    /// within a bin, free capacity and items left only shrink, and a type at its limit a bin
    /// (`held`, under `perBin`) stays there.
    private func bestNext(
        _ sectors: Sectors, start: inout [Int], cursor: inout [Int], left: [Int], free: Resources, shares: [Shares],
        held: [Int]
    ) -> Int? {
        var best = -1
        var bestScore = -Double.infinity
        let room = free.shares(of: capacity)
        sectors.types.withUnsafeBufferPointer { types in
            left.withUnsafeBufferPointer { left in
                for sector in 0..<Self.sectors {
                    let end = sectors.ends[sector]
                    while start[sector] < end && left[types[start[sector]]] == 0 { start[sector] += 1 }
                    let first = start[sector]
                    var position = max(first, cursor[sector])
                    while position < end && position - first < Self.scanLimit {
                        let type = types[position]
                        if left[type] > 0 && demands[type].fits(within: free) && (perBin.map { held[type] < $0[type] } ?? true) {
                            break
                        }
                        position += 1
                    }
                    cursor[sector] = position
                    guard position < end, position - first < Self.scanLimit else { continue }
                    let type = types[position]
                    let score = shares[type].dimensionDot(room)
                    if score > bestScore || (score == bestScore && type < best) {
                        best = type
                        bestScore = score
                    }
                }
            }
        }
        return best >= 0 ? best : nil
    }
}
