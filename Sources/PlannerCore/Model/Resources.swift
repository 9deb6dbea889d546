/// A resource vector in exact integer units, so that packing never suffers from floating-point
/// drift: CPU in millicores (the Kubernetes granularity), memory in KiB, pod slots, whole GPUs and
/// local disk in MiB. Demands are rounded up to the unit and capacities down, so a placement that
/// fits in these units fits in reality. A dimension nothing uses (GPUs and local disk in most
/// scenarios: 0 demanded, 0 offered) never binds and weighs nothing in any ranking.
public struct Resources: Sendable, Hashable {
    public var cpuMillicores: Int64
    public var memoryKiB: Int64
    public var pods: Int64
    /// Whole GPU devices (passed through to a VM, or requested by a container as nvidia.com/gpu).
    public var gpus: Int64
    /// Local disk in MiB (a VM's local virtual disk, a container's `ephemeral-storage` request).
    public var diskMiB: Int64

    public init(cpuMillicores: Int64, memoryKiB: Int64, pods: Int64, gpus: Int64 = 0, diskMiB: Int64 = 0) {
        self.cpuMillicores = cpuMillicores
        self.memoryKiB = memoryKiB
        self.pods = pods
        self.gpus = gpus
        self.diskMiB = diskMiB
    }

    public static let zero = Resources(cpuMillicores: 0, memoryKiB: 0, pods: 0)

    /// Each dimension as a share of `capacity` (`Shares`: CPU, memory, pod slots, GPUs, local disk;
    /// the last three lanes always 0); 0 where the capacity is 0 (a dimension the host does not
    /// offer). The packer's rankings and weights all start here. (A scenario without GPUs or disk
    /// has those lanes 0 everywhere, so every sum taken left to right, product and maximum of
    /// shares is exactly what it is over the first three.)
    func shares(of capacity: Resources) -> Shares {
        func share(_ value: Int64, _ limit: Int64) -> Double { limit > 0 ? Double(value) / Double(limit) : 0 }
        return Shares(
            share(cpuMillicores, capacity.cpuMillicores), share(memoryKiB, capacity.memoryKiB), share(pods, capacity.pods),
            share(gpus, capacity.gpus), share(diskMiB, capacity.diskMiB), 0, 0, 0)
    }

    /// The least of each dimension over `vectors` (zero for none): an item smaller than any of
    /// them in no dimension, so a bin without room for it takes none of them.
    static func least(_ vectors: some Collection<Resources>) -> Resources {
        guard let first = vectors.first else { return .zero }
        return vectors.reduce(first) { least, next in
            Resources(
                cpuMillicores: min(least.cpuMillicores, next.cpuMillicores), memoryKiB: min(least.memoryKiB, next.memoryKiB),
                pods: min(least.pods, next.pods), gpus: min(least.gpus, next.gpus), diskMiB: min(least.diskMiB, next.diskMiB))
        }
    }

    /// The largest of `shares(of:)`: how much of a host the vector takes in its tightest dimension.
    func largestShare(of capacity: Resources) -> Double {
        let shares = shares(of: capacity)
        return shares.max()
    }

    /// A demand: cores, memory MiB and disk GiB rounded up to whole millicores, KiB and MiB.
    public init(demandCores cores: Double, memoryMiB: Double, pods: Int64, gpus: Int64 = 0, diskGiB: Double = 0) {
        self.init(
            cpuMillicores: Resources.units(cores * 1000, roundingUp: true),
            memoryKiB: Resources.units(memoryMiB * 1024, roundingUp: true),
            pods: pods, gpus: gpus, diskMiB: Resources.units(diskGiB * 1024, roundingUp: true))
    }

    /// A capacity: cores, memory MiB and disk GiB rounded down to whole millicores, KiB and MiB.
    public init(capacityCores cores: Double, memoryMiB: Double, pods: Int64, gpus: Int64 = 0, diskGiB: Double = 0) {
        self.init(
            cpuMillicores: Resources.units(cores * 1000, roundingUp: false),
            memoryKiB: Resources.units(memoryMiB * 1024, roundingUp: false),
            pods: pods, gpus: gpus, diskMiB: Resources.units(diskGiB * 1024, roundingUp: false))
    }

    public var cpuCores: Double { Double(cpuMillicores) / 1000 }
    public var memoryMiB: Double { Double(memoryKiB) / 1024 }
    public var diskGiB: Double { Double(diskMiB) / 1024 }

