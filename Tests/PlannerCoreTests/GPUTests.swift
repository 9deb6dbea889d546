import Foundation
import Testing

@testable import PlannerCore

/// GPUs as a packing dimension (issue 14, "More dimensions") and the rule of issue 17 that a
/// workload with GPUs is never a managed function: feasibility, the bound, validation, faas
/// eligibility, the mixed plan and host catalogs, each with its figures worked by hand.
@Suite struct GPUTests {
    /// A plain 64-core, 512 GiB host with `gpus` GPUs, no reservations, headroom or spares.
    static func host(gpus: Int) -> HostProfile {
        var host = PlannerFixture.plainHost(cores: 64, memoryGiB: 512, failover: 0)
        host.gpus = gpus
        return host
    }

    static func workload(_ name: String, gpus: Int, replicas: Int, pod: String? = nil) -> Workload {
        var workload = Workload(name: name, cpuCores: 1, memoryMiB: 4096, replicas: replicas, pod: pod)
        workload.gpus = gpus
        return workload
    }

    /// Six 1-GPU, five 2-GPU and three 4-GPU instances on 8-GPU hosts: 6 + 10 + 12 = 28 GPUs,
    /// ⌈28 ÷ 8⌉ = 4 hosts, and 4 suffice: 4+4 | 4+2+2 | 2+2+2+1+1 | 1+1+1+1. CPU (14 of 64 cores
    /// per host at most) and memory never bind.
    static let inference = Scenario(
        name: "inference", host: host(gpus: 8),
        workloads: [
            workload("small", gpus: 1, replicas: 6), workload("medium", gpus: 2, replicas: 5),
            workload("large", gpus: 4, replicas: 3),
        ])

    @Test func eightGPUHostsCarryOneTwoAndFourGPUInstancesOnTheHandCount() throws {
        for plan in try Planner().plans(for: Self.inference) {
            #expect(plan.activeHosts == 4, "\(plan.model)")
            #expect(plan.lowerBoundHosts == 4, "\(plan.model)")
            #expect(plan.lowerBoundMethod == "reachable-capacity volume (gpus)", "\(plan.model)")
            #expect(plan.hostCapacity.gpus == 8)
            let perWorkload = [1, 2, 4]
            for placement in plan.placements {
                let gpus = placement.runs.reduce(0) { $0 + $1.count * perWorkload[$1.workload] }
                #expect(placement.gpus == gpus, "\(plan.model) host \(placement.host)")
                #expect(gpus <= 8, "\(plan.model) host \(placement.host)")
            }
            #expect(plan.placements.compactMap(\.gpus).reduce(0, +) == 28)
        }
    }

