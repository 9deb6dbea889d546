import PlannerCore

/// The columns of the workloads table, each editable in place.
public enum WorkloadColumn: Int, Sendable, Equatable, CaseIterable {
    case name
    case model
    case cpu
    case memory
    case replicas
    case requestsPerSecond
    case stateful
    case pod
    case image

    /// The header the table shows.
    public var title: String {
        switch self {
        case .name: return "name"
        case .model: return "model"
        case .cpu: return "cpu"
        case .memory: return "memory"
        case .replicas: return "repl"
        case .requestsPerSecond: return "req/s"
        case .stateful: return "state"
        case .pod: return "pod"
        case .image: return "image"
        }
    }

    /// The field path of the value, for messages (`workloads[3].memoryMiB`).
    public func field(row: Int) -> String {
        let name: String
        switch self {
        case .name: name = "name"
        case .model: name = "model"
        case .cpu: name = "cpuCores"
        case .memory: name = "memoryMiB"
        case .replicas: name = "replicas"
        case .requestsPerSecond: name = "requestsPerSecond"
        case .stateful: name = "stateful"
        case .pod: name = "pod"
        case .image: name = "layers"
        }
        return "workloads[\(row)].\(name)"
    }

    /// Values edited as numbers (stepped by `+`/`-`).
    public var isNumeric: Bool {
        switch self {
        case .cpu, .memory, .replicas, .requestsPerSecond, .image: return true
        case .name, .model, .stateful, .pod: return false
        }
    }

    /// The cell's text in the table.
    public func display(_ w: Workload) -> String {
        switch self {
        case .name: return w.name
        case .model: return w.model.rawValue
        case .cpu: return QuantityUnit.exact(w.cpuCores)
        case .memory: return Readable.mib(w.memoryMiB)
        case .replicas: return Readable.count(w.replicas)
        case .requestsPerSecond: return w.requestsPerSecond.map(Readable.quantity) ?? "-"
        case .stateful: return w.stateful ? "yes" : "-"
        case .pod: return w.pod ?? "-"
        case .image: return w.layers.isEmpty ? "-" : Readable.mib(w.imageMiB)
        }
    }

    /// The exact value to start an edit from.
    public func editText(_ w: Workload) -> String {
        switch self {
        case .name: return w.name
        case .model: return w.model.rawValue
        case .cpu: return QuantityUnit.exact(w.cpuCores)
        case .memory: return QuantityUnit.mib.exactText(w.memoryMiB)
        case .replicas: return String(w.replicas)
        case .requestsPerSecond: return w.requestsPerSecond.map(QuantityUnit.exact) ?? ""
        case .stateful: return w.stateful ? "yes" : "no"
        case .pod: return w.pod ?? ""
        case .image: return QuantityUnit.mib.exactText(w.imageMiB)
        }
    }

    /// What `+` and `-` add or take away, given the current value.
    public func step(for w: Workload) -> Double {
        switch self {
        case .cpu: return w.cpuCores < 1 ? 0.1 : w.cpuCores < 8 ? 0.5 : 1
        case .memory: return w.memoryMiB < 1024 ? 64 : w.memoryMiB < 16384 ? 512 : 4096
        case .replicas: return 1
        case .requestsPerSecond:
            let rate = w.requestsPerSecond ?? 0
            return rate < 100 ? 10 : rate < 1000 ? 100 : 1000
        case .image: return w.imageMiB < 100 ? 10 : w.imageMiB < 1000 ? 50 : 500
        case .name, .model, .stateful, .pod: return 0
        }
    }
}
