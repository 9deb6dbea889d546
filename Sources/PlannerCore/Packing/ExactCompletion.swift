/// The dimensions a packing into `bins` bins must fill exactly: those where the items' total is
/// `bins` × the capacity (no slack at all in d, so every bin is exactly full in d). Perfect
/// packings, such as two-dimensional instances cut from full hosts, have them at the lower bound.
struct TightDimensions {
    /// CPU, memory, pods, GPUs, disk (`LowerBound.dimensions`).
    let tight: [Bool]

    init(_ problem: PackingProblem, bins: Int) {
        tight = LowerBound.dimensions.map { dimension in
            let capacity = Int128(dimension(problem.capacity))
            guard capacity > 0 else { return false }
            let total = problem.items.reduce(Int128(0)) { $0 + Int128(dimension($1.demand)) * Int128($1.count) }
            return total == capacity * Int128(bins)
        }
    }

    var any: Bool { tight.contains(true) }

    /// The sum of `vector`'s shares of `capacity` over the tight dimensions: every completion of a
    /// residual weighs exactly the residual's, so it ranks and bounds the search.
    func weight(_ vector: Resources, of capacity: Resources) -> Double {
        let shares = vector.shares(of: capacity)
        var sum = 0.0
        for dimension in tight.indices where tight[dimension] { sum += shares[dimension] }
        return sum
    }

    /// The tight components of `vector`, the others zero: two vectors with one key fill the tight
    /// dimensions alike.
    func key(_ vector: Resources) -> Resources {
        var key = vector
        if !tight[0] { key.cpuMillicores = 0 }
        if !tight[1] { key.memoryKiB = 0 }
        if !tight[2] { key.pods = 0 }
        if !tight[3] { key.gpus = 0 }
        if !tight[4] { key.diskMiB = 0 }
        return key
    }
}

/// Exact completions of one bin: the multisets of items left that fill what one item leaves of a
/// bin *exactly* in every tight dimension (`TightDimensions`) and fit in the others. The last item
/// of a completion is looked up by the residual's key in a hash table rather than searched, so a
/// completion of s items costs about (items left)^(s − 1) steps, not (items left)^s. Completions
/// are searched by size, fewest items first (iterative deepening), which also makes a chance
/// exact fit of items that belong to different bins of the optimum less likely.
struct ExactCompletion {
    let demands: [Resources]
    let capacity: Resources
    let dimensions: TightDimensions
    /// Each type's `TightDimensions.weight`.
    let weights: [Double]
    /// Types by key (`TightDimensions.key` of their demand).
    private let byKey: [Resources: [Int]]
    /// Pairs of types (each with an item left when the table was built) by the key of their sum,
    /// when there are at most `pairTypes` such types; empty otherwise. A completion's last two
    /// items are then one look-up too, so s items cost about (items left)^(s − 2) steps.
    private let pairsByKey: [Resources: [(Int32, Int32)]]

    init(demands: [Resources], capacity: Resources, dimensions: TightDimensions, counts: [Int]) {
        self.demands = demands
        self.capacity = capacity
        self.dimensions = dimensions
        var byKey: [Resources: [Int]] = [:]
        for (type, demand) in demands.enumerated() { byKey[dimensions.key(demand), default: []].append(type) }
        self.byKey = byKey
        weights = demands.map { dimensions.weight($0, of: capacity) }
        let present = counts.indices.filter { counts[$0] > 0 }
        var pairs: [Resources: [(Int32, Int32)]] = [:]
        if present.count <= Self.pairTypes {
            for (i, a) in present.enumerated() {
                for b in present[(counts[a] > 1 ? i : i + 1)...] where (demands[a] + demands[b]).fits(within: capacity) {
                    pairs[dimensions.key(demands[a] + demands[b]), default: []].append((Int32(a), Int32(b)))
                }
            }
        }
        pairsByKey = pairs
    }

    /// Whether the pair table was built (few enough types with items).
    var hasPairs: Bool { !pairsByKey.isEmpty }

