/// Bins of four, five and six items that fill every tight dimension exactly (`TightDimensions`),
/// found by meeting in the middle (Horowitz and Sahni) among types with items left (a type's
/// items are one entry with a count, so a thousand equal items cost what one does, and a bin
/// found is taken as often as the counts allow): a bin of four is two pairs, of five a
/// triple and a pair, of six two triples, and the two halves of one bin sum to the capacity.
/// Listing every triple at once would take n³/6 entries; Schroeppel and Shamir's residues list
/// them a slice at a time: with each item's key reduced modulo m, the halves of an exact bin have
/// residues r and c − r (c the capacity's), so for each r in turn only the halves of residue r
/// are listed (the pairs from a table of pairs by residue; the triples as each item with the
/// pairs of the residue that completes it) and those of residue c − r are looked up among them
/// by hash. Over every r each split of each exact bin is met, so a full pass finds the exact
/// bins of the sizes searched among the items it starts with, up to `halvesPerHash` halves of
/// one sum a residue.
///
/// Bins of four are searched first (one pass over the pairs, n²), then bins of five over every
/// residue, then of six: among some hundreds of small items an exact sum of six of them that
/// belong to different bins of the optimum is no longer rare (about n⁶/720 sums near the
/// capacity, each exact by a chance of one in its 2⁴⁴ values of CPU and memory), and it takes
/// one item from each of six bins that then cannot be completed; an exact sum of five is rare.
/// When a few items are left over, `repair` undoes such a bin. Every bin found is exact and
/// fits, whatever it breaks. For bins of five and six the pair table is built again as items go
/// (when a third of them has), so there stay about `pairsPerResidue` pairs a residue.
///
/// Measured with `bench vector` (2026-12-08): on instances of 200 hosts cut into 2 to 6 items
/// the 400 to 700 items of five and six a host left after the peel's first levels and the pass
/// of fours go into bins of the optimum in 0.01 to 0.05 s; at 500 hosts (1,000 to 1,200 such
/// items) they would take over a second, so only `tripleTypes` types are searched for bins of
/// five and six.
struct ResidueGroups {
    /// The types searched (indices into the problem's), one entry each: demand, items, limit a
    /// bin (`PackingItemType.maximumPerBin`) and hash.
    private let types: [Int]
    private let demands: [Resources]
    private let counts: [Int]
    private let limits: [Int]
    private let capacity: Resources
    private let dimensions: TightDimensions
    /// An additive hash of each entry's tight key: the hashes of an exact bin's items sum (modulo
    /// 2⁶⁴) to the capacity's, so halves are matched by hash and then checked exactly.
    private let hashes: [UInt64]
    private let target: UInt64

    /// The types of `problem` with items in `counts`, in a packing whose tight dimensions are
    /// `dimensions`.
    init(_ problem: PackingProblem, counts: [Int], dimensions: TightDimensions) {
        types = counts.indices.filter { counts[$0] > 0 }
        demands = types.map { problem.items[$0].demand }
        self.counts = types.map { counts[$0] }
        limits = types.map { problem.items[$0].maximumPerBin }
        capacity = problem.capacity
        self.dimensions = dimensions
        hashes = demands.map { Self.hash(dimensions.key($0)) }
        target = Self.hash(dimensions.key(problem.capacity))
    }

    /// Exact bins among the items, as lists of the problem's types (with repeats), and the steps
    /// spent: pairs considered for the table, residues visited, entries and pairs visited while
    /// listing halves.
    func find(budget: WorkBudget) -> (bins: [[Int]], spent: Int) {
        guard types.count <= Self.pairTableTypes else { return ([], 0) }
        var state = search(State(left: counts), budget: budget)
        repair(&state, budget: budget)
        return (state.bins.map { $0.map { types[$0] } }, state.steps)
    }

