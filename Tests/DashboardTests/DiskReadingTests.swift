import Dashboard
import PlannerCore
import Testing

/// The host table names local disk as the binding dimension when it is the fullest, and only in a
/// plan with local disk; the plan explanation's capacity line gives the host's disk then.
@Suite struct DiskReadingTests {
    @Test func aHostFullOfDiskBindsOnDisk() throws {
        var host = HostProfile(cpuCores: 64, memoryGiB: 512, targetUtilization: 1, failoverHosts: 0)
        host.localDiskGiB = 1000
        var store = Workload(name: "store", cpuCores: 2, memoryMiB: 8192, replicas: 4)
        store.diskGiB = 250
        let scenario = Scenario(name: "disk host", host: host, workloads: [store])
        let plan = try Planner().plan(scenario, model: .container)
        #expect(plan.placements.map(\.diskGiB) == [1000])
        #expect(PlanReading.binding(plan.placements[0], plan) == "disk")
        var plain = scenario
        plain.workloads[0].diskGiB = 0
        let cpuPlan = try Planner().plan(plain, model: .container)
        #expect(cpuPlan.placements.allSatisfy { $0.diskGiB == nil })
        #expect(PlanReading.binding(cpuPlan.placements[0], cpuPlan) != "disk")
    }
}
