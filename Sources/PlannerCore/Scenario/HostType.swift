import Foundation

/// One entry of a scenario's host catalog (`hostTypes`): a named host size and its price, plus any
/// other `host` key it sets differently (`nicGbps`, `reservationPreset`, reservations, overcommit,
/// ...) and, optionally, `maxPodsPerHost` (which overrides `container.maxPodsPerHost` on it). Keys
/// it leaves out take the scenario's shared `host` values, so editing `host` moves every type.
public struct HostType: Sendable, Equatable {
    /// The type as the provider names it (`m6i.2xlarge`); unique within the catalog.
    public var name: String
    /// The instance family, for people (`m6i`); not used by the planner.
    public var family: String?
    /// The `host` keys the type sets, as a JSON object in the host section's own spelling.
    public var settings: JSONValue
    /// Pod slots on this type, overriding `container.maxPodsPerHost`. Nil: the shared figure.
    public var maxPodsPerHost: Int?

    public init(name: String, family: String? = nil, settings: JSONValue, maxPodsPerHost: Int? = nil) {
        self.name = name
        self.family = family
        self.settings = settings
        self.maxPodsPerHost = maxPodsPerHost
    }

    /// A type of the given size and price, every other key shared.
    public init(name: String, cpuCores: Double, memoryGiB: Double, costPerHour: Double) {
        self.init(
            name: name,
            settings: .object([
                ("cpuCores", .number(cpuCores)), ("memoryGiB", .number(memoryGiB)), ("costPerHour", .number(costPerHour)),
            ]))
    }

    /// A number the type sets (`cpuCores`, `memoryGiB`, `costPerHour` are always set).
    public func number(_ key: String) -> Double? {
        guard case .object(let members) = settings else { return nil }
        for (name, value) in members where name == key {
            switch value {
            case .number(let number): return number
            case .integer(let number): return Double(number)
            default: return nil
            }
        }
        return nil
    }

    /// The keys a catalog entry may hold besides the `host` keys.
    static let ownKeys: Set<String> = ["name", "family", "maxPodsPerHost"]
    /// The keys every catalog entry must give.
    static let requiredKeys = ["name", "cpuCores", "memoryGiB", "costPerHour"]
}

/// How a plan chooses among the scenario's `hostTypes`.
public enum HostSelection: String, Sendable, Equatable, CaseIterable {
    /// Per plan, the one type with the lowest monthly cost, failover spares included.
    case cheapest
    /// Per plan, any mix of types at the lowest total cost found (variable-sized packing).
    case mix
}

extension HostType: Decodable {
    /// Reads one catalog entry strictly: its name, the four required keys, and any `host` key,
    /// each checked as the host section checks it.
    public init(from decoder: Decoder) throws {
        let host = ScenarioSchema.host
        let object = try StrictObject(decoder, allowed: host.keys.union(Self.ownKeys))
        let name = try object.required("name", object.string)
        for key in Self.requiredKeys.dropFirst() { _ = try object.required(key, object.double) }
        let (profile, present) = try host.decodePresent(object)
        guard case .object(let members) = host.value(profile) else { preconditionFailure("a section is an object") }
        self.init(
            name: name, family: try object.string("family"),
            settings: .object(members.filter { present.contains($0.0) }), maxPodsPerHost: try object.int("maxPodsPerHost"))
    }

    /// The entry as a scenario document writes it.
    var json: JSONValue {
        guard case .object(let members) = settings else { return settings }
        var all: [(String, JSONValue)] = [("name", .string(name))]
        if let family { all.append(("family", .string(family))) }
        all += members
        if let maxPodsPerHost { all.append(("maxPodsPerHost", .integer(maxPodsPerHost))) }
        return .object(all)
    }
}