    /// Among the items `state` has left: bins of four over every residue, then, when at most
    /// `tripleTypes` types have items, bins of four and five, then of four to six, each until a
    /// pass over every residue is complete or the budget is spent (a table is not built when
    /// building it would spend it).
    private func search(_ start: State, budget: WorkBudget) -> State {
        var state = start
        var halves = HalfTable()
        for largest in 4...6 {
            while !budget.isSpent(by: state.steps) {
                let live = types.indices.filter { state.left[$0] > 0 }
                guard state.itemsLeft >= 4, largest == 4 || live.count <= Self.tripleTypes,
                    !budget.isSpent(by: state.steps + live.count * live.count)
                else { break }
                let table = PairTable(self, live: live, left: state.left, steps: &state.steps)
                guard table.modulus > 0,
                    scan(table, live: live, largest: largest, budget: budget, state: &state, halves: &halves)
                else { break }
            }
        }
        return state
    }

    /// When a few items are left over, a bin found that holds items of different bins of the
    /// optimum is likely what left them: each bin in turn, latest first, is searched again
    /// together with what is left over, and replaced when that leaves fewer items over.
    private func repair(_ state: inout State, budget: WorkBudget) {
        var index = state.bins.count - 1
        while index >= 0 && !budget.isSpent(by: state.steps) {
            let leftOver = state.itemsLeft
            guard leftOver > 0, leftOver + 4 <= Self.repairItems else { return }
            if leftOver + state.bins[index].count > Self.repairItems {
                index -= 1
                continue
            }
            var pool = state.left
            for entry in state.bins[index] { pool[entry] += 1 }
            let again = search(State(left: pool), budget: WorkBudget(steps: budget.left(after: state.steps)))
            state.steps += again.steps
            if again.itemsLeft < leftOver {
                state.bins.remove(at: index)
                state.bins += again.bins
                state.left = again.left
                index = state.bins.count - 1
            } else {
                index -= 1
            }
        }
    }

    /// What a search has found and spent: items left per entry, bins as entries.
    private struct State {
        var left: [Int]
        var bins: [[Int]] = []
        var steps = 0

        var itemsLeft: Int { left.reduce(0, +) }
    }

    /// Every residue of `table` in turn, bins of up to `largest` items; true when a third of
    /// the items left at `live` has gone into bins before the last residue (build the table again
    /// and go on), false when the pass is complete or the budget spent. Halves of residue r are a
    /// table of its pairs, and its triples from five up; they are looked up from the pairs of
    /// c − r, and from its triples at six. Bins of four and six have the same kind of half on
    /// both sides, so r and c − r need meeting only once; a bin of five is met at the residue of
    /// its triple.
    private func scan(
        _ table: PairTable, live: [Int], largest: Int, budget: WorkBudget, state: inout State, halves: inout HalfTable
    ) -> Bool {
        var itemsLeft = state.itemsLeft
        let rebuildAt = largest == 4 ? 0 : itemsLeft * 2 / 3
        for residue in 0..<table.modulus where largest == 5 || residue <= table.complement(of: residue) {
            if budget.isSpent(by: state.steps) { return false }
            itemsLeft -= meet(table, residue: residue, live: live, largest: largest, state: &state, halves: &halves)
            if itemsLeft <= rebuildAt { return true }
        }
        return false
    }

