import Fixtures
import Foundation
import Storage
import Testing

@testable import PlannerCore

/// Seeded random scenarios through the whole planner: every placement within the host's
/// capacity, every instance placed once, pods whole, the lower bound at most the hosts, and the
/// streamed plan JSON byte-identical to the document tree.
@Suite struct PlannerPropertyTests {
    static func randomScenario(_ seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        var workloads: [Workload] = []
        for index in 0..<(1 + random.below(14)) {
            let pod = random.below(4) == 0 && index > 0 ? "pod-\(index - 1)" : nil
            let replicas = pod != nil ? workloads[index - 1].replicas : random.below(30)
            let model: DeploymentModel = pod != nil ? workloads[index - 1].model : [.container, .vm, .faas][random.below(3)]
            if pod != nil { workloads[index - 1].pod = pod }
            workloads.append(
                Workload(
                    name: "w\(index)", cpuCores: Double(1 + random.below(16)) / 4, memoryMiB: Double(64 + random.below(16_000)),
                    replicas: replicas, pod: pod, stateful: false, model: model,
                    layers: [ImageLayer(id: "base-\(random.below(3))", sizeMiB: 50)]))
        }
        return Scenario(
            name: "random \(seed)",
            host: HostProfile(
                cpuCores: Double(16 + random.below(48)), memoryGiB: Double(64 + random.below(448)), failoverHosts: 0),
            container: ContainerParameters(maxPodsPerHost: 3 + random.below(60)),
            workloads: workloads)
    }

    @Test func plansAreFeasibleCompleteAndKeepPodsWhole() throws {
        for seed in UInt64(1)...40 {
            let scenario = Self.randomScenario(seed)
            let planner = Planner(packer: NearOptimalPacker.packer(effort: PackingEffort(evaluations: 100_000, windowItems: 300)))
            guard ScenarioValidator.errors(in: scenario).isEmpty, let plans = try? planner.plans(for: scenario) else {
                continue  // a random workload larger than the random host: rejected, as it should be
            }
            let firstFit = try Planner(packer: FirstFitDecreasing.pack).plans(for: scenario)
            for (plan, baseline) in zip(plans, firstFit) {
                #expect(plan.activeHosts <= baseline.activeHosts)
                #expect(plan.lowerBoundHosts <= plan.activeHosts)
                var placed: [Int: Set<Int>] = [:]
                var riders = 0
                var hostOf: [String: Int] = [:]
                for placement in plan.placements {
                    #expect(placement.cpuCores <= plan.hostCapacity.cpuCores + 1e-6)
                    #expect(placement.memoryMiB <= plan.hostCapacity.memoryMiB + 1e-6)
                    #expect(placement.pods <= plan.hostCapacity.pods)
                    for run in placement.runs {
                        // A pod member riding in its pod's one VM is placed but is no instance of its own.
                        if run.ridesWith != nil && run.kind != .function { riders += run.count }
                        for replica in run.firstReplica..<(run.firstReplica + run.count) {
                            #expect(placed[run.workload, default: []].insert(replica).inserted, "placed twice")
                            if let pod = scenario.workloads[run.workload].pod, run.kind != .function {
                                let key = "\(pod)#\(replica)"
                                if let host = hostOf[key] { #expect(host == placement.host, "pod split") }
                                hostOf[key] = placement.host
                            }
                        }
                    }
                }
                #expect(placed.values.reduce(0) { $0 + $1.count } - riders == plan.instances)
            }
        }
    }

    @Test func streamedJSONEqualsTheDocumentTree() throws {
        let profiles = try BundledProfiles.all.map { try BundledProfiles.scenario(named: $0.name) }
        for scenario in [Self.randomScenario(3), Self.randomScenario(8), SyntheticFleet.scenario(instances: 2_000)] + profiles {
            let plans = try Planner(packer: NearOptimalPacker.packer(effort: .interactive)).plans(for: scenario)
            var tree: [UInt8] = []
            PlanDocument.value(scenario: scenario, plans: plans).write(into: &tree, indent: 0)
            tree.append(UInt8(ascii: "\n"))
            var streamed: [UInt8] = []
            var chunks = 0
            PlanDocument.stream(scenario: scenario, plans: plans, chunkBytes: 4_096) { (chunk: [UInt8]) in
                streamed += chunk
                chunks += 1
            }
            #expect(streamed == tree)
            #expect([UInt8](PlanDocument.json(scenario: scenario, plans: plans)) == tree)
            #expect(chunks >= 1)
        }
    }

    /// The four models on several threads give the plans one thread gives, for random scenarios
    /// and a fleet large enough for every stage, at the dashboard's effort and the standard one.
    @Test func modelsOnSeveralThreadsPlanAsOneThreadDoes() throws {
        for scenario in [Self.randomScenario(5), Self.randomScenario(11), SyntheticFleet.scenario(instances: 3_000)] {
            for effort in [PackingEffort.interactive, .standard] {
                let one = try Planner(effort: effort, parallelism: 1).plans(for: scenario)
                #expect(try Planner(effort: effort, parallelism: 3).plans(for: scenario) == one)
                #expect(one.map(\.model) == PlanModel.allCases)
            }
        }
    }

    /// The dashboard's first pass spends less on soft spread than the standard pass. Spread never
    /// adds a host, so its hosts and instances are those of the same packer with the full spread.
    @Test func interactiveSpreadWorkChangesOnlyTheSpread() throws {
        let scenario = SyntheticFleet.scenario(instances: 5_000)
        let light = try Planner(effort: .interactive).plans(for: scenario)
        let full = try Planner(packer: NearOptimalPacker.packer(effort: .interactive)).plans(for: scenario)
        #expect(PackingEffort.interactive.spreadWork < PackingEffort.standard.spreadWork)
        #expect(light.map(\.activeHosts) == full.map(\.activeHosts))
        #expect(light.map(\.instances) == full.map(\.instances))
    }
}
