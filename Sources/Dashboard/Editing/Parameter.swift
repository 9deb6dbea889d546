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

    /// The numeric value (counts as Double, toggles as 0 or 1); nil for text and the hypervisor.
    public func number(in s: Scenario) -> Double? {
        switch self {
        case .name, .vmHypervisor: return nil
        case .vmImageCachedPerHost: return s.vm.imageCachedPerHost ? 1 : 0
        case .hostCpuCores: return s.host.cpuCores
        case .hostMemoryGiB: return s.host.memoryGiB
        case .hostNicGbps: return s.host.nicGbps
        case .hostCostPerHour: return s.host.costPerHour
        case .hostReservedCpuCores: return s.host.reservedCpuCores
        case .hostReservedMemoryGiB: return s.host.reservedMemoryGiB
        case .hostCpuOvercommit: return s.host.cpuOvercommit
        case .hostMemoryOvercommit: return s.host.memoryOvercommit
        case .hostTargetUtilization: return s.host.targetUtilization
        case .hostFailoverHosts: return Double(s.host.failoverHosts)
        case .registryEgressGbps: return s.registry.egressGbps
        case .vmGuestOsMemoryMiB: return s.vm.guestOsMemoryMiB
        case .vmOverheadMiB: return s.vm.overheadMiB
        case .vmOverheadFraction: return s.vm.overheadFraction
        case .vmOverheadPerVcpuMiB: return s.vm.overheadPerVcpuMiB
        case .vmCpuOverhead: return s.vm.cpuOverhead
        case .vmOsImageMiB: return s.vm.osImageMiB
        case .vmBootSeconds: return s.vm.bootSeconds
        case .vmParallelBootsPerHost: return Double(s.vm.parallelBootsPerHost)
        case .vmHostOsMemoryMiB: return s.vm.hostOsMemoryMiB
        case .vmHostOsCpuCores: return s.vm.hostOsCpuCores
        case .vmHostedCpuOverhead: return s.vm.hostedCpuOverhead
        case .vmHostedBootFactor: return s.vm.hostedBootFactor
        case .containerRuntimeOverheadMiB: return s.container.runtimeOverheadMiB
        case .containerPodOverheadMiB: return s.container.podOverheadMiB
        case .containerPodOverheadCpuCores: return s.container.podOverheadCpuCores
        case .containerStartSeconds: return s.container.startSeconds
        case .containerParallelStartsPerHost: return Double(s.container.parallelStartsPerHost)
        case .containerMaxPodsPerHost: return Double(s.container.maxPodsPerHost)
        case .faasColdStartSeconds: return s.faas.coldStartSeconds
        case .faasColdStartSecondsPerMiB: return s.faas.coldStartSecondsPerMiB
        case .faasInstanceOverheadMiB: return s.faas.instanceOverheadMiB
        case .faasKeepAliveSeconds: return s.faas.keepAliveSeconds
        case .faasConcurrencyPerInstance: return Double(s.faas.concurrencyPerInstance)
        case .faasPricePerGBSecond: return s.faas.pricePerGBSecond
        case .faasPricePerMillionRequests: return s.faas.pricePerMillionRequests
        case .faasParallelStartsPerHost: return Double(s.faas.parallelStartsPerHost)
        }
    }

    /// Sets a numeric value; counts must already be whole numbers within Int's range.
    public func setNumber(_ value: Double, in s: inout Scenario) {
        switch self {
        case .name, .vmHypervisor: return
        case .vmImageCachedPerHost: s.vm.imageCachedPerHost = value != 0
        case .hostCpuCores: s.host.cpuCores = value
        case .hostMemoryGiB: s.host.memoryGiB = value
        case .hostNicGbps: s.host.nicGbps = value
        case .hostCostPerHour: s.host.costPerHour = value
        case .hostReservedCpuCores: s.host.reservedCpuCores = value
        case .hostReservedMemoryGiB: s.host.reservedMemoryGiB = value
        case .hostCpuOvercommit: s.host.cpuOvercommit = value
        case .hostMemoryOvercommit: s.host.memoryOvercommit = value
        case .hostTargetUtilization: s.host.targetUtilization = value
        case .hostFailoverHosts: s.host.failoverHosts = Int(value)
        case .registryEgressGbps: s.registry.egressGbps = value
        case .vmGuestOsMemoryMiB: s.vm.guestOsMemoryMiB = value
        case .vmOverheadMiB: s.vm.overheadMiB = value
        case .vmOverheadFraction: s.vm.overheadFraction = value
        case .vmOverheadPerVcpuMiB: s.vm.overheadPerVcpuMiB = value
        case .vmCpuOverhead: s.vm.cpuOverhead = value
        case .vmOsImageMiB: s.vm.osImageMiB = value
        case .vmBootSeconds: s.vm.bootSeconds = value
        case .vmParallelBootsPerHost: s.vm.parallelBootsPerHost = Int(value)
        case .vmHostOsMemoryMiB: s.vm.hostOsMemoryMiB = value
        case .vmHostOsCpuCores: s.vm.hostOsCpuCores = value
        case .vmHostedCpuOverhead: s.vm.hostedCpuOverhead = value
        case .vmHostedBootFactor: s.vm.hostedBootFactor = value
        case .containerRuntimeOverheadMiB: s.container.runtimeOverheadMiB = value
        case .containerPodOverheadMiB: s.container.podOverheadMiB = value
        case .containerPodOverheadCpuCores: s.container.podOverheadCpuCores = value
        case .containerStartSeconds: s.container.startSeconds = value
        case .containerParallelStartsPerHost: s.container.parallelStartsPerHost = Int(value)
        case .containerMaxPodsPerHost: s.container.maxPodsPerHost = Int(value)
        case .faasColdStartSeconds: s.faas.coldStartSeconds = value
        case .faasColdStartSecondsPerMiB: s.faas.coldStartSecondsPerMiB = value
        case .faasInstanceOverheadMiB: s.faas.instanceOverheadMiB = value
        case .faasKeepAliveSeconds: s.faas.keepAliveSeconds = value
        case .faasConcurrencyPerInstance: s.faas.concurrencyPerInstance = Int(value)
        case .faasPricePerGBSecond: s.faas.pricePerGBSecond = value
        case .faasPricePerMillionRequests: s.faas.pricePerMillionRequests = value
        case .faasParallelStartsPerHost: s.faas.parallelStartsPerHost = Int(value)
        }
    }
}
