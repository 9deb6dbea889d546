/// The balanced deal's bins in a k-d tree over their loads, so that the k bins of smallest score
/// load · d (d ≥ 0, one weight a lane) are found without scoring every bin.
///
/// The tree splits the bins at the median (of loads rounded to `Float`) of the lane whose loads
/// spread widest, down to leaves of at most `leafSize` bins. Every node keeps the least load of
/// its bins in each lane, so least · d is at most the score of every bin under it: floating-point
/// products and left-to-right sums are monotone, so this holds to the bit. The search takes nodes in
/// increasing order of that bound and stops at the first bound above the k-th smallest score
/// found. The result is exactly the set a full scan selects: the same scores, computed lane by
/// lane in the same order, and equal scores broken by bin index (`Selection.Keyed`).
///
/// Loads only grow, so a node's least loads stay lower bounds even when stale; those of a picked
/// bin's leaf and its ancestors are recomputed, so the bounds stay tight. What wears is the
/// grouping, as the bins of one leaf grow apart, so the tree is rebuilt after `rebuildShare`
/// picks per bin.
///
/// Measured with `bench scale` (mixed shape, 1,000,000 instances, seed 1, one thread), before
/// `BalancedDeal.treeBelowShare` and `searchesPerBuild` were tuned (every remainder under an
/// eighth of the bins searched the tree, which was rebuilt whenever worn): the four plans' deals
/// took 3.1 s with a full scan for every type and 1.5 s with the tree, choosing the same bins.
/// Its constants (`leafSize`, `rebuildShare`, in Tuning.swift) were chosen in that setting.
/// Equal scores matter: bins dealt alike tie, and a node whose bound equals the k-th score is
/// skipped only when its lowest bin comes after the k-th's; without that, 2.1 s.
struct LoadTree {
    let binCount: Int
    let lanes: Int
    /// Bins, leaf by leaf: node n holds `members[start[n] ..< end[n]]`.
    private var members: [Int32]
    private var start: [Int32] = []
    private var end: [Int32] = []
    /// A node's first child (the second is the next node), or −1 for a leaf.
    private var firstChild: [Int32] = []
    private var parent: [Int32] = []
    /// The lowest bin under a node: with a bound equal to the k-th score, a node whose lowest bin
    /// comes after the k-th's holds nothing better (ties go to the lower bin).
    private var lowestBin: [Int32] = []
    /// Node-major: `least[node × lanes + lane]`, the least load in that lane of the node's bins.
    private var least: [Double] = []
    /// Each bin's leaf.
    private var leafOf: [Int32]
    private var picksSinceBuild = 0
    /// Whether the least loads must be brought up to date (`update`) before the next search.
    private var stale = false
    /// Scratch reused between calls: keyed bins for the median splits, nodes to visit (a
    /// min-heap, `BinaryHeap`), the k best so far (a max-heap).
    private var keyed: [UInt64] = []
    /// The leaves of the bins just picked.
    private var touched: [Int32] = []
    private var frontier: [NodeEntry] = []
    private var best: [Selection.Keyed] = []

    /// A tree over `loads`: lane-major, `loads[lane × binCount + bin]`.
    init(loads: [Double], lanes: Int, binCount: Int) {
        self.binCount = binCount
        self.lanes = lanes
        members = (0..<binCount).map { Int32($0) }
        leafOf = [Int32](repeating: 0, count: binCount)
        build(loads)
    }

    /// Regroups the bins by their current loads.
    mutating func build(_ loads: [Double]) {
        // Emptied, not released: a rebuild has as many nodes as the last build.
        start.removeAll(keepingCapacity: true)
        end.removeAll(keepingCapacity: true)
        firstChild.removeAll(keepingCapacity: true)
        parent.removeAll(keepingCapacity: true)
        lowestBin.removeAll(keepingCapacity: true)
        least.removeAll(keepingCapacity: true)
        allocate(0..<members.count, parent: -1)
        fillSubtree(0, 0..<members.count, loads)
        picksSinceBuild = 0
        stale = false
    }

    /// A new node over `members[range]`, a leaf until split.
    private mutating func allocate(_ range: Range<Int>, parent up: Int32) {
        start.append(Int32(range.lowerBound))
        end.append(Int32(range.upperBound))
        firstChild.append(-1)
        parent.append(up)
        lowestBin.append(0)
        least.append(contentsOf: repeatElement(0, count: lanes))
    }

