/// A vector bin-packing problem over item *types*: identical items (the replicas of one workload or
/// pod) are one type with a count, so a fleet of a million instances is a few thousand types.
/// Items go into identical bins (hosts) of `capacity`; CPU, memory and pod slots all constrain.
public struct PackingProblem: Sendable, Hashable {
    /// What one bin offers.
    public var capacity: Resources
    /// The item types, each with its demand per item and its count.
    public var items: [PackingItemType]

    public init(capacity: Resources, items: [PackingItemType]) {
        self.capacity = capacity
        self.items = items
    }

    /// Total items over all types.
    public var itemCount: Int { items.reduce(0) { $0 + $1.count } }

    /// Whether some type may have at most so many items a bin (`PackingItemType.maximumPerBin`):
    /// the stages check the limits only then, so a problem without them costs nothing more.
    var hasBinLimits: Bool { items.contains { $0.maximumPerBin != .max } }

    /// Each type's `maximumPerBin` when some type has a limit; nil when none has.
    var binLimits: [Int]? { hasBinLimits ? items.map(\.maximumPerBin) : nil }

    /// The same types (demand and per-bin limit) with `counts` items each: the part of the
    /// problem a stage leaves to another, or searches on its own.
    func with(counts: [Int]) -> PackingProblem {
        PackingProblem(
            capacity: capacity,
            items: items.indices.map {
                PackingItemType(demand: items[$0].demand, count: counts[$0], maximumPerBin: items[$0].maximumPerBin)
            })
    }

    /// The same types with each type's limit a bin set to `perBin` (`Int.max`: none).
    func limited(to perBin: [Int]) -> PackingProblem {
        var limited = self
        for type in limited.items.indices { limited.items[type].maximumPerBin = max(1, perBin[type]) }
        return limited
    }

    /// `counts` capped at each type's per-bin limit: the most of each type one bin may still
    /// take, when it holds `first` already (one item of that type, or none when nil). A bin-at-a-
    /// time search that takes at most these many of each type keeps every limit.
    func perBinCounts(_ counts: [Int], holding first: Int? = nil) -> [Int] {
        var capped = counts
        for (type, item) in items.enumerated() where item.maximumPerBin != .max {
            capped[type] = max(0, min(capped[type], item.maximumPerBin - (type == first ? 1 : 0)))
        }
        return capped
    }

    /// The whole demand in bins' worth per dimension (CPU, memory, pod slots, GPUs, local disk):
    /// the sum of each item's shares of a bin (`Resources.shares(of:)`).
    var totalShares: Shares {
        var total = Shares(repeating: 0)
        for item in items { total += item.demand.shares(of: capacity) * Double(item.count) }
        return total
    }
}

/// `count` identical items of one demand, at most `maximumPerBin` of them in one bin (a
/// workload's "at most m replicas a host", `PlacementRules.hostLimit`; `Int.max`: no limit).
/// Every stage of the packer keeps the limit.
public struct PackingItemType: Sendable, Hashable {
    public var demand: Resources
    public var count: Int
    public var maximumPerBin: Int

    public init(demand: Resources, count: Int, maximumPerBin: Int = .max) {
        self.demand = demand
        self.count = count
        self.maximumPerBin = max(1, maximumPerBin)
    }
}

/// A packing: for each bin, how many items of which types it holds. Types are indices into the
/// problem's `items`. With it, what the packer learnt on the way: the stage whose packing it is,
/// and the pattern relaxation's proven bound when the packer solved the relaxation.
public struct PackingSolution: Sendable, Hashable {
    public var bins: [[PackedCount]]
    /// The stage that produced the packing ("first-fit decreasing", "interleaved first fit",
    /// "pattern rounding", ... with " + window search" when the search improved on it); empty
    /// for packers that do not say.
    public var stage: String
    /// The pattern relaxation's bound (`PatternBound`), when the packer solved the relaxation of
    /// this very problem.
    public var relaxationBound: PatternBound.Result?

    public init(bins: [[PackedCount]], stage: String = "", relaxationBound: PatternBound.Result? = nil) {
        self.bins = bins
        self.stage = stage
        self.relaxationBound = relaxationBound
    }
}

/// `count` items of item type `type` in one bin.
public struct PackedCount: Sendable, Hashable {
    public var type: Int
    public var count: Int

    public init(type: Int, count: Int) {
        self.type = type
        self.count = count
    }

    /// One bin's contents from items counted by type, in increasing order of type.
    static func bin(_ counts: [Int: Int]) -> [PackedCount] {
        counts.keys.sorted().map { PackedCount(type: $0, count: counts[$0]!) }
    }
}

extension [PackedCount] {
    /// The items of `type` one bin holds, over all its entries of the type.
    func itemCount(of type: Int) -> Int { reduce(0) { $0 + ($1.type == type ? $1.count : 0) } }
}

/// A packing algorithm: the one function the planner calls, so it can be replaced.
public typealias Packer = @Sendable (PackingProblem) -> PackingSolution
