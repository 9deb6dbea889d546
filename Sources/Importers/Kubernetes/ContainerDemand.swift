import PlannerCore

/// The CPU and memory one container asks for, read as Kubernetes does: `resources.requests`, and
/// for a resource with no request its limit (the API server copies a limit into a missing request).
/// A resource with neither, or a zero one, gets the importer's default and a warning.
struct ContainerDemand: Equatable {
    /// Millicores, rounded up to a whole millicore (Kubernetes' `MilliValue()`).
    var cpuMillicores: Double
    /// Bytes, rounded up to a whole byte (Kubernetes' `Value()`).
    var memoryBytes: Double
    /// Which values were defaulted ("CPU", "memory") for the warning.
    var defaulted: [String] = []
    /// Of those, the ones given as zero rather than left out.
    var zero: Set<String> = []
    /// Whole GPUs: the device plugins' extended resources (`nvidia.com/gpu`, `amd.com/gpu`), whose
    /// request must equal the limit, so either is read.
    var gpus: Int = 0
    /// Local ephemeral storage, bytes rounded up (`ephemeral-storage`: its request, else its
    /// limit); 0 when neither is given (Kubernetes then schedules the container as needing none).
    var diskBytes: Double = 0
    /// Other resources requested (`hugepages-2Mi`, other devices), which vplan does not plan.
    var unplanned: [String] = []

    /// The extended resources that are whole GPUs (`workloads[].gpus`).
    static let gpuResources = ["nvidia.com/gpu", "amd.com/gpu"]

    var cpuCores: Double { cpuMillicores / 1000 }
    var memoryMiB: Double { memoryBytes / 1_048_576 }
    var diskGiB: Double { diskBytes / 1_073_741_824 }

    /// Reads a container's `resources`; `defaults` fills what is missing. A `planned` container
    /// (not an init container) becomes a workload, so its memory must be at least vplan's smallest,
    /// one KiB: `memory: 512` is 512 bytes, an error naming the field rather than the workload.
    static func read(
        _ container: DocumentNode, defaults: KubernetesDefaults, planned: Bool = true
    ) throws(ScenarioError) -> ContainerDemand {
        let resources = try container.mapping("resources")
        let requests = try resources?.mapping("requests")
        let limits = try resources?.mapping("limits")
        var demand = ContainerDemand(cpuMillicores: 0, memoryBytes: 0)
        var others: [String] = []
        for owner in [requests, limits].compactMap({ $0 }) {
            for (key, _) in owner.members() where !["cpu", "memory", "ephemeral-storage"].contains(key) && !others.contains(key) {
                others.append(key)
            }
        }
        demand.unplanned = others.filter { !gpuResources.contains($0) }
        demand.gpus = try gpuCount(requests: requests, limits: limits)
        demand.diskBytes =
            try quantity("ephemeral-storage", requests: requests, limits: limits, planned: planned)?.wholeUnits ?? 0
        let cpu = try quantity("cpu", requests: requests, limits: limits, planned: planned)
        if let cpu, cpu.milliUnits > 0 {
            demand.cpuMillicores = cpu.milliUnits
        } else {
            demand.cpuMillicores = (defaults.cpuCores * 1000).rounded(.up)
            demand.defaulted.append("CPU")
            if cpu != nil { demand.zero.insert("CPU") }
        }
        let memory = try quantity("memory", requests: requests, limits: limits, planned: planned)
        if let memory, memory.wholeUnits > 0 {
            demand.memoryBytes = memory.wholeUnits
        } else {
            demand.memoryBytes = (defaults.memoryMiB * 1_048_576).rounded(.up)
            demand.defaulted.append("memory")
            if memory != nil { demand.zero.insert("memory") }
        }
        return demand
    }

    /// The GPUs requested, summed over the GPU resources: a whole, non-negative count of at most
    /// `Limits.maximumGPUs` (device plugins allocate whole devices), an error at its field otherwise.
    private static func gpuCount(requests: DocumentNode?, limits: DocumentNode?) throws(ScenarioError) -> Int {
        var total = 0
        for name in gpuResources {
            for owner in [requests, limits].compactMap({ $0 }) {
                guard let text = try owner.scalar(name) else { continue }
                let field = owner.member(name)!
                guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count >= 0, count <= Limits.maximumGPUs
                else {
                    throw field.error("must be a whole number of GPUs from 0 to \(Limits.maximumGPUs) (got \"\(text)\")")
                }
                total += count
                break
            }
        }
        return min(total, Limits.maximumGPUs)
    }

    /// The request of `name`, else its limit; nil when neither is given. Memory of a `planned`
    /// container below one KiB (vplan's smallest) is an error at its field.
    private static func quantity(
        _ name: String, requests: DocumentNode?, limits: DocumentNode?, planned: Bool
    ) throws(ScenarioError) -> KubernetesQuantity? {
        for owner in [requests, limits].compactMap({ $0 }) {
            guard let text = try owner.scalar(name) else { continue }
            let field = owner.member(name)!
            let quantity: KubernetesQuantity
            do {
                quantity = try KubernetesQuantity.parse(text)
            } catch {
                throw field.error("invalid quantity \"\(text)\"")
            }
            if quantity.negative && quantity.value != 0 { throw field.error("must not be negative (got \"\(text)\")") }
            let (maximum, limit) = Self.maximum(of: name)
            guard quantity.value.isFinite, quantity.value <= maximum else {
                throw field.error("\"\(text)\" is more than vplan's limit of \(limit) per instance")
            }
            let bytes = quantity.wholeUnits
            if planned, name == "memory", bytes > 0, bytes < Limits.minimumMemoryMiB * 1_048_576 {
                let plain = text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                let hint = plain ? " (a plain number is bytes: did you mean \"\(text)Mi\"?)" : ""
                throw field.error(
                    "\"\(text)\" is \(Int(bytes)) byte\(bytes == 1 ? "" : "s"), less than vplan's minimum of 1 KiB per instance\(hint)"
                )
            }
            return quantity
        }
        return nil
    }

    /// The most one instance may ask for of `name` (cores for CPU, bytes otherwise), and as text.
    private static func maximum(of name: String) -> (value: Double, text: String) {
        switch name {
        case "cpu": return (Limits.maximumWorkloadCores, "\(Format.cores(Limits.maximumWorkloadCores)) cores")
        case "ephemeral-storage": return (Limits.maximumDiskGiB * 1_073_741_824, "\(Format.mib(Limits.maximumDiskGiB)) GiB")
        default: return (Limits.maximumWorkloadMemoryMiB * 1_048_576, "\(Format.mib(Limits.maximumWorkloadMemoryMiB)) MiB")
        }
    }
}
