import Fixtures
import Foundation
import Storage
import Testing

@testable import PlannerCore

/// Properties every plan must have, checked on seeded random scenarios.
@Suite struct InvariantTests {
    static let seeds: [UInt64] = Array(1...30)

    @Test(arguments: seeds)
    func plansAreFeasibleCompleteAndDeterministic(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        try checkPlans(of: RandomScenario.make(&rng))
    }

    /// The bundled profiles' placements, which no recorded file covers (the golden summaries leave
    /// them out).
    @Test(arguments: BundledProfiles.all.map(\.name))
    func bundledProfilePlansAreFeasibleCompleteAndDeterministic(profile: String) throws {
        try checkPlans(of: BundledProfiles.scenario(named: profile))
    }

    /// The four plans of `scenario`: placements feasible and complete with pods whole, the bound at
    /// most the active hosts, the spares added, every instance ready at the end of the rollout, and
    /// the same bytes from a second run.
    func checkPlans(of scenario: Scenario) throws {
        let plans = try Planner().plans(for: scenario)
        #expect(plans.map(\.model) == PlanModel.allCases)
        for plan in plans {
            try checkPlacements(plan, scenario)
            #expect(plan.activeHosts >= plan.lowerBoundHosts)
            #expect(plan.failoverHosts == plan.availability.hostsAdded)
            if case .hosts(let count) = scenario.host.failoverPolicy, plan.availability.holds {
                #expect(plan.failoverHosts <= count + scenario.host.zones)
            }
            #expect(plan.boot.timeline.last?.instancesReady == plan.instances)
        }
        // Same input, same bytes.
        let first = PlanDocument.json(scenario: scenario, plans: plans)
        let second = PlanDocument.json(scenario: scenario, plans: try Planner().plans(for: scenario))
        #expect(first == second)
    }

    @Test(arguments: seeds.prefix(25))
    func oneMoreReplicaNeverLowersTheBoundOrTheMemory(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let scenario = RandomScenario.make(&rng)
        let before = try Planner().plans(for: scenario)
        let index = Int.random(in: 0..<scenario.workloads.count, using: &rng)
        var grown = scenario
        // Grow the workload, and its pod mates so the pod stays consistent.
        for member in grown.workloads.indices
        where member == index || (grown.workloads[index].pod != nil && grown.workloads[member].pod == grown.workloads[index].pod)
        {
            grown.workloads[member].replicas += 1
        }
        let after = try Planner().plans(for: grown)
        for (old, new) in zip(before, after) where old.model != .faas || !grown.workloads[index].hasTraffic {
            #expect(new.lowerBoundHosts >= old.lowerBoundHosts, "\(old.model)")
            #expect(
                new.memory.workloadMiB + new.memory.overheadMiB >= old.memory.workloadMiB + old.memory.overheadMiB - 1e-6,
                "\(old.model)")
        }
    }

    /// Every instance placed exactly once, no host over capacity, pod members together.
    func checkPlacements(_ plan: Plan, _ scenario: Scenario) throws {
        var seen = Set<String>()
        var riders = 0
        var host = [String: Int]()
        for placement in plan.placements {
            #expect(placement.cpuCores <= plan.hostCapacity.cpuCores + 1e-9)
            #expect(placement.memoryMiB <= plan.hostCapacity.memoryMiB + 1e-9)
            #expect(placement.pods <= plan.hostCapacity.pods)
            #expect(placement.instanceCount > 0)
            for run in placement.runs {
                // A pod member in its pod's one VM is placed, but it is no instance of its own.
                if let leader = run.ridesWith {
                    if run.kind != .function { riders += run.count }
                    #expect(scenario.workloads[leader].pod == scenario.workloads[run.workload].pod)
                }
                for replica in run.firstReplica..<(run.firstReplica + run.count) {
                    let key = "\(run.workload)#\(replica)"
                    #expect(seen.insert(key).inserted, "\(plan.model): \(key) placed twice")
                    host[key] = placement.host
                }
            }
        }
        #expect(seen.count - riders == plan.instances)
        // Each workload's instances: its unit's count at the peak (functions by traffic, riders
        // with their function, autoscaled containers by traffic).
        var expectedCounts = [Int](repeating: 0, count: scenario.workloads.count)
        for unit in PlacementUnit.units(for: scenario, model: plan.model) {
            for member in unit.members { expectedCounts[member] = plan.placementHour.map { unit.count(at: $0) } ?? unit.count }
        }
        for (index, workload) in scenario.workloads.enumerated() {
            let expected = expectedCounts[index]
            for replica in 0..<expected {
                #expect(seen.contains("\(index)#\(replica)"), "\(plan.model): \(workload.name) replica \(replica) missing")
            }
        }
        // Pods: in plans where the members are containers, replica r of every member shares a host.
        let kinds = FunctionRoles(scenario, model: plan.model).kinds
        for (index, workload) in scenario.workloads.enumerated() where kinds[index] == .container {
            guard let pod = workload.pod,
                let leader = scenario.workloads.indices.first(where: {
                    scenario.workloads[$0].pod == pod && kinds[$0] == .container
                })
            else { continue }
            for replica in 0..<expectedCounts[index] {
                #expect(host["\(index)#\(replica)"] == host["\(leader)#\(replica)"], "\(plan.model): pod \(pod) split")
            }
        }
    }
}

extension Workload {
    var hasTraffic: Bool { (peakRequestsPerSecond ?? requestsPerSecond) != nil && requestSeconds != nil }
}
