import Testing

@testable import PlannerCore

/// The fair container-versus-FaaS comparison, case by case with the figures worked by hand:
/// provider billing and limits, per-request sizing, percentile capacity, traffic over a day,
/// hourly billing, autoscaling and sidecars.
@Suite struct FaaSFairnessTests {
    /// One workload on the plain 16-core, 64 GiB, $2/hour host, without failover spares.
    static func scenario(_ workloads: [Workload], billing: HostBilling = .monthly, autoscale: Bool = false) -> Scenario {
        var host = PlannerFixture.plainHost(failover: 0)
        host.billing = billing
        var container = ContainerParameters()
        container.autoscale = autoscale
        return Scenario(name: "fair", host: host, container: container, workloads: workloads)
    }

    static func api(cores: Double, memoryMiB: Double, perReplica: Double? = 1) -> Workload {
        var workload = Workload(
            name: "api", cpuCores: cores, memoryMiB: memoryMiB, replicas: 2, requestsPerSecond: 10, requestSeconds: 0.1)
        workload.concurrencyPerReplica = perReplica
        return workload
    }

    @Test func aSixtyFourMiBFunctionIsBilledAtTheMinimum() throws {
        // CPU need 0.05 cores × 1,769 = 88.45 MiB and 64 MiB configured: Lambda bills its 128 MiB minimum.
        let instance = FunctionInstance.managed(Self.api(cores: 0.05, memoryMiB: 64), sidecars: [], faas: FaaSParameters())
        #expect(instance.billedMemoryMiB == 128)
        #expect(instance.configuredMemoryMiB == 64)
        let plan = try Planner().plan(Self.scenario([Self.api(cores: 0.05, memoryMiB: 64)]), model: .faas)
        #expect(plan.functions[0].billedMemoryMiB == 128)
        #expect(plan.memory.overheadBySource[.functionBilling] == Double(plan.functions[0].concurrency) * 64)
    }

    @Test func twoCoresAndFiveHundredTwelveMiBAreBilledAtTheMemoryTheCPUNeeds() throws {
        // One request needs the replica's 2 cores (concurrencyPerReplica 1): 2 × 1,769 = 3,538 MiB.
        let instance = FunctionInstance.managed(Self.api(cores: 2, memoryMiB: 512), sidecars: [], faas: FaaSParameters())
        #expect(instance.billedMemoryMiB == 3538)
        #expect(instance.cpuCores == 2)
        // A replica serving 4 requests at once: 0.5 cores per request, 884.5 → 885 MiB (1 MiB steps).
        let shared = FunctionInstance.managed(
            Self.api(cores: 2, memoryMiB: 512, perReplica: 4), sidecars: [], faas: FaaSParameters())
        #expect(shared.billedMemoryMiB == 885)
    }

    @Test func aFortyEightGiBFunctionIsIneligibleAndPlannedAsContainers() throws {
        let big = Workload(
            name: "model-server", cpuCores: 4, memoryMiB: 49_152, replicas: 1, requestsPerSecond: 1, requestSeconds: 0.5)
        let plan = try Planner().plan(Self.scenario([big]), model: .faas)
        #expect(plan.functions.isEmpty)
        #expect(plan.ineligible.map(\.workload) == ["model-server"])
        #expect(plan.ineligible[0].plannedAs == .container)
        #expect(plan.ineligible[0].reason.contains("49152 MiB, over the provider's 10240 MiB limit (faas.maxMemoryMiB)"))
        #expect(plan.placements.flatMap(\.runs).map(\.kind) == [.container])
        #expect(plan.cost.functionsPerMonth == 0)
        #expect(plan.cost.perMonth == 2 * 730)  // its own host
    }