    /// Splits an allocated node at the median of its widest lane, down to leaves, and sets the
    /// least loads of it and its subtree.
    private mutating func fillSubtree(_ node: Int32, _ range: Range<Int>, _ loads: [Double]) {
        guard range.count > Self.leafSize else {
            var lowest = Int32.max
            for position in range {
                leafOf[Int(members[position])] = node
                lowest = min(lowest, members[position])
            }
            lowestBin[Int(node)] = range.isEmpty ? 0 : lowest
            refreshLeaf(Int(node), loads)
            return
        }
        let middle = range.lowerBound + range.count / 2
        splitAtMedian(range, middle: middle, lane: widestLane(range, loads), loads)
        let first = Int32(start.count)
        firstChild[Int(node)] = first
        // Both children are allocated before either subtree, so the second child is first + 1.
        allocate(range.lowerBound..<middle, parent: node)
        allocate(middle..<range.upperBound, parent: node)
        fillSubtree(first, range.lowerBound..<middle, loads)
        fillSubtree(first + 1, middle..<range.upperBound, loads)
        lowestBin[Int(node)] = min(lowestBin[Int(first)], lowestBin[Int(first) + 1])
        _ = mergeChildren(Int(node))
    }

    /// Sets a node's least loads from its two children's; whether any changed.
    private mutating func mergeChildren(_ node: Int) -> Bool {
        let (first, second) = (Int(firstChild[node]) * lanes, (Int(firstChild[node]) + 1) * lanes)
        var changed = false
        for lane in 0..<lanes {
            let lowest = min(least[first + lane], least[second + lane])
            if lowest != least[node * lanes + lane] {
                least[node * lanes + lane] = lowest
                changed = true
            }
        }
        return changed
    }

    /// The lane whose loads over `members[range]` spread widest (the first on a tie). The first
    /// three lanes are read in one pass over the bins (scenarios without GPUs or disk have no more).
    private func widestLane(_ range: Range<Int>, _ loads: [Double]) -> Int {
        guard lanes > 0 else { return 0 }
        var lane = 0
        var widest = -1.0
        members.withUnsafeBufferPointer { members in
            loads.withUnsafeBufferPointer { loads in
                var low = (Double.infinity, Double.infinity, Double.infinity)
                var high = (-Double.infinity, -Double.infinity, -Double.infinity)
                let (second, third) = (min(1, lanes - 1) * binCount, min(2, lanes - 1) * binCount)
                for position in range {
                    let bin = Int(members[position])
                    let values = (loads[bin], loads[second + bin], loads[third + bin])
                    low = (min(low.0, values.0), min(low.1, values.1), min(low.2, values.2))
                    high = (max(high.0, values.0), max(high.1, values.1), max(high.2, values.2))
                }
                for index in 0..<min(lanes, 3) {
                    let spread = index == 0 ? high.0 - low.0 : index == 1 ? high.1 - low.1 : high.2 - low.2
                    if spread > widest { (lane, widest) = (index, spread) }
                }
                for index in min(lanes, 3)..<lanes {
                    let base = index * binCount
                    var (low, high) = (Double.infinity, -Double.infinity)
                    for position in range {
                        let value = loads[base + Int(members[position])]
                        low = min(low, value)
                        high = max(high, value)
                    }
                    if high - low > widest { (lane, widest) = (index, high - low) }
                }
            }
        }
        return lane
    }

    /// Reorders `members[range]` so that the bins before `middle` come first by their load in
    /// `lane` rounded to a `Float` (at most those from `middle` on, after that rounding), then by
    /// bin: one 64-bit
    /// integer each (`Selection.select`): the bit patterns of non-negative floats order as their
    /// values. Any split keeps the search exact; the rounding only groups nearly equal loads
    /// either way. Measured with `bench scale` (mixed shape, 1,000,000 instances, one thread): the
    /// split by exact load and bin as 16-byte keys was 8% of the four plans' time.
    private mutating func splitAtMedian(_ range: Range<Int>, middle: Int, lane: Int, _ loads: [Double]) {
        keyed.removeAll(keepingCapacity: true)
        let base = lane * binCount
        for position in range {
            let bin = members[position]
            keyed.append(UInt64(Float(loads[base + Int(bin)]).bitPattern) << 32 | UInt64(UInt32(bin)))
        }
        Selection.select(middle - range.lowerBound, in: &keyed)
        for (offset, entry) in keyed.enumerated() { members[range.lowerBound + offset] = Int32(truncatingIfNeeded: entry) }
    }

    /// Recomputes one leaf's least loads.
    private mutating func refreshLeaf(_ leaf: Int, _ loads: [Double]) {
        for lane in 0..<lanes {
            var lowest = Double.infinity
            for position in Int(start[leaf])..<Int(end[leaf]) {
                lowest = min(lowest, loads[lane * binCount + Int(members[position])])
            }
            least[leaf * lanes + lane] = lowest
        }
    }

