/// A proven lower bound on the bins any feasible packing needs: the largest of these bounds over
/// the five dimensions (CPU, memory, pod slots, GPUs, local disk), each of which holds on its own.
/// A dimension the bins do not offer (GPUs or local disk on hosts without them) is skipped:
/// nothing placed uses it.
///
/// - L1, the volume bound: ⌈Σ demand_d ÷ capacity_d⌉, with the capacity lowered to the largest
///   sum of item sizes that fits in it (`reachableCapacity`).
/// - The large-item count: items larger than half a bin in d can never share a bin.
/// - L2 of Martello and Toth ("Lower bounds and reduction procedures for the bin packing
///   problem", Discrete Applied Mathematics 28, 1990). For an integer K with 0 ≤ K ≤ C/2, let
///   J1 = items with size > C − K, J2 = items with C − K ≥ size > C/2, J3 = items with
///   C/2 ≥ size ≥ K. Items of J1 and J2 each need their own bin, no item of J3 fits beside a J1
///   item, and J3 items can use only the space J2 leaves, so
///   L(K) = |J1| + |J2| + max(0, ⌈(Σ_J3 size − (|J2| × C − Σ_J2 size)) ÷ C⌉),
///   and L2 = max over K. It suffices to try K = 0 and each distinct size ≤ C/2.
///
/// Every bound is valid for the one-dimensional relaxation of a single dimension, so it is valid
/// for the vector problem. Items are counted per type with their counts, so the work is
/// O(types × log types) however many replicas there are. Sums use 128-bit integers: no input can
/// overflow.
public enum LowerBound {
    /// The bound in bins, the per-bin limits' too (`limitBound`): the packer's stages start from
    /// it (the balanced deal deals over that many bins) and stop once they reach it.
    public static func bins(_ problem: PackingProblem) -> Int { max(certificate(problem).bins, limitBound(problem)) }

    /// ⌈count ÷ maximumPerBin⌉ for each type with a per-bin limit, the largest: at most that many
    /// of a type share a bin. The plan names it by the rule that set the limit
    /// (`PlacementPipeline.lowerBound`), so the certificate leaves it out.
    static func limitBound(_ problem: PackingProblem) -> Int {
        var bins = 0
        for item in problem.items where item.maximumPerBin != .max && item.count > 0 {
            bins = max(bins, (item.count - 1) / item.maximumPerBin + 1)
        }
        return bins
    }

    /// The bound and the bound that gave it (`method`), as a plan reports them: "reachable-capacity
    /// volume (memory)", "large items (cpu)", "L2 (pods)", "reachable-capacity volume (gpus)" or
    /// "L2 (disk)"; "none" when there is nothing to place. On a tie the simpler bound is named
    /// (volume, then large items, then L2; cpu, memory, pods, gpus, disk).
    public static func certificate(_ problem: PackingProblem) -> Certificate {
        var best = Certificate(bins: 0, method: "none")
        for (dimension, name) in zip(dimensions, dimensionNames) where dimension(problem.capacity) > 0 {
            let (volume, large) = volumeAndLargeItems(problem, dimension)
            // The name is built only for a bound that improves (the packer asks for bins often).
            let candidates = [
                (volume, "reachable-capacity volume"), (large, "large items"), (martelloTothL2(problem, dimension), "L2"),
            ]
            for (bins, kind) in candidates where bins > best.bins {
                best = Certificate(bins: bins, method: "\(kind) (\(name))")
            }
        }
        return best
    }

    /// A proven bound and which bound it is.
    public struct Certificate: Sendable, Hashable {
        public var bins: Int
        public var method: String
    }

    static let dimensions: [@Sendable (Resources) -> Int64] = [
        { $0.cpuMillicores }, { $0.memoryKiB }, { $0.pods }, { $0.gpus }, { $0.diskMiB },
    ]
    static let dimensionNames = ["cpu", "memory", "pods", "gpus", "disk"]

    /// L1 and the count of items larger than half a bin, in one dimension. The volume is divided
    /// by the *reachable* capacity (`reachableCapacity`): no bin holds more than the largest sum of
    /// item sizes that fits, so when every CPU demand is a multiple of 250 m, say, neither does
    /// any bin use more than the largest multiple of 250 m below its capacity.
    static func volumeAndLargeItems(
        _ problem: PackingProblem, _ dimension: (Resources) -> Int64
    ) -> (volume: Int, largeItems: Int) {
        let capacity = Int128(reachableCapacity(problem, dimension))
        guard capacity > 0 else { return (0, 0) }
        var total: Int128 = 0
        var large = 0
        for item in problem.items where item.count > 0 {
            let size = Int128(dimension(item.demand))
            total += size * Int128(item.count)
            if size * 2 > capacity { large += item.count }
        }
        return (Int((total + capacity - 1) / capacity), large)
    }

