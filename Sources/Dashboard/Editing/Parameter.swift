import PlannerCore

/// Every host, registry and model parameter the parameter pane lists and edits, in the order shown.
/// The raw value is the field path the validator uses, so its messages match the row.
public enum Parameter: String, Sendable, Equatable, CaseIterable {
    case name = "name"
    case hostCpuCores = "host.cpuCores"
    case hostMemoryGiB = "host.memoryGiB"
    case hostNicGbps = "host.nicGbps"
    case hostCostPerHour = "host.costPerHour"
    case hostReservedCpuCores = "host.reservedCpuCores"
    case hostReservedMemoryGiB = "host.reservedMemoryGiB"
    case hostCpuOvercommit = "host.cpuOvercommit"
    case hostMemoryOvercommit = "host.memoryOvercommit"
    case hostTargetUtilization = "host.targetUtilization"
    case hostFailoverHosts = "host.failoverHosts"
    case registryEgressGbps = "registry.egressGbps"
    case vmHypervisor = "vm.hypervisor"
    case vmGuestOsMemoryMiB = "vm.guestOsMemoryMiB"
    case vmOverheadMiB = "vm.overheadMiB"
    case vmOverheadFraction = "vm.overheadFraction"
    case vmOverheadPerVcpuMiB = "vm.overheadPerVcpuMiB"
    case vmCpuOverhead = "vm.cpuOverhead"
    case vmOsImageMiB = "vm.osImageMiB"
    case vmImageCachedPerHost = "vm.imageCachedPerHost"
    case vmBootSeconds = "vm.bootSeconds"
    case vmParallelBootsPerHost = "vm.parallelBootsPerHost"
    case vmHostOsMemoryMiB = "vm.hostOsMemoryMiB"
    case vmHostOsCpuCores = "vm.hostOsCpuCores"
    case vmHostedCpuOverhead = "vm.hostedCpuOverhead"
    case vmHostedBootFactor = "vm.hostedBootFactor"
    case containerRuntimeOverheadMiB = "container.runtimeOverheadMiB"
    case containerPodOverheadMiB = "container.podOverheadMiB"
    case containerPodOverheadCpuCores = "container.podOverheadCpuCores"
    case containerStartSeconds = "container.startSeconds"
    case containerParallelStartsPerHost = "container.parallelStartsPerHost"
    case containerMaxPodsPerHost = "container.maxPodsPerHost"
    case faasColdStartSeconds = "faas.coldStartSeconds"
    case faasColdStartSecondsPerMiB = "faas.coldStartSecondsPerMiB"
    case faasInstanceOverheadMiB = "faas.instanceOverheadMiB"
    case faasKeepAliveSeconds = "faas.keepAliveSeconds"
    case faasConcurrencyPerInstance = "faas.concurrencyPerInstance"
    case faasPricePerGBSecond = "faas.pricePerGBSecond"
    case faasPricePerMillionRequests = "faas.pricePerMillionRequests"
    case faasParallelStartsPerHost = "faas.parallelStartsPerHost"

    /// What kind of value it holds.
    public enum Kind: Sendable, Equatable {
        case text
        case real(QuantityUnit)
        case count
        case toggle
        case hypervisor
    }

    /// The heading it is listed under.
    public var group: String {
        switch self {
        case .name: return "Scenario"
        case .hostCpuCores, .hostMemoryGiB, .hostNicGbps, .hostCostPerHour, .hostReservedCpuCores, .hostReservedMemoryGiB, .hostCpuOvercommit, .hostMemoryOvercommit, .hostTargetUtilization, .hostFailoverHosts: return "Host"
        case .registryEgressGbps: return "Registry"
        case .vmHypervisor, .vmGuestOsMemoryMiB, .vmOverheadMiB, .vmOverheadFraction, .vmOverheadPerVcpuMiB, .vmCpuOverhead, .vmOsImageMiB, .vmImageCachedPerHost, .vmBootSeconds, .vmParallelBootsPerHost, .vmHostOsMemoryMiB, .vmHostOsCpuCores, .vmHostedCpuOverhead, .vmHostedBootFactor: return "VM"
        case .containerRuntimeOverheadMiB, .containerPodOverheadMiB, .containerPodOverheadCpuCores, .containerStartSeconds, .containerParallelStartsPerHost, .containerMaxPodsPerHost: return "Container"
        case .faasColdStartSeconds, .faasColdStartSecondsPerMiB, .faasInstanceOverheadMiB, .faasKeepAliveSeconds, .faasConcurrencyPerInstance, .faasPricePerGBSecond, .faasPricePerMillionRequests, .faasParallelStartsPerHost: return "FaaS"
        }
    }

