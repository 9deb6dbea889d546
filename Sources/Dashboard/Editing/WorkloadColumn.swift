import PlannerCore

/// The columns of the workloads table: every field of a workload, each editable in place (the
/// image opens the layer editor).
public enum WorkloadColumn: Int, Sendable, Equatable, CaseIterable {
    case name
    case model
    case cpu
    case memory
    case replicas
    case spread
    case requestsPerSecond
    case peakRequestsPerSecond
    case requestSeconds
    case stateful
    case pod
    case image
    case updatesPerDay
    case changedLayers
    case runtimeClass

    /// The header the table shows.
    public var title: String {
        switch self {
        case .name: return "name"
        case .model: return "model"
        case .cpu: return "cpu"
        case .memory: return "memory"
        case .replicas: return "repl"
        case .spread: return "spread"
        case .requestsPerSecond: return "req/s"
        case .peakRequestsPerSecond: return "peak/s"
        case .requestSeconds: return "req time"
        case .stateful: return "state"
        case .pod: return "pod"
        case .image: return "image"
        case .updatesPerDay: return "upd/day"
        case .changedLayers: return "chg lyr"
        case .runtimeClass: return "runtime"
        }
    }

    /// The scenario key the column edits (`memoryMiB`).
    public var key: String {
        switch self {
        case .name: return "name"
        case .model: return "model"
        case .cpu: return "cpuCores"
        case .memory: return "memoryMiB"
        case .replicas: return "replicas"
        case .spread: return "spread"
        case .requestsPerSecond: return "requestsPerSecond"
        case .peakRequestsPerSecond: return "peakRequestsPerSecond"
        case .requestSeconds: return "requestSeconds"
        case .stateful: return "stateful"
        case .pod: return "pod"
        case .image: return "layers"
        case .updatesPerDay: return "updatesPerDay"
        case .changedLayers: return "changedLayers"
        case .runtimeClass: return "runtimeClass"
        }
    }

    /// What the column means, for the `i` explanation and the help.
    public var meaning: String {
        switch self {
        case .name: return "the workload's name, unique in the scenario"
        case .model:
            return
                "the model this workload runs as in the mixed plan only; the vm, container and faas plans run every workload their way"
        case .cpu: return "CPU one instance requests, in cores (0.25 = 250m)"
        case .memory: return "memory one instance requests"
        case .replicas: return "instances when run as VMs or containers (a pod's members share it)"
        case .spread:
            return
                "how the replicas spread over hosts or zones: host≤1 keeps hosts at most 1 replica apart (required), host~1 prefers it (soft); host~3 is the default for 2 or more replicas, - none; ≠N: never on a host with the N workloads its antiAffinity names (its own name: one replica per host). Type \(SpreadText.forms); a pod's members share it"
        case .requestsPerSecond: return "average requests per second: the FaaS bill and cold starts; - means no traffic given"
        case .peakRequestsPerSecond: return "peak requests per second: function concurrency (Little's law); - means the average"
        case .requestSeconds: return "seconds one request keeps an instance busy"
        case .stateful: return "keeps data between requests: never run as a function"
        case .pod: return "workloads naming the same pod run together, one pod per replica, on one host"
        case .image: return "the image's layers (Enter opens the layer editor: add, remove, rename, resize)"
        case .updatesPerDay: return "image updates shipped per day (update transfer)"
        case .changedLayers: return "how many of the top layers an update changes"
        case .runtimeClass: return "the RuntimeClass its pod runs under (its pod overhead: container.runtimeClasses); - for none"
        }
    }

    /// The field path of the value, for messages (`workloads[3].memoryMiB`).
    public func field(row: Int) -> String { "workloads[\(row)].\(key)" }

    /// Values edited as numbers (stepped by `+`/`-`).
    public var isNumeric: Bool {
        switch self {
        case .cpu, .memory, .replicas, .requestsPerSecond, .peakRequestsPerSecond, .requestSeconds, .image, .updatesPerDay,
            .changedLayers:
            return true
        case .name, .model, .spread, .stateful, .pod, .runtimeClass: return false
        }
    }

