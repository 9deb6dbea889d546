import PlannerCore

/// What an import produced and what it left out: the figures a person checks before planning.
public struct ImportSummary: Sendable, Equatable {
    /// Objects of one kind that were not imported, how many, and why.
    public struct Skipped: Sendable, Equatable {
        public var kind: String
        public var count: Int
        public var reason: String

        public init(kind: String, count: Int, reason: String) {
            self.kind = kind
            self.count = count
            self.reason = reason
        }
    }

    /// Input files read.
    public var files: Int
    /// Workloads in the scenario.
    public var workloads: Int
    /// Instances: the sum of every workload's replicas.
    public var instances: Int
    /// Σ cpuCores × replicas over all workloads.
    public var totalCpuCores: Double
    /// Σ memoryMiB × replicas over all workloads.
    public var totalMemoryMiB: Double
    /// Skipped objects by kind, in the order first seen.
    public var skipped: [Skipped]
    /// One line per assumption or default the importer had to make.
    public var warnings: [String]

    /// Totals computed from the workloads of a scenario.
    public init(files: Int, workloads: [Workload], skipped: [Skipped], warnings: [String]) {
        self.files = files
        self.workloads = workloads.count
        self.instances = workloads.reduce(0) { $0 + $1.replicas }
        self.totalCpuCores = workloads.reduce(0) { $0 + $1.cpuCores * Double($1.replicas) }
        self.totalMemoryMiB = workloads.reduce(0) { $0 + $1.memoryMiB * Double($1.replicas) }
        self.skipped = skipped
        self.warnings = warnings
    }

    /// The text the command line prints on standard error. Names from the input are shown with
    /// control characters escaped (`TerminalText`), so a manifest cannot drive the terminal.
    public var text: String {
        var lines = [
            "imported \(workloads) workloads, \(instances) instances from \(files) file\(files == 1 ? "" : "s"): "
                + "\(Format.cores(totalCpuCores)) CPU cores, \(Format.mib(totalMemoryMiB)) MiB in all"
        ]
        for item in skipped {
            lines.append("skipped \(item.count) \(item.kind): \(item.reason)")
        }
        for warning in warnings { lines.append("warning: \(warning)") }
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }
}

/// Counts skipped objects by kind, keeping the order in which kinds were first seen. Kinds are
/// found by a dictionary, so an input of a million distinct kinds costs linear time.
struct SkipCounter: Sendable {
    private(set) var items: [ImportSummary.Skipped] = []
    private var index: [String: Int] = [:]

    mutating func add(_ kind: String, reason: String) {
        let key = "\(kind)\u{0}\(reason)"
        if let position = index[key] {
            items[position].count += 1
        } else {
            index[key] = items.count
            items.append(ImportSummary.Skipped(kind: kind, count: 1, reason: reason))
        }
    }
}
