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

    /// The whole demand in bins' worth per dimension (CPU, memory, pod slots, GPUs, local disk):
    /// the sum of each item's shares of a bin (`Resources.shares(of:)`).
    var totalShares: Shares {
        var total = Shares(repeating: 0)
        for item in items { total += item.demand.shares(of: capacity) * Double(item.count) }
        return total
    }
}

/// `count` identical items of one demand.
public struct PackingItemType: Sendable, Hashable {
    public var demand: Resources
    public var count: Int

    public init(demand: Resources, count: Int) {
        self.demand = demand
        self.count = count
    }
}

/// A packing: for each bin, how many items of which types it holds. Types are indices into the
/// problem's `items`.
public struct PackingSolution: Sendable, Hashable {
    public var bins: [[PackedCount]]

    public init(bins: [[PackedCount]]) {
        self.bins = bins
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
}

/// A packing algorithm: the one function the planner calls, so it can be replaced.
public typealias Packer = @Sendable (PackingProblem) -> PackingSolution
