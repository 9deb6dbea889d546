import Testing

@testable import PlannerCore

/// Every formula of the model against arithmetic done by hand, written out beside each check.
@Suite struct FormulaTests {
    /// 16 cores, 64 GiB, nothing reserved; an API of 6 replicas with three layers and a stateful
    /// database of 1 replica.
    static func shop(dbModel: DeploymentModel = .container) -> Scenario {
        Scenario(
            name: "shop", host: PlannerFixture.plainHost(),
            vm: VMParameters(
                cpuOvercommit: 1, overheadModel: .custom, guestOsMemoryMiB: 512, overheadMiB: 218, overheadFraction: 0.002,
                overheadPerVcpuMiB: 8,
                cpuOverhead: 0.05,
                osImageMiB: 2048, imageCachedPerHost: true, bootSeconds: 30, parallelBootsPerHost: 4),
            container: ContainerParameters(runtimeOverheadMiB: 10, startSeconds: 0.25, parallelStartsPerHost: 16),
            faas: FaaSParameters(coldStartSeconds: 0.264, coldStartSecondsPerMiB: 0.001, instanceOverheadMiB: 5),
            workloads: [
                Workload(
                    name: "api", cpuCores: 0.5, memoryMiB: 768, replicas: 6,
                    layers: [.init(id: "debian", sizeMiB: 48), .init(id: "jre", sizeMiB: 190), .init(id: "app", sizeMiB: 35)],
                    updatesPerDay: 3, changedLayers: 1, requestsPerSecond: 400, peakRequestsPerSecond: 1200,
                    requestSeconds: 0.08),
                Workload(
                    name: "db", cpuCores: 2, memoryMiB: 4096, replicas: 1, stateful: true, model: dbModel,
                    layers: [.init(id: "debian", sizeMiB: 48), .init(id: "pg", sizeMiB: 150)]),
            ])
    }

    static let secondsPerMiBAt10Gbps = 8.0 * 1_048_576 / 10e9  // 0.0008388608

    @Test func vmPlan() throws {
        let plan = try Planner().plan(Self.shop(), model: .vm)
        // api VM: 1 vCPU → 1 × 1.05 = 1.05 cores; guest 768 + 512 = 1280 MiB;
        // hypervisor 218 + 0.002 × 1280 + 8 × 1 = 228.56 MiB → 1508.56 MiB.
        // db VM: 2 vCPUs → 2.1 cores; guest 4096 + 512 = 4608; hypervisor 218 + 9.216 + 16 = 243.216 → 4851.216.
        #expect(abs(plan.cpu.demandCores - (6 * 1.05 + 2.1)) < 1e-9)
        #expect(plan.activeHosts == 1 && plan.failoverHosts == 1 && plan.hosts == 2)
        #expect(plan.lowerBoundHosts == 1)
        #expect(plan.instances == 7)
        #expect(plan.memory.workloadMiB == 6 * 768 + 4096)
        #expect(abs(plan.memory.overheadBySource[.guestOs]! - 7 * 512) < 1e-9)
        #expect(abs(plan.memory.overheadBySource[.hypervisor]! - (6 * 228.56 + 243.216)) < 1e-9)
        let overhead = 7 * 512 + 6 * 228.56 + 243.216
        #expect(abs(plan.memory.overheadMiB - overhead) < 1e-9)
        #expect(abs(plan.memory.overheadFraction - overhead / (8704 + overhead)) < 1e-12)
        // One host, images cached per host: the OS image once (2048) and each workload's layers once
        // ((48 + 190 + 35) + (48 + 150)) = 2519 MiB. VM disk images are not unpacked.
        #expect(plan.transfer.rolloutMiB == 2519)
        #expect(abs(plan.transfer.rolloutSeconds - 2519 * Self.secondsPerMiBAt10Gbps) < 1e-9)
        // Updates re-ship the full api image to its one host three times a day.
        #expect(plan.transfer.updateMiBPerDay == 3 * 2321)
        // 7 VMs, 4 boot at once: 2 waves × 30 s after the transfer.
        let transfer = 2519 * Self.secondsPerMiBAt10Gbps
        #expect(plan.boot.instanceSeconds == 30)
        #expect(abs(plan.boot.readySeconds - (transfer + 60)) < 1e-9)
        #expect(plan.boot.timeline.map(\.instancesReady) == [0, 0, 4, 7])
        #expect(abs(plan.boot.timeline[2].seconds - (transfer + 30)) < 1e-9)
        // 2 hosts × 2 per hour × 730 hours.
        #expect(plan.cost.perMonth == 2 * 2 * 730)
        #expect(plan.cost.basis == "hosts")
    }