    /// The largest load one bin can carry in a dimension: the largest sum of item sizes (each size
    /// at most as often as there are items of it, and as fit) that is at most the capacity. First
    /// the capacity is rounded down to a multiple of the sizes' greatest common divisor g; then,
    /// when capacity ÷ g states over the distinct sizes cost at most `subsetSumWork`, a bounded
    /// subset sum over a bit set (each size in binary-split copies) finds the exact value.
    static func reachableCapacity(_ problem: PackingProblem, _ dimension: (Resources) -> Int64) -> Int64 {
        let capacity = dimension(problem.capacity)
        var sizes: [Int64: Int] = [:]
        for item in problem.items where item.count > 0 && dimension(item.demand) > 0 {
            sizes[dimension(item.demand), default: 0] += item.count
        }
        guard capacity > 0, !sizes.isEmpty else { return capacity }
        var divisor: Int64 = 0
        for size in sizes.keys { divisor = gcd(divisor, size) }
        let states = capacity / divisor
        guard states < Int64(Self.subsetSumWork) / Int64(sizes.count), states <= 1 << 24 else { return states * divisor }
        var reachable = BitSet(size: Int(states) + 1)
        reachable.insert(0)
        for size in sizes.keys.sorted() {
            let step = Int(size / divisor)
            var copies = min(sizes[size]!, Int(states) / step)
            var chunk = 1
            while copies > 0 {
                let take = min(chunk, copies)
                reachable.formUnionShifted(by: step * take)
                copies -= take
                chunk *= 2
            }
        }
        return Int64(reachable.last) * divisor
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? a : gcd(b, a % b) }

    /// Martello and Toth's L2 in one dimension, over item types with counts.
    static func martelloTothL2(_ problem: PackingProblem, _ dimension: (Resources) -> Int64) -> Int {
        let capacity = Int128(dimension(problem.capacity))
        guard capacity > 0 else { return 0 }
        // Distinct sizes, ascending, with their item counts; then suffix counts and sums.
        var bySize: [(size: Int128, count: Int128)] = problem.items.compactMap { item in
            item.count > 0 ? (Int128(dimension(item.demand)), Int128(item.count)) : nil
        }
        bySize.sort { $0.size < $1.size }
        var sizes: [Int128] = []
        var counts: [Int128] = []
        for entry in bySize {
            if let last = sizes.last, last == entry.size {
                counts[counts.count - 1] += entry.count
            } else {
                sizes.append(entry.size)
                counts.append(entry.count)
            }
        }
        guard !sizes.isEmpty else { return 0 }
        // suffixCount[i], suffixSum[i]: items with size index ≥ i.
        var suffixCount = [Int128](repeating: 0, count: sizes.count + 1)
        var suffixSum = [Int128](repeating: 0, count: sizes.count + 1)
        for index in stride(from: sizes.count - 1, through: 0, by: -1) {
            suffixCount[index] = suffixCount[index + 1] + counts[index]
            suffixSum[index] = suffixSum[index + 1] + counts[index] * sizes[index]
        }
        /// First index whose size is strictly greater than `value` (or ≥ when `orEqual`).
        func firstIndex(above value: Int128, orEqual: Bool = false) -> Int {
            var low = 0
            var high = sizes.count
            while low < high {
                let middle = (low + high) / 2
                if orEqual ? sizes[middle] >= value : sizes[middle] > value { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let halfIndex = firstIndex(above: capacity / 2)  // sizes > C/2 start here (2·size > C ⇔ size > ⌊C/2⌋)
        var candidates: [Int128] = [0]
        for size in sizes where size * 2 <= capacity { candidates.append(size) }
        var best: Int128 = 0
        for k in candidates {
            let j1Start = firstIndex(above: capacity - k)
            let n1 = suffixCount[j1Start]
            let n2 = suffixCount[halfIndex] - n1
            let s2 = suffixSum[halfIndex] - suffixSum[j1Start]
            let j3Start = firstIndex(above: k, orEqual: true)
            let s3 = j3Start < halfIndex ? suffixSum[j3Start] - suffixSum[halfIndex] : 0
            let overflow = s3 - (n2 * capacity - s2)
            let extra = overflow > 0 ? (overflow + capacity - 1) / capacity : 0
            best = max(best, n1 + n2 + extra)
        }
        return Int(best)
    }
}

/// A fixed-size set of small integers, for subset sums: `formUnionShifted(by:)` adds s to every
/// member (keeping those that stay in range) and unions the result in, a word at a time.
struct BitSet {
    private var words: [UInt64]
    let size: Int

    init(size: Int) {
        self.size = size
        words = [UInt64](repeating: 0, count: (size + 63) / 64)
    }

    mutating func insert(_ value: Int) { words[value / 64] |= 1 << UInt64(value % 64) }

    /// self ∪ (self + shift), within the size.
    mutating func formUnionShifted(by shift: Int) {
        guard shift > 0, shift < size else { return }
        let wordShift = shift / 64
        let bitShift = UInt64(shift % 64)
        for index in stride(from: words.count - 1, through: wordShift, by: -1) {
            var moved = words[index - wordShift] << bitShift
            if bitShift > 0 && index - wordShift - 1 >= 0 { moved |= words[index - wordShift - 1] >> (64 - bitShift) }
            words[index] |= moved
        }
        let extra = words.count * 64 - size
        if extra > 0 { words[words.count - 1] &= UInt64.max >> UInt64(extra) }
    }

    /// The largest member (0 when only 0 is).
    var last: Int {
        for index in stride(from: words.count - 1, through: 0, by: -1) where words[index] != 0 {
            return index * 64 + 63 - words[index].leadingZeroBitCount
        }
        return 0
    }
}
