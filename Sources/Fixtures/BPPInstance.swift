import PlannerCore

/// A one-dimensional bin-packing instance in the BPPLIB text format (Delorme, Iori and Martello,
/// "BPPLIB: a library for bin packing and cutting stock problems", Optimization Letters 12, 2018):
/// the number of items, the capacity, then one item size per line (whitespace of any kind,
/// CRLF included, separates the numbers).
public struct BPPInstance: Sendable, Hashable {
    public var name: String
    public var capacity: Int
    public var sizes: [Int]

    public init(name: String, capacity: Int, sizes: [Int]) {
        self.name = name
        self.capacity = capacity
        self.sizes = sizes
    }

    /// Parses the text; nil when it is not a well-formed instance.
    public init?(name: String, text: String) {
        // Split on bytes: Swift reads "\r\n" as one Character, which a Character split would miss.
        let numbers = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
            .map { Int(String(decoding: $0, as: UTF8.self)) }
        guard numbers.count >= 2, let count = numbers[0], let capacity = numbers[1], count >= 0, capacity > 0,
            numbers.count == count + 2
        else { return nil }
        var sizes: [Int] = []
        sizes.reserveCapacity(count)
        for value in numbers.dropFirst(2) {
            guard let value, value > 0, value <= capacity else { return nil }
            sizes.append(value)
        }
        self.init(name: name, capacity: capacity, sizes: sizes)
    }

    /// The scenario the benchmark README maps an instance onto: one host per bin whose memory is
    /// the capacity in MiB, one single-replica workload per item, every overhead and reservation
    /// zero, CPU that never binds. Its container plan's active hosts are the packing's bin count.
    public var scenario: Scenario {
        Scenario(
            name: name,
            host: HostProfile(
                cpuCores: 1_000_000, memoryGiB: Double(capacity) / 1024, reservedCpuCores: 0, reservedMemoryGiB: 0,
                cpuOvercommit: 1, memoryOvercommit: 1, targetUtilization: 1, failoverHosts: 0),
            vm: VMParameters(guestOsMemoryMiB: 0, overheadMiB: 0, overheadFraction: 0, overheadPerVcpuMiB: 0, cpuOverhead: 0),
            container: ContainerParameters(
                runtimeOverheadMiB: 0, podOverheadMiB: 0, podOverheadCpuCores: 0, maxPodsPerHost: 1_000_000),
            faas: FaaSParameters(instanceOverheadMiB: 0),
            workloads: sizes.enumerated().map { index, size in
                Workload(name: "item-\(index)", cpuCores: 0.001, memoryMiB: Double(size), replicas: 1)
            })
    }

    /// The packing problem of the instance alone, one item type per distinct size.
    public var problem: PackingProblem {
        var counts: [Int: Int] = [:]
        for size in sizes { counts[size, default: 0] += 1 }
        return PackingProblem(
            capacity: Resources(cpuMillicores: 0, memoryKiB: Int64(capacity), pods: 0),
            items: counts.keys.sorted(by: >).map {
                PackingItemType(demand: Resources(cpuMillicores: 0, memoryKiB: Int64($0), pods: 0), count: counts[$0]!)
            })
    }
}
