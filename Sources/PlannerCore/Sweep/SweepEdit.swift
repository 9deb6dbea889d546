/// One change a sweep point makes to the scenario document: a value at a key path, or a shorthand
/// that touches every workload (`traffic`, `replicas`) or picks a host type (`hostType`).
enum SweepEdit: Sendable, Equatable {
    case set(SweepKeyPath, JSONValue)
    /// Every traffic key of every workload times the factor.
    case traffic(Double)
    /// Every workload's replicas times the factor, rounded up.
    case replicas(Double)
    /// Only the `hostTypes` entry of this name kept.
    case hostType(String)

    func applied(to document: JSONValue) throws(EditFailure) -> JSONValue {
        switch self {
        case .set(let path, let value): return try path.setting(value, in: document)
        case .traffic(let factor): return try Self.scalingTraffic(document, by: factor)
        case .replicas(let factor): return try Self.scalingReplicas(document, by: factor)
        case .hostType(let name): return try Self.keepingHostType(document, named: name)
        }
    }

    /// Whether a workload key holds traffic: `requestsPerSecond`, `peakRequestsPerSecond`, and any
    /// other key ending in `RequestsPerSecond` (per-hour rates such as `hourlyRequestsPerSecond`).
    static func isTrafficKey(_ key: String) -> Bool {
        key == "requestsPerSecond" || key.hasSuffix("RequestsPerSecond")
    }

    /// `traffic=×F`: each workload's traffic keys, numbers or lists of numbers, times F (an integer
    /// rate becomes a number). A scenario without traffic is an error: the sweep would vary nothing.
    private static func scalingTraffic(_ document: JSONValue, by factor: Double) throws(EditFailure) -> JSONValue {
        var scaled = 0
        let result = try mappingWorkloads(document) { workload in
            guard case .object(let members) = workload else { return workload }
            return .object(
                members.map { key, value in
                    guard isTrafficKey(key) else { return (key, value) }
                    scaled += 1
                    return (key, scaledNumbers(value, by: factor))
                })
        }
        guard scaled > 0 else { throw EditFailure(reason: "no workload has traffic (requestsPerSecond) to scale") }
        return result
    }

    private static func scaledNumbers(_ value: JSONValue, by factor: Double) -> JSONValue {
        switch value {
        case .integer(let number): return .number(Double(number) * factor)
        case .number(let number): return .number(number * factor)
        case .array(let elements): return .array(elements.map { scaledNumbers($0, by: factor) })
        default: return value
        }
    }

    /// `replicas=×F`: each workload's replicas times F, rounded up (0 stays 0). The product is
    /// rounded up after taking off 1e-9, so that 10 × 0.7 (7.000000000000001 in binary) gives 7.
    /// A product too large for an integer is left a number, which validation then refuses.
    private static func scalingReplicas(_ document: JSONValue, by factor: Double) throws(EditFailure) -> JSONValue {
        try mappingWorkloads(document) { workload in
            guard case .object(let members) = workload else { return workload }
            return .object(
                members.map { key, value in
                    guard key == "replicas" else { return (key, value) }
                    let count: Double
                    switch value {
                    case .integer(let number): count = Double(number)
                    case .number(let number): count = number
                    default: return (key, value)
                    }
                    let product = (count * factor - 1e-9).rounded(.up)
                    guard product.isFinite, abs(product) < 1e15 else { return (key, .number(count * factor)) }
                    return (key, .integer(max(0, Int(product))))
                })
        }
    }

    /// `hostType=NAME`: the scenario's `hostTypes` list reduced to the entry named NAME.
    private static func keepingHostType(_ document: JSONValue, named name: String) throws(EditFailure) -> JSONValue {
        guard case .array(let types)? = document.member("hostTypes") else {
            throw EditFailure(reason: "the scenario has no hostTypes list to choose from")
        }
        guard let chosen = types.first(where: { $0.member("name")?.plainText == name }) else {
            let names = types.compactMap { $0.member("name")?.plainText }
            throw EditFailure(reason: "no host type named \"\(name)\" (hostTypes: \(names.joined(separator: ", ")))")
        }
        return try SweepKeyPath(parsing: "hostTypes").setting(.array([chosen]), in: document)
    }

    /// The document with each entry of its `workloads` list transformed.
    private static func mappingWorkloads(
        _ document: JSONValue, _ transform: (JSONValue) -> JSONValue
    )
        throws(EditFailure) -> JSONValue
    {
        guard case .array(let workloads)? = document.member("workloads") else {
            throw EditFailure(reason: "the scenario has no workloads list")
        }
        return try SweepKeyPath(parsing: "workloads").setting(.array(workloads.map(transform)), in: document)
    }
}
