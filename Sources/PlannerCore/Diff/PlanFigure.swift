/// A figure `vplan-tui diff` compares between two plans of the same model, named by its key in
/// the `vplan.diff/v1` document. Each comes from the plan's `vplan.plan/v1` entry (the path in
/// `path`), so a plan computed from a scenario and the same plan read from a file compare equal.
public enum PlanFigure: String, Sendable, CaseIterable {
    /// Active plus failover hosts (`hosts`).
    case hosts
    /// The proven lower bound on the active hosts (`lowerBoundHosts`).
    case lowerBoundHosts
    /// The plan's monthly cost in the document's currency (`cost.perMonth`).
    case costPerMonth
    /// Memory the workloads request, in MiB (`memory.workloadMiB`).
    case workloadMiB
    /// Memory spent on overhead, in MiB (`memory.overheadMiB`).
    case overheadMiB
    /// overheadMiB ÷ (workloadMiB + overheadMiB) (`memory.overheadFraction`).
    case overheadFraction
    /// Bytes on the network to roll the plan out, in MiB (`transfer.rolloutMiB`).
    case rolloutMiB
    /// Seconds the rollout transfer takes (`transfer.rolloutSeconds`).
    case rolloutSeconds
    /// Seconds until every instance is ready (`boot.readySeconds`).
    case readySeconds
    /// The host type the plan buys (`hostType`), when a host catalog chose one.
    case hostType
    /// A mix's hosts per type (`hostsByType`), as text: `2 m6i.2xlarge + 3 c6i.4xlarge`.
    case hostsByType

    /// Figures a plan gives only with a host catalog: left out when neither side has them.
    public var isOptional: Bool { self == .hostType || self == .hostsByType }

    /// A mix's hosts per type as the `hostsByType` figure reads: `2 m6i.2xlarge + 3 c6i.4xlarge`,
    /// in the plan's (catalog) order.
    static func mix(_ counts: [(hostType: String, hosts: Int)]) -> FigureValue? {
        counts.isEmpty ? nil : .text(counts.map { "\($0.hosts) \($0.hostType)" }.joined(separator: " + "))
    }

    /// How the figure reads in the diff table: its label and how its values are written.
    public var label: String {
        switch self {
        case .hosts: return "hosts"
        case .lowerBoundHosts: return "bound"
        case .costPerMonth: return "cost/month"
        case .workloadMiB: return "workload MiB"
        case .overheadMiB: return "overhead MiB"
        case .overheadFraction: return "overhead %"
        case .rolloutMiB: return "rollout MiB"
        case .rolloutSeconds: return "rollout s"
        case .readySeconds: return "ready s"
        case .hostType: return "host type"
        case .hostsByType: return "hosts by type"
        }
    }

    /// The figure's path in a `vplan.plan/v1` plan entry.
    public var path: String {
        switch self {
        case .costPerMonth: return "cost.perMonth"
        case .workloadMiB, .overheadMiB, .overheadFraction: return "memory.\(rawValue)"
        case .rolloutMiB, .rolloutSeconds: return "transfer.\(rawValue)"
        case .readySeconds: return "boot.readySeconds"
        default: return rawValue
        }
    }
}

/// The value of a figure: a count, a number or a name. Numbers hold what the plan document
/// writes (twelve significant digits, `JSONNumber.format`), so a plan and its file agree exactly.
public enum FigureValue: Sendable, Equatable {
    case count(Int)
    case number(Double)
    case text(String)

    /// A number as `vplan.plan/v1` writes it, read back.
    public static func written(_ value: Double) -> FigureValue {
        .number(Double(JSONNumber.format(value)) ?? value)
    }

    /// b − a for counts and numbers (nil for names, or when the kinds differ).
    public static func delta(from a: FigureValue, to b: FigureValue) -> FigureValue? {
        switch (a, b) {
        case (.count(let x), .count(let y)): return .count(y - x)
        case (.number(let x), .number(let y)): return .number(y - x)
        case (.count(let x), .number(let y)): return .number(y - Double(x))
        case (.number(let x), .count(let y)): return .number(Double(y) - x)
        default: return nil
        }
    }

    /// The value in the diff document: a JSON number or string.
    public var json: JSONValue {
        switch self {
        case .count(let value): return .integer(value)
        case .number(let value): return .number(value)
        case .text(let value): return .string(value)
        }
    }

    /// The value as a number, for counts and numbers.
    public var numeric: Double? {
        switch self {
        case .count(let value): return Double(value)
        case .number(let value): return value
        case .text: return nil
        }
    }
}
