/// A packing being edited under `PlacementRules`: how many items of each type each host holds,
/// each host's load, and the per-zone counts of zone-limited types. Hosts keep their index while
/// it is edited (host i is in zone i mod zones); `solution` drops the empty ones.
struct RuledPacking {
    let problem: PackingProblem
    let rules: PlacementRules
    /// Per host: its types in order with their counts.
    private(set) var bins: [HostContents]
    private(set) var loads: [Resources]
    /// Per type, indexed by type: its count in each zone for a zone-limited (or soft
    /// zone-spread) type, nil for any other, so adding an item costs no hashing.
    private(set) var zoneCounts: [[Int]?]
    /// Per type: its largest share of a host, the size every "largest first" here orders by.
    let sizes: [Double]
    /// The hosts' free capacity, built the first time a first fit asks (`firstAllowed`) and kept
    /// up to date by every change after, so a first fit passes over the full hosts without
    /// looking at their rules. Nil until then: the moves of soft spread never pay for it.
    private var freeIndex: BinIndex?

    init(_ solution: PackingSolution, _ problem: PackingProblem, _ rules: PlacementRules) {
        self.problem = problem
        self.rules = rules
        bins = []
        loads = []
        zoneCounts = Array(repeating: nil, count: problem.items.count)
        sizes = problem.items.map { $0.demand.largestShare(of: problem.capacity) }
        for type in problem.items.indices where rules.zoneLimit[type] != .max || rules.softByZone[type] {
            zoneCounts[type] = Array(repeating: 0, count: rules.zones)
        }
        let demands = problem.items.map(\.demand)
        bins.reserveCapacity(solution.bins.count)
        loads.reserveCapacity(solution.bins.count)
        for contents in solution.bins where contents.contains(where: { $0.count > 0 }) {
            // Each host is built whole, in type order, rather than one insertion per type.
            let bin = bins.count
            let host = HostContents(contents.map { ($0.type, $0.count) })
            var load = Resources.zero
            for (type, count) in zip(host.types, host.counts) {
                load += demands[type].times(Int64(count))
                if zoneCounts[type] != nil { zoneCounts[type]![rules.zone(of: bin)] += count }
            }
            bins.append(host)
            loads.append(load)
        }
    }

    func count(_ type: Int, in bin: Int) -> Int { bins[bin].count(of: type) }

    /// `types` largest first (`sizes`), ties by type, so every order here is the same.
    func largestFirst(_ types: [Int]) -> [Int] {
        types.sorted { sizes[$0] > sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }
    }

    /// The types a host holds, in order.
    func types(in bin: Int) -> [Int] { bins[bin].types }

    /// Whether one more item of `type` may go on host `bin` by the rules, and (unless
    /// `ignoringCapacity`) fits its remaining capacity.
    func allows(_ type: Int, in bin: Int, ignoringCapacity: Bool = false) -> Bool {
        // Capacity first: a few comparisons, and most hosts a first fit passes are full; the rules
        // look the host's counts up.
        guard ignoringCapacity || loads[bin].fits(removing: .zero, adding: problem.items[type].demand, within: problem.capacity)
        else { return false }
        let zone = rules.zone(of: bin)
        return rules.permits(
            type, countHere: { count($0, in: bin) }, inZone: zoneCounts[type]?[zone] ?? 0, zoneLimit: rules.zoneLimit[type])
    }

    mutating func add(_ type: Int, to bin: Int, count: Int = 1) {
        bins[bin].add(type, count)
        loads[bin] += problem.items[type].demand.times(Int64(count))
        if zoneCounts[type] != nil { zoneCounts[type]![rules.zone(of: bin)] += count }
        freeIndex?.update(bin, problem.capacity - loads[bin])
    }

    mutating func remove(_ type: Int, from bin: Int, count: Int = 1) {
        bins[bin].add(type, -count)
        loads[bin] = loads[bin] - problem.items[type].demand.times(Int64(count))
        if zoneCounts[type] != nil { zoneCounts[type]![rules.zone(of: bin)] -= count }
        freeIndex?.update(bin, problem.capacity - loads[bin])
    }

    /// Appends an empty host and returns its index.
    @discardableResult
    mutating func openBin() -> Int {
        bins.append(HostContents())
        loads.append(.zero)
        freeIndex?.append(problem.capacity)
        return bins.count - 1
    }

    /// The first host from `start` that allows one more item of `type` (`allows`, capacity
    /// included), other than `excluded`, and holding something when `occupied`: what a scan of
    /// every host in order finds, but through the hosts' free capacity (`freeIndex`), so the full
    /// ones cost nothing. Nil when none does.
    mutating func firstAllowed(
        _ type: Int, from start: Int = 0, excluding excluded: Int = -1, occupied: Bool = false
    )
        -> Int?
    {
        if freeIndex == nil {
            var index = BinIndex(expectedBins: bins.count)
            for load in loads { index.append(problem.capacity - load) }
            freeIndex = index
        }
        let demand = problem.items[type].demand
        var from = start
        while let bin = freeIndex!.firstFit(demand, from: from) {
            if bin != excluded && (!occupied || !bins[bin].isEmpty) && allows(type, in: bin) { return bin }
            from = bin + 1
        }
        return nil
    }

    /// The hosts that hold anything.
    var usedBins: Int { bins.filter { !$0.isEmpty }.count }

    /// Whether every hard rule holds on every host and zone.
    var satisfiesRules: Bool {
        for bin in bins.indices {
            for (type, count) in zip(bins[bin].types, bins[bin].counts) {
                if count > rules.hostLimit[type] { return false }
                if rules.conflicts[type].contains(where: { self.count($0, in: bin) > 0 }) { return false }
            }
        }
        return zoneCounts.indices.allSatisfy { type in
            zoneCounts[type]?.allSatisfy { $0 <= rules.zoneLimit[type] } ?? true
        }
    }

    /// The packing without its empty hosts, types in order within each host.
    var solution: PackingSolution {
        PackingSolution(
            bins: bins.filter { !$0.isEmpty }.map { bin in
                zip(bin.types, bin.counts).map { PackedCount(type: $0, count: $1) }
            })
    }
}
