import PlannerCore

/// The columns of the workloads table: every field of a workload, each editable in place (the
/// image opens the layer editor; `p` cycles the day's shape). A value the workload leaves
/// to be derived shows the derived figure marked `~` (`~400`).
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
    case hourlyProfile
    case burstiness
    case concurrencyPerReplica
    case functionMemory

    /// The mark in front of a figure derived from other fields rather than given (`~400`).
    public static let derivedMark = "~"

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
        case .hourlyProfile: return "req/s by hour"
        case .burstiness: return "burst"
        case .concurrencyPerReplica: return "conc/r"
        case .functionMemory: return "fn mem"
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
        case .hourlyProfile: return "hourlyRequestsPerSecond"
        case .burstiness: return "burstiness"
        case .concurrencyPerReplica: return "concurrencyPerReplica"
        case .functionMemory: return "functionMemoryMiB"
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
        case .requestsPerSecond:
            return
                "average requests per second: the FaaS bill and cold starts; - means no traffic given; ~ the day's average from its hourly profile (an edit scales the profile)"
        case .peakRequestsPerSecond:
            return
                "peak requests per second: function concurrency (Little's law); - means the average; ~ the busiest hour of the profile (an edit scales the profile)"
        case .requestSeconds: return "seconds one request keeps an instance busy"
        case .stateful: return "keeps data between requests: never run as a function"
        case .pod: return "workloads naming the same pod run together, one pod per replica, on one host"
        case .image: return "the image's layers (Enter opens the layer editor: add, remove, rename, resize)"
        case .updatesPerDay: return "image updates shipped per day (update transfer)"
        case .changedLayers: return "how many of the top layers an update changes"
        case .runtimeClass: return "the RuntimeClass its pod runs under (its pod overhead: container.runtimeClasses); - for none"
        case .hourlyProfile:
            return
                "requests per second hour by hour, 0 to 23, each hour against the busiest; flat: one rate all day (req/s, sized for peak/s). p cycles the shape (flat, business hours, evening peak, nightly batch) at the same daily average; ( and ) (or + and - here) scale all the traffic ÷ or × 1.25"
        case .burstiness:
            return
                "coefficient of variation of the times between requests: 1 is Poisson (the default), above 1 bursty; - resets it to 1"
        case .concurrencyPerReplica:
            return
                "concurrent requests one container replica or VM serves; ~ the default, what makes the replicas exactly carry the peak (peak/s × req time ÷ replicas); - goes back to it"
        case .functionMemory:
            return
                "memory a function instance is configured with (the provider bills at least its minimum); ~ the default, the memory column; - goes back to it"
        }
    }

    /// The field path of the value, for messages (`workloads[3].memoryMiB`).
    public func field(row: Int) -> String { "workloads[\(row)].\(key)" }

    /// Values edited as numbers (stepped by `+`/`-`).
    public var isNumeric: Bool {
        switch self {
        case .cpu, .memory, .replicas, .requestsPerSecond, .peakRequestsPerSecond, .requestSeconds, .image, .updatesPerDay,
            .changedLayers, .burstiness, .concurrencyPerReplica, .functionMemory:
            return true
        case .name, .model, .spread, .stateful, .pod, .runtimeClass, .hourlyProfile: return false
        }
    }

    /// The column's number for a workload (sorting and stepping), derived values included (the
    /// day's average and peak of an hourly profile); nil for text and missing values.
    public func number(_ w: Workload) -> Double? {
        switch self {
        case .cpu: return w.cpuCores
        case .memory: return w.memoryMiB
        case .replicas: return Double(w.replicas)
        case .requestsPerSecond: return w.hourlyRequestsPerSecond == nil ? w.requestsPerSecond : TrafficShape.dailyAverage(of: w)
        case .peakRequestsPerSecond: return w.hourlyRequestsPerSecond?.max() ?? w.peakRequestsPerSecond
        case .hourlyProfile: return TrafficShape.dailyAverage(of: w)
        case .burstiness: return w.burstiness
        case .concurrencyPerReplica: return w.concurrencyPerReplica ?? Self.derivedConcurrency(w)
        case .functionMemory: return w.functionMemoryMiB ?? w.memoryMiB
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
        if isNumeric || self == .stateful || self == .hourlyProfile {
            let x = number(a) ?? -.infinity
            let y = number(b) ?? -.infinity
            return x < y ? -1 : x > y ? 1 : 0
        }
        let x = display(a).lowercased()
        let y = display(b).lowercased()
        return x < y ? -1 : x > y ? 1 : 0
    }

    /// The cell's text in the table (`glyphs` draw the day's sparkline).
    public func display(_ w: Workload, glyphs: Glyphs = .unicode) -> String {
        let derived = Self.derivedMark
        switch self {
        case .name: return w.name
        case .model: return w.model.rawValue
        case .cpu: return QuantityUnit.exact(w.cpuCores)
        case .memory: return Readable.mib(w.memoryMiB)
        case .replicas: return Readable.count(w.replicas)
        case .spread: return SpreadText.display(w)
        case .requestsPerSecond, .peakRequestsPerSecond:
            let value = number(w)
            let given = self == .requestsPerSecond ? w.requestsPerSecond : w.peakRequestsPerSecond
            guard let value else { return "-" }
            return (given == nil ? derived : "") + Readable.quantity(value)
        case .hourlyProfile: return Self.profileText(w, glyphs: glyphs)
        case .burstiness: return QuantityUnit.exact(w.burstiness)
        case .concurrencyPerReplica:
            if let given = w.concurrencyPerReplica { return Readable.quantity(given) }
            return Self.derivedConcurrency(w).map { derived + Readable.quantity($0) } ?? "-"
        case .functionMemory: return w.functionMemoryMiB.map(Readable.mib) ?? derived + Readable.mib(w.memoryMiB)
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
        case .requestsPerSecond, .peakRequestsPerSecond: return number(w).map { QuantityUnit.exact(rounded($0)) } ?? ""
        case .hourlyProfile: return w.hourlyRequestsPerSecond.map { $0.map(QuantityUnit.exact).joined(separator: " ") } ?? ""
        case .burstiness: return QuantityUnit.exact(w.burstiness)
        case .concurrencyPerReplica: return w.concurrencyPerReplica.map(QuantityUnit.exact) ?? ""
        case .functionMemory: return w.functionMemoryMiB.map(QuantityUnit.mib.exactText) ?? ""
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
        case .burstiness: return w.burstiness < 1 ? 0.1 : 0.5
        case .concurrencyPerReplica:
            let concurrency = number(w) ?? 0
            return concurrency < 10 ? 1 : concurrency < 100 ? 5 : 50
        case .functionMemory:
            let mib = number(w) ?? 0
            return mib < 1024 ? 64 : mib < 16384 ? 512 : 4096
        case .requestSeconds:
            let seconds = w.requestSeconds ?? 0
            return seconds < 0.1 ? 0.01 : seconds < 1 ? 0.05 : 0.5
        case .updatesPerDay: return w.updatesPerDay < 10 ? 1 : 10
        case .image: return Self.imageStep(w.imageMiB)
        case .name, .model, .spread, .stateful, .pod, .runtimeClass, .hourlyProfile: return 0
        }
    }

    /// The default `concurrencyPerReplica` the planner derives (`ReplicaCapacity`): what makes the
    /// replicas exactly carry the peak at the default p99; nil without traffic, request time or
    /// replicas.
    static func derivedConcurrency(_ w: Workload) -> Double? {
        ReplicaCapacity.concurrencyPerReplica(w, TrafficProfile(w), percentile: FaaSParameters().concurrencyPercentile)
    }

    /// The day column: the hourly profile as a 24-character sparkline against its busiest hour;
    /// `flat` for one rate all day, `-` without traffic.
    static func profileText(_ w: Workload, glyphs: Glyphs) -> String {
        if let hourly = w.hourlyRequestsPerSecond { return Sparkline.text(hourly, glyphs: glyphs) }
        return (w.requestsPerSecond ?? w.peakRequestsPerSecond) == nil ? "-" : "flat"
    }

    /// A figure to 6 decimals, as edits write them.
    private func rounded(_ value: Double) -> Double { ScenarioEdits.rounded(value) }
}