    /// Its name in the pane.
    public var label: String {
        switch self {
        case .name: return "name"
        case .hostCpuCores: return "cores"
        case .hostMemoryGiB: return "memory"
        case .hostNicGbps: return "NIC"
        case .hostCostPerHour: return "cost per hour"
        case .hostReservedCpuCores: return "reserved cores"
        case .hostReservedMemoryGiB: return "reserved memory"
        case .hostCpuOvercommit: return "CPU overcommit"
        case .hostMemoryOvercommit: return "memory overcommit"
        case .hostTargetUtilization: return "target utilization"
        case .hostFailoverHosts: return "failover spares"
        case .registryEgressGbps: return "egress"
        case .vmHypervisor: return "hypervisor"
        case .vmGuestOsMemoryMiB: return "guest OS memory"
        case .vmOverheadMiB: return "overhead per VM"
        case .vmOverheadFraction: return "overhead of memory"
        case .vmOverheadPerVcpuMiB: return "overhead per vCPU"
        case .vmCpuOverhead: return "CPU overhead"
        case .vmOsImageMiB: return "OS image"
        case .vmImageCachedPerHost: return "image cached per host"
        case .vmBootSeconds: return "boot time"
        case .vmParallelBootsPerHost: return "parallel boots/host"
        case .vmHostOsMemoryMiB: return "type-2 host OS memory"
        case .vmHostOsCpuCores: return "type-2 host OS cores"
        case .vmHostedCpuOverhead: return "type-2 CPU overhead"
        case .vmHostedBootFactor: return "type-2 boot factor"
        case .containerRuntimeOverheadMiB: return "runtime per pod"
        case .containerPodOverheadMiB: return "pod sandbox memory"
        case .containerPodOverheadCpuCores: return "pod sandbox cores"
        case .containerStartSeconds: return "start time"
        case .containerParallelStartsPerHost: return "parallel starts/host"
        case .containerMaxPodsPerHost: return "max pods per host"
        case .faasColdStartSeconds: return "cold start"
        case .faasColdStartSecondsPerMiB: return "cold start per MiB"
        case .faasInstanceOverheadMiB: return "runtime per instance"
        case .faasKeepAliveSeconds: return "keep-alive"
        case .faasConcurrencyPerInstance: return "requests per instance"
        case .faasPricePerGBSecond: return "price per GB-second"
        case .faasPricePerMillionRequests: return "price per M requests"
        case .faasParallelStartsPerHost: return "parallel starts/host"
        }
    }

    public var kind: Kind {
        switch self {
        case .name: return .text
        case .hostCpuCores, .hostReservedCpuCores, .vmHostOsCpuCores, .containerPodOverheadCpuCores: return .real(.cores)
        case .hostMemoryGiB, .hostReservedMemoryGiB: return .real(.gib)
        case .hostNicGbps, .registryEgressGbps: return .real(.gbps)
        case .hostCostPerHour, .faasPricePerGBSecond, .faasPricePerMillionRequests: return .real(.money)
        case .hostCpuOvercommit, .hostMemoryOvercommit, .vmHostedBootFactor: return .real(.factor)
        case .hostTargetUtilization, .vmOverheadFraction, .vmCpuOverhead, .vmHostedCpuOverhead: return .real(.fraction)
        case .hostFailoverHosts, .vmParallelBootsPerHost, .containerParallelStartsPerHost, .containerMaxPodsPerHost, .faasConcurrencyPerInstance, .faasParallelStartsPerHost: return .count
        case .vmHypervisor: return .hypervisor
        case .vmGuestOsMemoryMiB, .vmOverheadMiB, .vmOverheadPerVcpuMiB, .vmOsImageMiB, .vmHostOsMemoryMiB, .containerRuntimeOverheadMiB, .containerPodOverheadMiB, .faasInstanceOverheadMiB: return .real(.mib)
        case .vmImageCachedPerHost: return .toggle
        case .vmBootSeconds, .containerStartSeconds, .faasColdStartSeconds, .faasColdStartSecondsPerMiB, .faasKeepAliveSeconds: return .real(.seconds)
        }
    }

    /// What `+` and `-` add or take away (0 for values that toggle or cycle instead).
    public var step: Double {
        switch self {
        case .name, .vmHypervisor, .vmImageCachedPerHost: return 0
        case .hostCpuCores, .containerPodOverheadMiB: return 8
        case .hostMemoryGiB, .vmGuestOsMemoryMiB: return 64
        case .hostNicGbps, .vmBootSeconds: return 5
        case .hostCostPerHour, .hostMemoryOvercommit, .vmHostedBootFactor: return 0.1
        case .hostReservedCpuCores, .hostCpuOvercommit, .vmHostOsCpuCores: return 0.5
        case .hostReservedMemoryGiB, .hostFailoverHosts, .registryEgressGbps, .vmOverheadPerVcpuMiB, .vmParallelBootsPerHost, .containerRuntimeOverheadMiB, .containerParallelStartsPerHost, .faasInstanceOverheadMiB, .faasConcurrencyPerInstance, .faasParallelStartsPerHost: return 1
        case .hostTargetUtilization, .containerPodOverheadCpuCores, .containerStartSeconds, .faasColdStartSeconds, .faasPricePerMillionRequests: return 0.05
        case .vmOverheadMiB: return 16
        case .vmOverheadFraction: return 0.001
        case .vmCpuOverhead, .vmHostedCpuOverhead: return 0.01
        case .vmOsImageMiB, .vmHostOsMemoryMiB: return 256
        case .containerMaxPodsPerHost: return 10
        case .faasColdStartSecondsPerMiB: return 0.0001
        case .faasKeepAliveSeconds: return 60
        case .faasPricePerGBSecond: return 0.000001
        }
    }