    /// The halves of `residue` met with those of its complement; the items that went into bins,
    /// each bin found taken as often as the items left allow.
    private func meet(
        _ table: PairTable, residue: Int, live: [Int], largest: Int, state: inout State, halves: inout HalfTable
    ) -> Int {
        halves.clear()
        table.forEachPair(residue: residue, left: state.left, steps: &state.steps) { a, b in
            halves.insert(hashes[a] &+ hashes[b], Half(a, b))
        }
        if largest > 4 {
            table.forEachTriple(residue: residue, live: live, left: state.left, steps: &state.steps) { s, a, b in
                halves.insert(hashes[s] &+ hashes[a] &+ hashes[b], Half(s, a, b))
            }
        }
        if halves.isEmpty { return 0 }
        let other = table.complement(of: residue)
        var found: [(Half, Half)] = []
        table.forEachPair(residue: other, left: state.left, steps: &state.steps) { a, b in
            let query = Half(a, b)
            halves.forEachHalf(hash: target &- hashes[a] &- hashes[b]) { found.append(($0, query)) }
        }
        if largest > 5 {
            table.forEachTriple(residue: other, live: live, left: state.left, steps: &state.steps) { s, a, b in
                let query = Half(s, a, b)
                halves.forEachHalf(hash: target &- hashes[s] &- hashes[a] &- hashes[b]) { found.append(($0, query)) }
            }
        }
        var packed = 0
        for (half, query) in found {
            let bin = half.items + query.items
            while accepts(bin, left: state.left) {
                for entry in bin { state.left[entry] -= 1 }
                state.bins.append(bin)
                packed += bin.count
            }
        }
        return packed
    }

    /// Whether `bin` (entries, with repeats) is a bin: items left for it, exactly full in the
    /// tight dimensions, fitting in the others, within every type's limit.
    private func accepts(_ bin: [Int], left: [Int]) -> Bool {
        for entry in bin {
            let uses = bin.reduce(0) { $0 + ($1 == entry ? 1 : 0) }
            guard uses <= left[entry], uses <= limits[entry] else { return false }
        }
        let load = bin.reduce(Resources.zero) { $0 + demands[$1] }
        return dimensions.key(load) == dimensions.key(capacity) && load.fits(within: capacity)
    }

    /// Two or three entries, one half of a bin (no third: -1).
    struct Half: Hashable {
        let first: Int32
        let second: Int32
        let third: Int32
        init(_ a: Int, _ b: Int) { (first, second, third) = (Int32(a), Int32(b), -1) }
        init(_ s: Int, _ a: Int, _ b: Int) { (first, second, third) = (Int32(s), Int32(a), Int32(b)) }
        var items: [Int] { third < 0 ? [Int(first), Int(second)] : [Int(first), Int(second), Int(third)] }
    }

    /// The halves of one residue by hash: open addressing, emptied for the next residue by a new
    /// generation rather than by writing every slot (a residue's halves are few, the residues
    /// many). The hash is of the halves' summed keys, so halves of one sum share it (1 + 4 and
    /// 2 + 3, common where demands are round numbers); up to `halvesPerHash` are kept a hash, so
    /// a half that shares an item with the other side does not hide one that would not.
    struct HalfTable {
        private var hashes = [UInt64](repeating: 0, count: 64)
        private var generations = [UInt32](repeating: 0, count: 64)
        /// A slot's first half, its further ones as a list in `extras` (-1: none), and how many.
        private var firsts = [Half](repeating: Half(0, 0), count: 64)
        private var extraHeads = [Int32](repeating: -1, count: 64)
        private var lengths = [UInt8](repeating: 0, count: 64)
        private var generation: UInt32 = 1
        /// Further halves of a hash, each linked to the one kept before it (-1: none).
        private var extras: [Half] = []
        private var extraNext: [Int32] = []
        private var slotsUsed = 0

        var isEmpty: Bool { slotsUsed == 0 }

        mutating func clear() {
            extras.removeAll(keepingCapacity: true)
            extraNext.removeAll(keepingCapacity: true)
            slotsUsed = 0
            generation &+= 1
            if generation == 0 {
                generations = [UInt32](repeating: 0, count: generations.count)
                generation = 1
            }
        }

        @inline(__always) mutating func insert(_ hash: UInt64, _ half: Half) {
            if (slotsUsed + 1) * 2 > hashes.count { grow() }
            let slot = find(hash)
            if generations[slot] == generation {
                guard lengths[slot] < ResidueGroups.halvesPerHash else { return }
                extraNext.append(extraHeads[slot])
                extraHeads[slot] = Int32(extras.count)
                extras.append(half)
                lengths[slot] += 1
            } else {
                generations[slot] = generation
                hashes[slot] = hash
                firsts[slot] = half
                extraHeads[slot] = -1
                lengths[slot] = 1
                slotsUsed += 1
            }
        }

