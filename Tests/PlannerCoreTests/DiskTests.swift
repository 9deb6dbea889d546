import Foundation
import Testing

@testable import PlannerCore

/// Local disk as a packing dimension (issue 14, "More dimensions"): feasibility, the bound,
/// validation, faas eligibility (`faas.maxEphemeralStorageMiB`), the mixed plan, host catalogs and
/// the plan document, each with its figures worked by hand.
@Suite struct DiskTests {
    /// A plain 64-core, 512 GiB host with `diskGiB` of local disk, no reservations, headroom or spares.
    static func host(diskGiB: Double) -> HostProfile {
        var host = PlannerFixture.plainHost(cores: 64, memoryGiB: 512, failover: 0)
        host.localDiskGiB = diskGiB
        return host
    }

    static func workload(_ name: String, diskGiB: Double, replicas: Int, pod: String? = nil) -> Workload {
        var workload = Workload(name: name, cpuCores: 1, memoryMiB: 4096, replicas: replicas, pod: pod)
        workload.diskGiB = diskGiB
        return workload
    }

    /// Three 400 GiB, four 300 GiB and six 100 GiB instances on hosts with 1,000 GiB of local disk:
    /// 1,200 + 1,200 + 600 = 3,000 GiB, ⌈3,000 ÷ 1,000⌉ = 3 hosts, and 3 suffice, each exactly
    /// full: 400+300+300 | 400+300+300 | 400+6×100. CPU (13 of 64 cores at most) and memory never
    /// bind. Every workload needs more than Lambda's 10 GiB of /tmp, so the faas plan runs them as
    /// containers on the same 3 hosts.
    static let storage = Scenario(
        name: "storage", host: host(diskGiB: 1000),
        workloads: [
            workload("db", diskGiB: 400, replicas: 3), workload("cache", diskGiB: 300, replicas: 4),
            workload("scratch", diskGiB: 100, replicas: 6),
        ])

    @Test func hostsWithAThousandGiBCarryTheInstancesOnTheHandCount() throws {
        for plan in try Planner().plans(for: Self.storage) {
            #expect(plan.activeHosts == 3, "\(plan.model)")
            #expect(plan.lowerBoundHosts == 3, "\(plan.model)")
            #expect(plan.lowerBoundMethod == "reachable-capacity volume (disk)", "\(plan.model)")
            #expect(plan.hostCapacity.diskGiB == 1000)
            #expect(plan.hostCapacity.gpus == nil)
            let perWorkload = [400.0, 300, 100]
            for placement in plan.placements {
                let disk = placement.runs.reduce(0.0) { $0 + Double($1.count) * perWorkload[$1.workload] }
                #expect(placement.diskGiB == disk, "\(plan.model) host \(placement.host)")
                #expect(disk == 1000, "\(plan.model) host \(placement.host)")
            }
        }
    }

