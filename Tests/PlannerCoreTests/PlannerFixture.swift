import Foundation

@testable import PlannerCore

/// Scenario helpers of the PlannerCore tests (the shared ones are in the TestSupport library).
enum PlannerFixture {
    static func decode(_ json: String) throws -> Scenario {
        try ScenarioDecoder.scenario(from: Data(json.utf8))
    }

    /// The message decoding (and validation) gives for a document, or nil when it is valid.
    static func message(_ json: String) -> String? {
        do {
            _ = try ScenarioDecoder.scenario(from: Data(json.utf8))
            return nil
        } catch {
            return error.description
        }
    }

    /// A plain host with no reservations, overcommit or headroom.
    static func plainHost(cores: Double = 16, memoryGiB: Double = 64, failover: Int = 1) -> HostProfile {
        HostProfile(
            cpuCores: cores, memoryGiB: memoryGiB, nicGbps: 10, costPerHour: 2, reservedCpuCores: 0, reservedMemoryGiB: 0,
            cpuOvercommit: 1, memoryOvercommit: 1, targetUtilization: 1, failoverHosts: failover)
    }
}