        /// Every half kept under `hash`: the first, then the others, latest first.
        @inline(__always) func forEachHalf(hash: UInt64, _ body: (Half) -> Void) {
            let slot = find(hash)
            guard generations[slot] == generation else { return }
            body(firsts[slot])
            var index = Int(extraHeads[slot])
            while index >= 0 {
                body(extras[index])
                index = Int(extraNext[index])
            }
        }

        /// The slot holding `hash`, or the empty one where it would go.
        @inline(__always) private func find(_ hash: UInt64) -> Int {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while generations[slot] == generation && hashes[slot] != hash { slot = (slot + 1) & mask }
            return slot
        }

        /// Four times the slots, the kept halves filed again in the order they were kept.
        private mutating func grow() {
            var chains: [(UInt64, [Half])] = []
            for slot in hashes.indices where generations[slot] == generation {
                var later: [Half] = []
                forEachHalf(hash: hashes[slot]) { later.append($0) }
                chains.append((hashes[slot], [later[0]] + later.dropFirst().reversed()))
            }
            let size = hashes.count * 4
            hashes = [UInt64](repeating: 0, count: size)
            generations = [UInt32](repeating: 0, count: size)
            firsts = [Half](repeating: Half(0, 0), count: size)
            extraHeads = [Int32](repeating: -1, count: size)
            lengths = [UInt8](repeating: 0, count: size)
            generation = 1
            extras.removeAll(keepingCapacity: true)
            extraNext.removeAll(keepingCapacity: true)
            slotsUsed = 0
            for (hash, chain) in chains {
                for half in chain { insert(hash, half) }
            }
        }
    }

    /// Σ key × an odd constant per dimension, wrapping: additive, and two different vectors
    /// share a hash only by chance (a match is then checked exactly).
    static func hash(_ key: Resources) -> UInt64 {
        UInt64(bitPattern: key.cpuMillicores) &* 0x9E37_79B9_7F4A_7C15
            &+ UInt64(bitPattern: key.memoryKiB) &* 0xBF58_476D_1CE4_E5B9
            &+ UInt64(bitPattern: key.pods) &* 0x94D0_49BB_1331_11EB
            &+ UInt64(bitPattern: key.gpus) &* 0xD6E8_FEB8_6659_FD93
            &+ UInt64(bitPattern: key.diskMiB) &* 0xA076_1D64_78BD_642F
    }

    /// The pairs of live entries that fit together (an entry with itself when it has two items
    /// left), bucketed by residue modulo the least prime at or above their number ÷
    /// `pairsPerResidue`.
    private struct PairTable {
        let modulus: Int
        /// Every live entry's residue (0 for the others), and the capacity's.
        let residues: [Int]
        let capacityResidue: Int
        /// Bucket r's pairs are `first[start[r] ..< start[r + 1]]` with `second` alike, in
        /// increasing order of their lower entry.
        let start: [Int32]
        let first: [Int32]
        let second: [Int32]
        /// Each entry's limit a bin.
        let limits: [Int]

