import Foundation
import Storage
import Testing

@testable import PlannerCore

/// Host catalogs (issue 18): `cheapest` agrees with planning every type alone by brute force, a
/// mix is never above the cheapest type and never below its proven bound, a mix's placements fit
/// each host's own type, and catalog files and `hostTypes` entries are read and refused as a
/// scenario's fields are.
struct HostChoiceTests {
    static let planner = Planner()

    /// A catalog of five sizes and price curves: the cheapest type differs by plan shape.
    static let catalog: [HostType] = [
        HostType(name: "big", cpuCores: 64, memoryGiB: 256, costPerHour: 4.0),
        HostType(name: "small", cpuCores: 8, memoryGiB: 32, costPerHour: 0.8),
        HostType(name: "medium", cpuCores: 16, memoryGiB: 64, costPerHour: 1.1),
        HostType(name: "highmem", cpuCores: 8, memoryGiB: 128, costPerHour: 1.3),
        HostType(name: "compute", cpuCores: 32, memoryGiB: 64, costPerHour: 1.9),
    ]

    /// A seeded scenario of a few services (containers, VMs, one function with traffic).
    static func scenario(seed: UInt64, failover: Int = 1, selection: HostSelection = .cheapest) -> Scenario {
        var random = SplitMix64(seed: seed)
        var host = HostProfile(targetUtilization: 1, failoverHosts: failover)
        host.reservationPreset = .none
        var workloads: [Workload] = []
        for index in 0..<(3 + Int(random.next() % 5)) {
            let cores = [0.25, 0.5, 1, 2, 4][Int(random.next() % 5)]
            let memory = [256.0, 1024, 2048, 4096, 8192, 16384][Int(random.next() % 6)]
            var workload = Workload(name: "w\(index)", cpuCores: cores, memoryMiB: memory, replicas: 1 + Int(random.next() % 24))
            if index == 0 {
                workload.requestsPerSecond = 40
                workload.requestSeconds = 0.1
            }
            workloads.append(workload)
        }
        var scenario = Scenario(name: "catalog \(seed)", host: host, workloads: workloads)
        scenario.hostTypes = catalog
        scenario.hostSelection = selection
        return scenario
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func cheapestIsTheBruteForceMinimum(seed: UInt64) throws {
        let scenario = Self.scenario(seed: seed)
        let plans = try Self.planner.plans(for: scenario)
        for plan in plans {
            var best: (cost: Double, name: String)?
            for index in scenario.hostTypes.indices {
                guard let alone = try? Self.planner.plan(scenario.onHostType(at: index), model: plan.model) else { continue }
                let name = scenario.hostTypes[index].name
                #expect(plan.alternatives.contains { $0.hostType == name && $0.costPerMonth == alone.cost.perMonth })
                if best == nil || alone.cost.perMonth < best!.cost { best = (alone.cost.perMonth, name) }
            }
            let chosen = try #require(best)
            #expect(plan.cost.perMonth == chosen.cost, "\(plan.model)")
            #expect(plan.alternatives.first?.costPerMonth == chosen.cost)
            let sameCost = plan.alternatives.filter { $0.costPerMonth == chosen.cost }.map(\.hostType)
            #expect(sameCost.contains(plan.hostType ?? ""), "\(plan.model): \(plan.hostType ?? "nil")")
            #expect((plan.cost.lowerBoundPerMonth ?? .infinity) <= plan.cost.perMonth + 1e-6)
            let costs = plan.alternatives.compactMap(\.costPerMonth)
            #expect(costs == costs.sorted())
        }
    }

    @Test func aMixIsStrictlyCheaperThanEveryTypeAndAboveItsBound() throws {
        var scenario = Scenario(
            name: "mix", host: HostProfile(targetUtilization: 1, failoverHosts: 0),
            workloads: [Workload(name: "api", cpuCores: 2, memoryMiB: 4096, replicas: 35, spread: Spread(topology: .none))])
        scenario.host.reservationPreset = .none
        scenario.hostTypes = Array(Self.catalog.prefix(2))
        scenario.hostSelection = .mix
        let plan = try Self.planner.plan(scenario, model: .container)
        // By hand: 35 × 2 cores = 70 cores. big alone: 2 hosts, $8/h; small alone: 9 hosts, $7.2/h;
        // one big (32 replicas) and one small (3): $4.8/h = $3,504 a month.
        #expect(plan.hostsByType.map(\.hostType) == ["big", "small"])
        #expect(plan.hostsByType.map(\.hosts) == [1, 1])
        #expect(plan.cost.perMonth == 4.8 * 730)
        let single = try #require(plan.alternatives.first?.costPerMonth)
        #expect(single == 7.2 * 730)
        #expect(plan.cost.perMonth < single)
        let bound = try #require(plan.cost.lowerBoundPerMonth)
        // The volume LP: small carries 8/70 of the cores for $0.8, big 64/70 for $4: 70 × 0.0625 = $4.375/h.
        #expect(abs(bound - 4.375 * 730) < 1e-6)
        #expect(bound <= plan.cost.perMonth)
        #expect(plan.lowerBoundHosts == 2)
        Self.checkFeasible(plan, scenario)
    }

    /// CPU-heavy and memory-heavy workloads, a compute type, a memory type and a balanced one.
    static func shapes(computeMemoryGiB: Double) -> Scenario {
        var scenario = Scenario(
            name: "shapes", host: HostProfile(targetUtilization: 1, failoverHosts: 1),
            workloads: [
                Workload(name: "api", cpuCores: 4, memoryMiB: 1024, replicas: 40, spread: Spread(topology: .none)),
                Workload(name: "cache", cpuCores: 0.25, memoryMiB: 40 * 1024, replicas: 16, spread: Spread(topology: .none)),
            ])
        scenario.host.reservationPreset = .none
        scenario.hostTypes = [
            HostType(name: "compute", cpuCores: 32, memoryGiB: computeMemoryGiB, costPerHour: 1),
            HostType(name: "memory", cpuCores: 6, memoryGiB: 128, costPerHour: 1),
            HostType(name: "balanced", cpuCores: 16, memoryGiB: 64, costPerHour: 1.3),
        ]
        scenario.hostSelection = .mix
        return scenario
    }

    @Test(arguments: [32.0, 48])
    func aMixPutsEachShapeOnItsTypeEvenOneTooSmallForTheRest(computeMemoryGiB: Double) throws {
        // With 32 GiB the compute type cannot hold a cache at all, yet it is where the APIs belong:
        // 160 cores on 32-core hosts (5) and 640 GiB of caches on 128 GiB hosts (5 + spares), against
        // 11+ balanced hosts at 1.3 or 17 of one cheap type alone.
        let scenario = Self.shapes(computeMemoryGiB: computeMemoryGiB)
        let plan = try Self.planner.plan(scenario, model: .container)
        let single = try #require(plan.alternatives.compactMap(\.costPerMonth).min())
        #expect(plan.cost.perMonth < single)
        #expect(Set(plan.hostsByType.map(\.hostType)).isSuperset(of: ["compute", "memory"]))
        #expect(plan.cost.perMonth >= (plan.cost.lowerBoundPerMonth ?? .infinity))
        Self.checkFeasible(plan, scenario)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func aMixIsNeverAboveTheCheapestTypeAndItsHostsFitTheirTypes(seed: UInt64) throws {
        for failover in [0, 1] {
            let cheapest = try Self.planner.plans(for: Self.scenario(seed: seed, failover: failover))
            let scenario = Self.scenario(seed: seed, failover: failover, selection: .mix)
            let mixed = try Self.planner.plans(for: scenario)
            for (single, mix) in zip(cheapest, mixed) {
                #expect(mix.cost.perMonth <= single.cost.perMonth + 1e-6, "\(mix.model) seed \(seed)")
                #expect((mix.cost.lowerBoundPerMonth ?? .infinity) <= mix.cost.perMonth + 1e-6)
                if mix.hostsByType.isEmpty {
                    #expect(mix.hostType != nil)
                } else {
                    #expect(mix.hostsByType.count > 1 && mix.hostType == nil)
                    #expect(mix.hostsByType.reduce(0) { $0 + $1.hosts } == mix.hosts)
                    for placement in mix.placements {
                        #expect(placement.cpuCores <= mix.hostCapacity.cpuCores + 1e-9)
                        #expect(placement.memoryMiB <= mix.hostCapacity.memoryMiB + 1e-9)
                    }
                }
                #expect(mix.activeHosts >= mix.lowerBoundHosts)
                Self.checkFeasible(mix, scenario)
            }
        }
    }

    /// Every host's load, recomputed from its runs in its own type's units, fits that type, and
    /// every replica of every VM and container workload is placed once.
    static func checkFeasible(_ plan: Plan, _ scenario: Scenario) {
        let names = scenario.hostTypes.map(\.name)
        var placed = [Int: Set<Int>]()
        for placement in plan.placements {
            let name = placement.hostType ?? plan.hostType ?? ""
            guard let index = names.firstIndex(of: name), let typed = try? scenario.onHostType(at: index) else {
                Issue.record("host \(placement.host) has no known type (\(name))")
                continue
            }
            let units = PlacementUnit.units(for: typed, model: plan.model)
            let capacity = HostCapacity(scenario: typed, model: plan.model, units: units).resources
            var load = Resources.zero
            for run in placement.runs {
                if let unit = units.first(where: { $0.members[0] == run.workload }) {
                    load += unit.resources.times(Int64(run.count))
                }
                for replica in run.firstReplica..<(run.firstReplica + run.count) {
                    #expect(placed[run.workload, default: []].insert(replica).inserted, "replica placed twice")
                }
            }
            #expect(load.fits(within: capacity), "host \(placement.host) (\(name)) over its capacity")
        }
        for (index, workload) in scenario.workloads.enumerated() where plan.model.kind(for: workload) != .function {
            #expect(placed[index, default: []].count == workload.replicas, "\(workload.name) in \(plan.model)")
        }
    }

    @Test func theTypesPlannedOnSeveralThreadsGiveTheSamePlans() throws {
        for selection in HostSelection.allCases {
            let scenario = Self.scenario(seed: 5, selection: selection)
            #expect(try Planner(parallelism: 4).plans(for: scenario) == Self.planner.plans(for: scenario))
        }
    }

    @Test func theCatalogVolumeLPByHand() {
        // One dimension: A carries half the fleet for 4, B a tenth for 0.6: ten B at 6 beat two A at 8.
        #expect(abs(HostCatalogBound.volumeLP(ratios: [[0.5], [0.1]], prices: [4, 0.6]) - 6) < 1e-9)
        // Two dimensions each only one type covers: one of each, 1 + 2.
        #expect(abs(HostCatalogBound.volumeLP(ratios: [[1, 0], [0, 1]], prices: [1, 2]) - 3) < 1e-9)
        // A type covering both at once for less than the two apart.
        #expect(abs(HostCatalogBound.volumeLP(ratios: [[1, 0], [0, 1], [1, 1]], prices: [1, 2, 2.5]) - 2.5) < 1e-9)
    }

    @Test func theCatalogPatternLPBoundByHand() {
        // Items of 6 cores: one per host on a 10-core and on a 7-core type, so ten hosts whatever
        // the volume says (6 of the 10-core type); the 7-core type is cheaper: 10 × 1.2.
        let item = Resources(cpuMillicores: 6000, memoryKiB: 1024, pods: 0)
        var lp = CatalogPatternLP(
            counts: [10], demand: [[item], [item]],
            capacity: [
                Resources(cpuMillicores: 10000, memoryKiB: 1 << 20, pods: 110),
                Resources(cpuMillicores: 7000, memoryKiB: 1 << 20, pods: 110),
            ], prices: [1.5, 1.2])
        #expect(abs(lp.bound() - 12) < 1e-6)
        // Two sizes that pair up on the large type (6 + 4 cores): five hosts at 1.5 beat the rest.
        let small = Resources(cpuMillicores: 4000, memoryKiB: 1024, pods: 0)
        lp.counts = [5, 5]
        lp.demand = [[item, small], [item, small]]
        let bound = lp.bound()
        #expect(bound <= 5 * 1.5 + 1e-6)
        #expect(bound >= 5 * 1.5 * 0.99)
    }

    @Test func hostTypesAreReadAndRefusedAsHostFieldsAre() throws {
        func message(_ types: String) -> String? {
            let json = #"{"workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512}], "hostTypes": "# + types + "}"
            do {
                _ = try ScenarioDecoder.scenario(from: Data(json.utf8))
                return nil
            } catch {
                return error.description
            }
        }
        let good = #"{"name": "a", "cpuCores": 8, "memoryGiB": 32, "costPerHour": 0.4}"#
        #expect(message("[\(good)]") == nil)
        #expect(message("[\(good), \(good)]") == "hostTypes[1].name: \"a\" is already the name of hostTypes[0]")
        #expect(message(#"[{"name": "a", "cpuCores": 8, "memoryGiB": 32}]"#) == "hostTypes[0].costPerHour: is required")
        #expect(
            message(#"[{"name": "a", "cpuCores": 0, "memoryGiB": 32, "costPerHour": 1}]"#)
                == "hostTypes[0].cpuCores: must be greater than 0 (got 0)")
        #expect(
            message(#"[{"name": "a", "cpuCores": 8, "memoryGiB": 32, "costPerHour": 1, "nicGpbs": 10}]"#)
                == "hostTypes[0].nicGpbs: unknown key (did you mean \"nicGbps\"?)")
        #expect(
            message(#"[{"name": "a", "cpuCores": 8, "memoryGiB": 32, "costPerHour": 1, "reservedCpuCores": 9}]"#)
                == "hostTypes[0].reservedCpuCores: must be less than host.cpuCores (8) (got 9)")
    }

    @Test func aScenarioWithACatalogReadsBackTheSame() throws {
        var scenario = Self.scenario(seed: 3, selection: .mix)
        scenario.hostTypes[1].maxPodsPerHost = 58
        let again = try ScenarioDecoder.scenario(from: ScenarioDocument.json(scenario))
        #expect(again == scenario)
        let typed = try again.onHostType(at: 1)
        #expect(typed.container.maxPodsPerHost == 58 && typed.host.cpuCores == 8 && typed.host.costPerHour == 0.8)
        #expect(typed.hostTypes.isEmpty)
    }

    @Test func everyBundledCatalogReadsAndPlansTheDefaultProfile() throws {
        #expect(BundledCatalogs.all.count >= 3)
        let profile = try BundledProfiles.defaultScenario()
        for entry in BundledCatalogs.all {
            let catalog = try BundledCatalogs.catalog(named: entry.name)
            #expect(!catalog.sources.isEmpty && !catalog.pricesAsOf.isEmpty && catalog.hostTypes.count >= 10)
            let plans = try Self.planner.plans(for: catalog.applied(to: profile))
            #expect(plans.allSatisfy { $0.hostType != nil && $0.alternatives.count == catalog.hostTypes.count })
        }
        var euros = profile
        euros.currency = "EUR"
        #expect(throws: ScenarioError.self) { try BundledCatalogs.catalog(named: "aws-us-east-1").applied(to: euros) }
    }
}
