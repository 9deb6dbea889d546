import Dashboard
import PlannerCore
import Testing

/// The host table names GPUs as the binding dimension when they are the fullest, and only in a
/// plan with GPUs.
@Suite struct GPUReadingTests {
    @Test func aHostFullOfGPUsBindsOnGPUs() throws {
        var host = HostProfile(cpuCores: 64, memoryGiB: 512, targetUtilization: 1, failoverHosts: 0)
        host.gpus = 8
        var model = Workload(name: "model", cpuCores: 2, memoryMiB: 8192, replicas: 4)
        model.gpus = 2
        let scenario = Scenario(name: "gpu host", host: host, workloads: [model])
        let plan = try Planner().plan(scenario, model: .container)
        #expect(plan.placements.map(\.gpus) == [8])
        #expect(PlanReading.binding(plan.placements[0], plan) == "gpus")
        var plain = scenario
        plain.workloads[0].gpus = 0
        let cpuPlan = try Planner().plan(plain, model: .container)
        #expect(cpuPlan.placements.allSatisfy { $0.gpus == nil })
        #expect(PlanReading.binding(cpuPlan.placements[0], cpuPlan) != "gpus")
    }
}