    /// One exact completion of a bin holding `first`, from `candidates` (types, heaviest first by
    /// `weights`) with `left` items each, as (type, count) pairs, of a number of items in `sizes`
    /// (none when `first` fills the bin alone, whatever `sizes`); nil when there is none within
    /// `nodeLimit` steps, counted in `nodes`.
    func complete(
        _ first: Int, candidates: ArraySlice<Int>, left: [Int], nodeLimit: Int, nodes: inout Int,
        sizes: ClosedRange<Int> = 1...Int.max
    ) -> [(type: Int, count: Int)]? {
        let residual = capacity - demands[first]
        if dimensions.key(residual) == dimensions.key(.zero) { return [] }
        guard sizes.upperBound > 0 else { return nil }
        var search = Search(
            completion: self, candidates: candidates.filter { left[$0] > 0 }, left: left, nodeLimit: nodes + nodeLimit,
            nodes: nodes)
        // Sizes are searched up to the items the candidates have left (however few their types); the
        // last one or two items, looked up, may be of any type left, so a completion a little larger
        // is passed over (search quality only: whatever is found is exact).
        let most = min(sizes.upperBound, search.candidates.reduce(0) { $0 + left[$1] })
        var size = max(1, sizes.lowerBound)
        while search.nodes < search.nodeLimit && size <= most {
            if search.explore(from: 0, residual: residual, itemsLeft: size) {
                nodes = search.nodes
                return search.chosen
            }
            size += 1
        }
        nodes = search.nodes
        return nil
    }

    /// One depth-limited search, its chosen items and its step count.
    private struct Search {
        let completion: ExactCompletion
        let candidates: [Int]
        var left: [Int]
        let nodeLimit: Int
        var nodes: Int
        var chosen: [(type: Int, count: Int)] = []

        init(completion: ExactCompletion, candidates: [Int], left: [Int], nodeLimit: Int, nodes: Int) {
            self.completion = completion
            self.candidates = candidates
            self.left = left
            self.nodeLimit = nodeLimit
            self.nodes = nodes
        }

        /// Completes `residual` with exactly `itemsLeft` more items from `candidates[start...]`
        /// (each multiset once: items are taken in candidate order); true when found.
        mutating func explore(from start: Int, residual: Resources, itemsLeft: Int) -> Bool {
            nodes += 1
            if itemsLeft == 1 { return lookUp(residual: residual) }
            if itemsLeft == 2 && !completion.pairsByKey.isEmpty { return lookUpPair(residual: residual) }
            // Candidates are heaviest first: once itemsLeft of the next cannot weigh the residual,
            // none after it can.
            let needed = completion.dimensions.weight(residual, of: completion.capacity) - 1e-9
            var index = start
            while index < candidates.count && nodes < nodeLimit {
                let type = candidates[index]
                nodes += 1
                if completion.weights[type] * Double(itemsLeft) < needed { break }
                if left[type] > 0, completion.demands[type].fits(within: residual) {
                    take(type)
                    if explore(from: index, residual: residual - completion.demands[type], itemsLeft: itemsLeft - 1) {
                        return true
                    }
                    put(type)
                }
                index += 1
            }
            return false
        }

        /// The one item that fills `residual` exactly (any type left: whichever it is, the
        /// completion is exact).
        private mutating func lookUp(residual: Resources) -> Bool {
            guard let types = completion.byKey[completion.dimensions.key(residual)] else { return false }
            for type in types where left[type] > 0 && completion.demands[type].fits(within: residual) {
                take(type)
                return true
            }
            return false
        }

        /// The two items that fill `residual` exactly, from the pair table.
        private mutating func lookUpPair(residual: Resources) -> Bool {
            guard let pairs = completion.pairsByKey[completion.dimensions.key(residual)] else { return false }
            for (first, second) in pairs {
                let a = Int(first)
                let b = Int(second)
                nodes += 1
                guard left[a] > (a == b ? 1 : 0), left[b] > 0,
                    (completion.demands[a] + completion.demands[b]).fits(within: residual)
                else { continue }
                take(a)
                take(b)
                return true
            }
            return false
        }

        private mutating func take(_ type: Int) {
            left[type] -= 1
            if let last = chosen.last, last.type == type {
                chosen[chosen.count - 1].count += 1
            } else {
                chosen.append((type, 1))
            }
        }

        private mutating func put(_ type: Int) {
            left[type] += 1
            if chosen[chosen.count - 1].count > 1 { chosen[chosen.count - 1].count -= 1 } else { chosen.removeLast() }
        }
    }
}