    @Test func containerPlan() throws {
        let plan = try Planner().plan(Self.shop(), model: .container)
        // Pods: api 0.5 cores, 768 + 10 runtime = 778 MiB; db 2 cores, 4106 MiB.
        #expect(abs(plan.cpu.demandCores - (6 * 0.5 + 2)) < 1e-9)
        #expect(plan.placements.count == 1)
        #expect(plan.placements[0].memoryMiB == 6 * 778 + 4106)
        #expect(plan.placements[0].pods == 7)
        #expect(plan.memory.overheadBySource[.containerRuntime] == 70)
        #expect(plan.memory.overheadBySource[.guestOs] == 0)
        // Layers pulled once per host, by id: debian 48 + jre 190 + app 35 + pg 150 = 423 MiB.
        #expect(plan.transfer.rolloutMiB == 423)
        // An update ships the api's top layer (35 MiB) to its one host, 3 times a day.
        #expect(plan.transfer.updateMiBPerDay == 105)
        // Pull 423 MiB, then unpack them one image at a time (serial pulls, the default) at 200 MiB/s;
        // then 7 containers, 16 start at once: one wave of 0.25 s.
        #expect(abs(plan.boot.readySeconds - (423 * Self.secondsPerMiBAt10Gbps + 423 / 200 + 0.25)) < 1e-9)
        // Parallel pulls: only the largest image's unpacking is left after the download: the api's
        // new layers, jre + app = 225 MiB (the db, placed first, already brought the debian base).
        var parallel = Self.shop()
        parallel.container.serialImagePulls = false
        let overlapped = try Planner().plan(parallel, model: .container)
        #expect(abs(overlapped.transfer.rolloutSeconds - (423 * Self.secondsPerMiBAt10Gbps + 225 / 200)) < 1e-9)
    }

    @Test func faasPlan() throws {
        let plan = try Planner().plan(Self.shop(), model: .faas)
        // Little's law: 1200 requests/s × 0.08 s = 96 requests in progress at the peak on average;
        // at p99 the Poisson(96) quantile, 120 (scipy poisson.ppf(0.99, 96)). Lambda serves one
        // request per instance. The 6 replicas carry 96 ÷ 6 = 16 requests each, so one request
        // needs 0.5 ÷ 16 cores = 55.3 MiB of Lambda memory: the 768 MiB configured rules, and
        // buys 768 ÷ 1,769 cores.
        #expect(plan.functions.count == 1)
        #expect(plan.functions[0].concurrency == 120)
        #expect(plan.functions[0].instancesAtMean == 96)
        #expect(plan.functions[0].billedMemoryMiB == 768)
        #expect(abs(plan.functions[0].cpuCores - 768.0 / 1769) < 1e-12)
        #expect(plan.instances == 121)  // 120 functions + the db as a container
        #expect(plan.ineligible.map(\.workload) == ["db"])
        #expect(plan.ineligible[0].plannedAs == .container)
        // CPU: 120 × 0.434 + 2 = 54.1 cores on 16-core hosts → at least ⌈54.1 ÷ 16⌉ = 4 hosts.
        #expect(plan.lowerBoundHosts == 4)
        #expect(plan.activeHosts == 4)
        #expect(plan.memory.overheadBySource[.functionRuntime] == Double(120 * 5))
        #expect(plan.memory.overheadBySource[.containerRuntime] == 10)
        // Cold start: 0.264 + 0.001 s/MiB × (48 + 190 + 35) MiB = 0.537 s.
        #expect(abs(plan.functions[0].coldStartSeconds - 0.537) < 1e-12)
        // Cost, 24 equal hours × 30.4167 days: 400 req/s × 3600 × 24 × 30.4167 = 1,051,201,152
        // requests → 1051.201152 × 0.2; GB-seconds × 0.08 s × 0.75 GB × 0.0000166667;
        // plus the db's own host and the failover spare: 2 × 2 × 730 = 2920.
        let requests = 400.0 * 3600 * 24 * 30.4167
        let functions = requests / 1e6 * 0.2 + requests * 0.08 * 0.75 * 0.0000166667
        #expect(abs(plan.cost.functionsPerMonth - functions) < 1e-6)
        #expect(plan.cost.billedHosts == 2)
        #expect(abs(plan.cost.perMonth - (functions + 2920)) < 1e-6)
        #expect(plan.cost.basis == "functions+hosts")
        #expect(plan.warnings.contains { $0.contains("db: stateful") })
    }