    /// The column's number for a workload (sorting and stepping); nil for text and missing values.
    public func number(_ w: Workload) -> Double? {
        switch self {
        case .cpu: return w.cpuCores
        case .memory: return w.memoryMiB
        case .replicas: return Double(w.replicas)
        case .requestsPerSecond: return w.requestsPerSecond
        case .peakRequestsPerSecond: return w.peakRequestsPerSecond
        case .requestSeconds: return w.requestSeconds
        case .image: return w.imageMiB
        case .updatesPerDay: return w.updatesPerDay
        case .changedLayers: return Double(w.changedLayers)
        case .stateful: return w.stateful ? 1 : 0
        case .name, .model, .spread, .pod, .runtimeClass: return nil
        }
    }

    /// -1, 0 or 1: how `a` and `b` order by this column (missing values first).
    public func compare(_ a: Workload, _ b: Workload) -> Int {
        if isNumeric || self == .stateful {
            let x = number(a) ?? -.infinity
            let y = number(b) ?? -.infinity
            return x < y ? -1 : x > y ? 1 : 0
        }
        let x = display(a).lowercased()
        let y = display(b).lowercased()
        return x < y ? -1 : x > y ? 1 : 0
    }

    /// The cell's text in the table.
    public func display(_ w: Workload) -> String {
        switch self {
        case .name: return w.name
        case .model: return w.model.rawValue
        case .cpu: return QuantityUnit.exact(w.cpuCores)
        case .memory: return Readable.mib(w.memoryMiB)
        case .replicas: return Readable.count(w.replicas)
        case .spread: return SpreadText.display(w)
        case .requestsPerSecond: return w.requestsPerSecond.map(Readable.quantity) ?? "-"
        case .peakRequestsPerSecond: return w.peakRequestsPerSecond.map(Readable.quantity) ?? "-"
        case .requestSeconds: return w.requestSeconds.map(Readable.seconds) ?? "-"
        case .stateful: return w.stateful ? "yes" : "-"
        case .pod: return w.pod ?? "-"
        case .image: return w.layers.isEmpty ? "-" : "\(Readable.mib(w.imageMiB))/\(w.layers.count)"
        case .updatesPerDay: return w.updatesPerDay == 0 ? "-" : QuantityUnit.exact(w.updatesPerDay)
        case .changedLayers: return String(w.changedLayers)
        case .runtimeClass: return w.runtimeClass ?? "-"
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
        case .spread: return SpreadText.editText(w.spread)
        case .requestsPerSecond: return w.requestsPerSecond.map(QuantityUnit.exact) ?? ""
        case .peakRequestsPerSecond: return w.peakRequestsPerSecond.map(QuantityUnit.exact) ?? ""
        case .requestSeconds: return w.requestSeconds.map(QuantityUnit.exact) ?? ""
        case .stateful: return w.stateful ? "yes" : "no"
        case .pod: return w.pod ?? ""
        case .image: return QuantityUnit.mib.exactText(w.imageMiB)
        case .updatesPerDay: return QuantityUnit.exact(w.updatesPerDay)
        case .changedLayers: return String(w.changedLayers)
        case .runtimeClass: return w.runtimeClass ?? ""
        }
    }

    /// The step of an image or a layer of `mib`: 10 MiB below 100, 50 below 1,000, else 500.
    public static func imageStep(_ mib: Double) -> Double { mib < 100 ? 10 : mib < 1000 ? 50 : 500 }

    /// What `+` and `-` add or take away, given the current value.
    public func step(for w: Workload) -> Double {
        switch self {
        case .cpu: return w.cpuCores < 1 ? 0.1 : w.cpuCores < 8 ? 0.5 : 1
        case .memory: return w.memoryMiB < 1024 ? 64 : w.memoryMiB < 16384 ? 512 : 4096
        case .replicas, .changedLayers: return 1
        case .requestsPerSecond, .peakRequestsPerSecond:
            let rate = number(w) ?? 0
            return rate < 100 ? 10 : rate < 1000 ? 100 : 1000
        case .requestSeconds:
            let seconds = w.requestSeconds ?? 0
            return seconds < 0.1 ? 0.01 : seconds < 1 ? 0.05 : 0.5
        case .updatesPerDay: return w.updatesPerDay < 10 ? 1 : 10
        case .image: return Self.imageStep(w.imageMiB)
        case .name, .model, .spread, .stateful, .pod, .runtimeClass: return 0
        }
    }
}
