import Foundation

/// Writes a scenario as a `vplan.scenario/v1` document: every field explicit (defaults included),
/// sorted keys, fixed number format. Reading it back gives the same scenario.
public enum ScenarioDocument {
    public static func json(_ scenario: Scenario) -> Data {
        var out: [UInt8] = []
        value(scenario).write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    public static func value(_ s: Scenario) -> JSONValue {
        .object([
            ("schema", .string(Scenario.schemaIdentifier)),
            ("name", .string(s.name)),
            ("notes", .array(s.notes.map { .string($0) })),
            ("host", .object([
                ("cpuCores", .number(s.host.cpuCores)), ("memoryGiB", .number(s.host.memoryGiB)),
                ("nicGbps", .number(s.host.nicGbps)), ("costPerHour", .number(s.host.costPerHour)),
                ("reservedCpuCores", .number(s.host.reservedCpuCores)),
                ("reservedMemoryGiB", .number(s.host.reservedMemoryGiB)),
                ("cpuOvercommit", .number(s.host.cpuOvercommit)), ("memoryOvercommit", .number(s.host.memoryOvercommit)),
                ("targetUtilization", .number(s.host.targetUtilization)), ("failoverHosts", .integer(s.host.failoverHosts)),
            ])),
            ("registry", .object([("egressGbps", .number(s.registry.egressGbps))])),
            ("vm", .object([
                ("hypervisor", .string(s.vm.hypervisor.rawValue)), ("guestOsMemoryMiB", .number(s.vm.guestOsMemoryMiB)),
                ("overheadMiB", .number(s.vm.overheadMiB)), ("overheadFraction", .number(s.vm.overheadFraction)),
                ("overheadPerVcpuMiB", .number(s.vm.overheadPerVcpuMiB)), ("cpuOverhead", .number(s.vm.cpuOverhead)),
                ("osImageMiB", .number(s.vm.osImageMiB)), ("imageCachedPerHost", .bool(s.vm.imageCachedPerHost)),
                ("bootSeconds", .number(s.vm.bootSeconds)), ("parallelBootsPerHost", .integer(s.vm.parallelBootsPerHost)),
                ("hostOsMemoryMiB", .number(s.vm.hostOsMemoryMiB)), ("hostOsCpuCores", .number(s.vm.hostOsCpuCores)),
                ("hostedCpuOverhead", .number(s.vm.hostedCpuOverhead)), ("hostedBootFactor", .number(s.vm.hostedBootFactor)),
            ])),
            ("container", .object([
                ("runtimeOverheadMiB", .number(s.container.runtimeOverheadMiB)),
                ("podOverheadMiB", .number(s.container.podOverheadMiB)),
                ("podOverheadCpuCores", .number(s.container.podOverheadCpuCores)),
                ("startSeconds", .number(s.container.startSeconds)),
                ("parallelStartsPerHost", .integer(s.container.parallelStartsPerHost)),
                ("maxPodsPerHost", .integer(s.container.maxPodsPerHost)),
            ])),
            ("faas", .object([
                ("coldStartSeconds", .number(s.faas.coldStartSeconds)),
                ("coldStartSecondsPerMiB", .number(s.faas.coldStartSecondsPerMiB)),
                ("instanceOverheadMiB", .number(s.faas.instanceOverheadMiB)),
                ("keepAliveSeconds", .number(s.faas.keepAliveSeconds)),
                ("concurrencyPerInstance", .integer(s.faas.concurrencyPerInstance)),
                ("pricePerGBSecond", .number(s.faas.pricePerGBSecond)),
                ("pricePerMillionRequests", .number(s.faas.pricePerMillionRequests)),
                ("parallelStartsPerHost", .integer(s.faas.parallelStartsPerHost)),
            ])),
            ("workloads", .array(s.workloads.map(workload))),
        ])
    }

    static func workload(_ w: Workload) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(w.name)), ("cpuCores", .number(w.cpuCores)), ("memoryMiB", .number(w.memoryMiB)),
            ("replicas", .integer(w.replicas)), ("stateful", .bool(w.stateful)), ("model", .string(w.model.rawValue)),
            ("layers", .array(w.layers.map { .object([("id", .string($0.id)), ("sizeMiB", .number($0.sizeMiB))]) })),
            ("updatesPerDay", .number(w.updatesPerDay)), ("changedLayers", .integer(w.changedLayers)),
        ]
        if let pod = w.pod { members.append(("pod", .string(pod))) }
        if let rate = w.requestsPerSecond { members.append(("requestsPerSecond", .number(rate))) }
        if let peak = w.peakRequestsPerSecond { members.append(("peakRequestsPerSecond", .number(peak))) }
        if let seconds = w.requestSeconds { members.append(("requestSeconds", .number(seconds))) }
        return .object(members)
    }
}