    @Test func mixedPlanRunsEachWorkloadUnderItsModelOnOnePool() throws {
        let plan = try Planner().plan(Self.shop(dbModel: .vm), model: .mixed)
        // api as 6 containers (778 MiB each), db as one VM (4851.216 MiB, 2.1 cores).
        #expect(plan.instances == 7)
        #expect(plan.activeHosts == 1)
        let kinds = Set(plan.placements.flatMap { $0.runs.map(\.kind) })
        #expect(kinds == [.container, .vm])
        #expect(abs(plan.cpu.demandCores - (3 + 2.1)) < 1e-9)
        // Transfer: the db's full VM image (2048 + 198) plus the api's layers (273) on the one host,
        // the api's layers unpacked at 200 MiB/s.
        #expect(plan.transfer.rolloutMiB == 2246 + 273)
        // VMs and containers start in their own slots: the host is ready when the VM has booted.
        #expect(abs(plan.boot.readySeconds - (2519 * Self.secondsPerMiBAt10Gbps + 273 / 200 + 30)) < 1e-9)
    }

    @Test func podsStayWholeAndCountOnePodSlot() throws {
        var scenario = Scenario(
            name: "pods", host: PlannerFixture.plainHost(cores: 4, memoryGiB: 64),
            container: ContainerParameters(runtimeOverheadMiB: 0, podOverheadMiB: 100, podOverheadCpuCores: 0.25),
            workloads: [
                Workload(
                    name: "app", cpuCores: 0.75, memoryMiB: 512, replicas: 5, pod: "web", layers: [.init(id: "a", sizeMiB: 1)]),
                Workload(
                    name: "proxy", cpuCores: 0.25, memoryMiB: 128, replicas: 5, pod: "web", layers: [.init(id: "p", sizeMiB: 1)]),
            ])
        // One pod: 0.75 + 0.25 + 0.25 sandbox = 1.25 cores; 4 cores hold ⌊4 ÷ 1.25⌋ = 3 pods per host.
        var plan = try Planner().plan(scenario, model: .container)
        #expect(plan.activeHosts == 2)
        #expect(plan.placements.map(\.pods) == [3, 2])
        #expect(plan.memory.overheadBySource[.podSandbox] == 500)
        for placement in plan.placements {
            let app = placement.runs.first { $0.workload == 0 }!
            let proxy = placement.runs.first { $0.workload == 1 }!
            #expect(app.firstReplica == proxy.firstReplica && app.count == proxy.count)
        }
        // maxPodsPerHost binds before CPU does.
        scenario.container.maxPodsPerHost = 1
        plan = try Planner().plan(scenario, model: .container)
        #expect(plan.activeHosts == 5)
        #expect(plan.lowerBoundHosts == 5)
    }