        /// Two passes over the pairs: one counts those that fit (and so sets the modulus) and
        /// each bucket's, the other files them.
        init(_ groups: ResidueGroups, live: [Int], left: [Int], steps: inout Int) {
            let demands = groups.demands
            let capacity = groups.capacity
            let limits = groups.limits
            /// Every pair of live entries that fits, lower entry first, in increasing order of it.
            func forEachFittingPair(_ body: (Int, Int) -> Void) {
                for (x, a) in live.enumerated() {
                    let withItself = left[a] > 1 && limits[a] > 1
                    for b in live[(withItself ? x : x + 1)...] where (demands[a] + demands[b]).fits(within: capacity) {
                        body(a, b)
                    }
                }
            }
            var fitting = 0
            forEachFittingPair { _, _ in fitting += 1 }
            steps += live.count * live.count
            modulus = fitting == 0 ? 0 : Self.prime(atLeast: max(2, fitting / ResidueGroups.pairsPerResidue))
            let m = max(1, modulus)
            var residues = [Int](repeating: 0, count: demands.count)
            for a in live { residues[a] = Self.residue(groups.dimensions.key(demands[a]), m) }
            var start = [Int32](repeating: 0, count: m + 1)
            forEachFittingPair { a, b in start[(residues[a] + residues[b]) % m + 1] += 1 }
            for r in 0..<m { start[r + 1] += start[r] }
            var first = [Int32](repeating: 0, count: fitting)
            var second = first
            var next = start
            forEachFittingPair { a, b in
                let residue = (residues[a] + residues[b]) % m
                let slot = Int(next[residue])
                next[residue] += 1
                first[slot] = Int32(a)
                second[slot] = Int32(b)
            }
            self.residues = residues
            self.limits = limits
            capacityResidue = Self.residue(groups.dimensions.key(capacity), m)
            self.start = start
            self.first = first
            self.second = second
        }

        /// The residue whose halves complete halves of `residue` to the capacity's.
        func complement(of residue: Int) -> Int { (capacityResidue - residue + modulus) % modulus }

        /// Every pair of residue `residue` with items left for it.
        func forEachPair(residue: Int, left: [Int], steps: inout Int, _ body: (Int, Int) -> Void) {
            steps += 1
            for slot in Int(start[residue])..<Int(start[residue + 1]) {
                steps += 1
                let a = Int(first[slot])
                let b = Int(second[slot])
                if left[a] > (a == b ? 1 : 0) && left[b] > 0 { body(a, b) }
            }
        }

        /// Every triple of residue `residue` with items left for it, once (its lowest entry
        /// first): each live entry with the pairs of entries no lower that complete its residue.
        /// A triple over the capacity is listed too: it never meets a half that makes it exact.
        func forEachTriple(residue: Int, live: [Int], left: [Int], steps: inout Int, _ body: (Int, Int, Int) -> Void) {
            for s in live where left[s] > 0 {
                steps += 1
                let bucket = (residue - residues[s] + modulus) % modulus
                // A bucket's pairs are in increasing order of their lower entry: from the top down
                // until it is below s.
                for slot in (Int(start[bucket])..<Int(start[bucket + 1])).reversed() {
                    let a = Int(first[slot])
                    if a < s { break }
                    steps += 1
                    let b = Int(second[slot])
                    let enough =
                        a == s
                        ? left[s] > (b == s ? 2 : 1) && limits[s] > (b == s ? 2 : 1) && left[b] > 0
                        : left[a] > (a == b ? 1 : 0) && left[b] > 0
                    if enough { body(s, a, b) }
                }
            }
        }

        /// Σ key × a constant per dimension, modulo `m`: additive modulo m. A prime m keeps keys
        /// that are all multiples of 1,024 (memory in whole MiB, counted in KiB) spread.
        static func residue(_ key: Resources, _ m: Int) -> Int {
            let modulus = Int64(m)
            func term(_ value: Int64, _ multiplier: Int64) -> Int64 { (value % modulus) * (multiplier % modulus) % modulus }
            let sum =
                term(key.cpuMillicores, 1_000_003) + term(key.memoryKiB, 998_244_353) + term(key.pods, 1_000_000_007)
                + term(key.gpus, 7_919) + term(key.diskMiB, 104_729)
            return Int(sum % modulus)
        }

        /// The least prime ≥ n (n ≥ 2).
        static func prime(atLeast n: Int) -> Int {
            var candidate = n
            while true {
                var divisor = 2
                var isPrime = true
                while divisor * divisor <= candidate {
                    if candidate % divisor == 0 {
                        isPrime = false
                        break
                    }
                    divisor += 1
                }
                if isPrime { return candidate }
                candidate += 1
            }
        }
    }
}
