import PlannerCore

/// One question of the what-if pane, as an edit of the current scenario: another failover count
/// (N+0, N+1, N+2) or all traffic scaled (×0.5, ×1, ×2, ×4). Pure, so each variant is testable.
public enum WhatIfVariant: Sendable, Equatable, Hashable {
    /// `host.failoverHosts` = k, with no `host.failover` policy object: the hosts policy with k
    /// spares replaces a percent or zone policy.
    case failover(Int)
    /// Every workload's traffic times the factor (`TrafficShape.scaled`: its hourly rates, or
    /// `requestsPerSecond` and `peakRequestsPerSecond`; a workload without traffic keeps none).
    /// Traffic sizes functions and autoscaled replicas and prices the faas plan.
    case traffic(Double)

    /// The rows of the pane, in order.
    public static let all: [WhatIfVariant] = [
        .failover(0), .failover(1), .failover(2), .traffic(0.5), .traffic(1), .traffic(2), .traffic(4),
    ]

    /// The scenario this variant plans.
    public func apply(to scenario: Scenario) -> Scenario {
        var out = scenario
        switch self {
        case .failover(let count):
            out.host.failover = nil
            out.host.failoverHosts = count
        case .traffic(let factor):
            guard factor != 1 else { return scenario }
            out.workloads = out.workloads.map { TrafficShape.scaled($0, by: factor) }
        }
        return out
    }

    /// True when the variant is the scenario as it is (its row is marked `now`).
    public func isCurrent(in scenario: Scenario) -> Bool {
        switch self {
        case .failover(let count): return scenario.host.failoverPolicy == .hosts(count: count)
        case .traffic(let factor): return factor == 1
        }
    }

    /// The row's label: `N+1`, `traffic ×2`.
    public var label: String {
        switch self {
        case .failover(let count): return "N+\(count)"
        case .traffic(let factor): return "traffic ×\(Readable.significant(factor))"
        }
    }
}