    public static func + (lhs: Resources, rhs: Resources) -> Resources {
        Resources(
            cpuMillicores: lhs.cpuMillicores + rhs.cpuMillicores, memoryKiB: lhs.memoryKiB + rhs.memoryKiB,
            pods: lhs.pods + rhs.pods, gpus: lhs.gpus + rhs.gpus, diskMiB: lhs.diskMiB + rhs.diskMiB)
    }

    public static func += (lhs: inout Resources, rhs: Resources) { lhs = lhs + rhs }

    /// Componentwise difference: what `lhs` has left after `rhs` (negative when over).
    public static func - (lhs: Resources, rhs: Resources) -> Resources {
        Resources(
            cpuMillicores: lhs.cpuMillicores - rhs.cpuMillicores, memoryKiB: lhs.memoryKiB - rhs.memoryKiB,
            pods: lhs.pods - rhs.pods, gpus: lhs.gpus - rhs.gpus, diskMiB: lhs.diskMiB - rhs.diskMiB)
    }

    /// `count` copies of this vector.
    public func times(_ count: Int64) -> Resources {
        Resources(
            cpuMillicores: cpuMillicores * count, memoryKiB: memoryKiB * count, pods: pods * count, gpus: gpus * count,
            diskMiB: diskMiB * count)
    }

    /// How many copies of `demand` fit in these resources (`Int.max` when it takes nothing; 0 when
    /// a component is already over).
    func copies(of demand: Resources) -> Int {
        var copies = Int64.max
        for (room, size) in [
            (cpuMillicores, demand.cpuMillicores), (memoryKiB, demand.memoryKiB), (pods, demand.pods), (gpus, demand.gpus),
            (diskMiB, demand.diskMiB),
        ] where size > 0 {
            copies = min(copies, max(0, room) / size)
        }
        return Int(copies)
    }

    /// True when `self − removed + added` fits within `capacity`: `(self − removed +
    /// added).fits(within: capacity)` without building the sum, each dimension checked in turn
    /// and the first that does not fit ending the check (the spread searches test many swaps).
    @inline(__always)
    func fits(removing removed: Resources, adding added: Resources, within capacity: Resources) -> Bool {
        cpuMillicores - removed.cpuMillicores + added.cpuMillicores <= capacity.cpuMillicores
            && memoryKiB - removed.memoryKiB + added.memoryKiB <= capacity.memoryKiB
            && pods - removed.pods + added.pods <= capacity.pods && gpus - removed.gpus + added.gpus <= capacity.gpus
            && diskMiB - removed.diskMiB + added.diskMiB <= capacity.diskMiB
    }

    /// True when every component is at most the other's.
    public func fits(within capacity: Resources) -> Bool {
        cpuMillicores <= capacity.cpuMillicores && memoryKiB <= capacity.memoryKiB && pods <= capacity.pods
            && gpus <= capacity.gpus && diskMiB <= capacity.diskMiB
    }

    /// Converts a non-negative real amount to whole units. A tolerance of 10^-6 of a unit absorbs
    /// decimal-to-binary noise (0.3 cores is 300 millicores, not 301). Values are clamped to a
    /// range validation keeps inputs well inside, so conversion can never trap.
    static func units(_ value: Double, roundingUp: Bool) -> Int64 {
        guard value.isFinite, value > 0 else { return 0 }
        let tolerance = 1e-6
        let rounded = roundingUp ? (value - tolerance).rounded(.up) : (value + tolerance).rounded(.down)
        return Int64(min(max(rounded, 0), 4e18))
    }
}

/// A resource vector as shares of a host (`Resources.shares(of:)`), one lane per dimension: CPU,
/// memory, pod slots, GPUs, local disk; lanes 5 to 7 are always 0 (SIMD8 is the next width above
/// five). Sums of lanes are taken left to right, so a lane that is 0 changes no sum by a bit.
typealias Shares = SIMD8<Double>

extension SIMD8 where Scalar == Double {
    /// The dimensions `Resources` packs (CPU, memory, pod slots, GPUs, local disk).
    static var dimensions: Int { 5 }
    var cpu: Double { self[0] }
    var memory: Double { self[1] }
    var pods: Double { self[2] }
    var gpus: Double { self[3] }
    var disk: Double { self[4] }
    /// The packed dimensions summed left to right (CPU first).
    var dimensionSum: Double { self[0] + self[1] + self[2] + self[3] + self[4] }
    /// Σ_d self_d × other_d over the packed dimensions, left to right (CPU first).
    func dimensionDot(_ other: Self) -> Double {
        self[0] * other[0] + self[1] * other[1] + self[2] * other[2] + self[3] * other[3] + self[4] * other[4]
    }
}
