/// What failures a plan must survive (`host.failover`), after vSphere HA admission control:
/// host failures tolerated, a percentage of the cluster kept free, or (as Kubernetes zones do)
/// the loss of a whole zone. `host.failoverHosts: k` is the short form of `.hosts(k)`.
///
/// The planner checks the policy by simulation (`FailoverCheck`) and adds spare hosts until it
/// holds; a plan's `failoverHosts` is what it added.
public enum FailoverPolicy: Sendable, Equatable, Decodable {
    /// Survive the loss of any `count` hosts: every displaced instance restarts elsewhere.
    case hosts(count: Int)
    /// Keep `percent` % of the cluster's CPU and memory free (vSphere's percentage policy).
    case percent(Double)
    /// Survive the loss of any one zone of `host.zones`.
    case zone

    public init(from decoder: Decoder) throws {
        let object = try StrictObject(decoder, allowed: ["policy", "count", "percent"])
        guard let policy = try object.string("policy") else {
            throw FieldError(path: object.field("policy"), reason: "is required (\"hosts\", \"percent\" or \"zone\")")
        }
        switch policy {
        case "hosts":
            guard !object.contains("percent") else {
                throw FieldError(path: object.field("percent"), reason: "belongs to the \"percent\" policy")
            }
            let count = try object.required("count", object.int)
            guard (0...Limits.maximumFailoverHosts).contains(count) else {
                throw FieldError(
                    path: object.field("count"), reason: "must be from 0 to \(Limits.maximumFailoverHosts) (got \(count))")
            }
            self = .hosts(count: count)
        case "percent":
            guard !object.contains("count") else {
                throw FieldError(path: object.field("count"), reason: "belongs to the \"hosts\" policy")
            }
            let percent = try object.required("percent", object.double)
            guard percent >= 0 && percent < 100 else {
                throw FieldError(
                    path: object.field("percent"),
                    reason: "must be at least 0 and less than 100 (got \(FieldText.number(percent)))")
            }
            self = .percent(percent)
        case "zone":
            if let extra = ["count", "percent"].first(where: object.contains) {
                throw FieldError(path: object.field(extra), reason: "the \"zone\" policy takes no \(extra)")
            }
            self = .zone
        default:
            throw FieldError(
                path: object.field("policy"), reason: "must be \"hosts\" or \"percent\" or \"zone\" (got \"\(policy)\")")
        }
    }

    /// The policy's name in files and plans.
    public var name: String {
        switch self {
        case .hosts: "hosts"
        case .percent: "percent"
        case .zone: "zone"
        }
    }

    /// The policy as the scenario file writes it.
    var json: JSONValue {
        switch self {
        case .hosts(let count): .object([("policy", .string("hosts")), ("count", .integer(count))])
        case .percent(let percent): .object([("policy", .string("percent")), ("percent", .number(percent))])
        case .zone: .object([("policy", .string("zone"))])
        }
    }

    /// A short reading: `N+1`, `25% free`, `zone loss`.
    public var summary: String {
        switch self {
        case .hosts(let count): count == 0 ? "none" : "N+\(count)"
        case .percent(let percent): "\(FieldText.number(percent))% free"
        case .zone: "zone loss"
        }
    }
}