    /// Where a numeric parameter lives in the scenario, and how it is stored.
    enum Field {
        case real(WritableKeyPath<Scenario, Double>)
        case count(WritableKeyPath<Scenario, Int>)
        case toggle(WritableKeyPath<Scenario, Bool>)
    }

    /// The parameter's field; nil for text and the hypervisor.
    var field: Field? {
        switch self {
        case .name, .vmHypervisor: nil
        case .vmImageCachedPerHost: .toggle(\Scenario.vm.imageCachedPerHost)
        case .hostCpuCores: .real(\Scenario.host.cpuCores)
        case .hostMemoryGiB: .real(\Scenario.host.memoryGiB)
        case .hostNicGbps: .real(\Scenario.host.nicGbps)
        case .hostCostPerHour: .real(\Scenario.host.costPerHour)
        case .hostReservedCpuCores: .real(\Scenario.host.reservedCpuCores)
        case .hostReservedMemoryGiB: .real(\Scenario.host.reservedMemoryGiB)
        case .hostCpuOvercommit: .real(\Scenario.host.cpuOvercommit)
        case .hostMemoryOvercommit: .real(\Scenario.host.memoryOvercommit)
        case .hostTargetUtilization: .real(\Scenario.host.targetUtilization)
        case .hostFailoverHosts: .count(\Scenario.host.failoverHosts)
        case .registryEgressGbps: .real(\Scenario.registry.egressGbps)
        case .vmGuestOsMemoryMiB: .real(\Scenario.vm.guestOsMemoryMiB)
        case .vmOverheadMiB: .real(\Scenario.vm.overheadMiB)
        case .vmOverheadFraction: .real(\Scenario.vm.overheadFraction)
        case .vmOverheadPerVcpuMiB: .real(\Scenario.vm.overheadPerVcpuMiB)
        case .vmCpuOverhead: .real(\Scenario.vm.cpuOverhead)
        case .vmOsImageMiB: .real(\Scenario.vm.osImageMiB)
        case .vmBootSeconds: .real(\Scenario.vm.bootSeconds)
        case .vmParallelBootsPerHost: .count(\Scenario.vm.parallelBootsPerHost)
        case .vmHostOsMemoryMiB: .real(\Scenario.vm.hostOsMemoryMiB)
        case .vmHostOsCpuCores: .real(\Scenario.vm.hostOsCpuCores)
        case .vmHostedCpuOverhead: .real(\Scenario.vm.hostedCpuOverhead)
        case .vmHostedBootFactor: .real(\Scenario.vm.hostedBootFactor)
        case .containerRuntimeOverheadMiB: .real(\Scenario.container.runtimeOverheadMiB)
        case .containerPodOverheadMiB: .real(\Scenario.container.podOverheadMiB)
        case .containerPodOverheadCpuCores: .real(\Scenario.container.podOverheadCpuCores)
        case .containerStartSeconds: .real(\Scenario.container.startSeconds)
        case .containerParallelStartsPerHost: .count(\Scenario.container.parallelStartsPerHost)
        case .containerMaxPodsPerHost: .count(\Scenario.container.maxPodsPerHost)
        case .faasColdStartSeconds: .real(\Scenario.faas.coldStartSeconds)
        case .faasColdStartSecondsPerMiB: .real(\Scenario.faas.coldStartSecondsPerMiB)
        case .faasInstanceOverheadMiB: .real(\Scenario.faas.instanceOverheadMiB)
        case .faasKeepAliveSeconds: .real(\Scenario.faas.keepAliveSeconds)
        case .faasConcurrencyPerInstance: .count(\Scenario.faas.concurrencyPerInstance)
        case .faasPricePerGBSecond: .real(\Scenario.faas.pricePerGBSecond)
        case .faasPricePerMillionRequests: .real(\Scenario.faas.pricePerMillionRequests)
        case .faasParallelStartsPerHost: .count(\Scenario.faas.parallelStartsPerHost)
        }
    }

    /// The numeric value (counts as Double, toggles as 0 or 1); nil for text and the hypervisor.
    public func number(in s: Scenario) -> Double? {
        switch field {
        case .real(let path): s[keyPath: path]
        case .count(let path): Double(s[keyPath: path])
        case .toggle(let path): s[keyPath: path] ? 1 : 0
        case nil: nil
        }
    }

    /// Sets a numeric value; counts must already be whole numbers within Int's range.
    public func setNumber(_ value: Double, in s: inout Scenario) {
        switch field {
        case .real(let path): s[keyPath: path] = value
        case .count(let path): s[keyPath: path] = Int(value)
        case .toggle(let path): s[keyPath: path] = value != 0
        case nil: return
        }
    }
}
