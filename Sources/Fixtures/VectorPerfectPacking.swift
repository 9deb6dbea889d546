import PlannerCore

/// Two-dimensional vector packing instances (CPU and memory) whose optimum is known: `hosts` full
/// hosts are each cut into items in both dimensions, so every host's items sum exactly to its
/// capacity in CPU and in memory. The items then fill exactly `hosts` hosts, the volume bound
/// (`LowerBound`) proves no packing needs fewer, so the optimum is `hosts`. Pod slots never bind
/// (one slot an item, far more slots than items a host) and no item asks for a GPU.
///
/// The same family, host count and seed always give the same instance (`SplitMix64`).
public enum VectorPerfectPacking: String, CaseIterable, Sendable {
    /// Each host cut into 2 to 6 items at random cut points in CPU and, independently, in memory;
    /// the CPU pieces are paired with a shuffle of the memory pieces, so an item may be large in
    /// one dimension and small in the other.
    case independent
    /// As `independent` in CPU; each memory cut point lies within ±`correlationSpread` of the
    /// host's memory at the CPU cut point, so an item's memory share stays close to its CPU share.
    case correlated
    /// Each host cut into three items of a quarter to half of its capacity in each dimension
    /// (Falkenauer's triplets, in two dimensions), memory pieces shuffled against CPU pieces.
    case triplets

    /// One host: 64 cores (64,000 millicores) and 256 GiB (268,435,456 KiB), and 10,000 pod slots,
    /// so at one slot an item and at most six items a host the slots take 0.06% of a host.
    public static let capacity = Resources(cpuMillicores: 64_000, memoryKiB: 268_435_456, pods: 10_000)
    /// Items per host in the cut families: 2 to 6.
    public static let fewestPieces = 2
    public static let mostPieces = 6
    /// How far a correlated memory cut point may stray from the CPU one, as a share of the host.
    public static let correlationSpread = 0.1

    /// The instance of this family with `hosts` hosts, from `seed`: the optimum is `hosts`. One item
    /// type per item, in an order that keeps no host's items together.
    public func problem(hosts: Int, seed: UInt64) -> PackingProblem {
        var items = perfectPacking(hosts: hosts, seed: seed).joined().map { PackingItemType(demand: $0, count: 1) }
        var random = SplitMix64(seed: seed &* 0xBF58_476D_1CE4_E5B9 ^ familySeed ^ UInt64(hosts))
        items.shuffle(using: &random)
        return PackingProblem(capacity: Self.capacity, items: items)
    }

    /// The packing the instance was cut from: for each of `hosts` hosts, its items, which sum to
    /// the capacity exactly in CPU and in memory.
    public func perfectPacking(hosts: Int, seed: UInt64) -> [[Resources]] {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ familySeed ^ UInt64(hosts))
        return (0..<max(0, hosts)).map { _ in cut(&random) }
    }

    /// One host's items: pieces in CPU and memory, each dimension summing to the capacity.
    func cut(_ random: inout SplitMix64) -> [Resources] {
        let cpu = Self.capacity.cpuMillicores
        let memory = Self.capacity.memoryKiB
        var cpuPieces: [Int64]
        var memoryPieces: [Int64]
        switch self {
        case .independent:
            let pieces = Self.fewestPieces + random.below(Self.mostPieces - Self.fewestPieces + 1)
            cpuPieces = Self.pieces(of: cpu, count: pieces, &random)
            memoryPieces = Self.pieces(of: memory, count: pieces, &random)
            memoryPieces.shuffle(using: &random)
        case .correlated:
            let pieces = Self.fewestPieces + random.below(Self.mostPieces - Self.fewestPieces + 1)
            cpuPieces = Self.pieces(of: cpu, count: pieces, &random)
            memoryPieces = Self.correlatedPieces(cpuPieces, capacity: cpu, of: memory, &random)
        case .triplets:
            cpuPieces = Self.triplet(of: cpu, &random)
            memoryPieces = Self.triplet(of: memory, &random)
            memoryPieces.shuffle(using: &random)
        }
        return zip(cpuPieces, memoryPieces).map { Resources(cpuMillicores: $0, memoryKiB: $1, pods: 1) }
    }

    /// `count` positive pieces summing to `total`: the gaps between `count − 1` distinct cut
    /// points drawn uniformly from 1 ..< total.
    static func pieces(of total: Int64, count: Int, _ random: inout SplitMix64) -> [Int64] {
        var cuts: Set<Int64> = []
        while cuts.count < count - 1 { cuts.insert(1 + Int64(random.below(Int(total - 1)))) }
        return gaps(cuts.sorted(), total: total)
    }

    /// Memory pieces following the CPU pieces: each memory cut point is the CPU cut point scaled
    /// to memory, moved by up to ±`correlationSpread` of the host, kept strictly increasing and
    /// inside the host, so every piece is positive and the pieces sum to `total`.
    static func correlatedPieces(
        _ cpuPieces: [Int64], capacity: Int64, of total: Int64, _ random: inout SplitMix64
    ) -> [Int64] {
        let spread = Int(Double(total) * correlationSpread)
        var cuts: [Int64] = []
        var cpuCut: Int64 = 0
        for (index, piece) in cpuPieces.dropLast().enumerated() {
            cpuCut += piece
            let scaled = Int64(Double(cpuCut) / Double(capacity) * Double(total))
            let moved = scaled + Int64(random.below(2 * spread + 1) - spread)
            let lowest = (cuts.last ?? 0) + 1
            let highest = total - Int64(cpuPieces.count - 1 - index)
            cuts.append(min(max(moved, lowest), highest))
        }
        return gaps(cuts, total: total)
    }

    /// Three pieces of a quarter to half of `total` each, summing to it: two drawn from
    /// [total/4, total/2) until the third, the rest, is at least a quarter too.
    static func triplet(of total: Int64, _ random: inout SplitMix64) -> [Int64] {
        let quarter = total / 4
        while true {
            let a = quarter + Int64(random.below(Int(quarter)))
            let b = quarter + Int64(random.below(Int(quarter)))
            let c = total - a - b
            if c >= quarter { return [a, b, c] }
        }
    }

    /// The pieces between sorted cut points 0 < c₁ < … < total.
    private static func gaps(_ cuts: [Int64], total: Int64) -> [Int64] {
        var pieces: [Int64] = []
        var previous: Int64 = 0
        for cut in cuts + [total] {
            pieces.append(cut - previous)
            previous = cut
        }
        return pieces
    }

    private var familySeed: UInt64 {
        switch self {
        case .independent: 0x2D1
        case .correlated: 0x2D2
        case .triplets: 0x2D3
        }
    }
}