    @Test func typeTwoHypervisorCostsHostOSOverheadAndBootTime() throws {
        let scenario = Scenario(
            name: "laptop", host: PlannerFixture.plainHost(cores: 8, memoryGiB: 32, failover: 0),
            vm: VMParameters(
                hypervisor: .type2, cpuOvercommit: 1, overheadModel: .custom, guestOsMemoryMiB: 512, overheadMiB: 0,
                overheadFraction: 0,
                overheadPerVcpuMiB: 0,
                cpuOverhead: 0.05, osImageMiB: 0, bootSeconds: 20, parallelBootsPerHost: 2, hostOsMemoryMiB: 4096,
                hostOsCpuCores: 1, hostedCpuOverhead: 0.10, hostedBootFactor: 1.5),
            workloads: [Workload(name: "svc", cpuCores: 1, memoryMiB: 1024, replicas: 3, layers: [.init(id: "x", sizeMiB: 0)])])
        let plan = try Planner().plan(scenario, model: .vm)
        // Capacity: 8 − 1 host-OS core = 7 cores; 32768 − 4096 = 28672 MiB.
        #expect(plan.hostCapacity.cpuCores == 7)
        #expect(plan.hostCapacity.memoryMiB == 28_672)
        // Each VM: 1 vCPU × (1 + 0.05 + 0.10) = 1.15 cores.
        #expect(abs(plan.cpu.demandCores - 3 * 1.15) < 1e-9)
        // The host OS counts as overhead once per active host.
        #expect(plan.memory.overheadBySource[.hostOs] == 4096)
        // Boot 20 × 1.5 = 30 s; 3 VMs, 2 at a time: 2 waves = 60 s (no image bytes to move).
        #expect(plan.boot.instanceSeconds == 30)
        #expect(plan.boot.readySeconds == 60)
        // The container plan runs on the same hosted machine: it pays the host OS too, and a
        // utility VM (the 512 MiB guest OS + a zero custom overhead here) that its containers run in.
        let containers = try Planner().plan(scenario, model: .container)
        #expect(containers.hostCapacity.cpuCores == 7)
        #expect(containers.memory.overheadBySource[.hostOs] == 4096)
        #expect(containers.memory.overheadBySource[.utilityVm] == 512)
    }

    @Test func uncachedVMImagesShipOncePerVM() throws {
        var scenario = Self.shop()
        scenario.vm.imageCachedPerHost = false
        let plan = try Planner().plan(scenario, model: .vm)
        // 6 × 2321 + 1 × 2246; updates 3 × 2321 × 6 VMs.
        #expect(plan.transfer.rolloutMiB == 6 * 2321 + 2246)
        #expect(plan.transfer.updateMiBPerDay == 3 * 2321 * 6)
    }

    @Test func transferTimeIsBoundByTheRegistryWhenItIsSlower() throws {
        var scenario = Self.shop()
        scenario.registry.egressGbps = 1
        let plan = try Planner().plan(scenario, model: .container)
        // One host, so the total equals the largest host: 423 MiB over 1 Gbps beats 10 Gbps.
        #expect(abs(plan.transfer.rolloutSeconds - 423 * 8 * 1_048_576 / 1e9) < 1e-9)
    }

    @Test func functionWithoutTrafficKeepsItsReplicasAndWarns() throws {
        let scenario = Scenario(
            name: "f", host: PlannerFixture.plainHost(),
            workloads: [Workload(name: "job", cpuCores: 1, memoryMiB: 256, replicas: 7, layers: [.init(id: "j", sizeMiB: 1)])])
        let plan = try Planner().plan(scenario, model: .faas)
        #expect(plan.functions[0].concurrency == 7)
        #expect(plan.warnings == ["job: no requestsPerSecond and requestSeconds; its 7 replicas are used as its concurrency"])
    }

    @Test func vcpusAreWholeNumbers() {
        #expect(InstanceDemand.vcpus(for: Workload(name: "a", cpuCores: 0.1, memoryMiB: 1)) == 1)
        #expect(InstanceDemand.vcpus(for: Workload(name: "a", cpuCores: 1, memoryMiB: 1)) == 1)
        #expect(InstanceDemand.vcpus(for: Workload(name: "a", cpuCores: 1.01, memoryMiB: 1)) == 2)
        #expect(InstanceDemand.vcpus(for: Workload(name: "a", cpuCores: 3.5, memoryMiB: 1)) == 4)
    }