    /// The `k` bins of smallest score Σ_lane loads[lane][bin] × weights[lane] over the lanes whose
    /// weight is positive, summed in lane order, ties to the lower bin (0 < k < bins), in no
    /// particular order.
    mutating func smallest(_ k: Int, weights: [Double], loads: [Double]) -> ArraySlice<Selection.Keyed> {
        update(loads)
        let active = weights.indices.filter { weights[$0] > 0 }
        let factors = active.map { weights[$0] }
        let binCount = binCount
        let lane = { (index: Int) in
            index < active.count ? (offset: active[index] * binCount, factor: factors[index]) : (offset: 0, factor: 0.0)
        }
        let (lane0, lane1, lane2) = (lane(0), lane(1), lane(2))
        frontier.removeAll(keepingCapacity: true)
        best.removeAll(keepingCapacity: true)
        BinaryHeap.push(entry(0, active, factors), into: &frontier, by: NodeEntry.first)
        while let next = BinaryHeap.pop(&frontier, by: NodeEntry.first) {
            if best.count == k && !canBeat(next, best[0]) { break }
            let node = Int(next.node)
            let first = firstChild[node]
            if first >= 0 {
                for child in first...(first + 1) {
                    let candidate = entry(Int(child), active, factors)
                    if best.count < k || canBeat(candidate, best[0]) {
                        BinaryHeap.push(candidate, into: &frontier, by: NodeEntry.first)
                    }
                }
                continue
            }
            loads.withUnsafeBufferPointer { loads in
                for position in Int(start[node])..<Int(end[node]) {
                    let bin = Int(members[position])
                    // Up to three lanes (every scenario without GPUs or disk) unrolled, in lane order.
                    var score = 0.0
                    if active.count <= 3 {
                        if active.count > 0 { score += loads[lane0.offset + bin] * lane0.factor }
                        if active.count > 1 { score += loads[lane1.offset + bin] * lane1.factor }
                        if active.count > 2 { score += loads[lane2.offset + bin] * lane2.factor }
                    } else {
                        for (lane, factor) in zip(active, factors) { score += loads[lane * binCount + bin] * factor }
                    }
                    let entry = Selection.Keyed(key: score, element: bin)
                    if best.count < k {
                        BinaryHeap.push(entry, into: &best, by: { $1 < $0 })
                    } else if entry < best[0] {
                        BinaryHeap.replaceTop(with: entry, in: &best, by: { $1 < $0 })
                    }
                }
            }
        }
        return best[...]
    }

    /// A node with its bound, least · weights over the active lanes summed as the scores are.
    private func entry(_ node: Int, _ active: [Int], _ factors: [Double]) -> NodeEntry {
        var sum = 0.0
        for (lane, factor) in zip(active, factors) { sum += least[node * lanes + lane] * factor }
        return NodeEntry(bound: sum, lowestBin: lowestBin[node], node: Int32(node))
    }

    /// Whether a bin under the node may come before `kth` (by score, then bin).
    private func canBeat(_ node: NodeEntry, _ kth: Selection.Keyed) -> Bool {
        node.bound < kth.key || (node.bound == kth.key && Int(node.lowestBin) < kth.element)
    }

    /// After `bins` were picked and their loads raised. Loads only grow, so the least loads stay
    /// lower bounds whatever happens here; keeping them exact keeps the search short. A few picks
    /// refresh their leaves and ancestors; as many picks as leaves refresh every node at the next
    /// search; once the picks since the last build reach `rebuildShare` per bin, the next search
    /// rebuilds the tree. The last two wait until a search needs them, so many picks by types
    /// chosen by a full scan cost the tree little; a few cost their leaves' refresh.
    mutating func picked(_ bins: [Int], loads: [Double]) {
        picksSinceBuild += bins.count
        guard !stale else { return }
        if needsRebuild || bins.count >= start.count / 2 {
            stale = true
            return
        }
        // Each leaf once, however many of its bins were picked (a search's picks crowd into a few
        // leaves): the least loads come out the same, exact minima.
        touched.removeAll(keepingCapacity: true)
        for bin in bins { touched.append(leafOf[bin]) }
        touched.sort()
        var last: Int32 = -1
        for leaf in touched where leaf != last {
            last = leaf
            refreshLeaf(Int(leaf), loads)
            var node = Int(parent[Int(leaf)])
            while node >= 0 && mergeChildren(node) { node = Int(parent[node]) }
        }
    }

    /// Whether the next search rebuilds the tree.
    var needsRebuild: Bool { Double(picksSinceBuild) >= Self.rebuildShare * Double(binCount) }

    /// Before a search: the tree rebuilt if worn, or every node's least loads recomputed if many
    /// bins were picked since.
    private mutating func update(_ loads: [Double]) {
        guard stale else { return }
        stale = false
        if needsRebuild {
            build(loads)
            return
        }
        // Children come after their parent, so a backward sweep merges each node after both of its.
        for node in stride(from: start.count - 1, through: 0, by: -1) {
            if firstChild[node] < 0 { refreshLeaf(node, loads) } else { _ = mergeChildren(node) }
        }
    }
}

/// A node to visit with its bound. Nodes are taken by bound, then lowest bin (so that among equal
/// bounds, the nodes that may hold the lower bins of a tie come first).
struct NodeEntry {
    var bound: Double
    var lowestBin: Int32
    var node: Int32

    static func first(_ a: NodeEntry, _ b: NodeEntry) -> Bool {
        a.bound != b.bound ? a.bound < b.bound : a.lowestBin != b.lowestBin ? a.lowestBin < b.lowestBin : a.node < b.node
    }
}
