/// How a workload's replicas spread over failure domains (`workloads[].spread`), after
/// Kubernetes' `topologySpreadConstraints` and vSphere's VM-VM anti-affinity rules.
///
/// Required spread is a hard limit on the replicas one domain may hold (`SpreadLimits`); soft
/// spread never adds a host and only evens the replicas out among packings with the fewest hosts.
public struct Spread: Sendable, Equatable, Decodable {
    /// The failure domain replicas spread over.
    public enum Topology: String, Sendable, CaseIterable {
        /// One host (`kubernetes.io/hostname`).
        case host
        /// One zone of `host.zones` (`topology.kubernetes.io/zone`).
        case zone
        /// No spread at all (turns the default soft host spread off).
        case none
    }

    public var topology: Topology
    /// How far the replica counts of two domains may differ. Default 1.
    public var maxSkew: Int
    /// A hard constraint (`DoNotSchedule`, anti-affinity `required…`) or a preference
    /// (`ScheduleAnyway`, `preferred…`). Default true, as Kubernetes' `whenUnsatisfiable` defaults
    /// to `DoNotSchedule`.
    public var required: Bool

    public init(topology: Topology = .host, maxSkew: Int = 1, required: Bool = true) {
        self.topology = topology
        self.maxSkew = maxSkew
        self.required = required
    }

    /// What a workload of two or more replicas gets when it says nothing: the Kubernetes
    /// scheduler's default constraint on hosts (`maxSkew` 3, `ScheduleAnyway`).
    public static let kubernetesDefault = Spread(topology: .host, maxSkew: 3, required: false)

    public init(from decoder: Decoder) throws {
        let object = try StrictObject(decoder, allowed: ["topology", "maxSkew", "required"])
        self.init(
            topology: try object.choice("topology", default: .host), maxSkew: try object.int("maxSkew", default: 1),
            required: try object.bool("required", default: true))
        guard maxSkew >= 1 else {
            throw FieldError(path: object.field("maxSkew"), reason: "must be at least 1 (got \(maxSkew))")
        }
        guard maxSkew <= Limits.maximumInstances else {
            throw FieldError(path: object.field("maxSkew"), reason: "must be at most \(Limits.maximumInstances)")
        }
    }

    /// The spread as the scenario file writes it.
    var json: JSONValue {
        .object([("topology", .string(topology.rawValue)), ("maxSkew", .integer(maxSkew)), ("required", .bool(required))])
    }

    /// A short reading for tables: `host≤1`, `zone~1` (soft), `-` for none.
    public var summary: String {
        switch topology {
        case .none: return "-"
        case .host, .zone: return "\(topology.rawValue)\(required ? "≤" : "~")\(maxSkew)"
        }
    }
}