    @Test func everyPackerKeepsEveryHostWithinItsGPUs() throws {
        // 9 four-GPU instances that take almost nothing else, on 8-GPU hosts with room for 110 pods:
        // only the GPUs bind, two per host, ⌈9 ÷ 2⌉ = 5 hosts.
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 64_000, memoryKiB: 512 * 1_048_576, pods: 110, gpus: 8),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 1024, pods: 1, gpus: 4), count: 9),
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 1024, pods: 1), count: 300),
            ])
        for solution in [FirstFitDecreasing.pack(problem), NearOptimalPacker.pack(problem)] {
            let loads = solution.bins.map { bin in
                bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            }
            #expect(loads.allSatisfy { $0.fits(within: problem.capacity) })
            #expect(solution.bins.count == 5)
        }
    }

    @Test func theBoundCountsGPUsAsADimensionOfItsOwn() {
        func problem(_ gpus: [Int64], count: Int = 1) -> PackingProblem {
            PackingProblem(
                capacity: Resources(cpuMillicores: 64_000, memoryKiB: 1_048_576, pods: 110, gpus: 8),
                items: gpus.map {
                    PackingItemType(demand: Resources(cpuMillicores: 1000, memoryKiB: 1024, pods: 1, gpus: $0), count: count)
                })
        }
        // Nine 1-GPU items: volume ⌈9 ÷ 8⌉ = 2.
        #expect(LowerBound.certificate(problem([1], count: 9)) == .init(bins: 2, method: "reachable-capacity volume (gpus)"))
        // Three 5-GPU items: ⌈15 ÷ 8⌉ = 2, but each is over half a host, and no host holds more
        // than 5 of its GPUs: 3 either way (the simpler, volume, is named).
        let large = problem([5], count: 3)
        #expect(LowerBound.volumeAndLargeItems(large, { $0.gpus }).largeItems == 3)
        #expect(LowerBound.certificate(large) == .init(bins: 3, method: "reachable-capacity volume (gpus)"))
        // Five 3-GPU items: no host holds more than 6 of its 8 GPUs, so ⌈15 ÷ 6⌉ = 3 (the optimum).
        #expect(LowerBound.certificate(problem([3], count: 5)) == .init(bins: 3, method: "reachable-capacity volume (gpus)"))
        // Hosts without GPUs: the dimension is skipped, as for an item without them.
        var none = problem([0], count: 9)
        none.capacity.gpus = 0
        #expect(LowerBound.certificate(none) == .init(bins: 1, method: "reachable-capacity volume (cpu)"))
    }

    @Test func anInstanceOrPodNeedingMoreGPUsThanTheHostIsAValidationError() throws {
        var scenario = Self.inference
        scenario.host.gpus = 0
        #expect(
            ScenarioValidator.errors(in: scenario).map(\.description) == [
                "workloads[0].gpus: one instance needs 1 GPU; host.gpus is 0",
                "workloads[1].gpus: one instance needs 2 GPUs; host.gpus is 0",
                "workloads[2].gpus: one instance needs 4 GPUs; host.gpus is 0",
            ])
        // A pod takes its members' GPUs together: 4 + 2 + 4 = 10 on 8-GPU hosts.
        var pod = Self.inference
        pod.workloads = [
            Self.workload("trainer", gpus: 4, replicas: 2, pod: "train"),
            Self.workload("logger", gpus: 0, replicas: 2, pod: "train"),
            Self.workload("evaluator", gpus: 2, replicas: 2, pod: "train"),
            Self.workload("tuner", gpus: 4, replicas: 2, pod: "train"),
        ]
        let expected = "workloads[0].gpus: pod \"train\" needs 10 GPUs per replica (its members' summed); host.gpus is 8"
        #expect(ScenarioValidator.errors(in: pod).map(\.description) == [expected])
        #expect(ScenarioValidator.errors(in: pod, touching: [1]).map(\.description) == [expected])
        // The same words from a JSON file.
        let json = """
            {"name": "g", "host": {"gpus": 1},
             "workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512},
                           {"name": "b", "cpuCores": 1, "memoryMiB": 512, "gpus": 2}]}
            """
        #expect(PlannerFixture.message(json)?.hasSuffix("workloads[1].gpus: one instance needs 2 GPUs; host.gpus is 1") == true)
        #expect(PlannerFixture.message(json.replacingOccurrences(of: "\"gpus\": 1}", with: "\"gpus\": -1}")) != nil)
    }

    /// An API with a GPU and traffic, and its sidecar (no traffic) in the same pod.
    static func gpuService(gpusOnSidecar: Bool = false) -> Scenario {
        var api = Workload(
            name: "embed", cpuCores: 2, memoryMiB: 2048, replicas: 2, pod: "embed", requestsPerSecond: 20,
            requestSeconds: 0.05)
        var proxy = Workload(name: "embed-proxy", cpuCores: 0.1, memoryMiB: 128, replicas: 2, pod: "embed")
        if gpusOnSidecar { proxy.gpus = 1 } else { api.gpus = 1 }
        let plain = Workload(name: "web", cpuCores: 0.5, memoryMiB: 512, replicas: 2, requestsPerSecond: 10, requestSeconds: 0.1)
        return Scenario(name: "gpu service", host: host(gpus: 4), workloads: [api, proxy, plain])
    }

    @Test func aGPUWorkloadIsIneligibleForFunctionsAndPlannedAsContainersWithItsSidecar() throws {
        let plan = try Planner().plan(Self.gpuService(), model: .faas)
        #expect(plan.ineligible.map(\.workload) == ["embed"])
        #expect(
            plan.ineligible[0].reason == "needs 1 GPU per instance; the provider's functions have none; planned as containers")
        #expect(plan.ineligible[0].plannedAs == .container)
        #expect(plan.functions.map(\.workload) == ["web"])
        // Both members run as containers, two pods of 1 GPU each, on the 4-GPU host.
        let runs = plan.placements.flatMap(\.runs)
        #expect(Set(runs.filter { $0.workload < 2 }.map(\.kind)) == [.container])
        #expect(runs.filter { $0.workload < 2 }.reduce(0) { $0 + $1.count } == 4)
        #expect(plan.placements.compactMap(\.gpus).reduce(0, +) == 2)
        // A GPU on the riding sidecar makes its function ineligible too.
        let sidecar = try Planner().plan(Self.gpuService(gpusOnSidecar: true), model: .faas)
        #expect(
            sidecar.ineligible.map(\.reason) == [
                "its sidecars need 1 GPU per instance; the provider's functions have none; planned as containers"
            ])
    }

    @Test func aGPUWorkloadCannotBeAFunctionInTheMixedPlan() {
        var scenario = Self.gpuService()
        scenario.workloads[0].model = .faas
        scenario.workloads[1].model = .faas
        let errors = ScenarioValidator.errors(in: scenario).map(\.description)
        #expect(errors == ["workloads[0].model: a workload with GPUs cannot be \"faas\" (functions have no GPUs)"])
        scenario.workloads[0].gpus = 0
        #expect(ScenarioValidator.errors(in: scenario).isEmpty)
    }

    /// A cheap CPU-only type and a dearer 8-GPU type.
    static let catalog: [HostType] = [
        HostType(name: "cpu", cpuCores: 64, memoryGiB: 512, costPerHour: 2),
        HostType(
            name: "gpu",
            settings: .object([
                ("cpuCores", .number(64)), ("memoryGiB", .number(512)), ("costPerHour", .number(12)), ("gpus", .integer(8)),
            ])),
    ]

    @Test func onlyTheGPUTypeFitsTheGPUWorkload() throws {
        var scenario = Self.inference
        scenario.host.gpus = 0  // the catalog decides; no validation error for the shared host
        scenario.hostTypes = Self.catalog
        #expect(ScenarioValidator.errors(in: scenario).isEmpty)
        for plan in try Planner().plans(for: scenario) {
            #expect(plan.hostType == "gpu", "\(plan.model)")
            #expect(plan.activeHosts == 4, "\(plan.model)")
            let unfit = try #require(plan.alternatives.first { $0.hostType == "cpu" })
            #expect(unfit.costPerMonth == nil)
            #expect(unfit.unfitReason == "one instance needs 1 GPU; host.gpus is 0")
        }
        // In a mix, a CPU-only service may use the cheap type, but GPU instances only the GPU type.
        scenario.workloads.append(Workload(name: "api", cpuCores: 8, memoryMiB: 16_384, replicas: 40))
        scenario.hostSelection = .mix
        let plan = try Planner().plan(scenario, model: .container)
        #expect(plan.placements.compactMap(\.gpus).reduce(0, +) == 28)
        for placement in plan.placements where placement.runs.contains(where: { $0.workload < 3 }) {
            #expect((placement.hostType ?? plan.hostType) == "gpu", "host \(placement.host)")
            #expect((placement.gpus ?? 0) <= 8)
        }
        // A catalog type's GPUs are validated as host.gpus is.
        scenario.hostTypes[1].settings = .object([
            ("cpuCores", .number(64)), ("memoryGiB", .number(512)), ("costPerHour", .number(12)), ("gpus", .integer(-1)),
        ])
        #expect(
            ScenarioValidator.errors(in: scenario).map(\.description).contains("hostTypes[1].gpus: must be at least 0 (got -1)"))
    }

    @Test func plansWithGPUsStreamAsTheDocumentTreeWritesThem() throws {
        let scenario = Self.inference
        let plans = try Planner().plans(for: scenario)
        var tree: [UInt8] = []
        PlanDocument.value(scenario: scenario, plans: plans).write(into: &tree, indent: 0)
        tree.append(UInt8(ascii: "\n"))
        var streamed: [UInt8] = []
        PlanDocument.stream(scenario: scenario, plans: plans, chunkBytes: 512) { (chunk: [UInt8]) in streamed += chunk }
        #expect(streamed == tree)
        let text = String(decoding: tree, as: UTF8.self)
        #expect(text.contains("\"gpus\": 8"))
        // A scenario without GPUs writes no GPU key at all.
        var plain = scenario
        for index in plain.workloads.indices { plain.workloads[index].gpus = 0 }
        let document = String(decoding: PlanDocument.json(scenario: plain, plans: try Planner().plans(for: plain)), as: UTF8.self)
        #expect(!document.contains("\"gpus\""))
    }
}