    @Test func littlesLawRoundsUpAndDividesByConcurrency() {
        let workload = Workload(
            name: "a", cpuCores: 1, memoryMiB: 1, requestsPerSecond: 10, peakRequestsPerSecond: 100, requestSeconds: 0.08)
        // The mean, Little's law: 100 × 0.08 = 8 exactly; ⌈8 ÷ 3⌉ = 3; 10 × 0.08 = 0.8 → 1.
        #expect(FunctionSizing(workload, concurrencyPerInstance: 1, percentile: 0.99).meanInstancesAtPeak == 8)
        #expect(FunctionSizing(workload, concurrencyPerInstance: 3, percentile: 0.99).meanInstancesAtPeak == 3)
        // At p99 the Poisson(8) quantile: 15 requests in progress (scipy poisson.ppf(0.99, 8)).
        #expect(FunctionSizing(workload, concurrencyPerInstance: 1, percentile: 0.99).instances == 15)
        #expect(FunctionSizing(workload, concurrencyPerInstance: 3, percentile: 0.99).instances == 5)  // ⌈15 ÷ 3⌉
        var noPeak = workload
        noPeak.peakRequestsPerSecond = nil
        #expect(FunctionSizing(noPeak, concurrencyPerInstance: 1, percentile: 0.99).meanInstancesAtPeak == 1)
        #expect(FunctionSizing(noPeak, concurrencyPerInstance: 1, percentile: 0.99).instances == 3)  // Poisson(0.8) p99
    }

    @Test func instanceTooLargeForAHostIsAnErrorNamingIt() {
        let scenario = Scenario(
            name: "big", host: PlannerFixture.plainHost(cores: 4, memoryGiB: 8),
            workloads: [Workload(name: "whale", cpuCores: 2, memoryMiB: 16384)])
        #expect(throws: PlanningError.self) { try Planner().plan(scenario, model: .container) }
        do {
            _ = try Planner().plan(scenario, model: .container)
        } catch {
            #expect(
                error.description
                    == "workloads[0]: whale does not fit on an empty host in the container plan: one container needs 2 cores and 16394 MiB; a host offers 4 cores and 8192 MiB"
            )
        }
    }

    /// Every model fails on a workload no host can take; whatever order the models start in and
    /// however many threads, the error thrown is the vm plan's, the first in model order.
    @Test func theErrorThrownIsTheFirstModelsInModelOrder() {
        let scenario = Scenario(
            name: "big", host: PlannerFixture.plainHost(cores: 4, memoryGiB: 8),
            workloads: [Workload(name: "whale", cpuCores: 2, memoryMiB: 16384)])
        #expect(Planner.startOrder.first != .vm, "the vm plan does not start first")
        for threads in [1, 2, 4] {
            do {
                _ = try Planner(parallelism: threads).plans(for: scenario)
                Issue.record("no error on \(threads) threads")
            } catch {
                #expect(error.description.contains("in the vm plan"), "\(threads) threads: \(error.description)")
            }
        }
    }

    @Test func emptyWorkloadListIsAValidEmptyPlan() throws {
        let plans = try Planner().plans(for: Scenario(name: "empty", host: PlannerFixture.plainHost(failover: 1)))
        #expect(plans.map(\.model) == [.vm, .container, .faas, .mixed])
        for plan in plans {
            #expect(plan.activeHosts == 0 && plan.instances == 0 && plan.lowerBoundHosts == 0)
            #expect(plan.boot.timeline == [TimelinePoint(seconds: 0, instancesReady: 0)])
        }
    }
}

/// A packer that breaks its contract is an internal failure, never a plan and never a problem
/// with the scenario.
@Suite struct InternalFailureTests {
    @Test func aPackingThatDropsAnItemIsAnInternalError() {
        let scenario = Scenario(name: "x", workloads: [Workload(name: "a", cpuCores: 1, memoryMiB: 64, replicas: 3)])
        let dropping = Planner { problem in PackingSolution(bins: [[PackedCount(type: 0, count: problem.items[0].count - 1)]]) }
        #expect(
            throws: PlanningError.internalFailure(
                InternalError(
                    component: "packer", reason: "internal error, the packing is invalid: item type 0 placed 2 times, expected 3")
            )
        ) {
            try dropping.plan(scenario, model: .container)
        }
    }
}
