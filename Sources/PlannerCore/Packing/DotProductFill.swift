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

    func pack() -> [[PackedCount]] {
        let sectors = sortedSectors()
        var start = [Int](repeating: 0, count: Self.sectors)  // first type with items left, per sector
        var left = counts
        var bins: [[PackedCount]] = []
        while true {
            var free = capacity
            var bin: [PackedCount] = []
            while let best = bestNext(sectors: sectors, start: &start, left: left, free: free) {
                left[best] -= 1
                free = free - demands[best]
                if let index = bin.firstIndex(where: { $0.type == best }) {
                    bin[index].count += 1
                } else {
                    bin.append(PackedCount(type: best, count: 1))
                }
            }
            guard !bin.isEmpty else { break }
            bins.append(bin)
            let copies = bin.map { left[$0.type] / $0.count }.min() ?? 0
            for packed in bin { left[packed.type] -= packed.count * copies }
            for _ in 0..<copies { bins.append(bin) }
        }
        return bins
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
    /// `scanLimit` past), the one whose demand points most along the bin's free capacity (dot
    /// product of shares); nil when none fits.
    private func bestNext(sectors: [[Int]], start: inout [Int], left: [Int], free: Resources) -> Int? {
        var best = -1
        var bestScore = -Double.infinity
        let room = free.shares(of: capacity)
        for sector in sectors.indices {
            while start[sector] < sectors[sector].count && left[sectors[sector][start[sector]]] == 0 {
                start[sector] += 1
            }
            var position = start[sector]
            var scanned = 0
            while position < sectors[sector].count && scanned < Self.scanLimit {
                let type = sectors[sector][position]
                if left[type] > 0 && demands[type].fits(within: free) { break }
                position += 1
                scanned += 1
            }
            guard position < sectors[sector].count, scanned < Self.scanLimit else { continue }
            let type = sectors[sector][position]
            let item = demands[type].shares(of: capacity)
            let score = item.dimensionDot(room)
            if score > bestScore || (score == bestScore && type < best) {
                best = type
                bestScore = score
            }
        }
        return best >= 0 ? best : nil
    }
}
