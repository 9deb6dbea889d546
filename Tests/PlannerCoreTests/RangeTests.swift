import Testing

@testable import PlannerCore

/// Every numeric field refuses a value out of its range, naming the field and the limit.
@Suite struct RangeTests {
    /// (section, key, bad value, expected reason).
    static let cases: [(String, String, String, String)] = [
        ("host", "cpuCores", "-1", "must be greater than 0 (got -1)"),
        ("host", "cpuCores", "2e6", "must be at most 1000000 (got 2000000)"),
        ("host", "memoryGiB", "-1", "must be greater than 0 (got -1)"),
        ("host", "memoryGiB", "1e6", "must be at most 65536 (got 1000000)"),
        ("host", "nicGbps", "0", "must be greater than 0 (got 0)"),
        ("host", "costPerHour", "-0.5", "must be at least 0 (got -0.5)"),
        ("host", "reservedCpuCores", "-1", "must be at least 0 (got -1)"),
        ("host", "reservedMemoryGiB", "-1", "must be at least 0 (got -1)"),
        ("host", "cpuOvercommit", "0", "must be greater than 0 (got 0)"),
        ("host", "memoryOvercommit", "101", "must be at most 100 (got 101)"),
        ("host", "targetUtilization", "1.01", "must be at most 1 (got 1.01)"),
        ("host", "failoverHosts", "-2", "must be at least 0 (got -2)"),
        ("host", "failoverHosts", "1.5", "must be a whole number (got 1.5)"),
        ("registry", "egressGbps", "-1", "must be greater than 0 (got -1)"),
        ("vm", "guestOsMemoryMiB", "-1", "must be at least 0 (got -1)"),
        ("vm", "overheadMiB", "-1", "must be at least 0 (got -1)"),
        ("vm", "overheadFraction", "11", "must be at most 10 (got 11)"),
        ("vm", "overheadPerVcpuMiB", "-1", "must be at least 0 (got -1)"),
        ("vm", "cpuOverhead", "-0.1", "must be at least 0 (got -0.1)"),
        ("vm", "osImageMiB", "-1", "must be at least 0 (got -1)"),
        ("vm", "bootSeconds", "-1", "must be at least 0 (got -1)"),
        ("vm", "bootSeconds", "1e12", "must be at most 31536000 (got 1000000000000)"),
        ("vm", "parallelBootsPerHost", "0", "must be at least 1 (got 0)"),
        ("vm", "hostOsMemoryMiB", "-1", "must be at least 0 (got -1)"),
        ("vm", "hostOsCpuCores", "-1", "must be at least 0 (got -1)"),
        ("vm", "hostedCpuOverhead", "-1", "must be at least 0 (got -1)"),
        ("vm", "hostedBootFactor", "0.5", "must be at least 1 (got 0.5)"),
        ("container", "runtimeOverheadMiB", "-1", "must be at least 0 (got -1)"),
        ("container", "podOverheadMiB", "-1", "must be at least 0 (got -1)"),
        ("container", "podOverheadCpuCores", "-1", "must be at least 0 (got -1)"),
        ("container", "startSeconds", "-1", "must be at least 0 (got -1)"),
        ("container", "parallelStartsPerHost", "0", "must be at least 1 (got 0)"),
        ("container", "maxPodsPerHost", "2000000", "must be at most 1000000 (got 2000000)"),
        ("faas", "coldStartSeconds", "-1", "must be at least 0 (got -1)"),
        ("faas", "coldStartSecondsPerMiB", "-1", "must be at least 0 (got -1)"),
        ("faas", "instanceOverheadMiB", "-1", "must be at least 0 (got -1)"),
        ("faas", "keepAliveSeconds", "-1", "must be at least 0 (got -1)"),
        ("faas", "concurrencyPerInstance", "0", "must be at least 1 (got 0)"),
        ("faas", "pricePerGBSecond", "-1", "must be at least 0 (got -1)"),
        ("faas", "pricePerMillionRequests", "-1", "must be at least 0 (got -1)"),
        ("faas", "parallelStartsPerHost", "0", "must be at least 1 (got 0)"),
        ("workload", "cpuCores", "-1", "must be greater than 0 (got -1)"),
        ("workload", "cpuCores", "2e6", "must be at most 1000000 (got 2000000)"),
        ("workload", "memoryMiB", "1e9", "must be at most 67108864 (got 1000000000)"),
        ("workload", "replicas", "2e7", "must be at most 10000000 (got 20000000)"),
        ("workload", "updatesPerDay", "-1", "must be at least 0 (got -1)"),
        ("workload", "changedLayers", "-1", "must be at least 0 (got -1)"),
        ("workload", "requestsPerSecond", "-1", "must be at least 0 (got -1)"),
        ("workload", "peakRequestsPerSecond", "2e9", "must be at most 1000000000 (got 2000000000)"),
        ("workload", "requestSeconds", "-1", "must be greater than 0 (got -1)"),
    ]

    @Test(arguments: cases.indices)
    func outOfRange(index: Int) {
        let (section, key, value, reason) = Self.cases[index]
        let json: String
        let field: String
        if section == "workload" {
            var members = ["\"name\": \"a\"", "\"cpuCores\": 1", "\"memoryMiB\": 1"].filter { !$0.hasPrefix("\"\(key)\"") }
            members.append("\"\(key)\": \(value)")
            json = #"{"workloads": [{\#(members.joined(separator: ", "))}]}"#
            field = "workloads[0].\(key)"
        } else {
            json = #"{"\#(section)": {"\#(key)": \#(value)}, "workloads": []}"#
            field = "\(section).\(key)"
        }
        #expect(PlannerFixture.message(json) == "\(field): \(reason)")
    }

    @Test func everyNumericKeyOfTheFormatIsCovered() {
        let covered = Set(Self.cases.map { "\($0.0).\($0.1)" })
        let keys = [
            "host.cpuCores", "host.memoryGiB", "host.nicGbps", "host.costPerHour", "host.reservedCpuCores",
            "host.reservedMemoryGiB", "host.cpuOvercommit", "host.memoryOvercommit", "host.targetUtilization",
            "host.failoverHosts", "registry.egressGbps", "vm.guestOsMemoryMiB", "vm.overheadMiB", "vm.overheadFraction",
            "vm.overheadPerVcpuMiB", "vm.cpuOverhead", "vm.osImageMiB", "vm.bootSeconds", "vm.parallelBootsPerHost",
            "vm.hostOsMemoryMiB", "vm.hostOsCpuCores", "vm.hostedCpuOverhead", "vm.hostedBootFactor",
            "container.runtimeOverheadMiB", "container.podOverheadMiB", "container.podOverheadCpuCores",
            "container.startSeconds", "container.parallelStartsPerHost", "container.maxPodsPerHost",
            "faas.coldStartSeconds", "faas.coldStartSecondsPerMiB", "faas.instanceOverheadMiB", "faas.keepAliveSeconds",
            "faas.concurrencyPerInstance", "faas.pricePerGBSecond", "faas.pricePerMillionRequests",
            "faas.parallelStartsPerHost", "workload.cpuCores", "workload.memoryMiB", "workload.replicas",
            "workload.updatesPerDay", "workload.changedLayers", "workload.requestsPerSecond",
            "workload.peakRequestsPerSecond", "workload.requestSeconds",
        ]
        #expect(Set(keys).subtracting(covered).isEmpty, "not covered: \(Set(keys).subtracting(covered).sorted())")
    }
}