    @Test func requestsLongerThanTheLimitOrImagesOverItAreIneligible() {
        var slow = Self.api(cores: 1, memoryMiB: 512)
        slow.requestSeconds = 901
        #expect(
            FunctionInstance.ineligibility(slow, sidecars: [], faas: FaaSParameters())?.contains("faas.maxRequestSeconds") == true
        )
        var heavy = Self.api(cores: 1, memoryMiB: 512)
        heavy.layers = [ImageLayer(id: "weights", sizeMiB: 10_241)]
        #expect(FunctionInstance.ineligibility(heavy, sidecars: [], faas: FaaSParameters())?.contains("faas.maxImageMiB") == true)
        #expect(FunctionInstance.ineligibility(Self.api(cores: 1, memoryMiB: 512), sidecars: [], faas: FaaSParameters()) == nil)
    }

    /// A business day: 0 requests/s at night, 40 from 08:00 to 17:59.
    static let businessDay: [Double] = (0..<24).map { (8..<18).contains($0) ? 40 : 0 }

    @Test func anHourlyProfilesFaaSCostIsTheSumOfItsTwentyFourHourlyCharges() throws {
        var workload = Workload(name: "api", cpuCores: 0.5, memoryMiB: 1024, replicas: 2, requestSeconds: 0.2)
        workload.hourlyRequestsPerSecond = Self.businessDay
        let plan = try Planner().plan(Self.scenario([workload]), model: .faas)
        // Each busy hour: 144,000 requests → 0.144 M × $0.20 = $0.0288, and 144,000 × 0.2 s × 1 GB =
        // 28,800 GB-s × $0.0000166667 = $0.48000096. Quiet hours cost nothing.
        let busyHour = 0.144 * 0.2 + 28_800 * 0.0000166667
        for hour in plan.byHour {
            let expected = (8..<18).contains(hour.hour) ? busyHour : 0
            #expect(abs(hour.cost - expected) < 1e-9, "hour \(hour.hour)")
        }
        #expect(abs(plan.cost.functionsPerMonth - 10 * busyHour * 30.4167) < 1e-9)
        #expect(abs(plan.cost.perMonth - plan.byHour.reduce(0) { $0 + $1.cost } * 30.4167) < 1e-9)
        // Scale to zero: no instances at night, the p99 of Poisson(8) = 15 by day.
        #expect(plan.byHour[3].instances == 0)
        #expect(plan.byHour[12].instances == 15)
        #expect(plan.byHour[3].coldStarts == 0)
    }

    @Test func hourlyBillingOfAnAutoscaledContainerPlanCostsLessThanMonthly() throws {
        var workload = Workload(name: "api", cpuCores: 4, memoryMiB: 8192, replicas: 8, requestSeconds: 1)
        workload.hourlyRequestsPerSecond = Self.businessDay.map { $0 > 0 ? 32 : 1 }
        workload.concurrencyPerReplica = 4
        let monthly = try Planner().plan(Self.scenario([workload], autoscale: true), model: .container)
        let hourly = try Planner().plan(Self.scenario([workload], billing: .hourly, autoscale: true), model: .container)
        // By day ⌈p99 of Poisson(32) = 46 ÷ 4⌉ = 12 replicas of 4 cores: 48 cores on 16-core hosts, 3 hosts;
        // at night ⌈p99 of Poisson(1) = 4 ÷ 4⌉ = 1 replica, 1 host.
        #expect(hourly.byHour[12].hosts == 3 && hourly.byHour[2].hosts == 1)
        #expect(monthly.hosts == 3)
        #expect(monthly.cost.perMonth == 3 * 2 * 730)
        let hostHours = 10.0 * 3 + 14.0 * 1
        let hourlyCost: Double = hostHours * 2.0 * 30.4167
        #expect(abs(hourly.cost.perMonth - hourlyCost) < 1e-9)
        #expect(hourly.cost.perMonth < monthly.cost.perMonth)
        #expect(hourly.cost.billing == .hourly)
        // Without autoscale the replicas stay at 8 all day: hourly billing saves nothing.
        let fixed = try Planner().plan(Self.scenario([workload], billing: .hourly), model: .container)
        #expect(fixed.byHour.allSatisfy { $0.hosts == fixed.hosts })
        #expect(abs(fixed.cost.perMonth - Double(fixed.hosts) * 2 * 24 * 30.4167) < 1e-9)
    }

    @Test func percentileInstancesAtTenRequestsInProgressAreThePoissonQuantile() {
        // λs = 100 × 0.1 = 10: P(N ≤ 17) = 0.9857, P(N ≤ 18) = 0.9928 (scipy poisson.cdf), so 18.
        #expect(RequestConcurrency(requestsPerSecond: 100, requestSeconds: 0.1).quantile(0.99) == 18)
        #expect(RequestConcurrency(requestsPerSecond: 100, requestSeconds: 0.1).quantile(0.5) == 10)
        let workload = Workload(
            name: "f", cpuCores: 0.1, memoryMiB: 128, requestsPerSecond: 100, requestSeconds: 0.1)
        let sizing = FunctionSizing(workload, concurrencyPerInstance: 1, percentile: 0.99)
        #expect(sizing.instances == 18)
        #expect(sizing.meanInstancesAtPeak == 10)
    }

    @Test func aSidecarRidesInItsPodsFunction() throws {
        var app = Workload(
            name: "app", cpuCores: 0.5, memoryMiB: 256, replicas: 2, requestsPerSecond: 5, requestSeconds: 0.2)
        app.pod = "web"
        var envoy = Workload(name: "envoy", cpuCores: 0.1, memoryMiB: 128, replicas: 2)
        envoy.pod = "web"
        let plan = try Planner().plan(Self.scenario([app, envoy]), model: .faas)
        #expect(plan.functions.map(\.workload) == ["app"])
        #expect(plan.functions[0].sidecars == ["envoy"])
        #expect(plan.functions[0].configuredMemoryMiB == 384)
        #expect(plan.cost.functionsWithoutTraffic.isEmpty)
        let runs = plan.placements.flatMap(\.runs)
        let riders = runs.filter { $0.workload == 1 }
        #expect(!riders.isEmpty && riders.allSatisfy { $0.ridesWith == 0 && $0.kind == .function })
        #expect(riders.reduce(0) { $0 + $1.count } == plan.functions[0].concurrency)
        #expect(plan.instances == 2 * plan.functions[0].concurrency)
        #expect(plan.boot.timeline.last?.instancesReady == plan.instances)
    }

    @Test func selfHostedFunctionsServeSeveralRequestsEach() throws {
        var workload = Workload(
            name: "api", cpuCores: 1, memoryMiB: 512, replicas: 4, model: .faas, requestsPerSecond: 100,
            requestSeconds: 0.4)
        // 40 requests in progress on average, 55 at p99: by default each of the 4 replicas carries
        // 55 ÷ 4 = 13.75.
        #expect(ReplicaCapacity.concurrencyPerReplica(workload, TrafficProfile(workload), percentile: 0.99) == 13.75)
        // Given 10 per replica, a Knative instance takes 10 too.
        workload.concurrencyPerReplica = 10
        let mixed = try Planner().plan(Self.scenario([workload]), model: .mixed)
        #expect(mixed.functions[0].requestsPerInstance == 10)
        #expect(abs(mixed.functions[0].cpuCores - 1) < 1e-12)
        #expect(mixed.functions[0].costPerMonth == nil)
        // p99 of Poisson(40) = 55 → ⌈55 ÷ 10⌉ = 6 instances.
        #expect(mixed.functions[0].concurrency == 6)
        var scenario = Self.scenario([workload])
        scenario.faas.selfHostedConcurrency = 20
        let wider = try Planner().plan(scenario, model: .mixed)
        #expect(wider.functions[0].requestsPerInstance == 20)
        #expect(abs(wider.functions[0].cpuCores - 2) < 1e-12)  // 0.1 cores per request × 20
        #expect(wider.functions[0].concurrency == 3)
        workload.concurrencyPerReplica = 5
        #expect(ReplicaCapacity.cpuCoresPerRequest(workload, TrafficProfile(workload), percentile: 0.99) == 0.2)
    }

    @Test func theFreeTierComesOffTheFunctionCharges() throws {
        // 0.05 cores × 1,769 = 88.45 MiB: billed at 128 MiB.
        let workload = Workload(name: "api", cpuCores: 0.05, memoryMiB: 128, requestsPerSecond: 1, requestSeconds: 0.1)
        var scenario = Self.scenario([workload])
        let list = try Planner().plan(scenario, model: .faas)
        scenario.faas.freeRequestsPerMonth = 1_000_000
        scenario.faas.freeGBSecondsPerMonth = 400_000
        let free = try Planner().plan(scenario, model: .faas)
        // 3,600 × 24 × 30.4167 = 2,628,002.9 requests a month: 1 M free saves $0.20; the
        // 32,850 GB-s are all free.
        let gbSeconds = 3600 * 24 * 30.4167 * 0.1 * 0.125
        #expect(abs(free.cost.freeTierPerMonth - (0.2 + gbSeconds * 0.0000166667)) < 1e-9)
        #expect(abs(free.cost.functionsPerMonth - (list.cost.functionsPerMonth - free.cost.freeTierPerMonth)) < 1e-9)
    }

    @Test func replicasThatCannotCarryThePeakAreNamed() throws {
        var workload = Workload(
            name: "api", cpuCores: 0.5, memoryMiB: 256, replicas: 3, requestsPerSecond: 100, peakRequestsPerSecond: 300,
            requestSeconds: 0.1)
        workload.concurrencyPerReplica = 8
        let plan = try Planner().plan(Self.scenario([workload]), model: .container)
        #expect(
            plan.warnings.contains(
                "api: 3 replicas × 8 concurrent requests carry 24 of the 43 requests in progress at its peak (p99, concurrencyPerReplica); it needs at least 6 replicas"
            ))
        // p99 of Poisson(30) = 43 (scipy poisson.ppf(0.99, 30)): 3 × 15 = 45 carry it.
        workload.concurrencyPerReplica = 15
        let carried = try Planner().plan(Self.scenario([workload]), model: .container)
        #expect(!carried.warnings.contains { $0.contains("concurrencyPerReplica") })
    }

    @Test func aFunctionGivenOnlyItsPeakSaysItIsBilledAtThePeak() throws {
        let workload = Workload(name: "api", cpuCores: 0.1, memoryMiB: 128, peakRequestsPerSecond: 50, requestSeconds: 0.1)
        let plan = try Planner().plan(Self.scenario([workload]), model: .faas)
        #expect(plan.warnings.contains { $0.hasPrefix("api: only peakRequestsPerSecond is given") })
    }

    @Test func anHourlyProfileIsTwentyFourRatesAndReplacesTheSingleRates() {
        var short = Workload(name: "api", cpuCores: 0.1, memoryMiB: 128, requestSeconds: 0.1)
        short.hourlyRequestsPerSecond = Array(repeating: 1, count: 23)
        #expect(
            ScenarioValidator.errors(in: Self.scenario([short])).map(\.description).contains(
                "workloads[0].hourlyRequestsPerSecond: must list 24 rates, hour 0 to 23 (got 23)"))
        var both = short
        both.hourlyRequestsPerSecond = Array(repeating: 1, count: 24)
        both.requestsPerSecond = 1
        #expect(
            ScenarioValidator.errors(in: Self.scenario([both])).map(\.description).contains(
                "workloads[0].hourlyRequestsPerSecond: must not be given with requestsPerSecond: the average and peak come from the hourly rates"
            ))
        var negative = short
        negative.hourlyRequestsPerSecond = Array(repeating: 1, count: 24)
        negative.hourlyRequestsPerSecond?[5] = -1
        #expect(
            ScenarioValidator.errors(in: Self.scenario([negative])).map(\.description).contains(
                "workloads[0].hourlyRequestsPerSecond[5]: must be at least 0 (got -1)"))
    }
}
