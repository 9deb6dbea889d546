import Foundation

extension Scenario {
    /// This scenario planned on one host type: `host` with the type's keys over the shared ones
    /// (read back through the host section, so every derived default follows the type's size),
    /// `container.maxPodsPerHost` from the type when it sets one, and no catalog left.
    /// Throws the problem, naming `hostTypes[index]`, when the merged host is not a valid host.
    public func onHostType(at index: Int) throws(ScenarioError) -> Scenario {
        let type = hostTypes[index]
        var scenario = self
        scenario.host = try Self.host(host, with: type, at: index)
        if let pods = type.maxPodsPerHost { scenario.container.maxPodsPerHost = pods }
        scenario.hostTypes = []
        return scenario
    }

    /// The catalog's type names, in catalog order.
    public var hostTypeNames: [String] { hostTypes.map(\.name) }

    private static func host(_ shared: HostProfile, with type: HostType, at index: Int) throws(ScenarioError) -> HostProfile {
        guard case .object(var members) = ScenarioSchema.host.value(shared), case .object(let own) = type.settings else {
            preconditionFailure("a section is an object")
        }
        let overridden = Set(own.map(\.0))
        // The hosts policy has two spellings; the type's wins over the shared one.
        if overridden.contains("failoverHosts") || overridden.contains("failover") {
            members.removeAll { $0.0 == "failover" || $0.0 == "failoverHosts" }
        }
        members.removeAll { overridden.contains($0.0) }
        var bytes: [UInt8] = []
        JSONValue.object(members + own).write(into: &bytes, indent: nil)
        do {
            return try JSONDecoder().decode(HostProfile.self, from: Data(bytes))
        } catch let error as FieldError {
            throw ScenarioError(field: "hostTypes[\(index)].\(error.path)", reason: error.reason)
        } catch {
            throw ScenarioError(field: "hostTypes[\(index)]", reason: "is not a valid host: \(error)")
        }
    }
}