    @Test func everyPackerKeepsEveryHostWithinItsDisk() throws {
        // Ten 300 MiB items that take almost nothing else, on hosts with 1,000 MiB of disk and room
        // for 110 pods, among 300 disk-free pods: the disk binds, three per host, ⌈10 ÷ 3⌉ = 4 hosts.
        let problem = PackingProblem(
            capacity: Resources(cpuMillicores: 64_000, memoryKiB: 512 * 1_048_576, pods: 110, diskMiB: 1000),
            items: [
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 1024, pods: 1, diskMiB: 300), count: 10),
                PackingItemType(demand: Resources(cpuMillicores: 100, memoryKiB: 1024, pods: 1), count: 300),
            ])
        for solution in [FirstFitDecreasing.pack(problem), NearOptimalPacker.pack(problem)] {
            let loads = solution.bins.map { bin in
                bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            }
            #expect(loads.allSatisfy { $0.fits(within: problem.capacity) })
            #expect(solution.bins.count == 4)
        }
    }

    @Test func allFiveDimensionsBindTogetherInAPerfectPacking() {
        // Each host cut into three items that fill all five dimensions exactly:
        // (1, 1, 1, 2, 0.5) + (1, 1, 1, 0, 1.5) + (2, 2, 2, 2, 2) = (4 cores, 4 MiB, 4 pods, 4 GPUs, 4 GiB).
        let capacity = Resources(cpuMillicores: 4000, memoryKiB: 4096, pods: 4, gpus: 4, diskMiB: 4096)
        let problem = PackingProblem(
            capacity: capacity,
            items: [
                PackingItemType(
                    demand: Resources(cpuMillicores: 1000, memoryKiB: 1024, pods: 1, gpus: 2, diskMiB: 512), count: 12),
                PackingItemType(demand: Resources(cpuMillicores: 1000, memoryKiB: 1024, pods: 1, diskMiB: 1536), count: 12),
                PackingItemType(
                    demand: Resources(cpuMillicores: 2000, memoryKiB: 2048, pods: 2, gpus: 2, diskMiB: 2048), count: 12),
            ])
        #expect(LowerBound.bins(problem) == 12)
        let solution = NearOptimalPacker.pack(problem)
        #expect(solution.bins.count == 12)
        for bin in solution.bins {
            let load = bin.reduce(Resources.zero) { $0 + problem.items[$1.type].demand.times(Int64($1.count)) }
            #expect(load.fits(within: capacity))
        }
    }

    @Test func theBoundCountsDiskAsADimensionOfItsOwn() {
        func problem(_ disk: [Int64], count: Int = 1) -> PackingProblem {
            PackingProblem(
                capacity: Resources(cpuMillicores: 64_000, memoryKiB: 1_048_576, pods: 110, diskMiB: 1000),
                items: disk.map {
                    PackingItemType(demand: Resources(cpuMillicores: 1000, memoryKiB: 1024, pods: 1, diskMiB: $0), count: count)
                })
        }
        // Nine 250 MiB items: ⌈2,250 ÷ 1,000⌉ = 3.
        #expect(LowerBound.certificate(problem([250], count: 9)) == .init(bins: 3, method: "reachable-capacity volume (disk)"))
        // Five 400 MiB items: no host holds more than 800 of its 1,000 MiB, ⌈2,000 ÷ 800⌉ = 3
        // (the optimum), where the plain volume says 2.
        #expect(LowerBound.certificate(problem([400], count: 5)) == .init(bins: 3, method: "reachable-capacity volume (disk)"))
        // Hosts without local disk: the dimension is skipped, as for items without it.
        var none = problem([0], count: 9)
        none.capacity.diskMiB = 0
        #expect(LowerBound.certificate(none) == .init(bins: 1, method: "reachable-capacity volume (cpu)"))
    }

    @Test func diskIsRoundedUpForDemandsAndDownForCapacities() {
        #expect(Resources(demandCores: 1, memoryMiB: 1, pods: 1, diskGiB: 0.5).diskMiB == 512)
        #expect(Resources(demandCores: 1, memoryMiB: 1, pods: 1, diskGiB: 0.0001).diskMiB == 1)
        #expect(Resources(capacityCores: 1, memoryMiB: 1, pods: 1, diskGiB: 0.0001).diskMiB == 0)
        // 500M (Kubernetes: 500,000,000 bytes) is 476.84 MiB: 477 asked, 476 offered.
        let gib = 500_000_000.0 / 1_073_741_824
        #expect(Resources(demandCores: 1, memoryMiB: 1, pods: 1, diskGiB: gib).diskMiB == 477)
        #expect(Resources(capacityCores: 1, memoryMiB: 1, pods: 1, diskGiB: gib).diskMiB == 476)
    }

    @Test func anInstanceOrPodNeedingMoreDiskThanTheHostIsAValidationError() throws {
        var scenario = Self.storage
        scenario.host.localDiskGiB = 0
        #expect(
            ScenarioValidator.errors(in: scenario).map(\.description) == [
                "workloads[0].diskGiB: one instance needs 400 GiB of local disk; host.localDiskGiB is 0",
                "workloads[1].diskGiB: one instance needs 300 GiB of local disk; host.localDiskGiB is 0",
                "workloads[2].diskGiB: one instance needs 100 GiB of local disk; host.localDiskGiB is 0",
            ])
        // A pod takes its members' disk together: 400 + 300 + 400 = 1,100 GiB on 1,000 GiB hosts.
        var pod = Self.storage
        pod.workloads = [
            Self.workload("primary", diskGiB: 400, replicas: 2, pod: "db"),
            Self.workload("agent", diskGiB: 0, replicas: 2, pod: "db"),
            Self.workload("wal", diskGiB: 300, replicas: 2, pod: "db"),
            Self.workload("backup", diskGiB: 400, replicas: 2, pod: "db"),
        ]
        let expected =
            "workloads[0].diskGiB: pod \"db\" needs 1100 GiB of local disk per replica (its members' summed); host.localDiskGiB is 1000"
        #expect(ScenarioValidator.errors(in: pod).map(\.description) == [expected])
        #expect(ScenarioValidator.errors(in: pod, touching: [1]).map(\.description) == [expected])
        // The same words from a JSON file; a negative or absurd figure is a range error.
        let json = """
            {"name": "d", "host": {"localDiskGiB": 100},
             "workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512},
                           {"name": "b", "cpuCores": 1, "memoryMiB": 512, "diskGiB": 250}]}
            """
        #expect(
            PlannerFixture.message(json)?.hasSuffix(
                "workloads[1].diskGiB: one instance needs 250 GiB of local disk; host.localDiskGiB is 100") == true)
        #expect(PlannerFixture.message(json.replacingOccurrences(of: "\"diskGiB\": 250", with: "\"diskGiB\": -1")) != nil)
        #expect(
            PlannerFixture.message(json.replacingOccurrences(of: "\"localDiskGiB\": 100", with: "\"localDiskGiB\": 1e9")) != nil)
        #expect(PlannerFixture.message(json.replacingOccurrences(of: "\"diskGiB\": 250", with: "\"diskGiB\": 100")) == nil)
    }

    /// An API with traffic that needs `diskGiB` of scratch space, and a plain one.
    static func scratchService(diskGiB: Double) -> Scenario {
        var api = Workload(name: "render", cpuCores: 2, memoryMiB: 2048, replicas: 2, requestsPerSecond: 20, requestSeconds: 0.05)
        api.diskGiB = diskGiB
        let plain = Workload(name: "web", cpuCores: 0.5, memoryMiB: 512, replicas: 2, requestsPerSecond: 10, requestSeconds: 0.1)
        return Scenario(name: "scratch", host: host(diskGiB: 500), workloads: [api, plain])
    }

    @Test func moreDiskThanTheProvidersEphemeralStorageMakesAFunctionIneligible() throws {
        let plan = try Planner().plan(Self.scratchService(diskGiB: 20), model: .faas)
        #expect(plan.ineligible.map(\.workload) == ["render"])
        #expect(
            plan.ineligible[0].reason
                == "it needs 20480 MiB of local disk, over the provider's 10240 MiB of ephemeral storage "
                + "(faas.maxEphemeralStorageMiB); planned as containers")
        #expect(plan.functions.map(\.workload) == ["web"])
        #expect(plan.placements.compactMap(\.diskGiB).reduce(0, +) == 40)
        // 5 GiB fits Lambda's /tmp: a function, taking no host disk.
        let small = try Planner().plan(Self.scratchService(diskGiB: 5), model: .faas)
        #expect(small.ineligible.isEmpty)
        #expect(small.functions.map(\.workload) == ["render", "web"])
        #expect(small.placements.compactMap(\.diskGiB).reduce(0, +) == 0)
        // ... unless the provider offers less.
        var tight = Self.scratchService(diskGiB: 5)
        tight.faas.maxEphemeralStorageMiB = 4096
        #expect(try Planner().plan(tight, model: .faas).ineligible.map(\.workload) == ["render"])
    }

    @Test func aSelfHostedFunctionTakesItsDiskOnTheHost() throws {
        var scenario = Self.scratchService(diskGiB: 5)
        scenario.workloads[0].model = .faas
        #expect(ScenarioValidator.errors(in: scenario).isEmpty)
        let plan = try Planner().plan(scenario, model: .mixed)
        let instances = plan.placements.flatMap(\.runs).filter { $0.workload == 0 }.reduce(0) { $0 + $1.count }
        #expect(instances > 0)
        #expect(plan.placements.compactMap(\.diskGiB).reduce(0, +) == 5 * Double(instances))
    }

    /// A cheap type without local disk and a dearer one with 2,000 GiB.
    static let catalog: [HostType] = [
        HostType(name: "diskless", cpuCores: 64, memoryGiB: 512, costPerHour: 2),
        HostType(
            name: "storage",
            settings: .object([
                ("cpuCores", .number(64)), ("memoryGiB", .number(512)), ("costPerHour", .number(3)),
                ("localDiskGiB", .number(2000)),
            ])),
    ]

    @Test func onlyTheTypeWithDiskFitsTheDiskWorkload() throws {
        var scenario = Self.storage
        scenario.host.localDiskGiB = 0  // the catalog decides; no validation error for the shared host
        scenario.hostTypes = Self.catalog
        #expect(ScenarioValidator.errors(in: scenario).isEmpty)
        for plan in try Planner().plans(for: scenario) {
            #expect(plan.hostType == "storage", "\(plan.model)")
            #expect(plan.activeHosts == 2, "\(plan.model)")
            let unfit = try #require(plan.alternatives.first { $0.hostType == "diskless" })
            #expect(unfit.costPerMonth == nil)
            #expect(unfit.unfitReason == "one instance needs 400 GiB of local disk; host.localDiskGiB is 0")
        }
        // A catalog type's disk is validated as host.localDiskGiB is.
        scenario.hostTypes[1].settings = .object([
            ("cpuCores", .number(64)), ("memoryGiB", .number(512)), ("costPerHour", .number(3)), ("localDiskGiB", .number(-1)),
        ])
        #expect(
            ScenarioValidator.errors(in: scenario).map(\.description).contains(
                "hostTypes[1].localDiskGiB: must be at least 0 (got -1)"))
    }

    @Test func plansWithDiskStreamAsTheDocumentTreeWritesThem() throws {
        let scenario = Self.storage
        let plans = try Planner().plans(for: scenario)
        var tree: [UInt8] = []
        PlanDocument.value(scenario: scenario, plans: plans).write(into: &tree, indent: 0)
        tree.append(UInt8(ascii: "\n"))
        var streamed: [UInt8] = []
        PlanDocument.stream(scenario: scenario, plans: plans, chunkBytes: 512) { (chunk: [UInt8]) in streamed += chunk }
        #expect(streamed == tree)
        let text = String(decoding: tree, as: UTF8.self)
        #expect(text.contains("\"diskGiB\": 1000"))
        // A scenario without local disk writes no disk key at all, whatever the host offers.
        var plain = scenario
        for index in plain.workloads.indices { plain.workloads[index].diskGiB = 0 }
        let document = String(decoding: PlanDocument.json(scenario: plain, plans: try Planner().plans(for: plain)), as: UTF8.self)
        #expect(!document.contains("\"diskGiB\""))
    }

    @Test func theCatalogsVolumeLPBySimplexMatchesTheVertexEnumeration() {
        // With a fourth dimension the vertex enumeration grows as types⁴; above its limit the
        // simplex method solves the same LP. On small random LPs the two agree.
        var random = SplitMix64(seed: 14)
        for trial in 0..<200 {
            let m = 1 + trial % 5
            let n = 1 + Int(random.next() % 12)
            let rows = (0..<n).map { _ in
                (0..<m).map { _ in random.next() % 4 == 0 ? 0 : Double(random.next() % 1000) / 100 }
            }
            let prices = (0..<n).map { _ in Double(1 + random.next() % 500) / 100 }
            guard let u = VolumeSimplex.maximum(rows: rows, limits: prices) else {
                // Unbounded: some dimension no type offers; the enumeration's finite answer is moot.
                #expect((0..<m).contains { d in rows.allSatisfy { $0[d] == 0 } }, "trial \(trial)")
                continue
            }
            #expect(u.allSatisfy { $0 >= -1e-9 }, "trial \(trial)")
            for (row, price) in zip(rows, prices) {
                #expect(zip(row, u).reduce(0.0) { $0 + $1.0 * $1.1 } <= price + 1e-9, "trial \(trial)")
            }
            let enumerated = HostCatalogBound.volumeLP(ratios: rows, prices: prices)
            #expect(abs(u.reduce(0, +) - enumerated) <= 1e-9 * max(1, enumerated), "trial \(trial)")
        }
        #expect(HostCatalogBound.subsets(of: 104, size: 4) == 4_598_126)
    }

    @Test func aDimensionNobodyUsesChangesNoPlan() throws {
        // The same fleet with and without 10 TiB of unused local disk on its hosts: identical plans.
        var scenario = Self.storage
        for index in scenario.workloads.indices { scenario.workloads[index].diskGiB = 0 }
        scenario.workloads.append(Workload(name: "api", cpuCores: 3, memoryMiB: 24_576, replicas: 37))
        var withDisk = scenario
        withDisk.host.localDiskGiB = 10_240
        let plans = try Planner().plans(for: scenario)
        let other = try Planner().plans(for: withDisk)
        #expect(plans.map(\.placements) == other.map(\.placements))
        #expect(plans.map(\.lowerBoundMethod) == other.map(\.lowerBoundMethod))
    }
}
