import Testing

@testable import PlannerCore

@Suite struct HostCapacityTests {
    @Test func usableCapacityAppliesReservationsOvercommitAndTarget() {
        let host = HostProfile(
            cpuCores: 64, memoryGiB: 512, reservedCpuCores: 2, reservedMemoryGiB: 8, cpuOvercommit: 4,
            memoryOvercommit: 1, targetUtilization: 0.85)
        let capacity = HostCapacity(
            host: host, vm: VMParameters(), container: ContainerParameters(), runsContainers: false,
            reservation: HostReservation(cpuCores: 2, memoryGiB: 8, cpuSource: "test", memorySource: "test"))
        // (64 − 2) × 4 × 0.85 = 210.8 request cores; (512 − 8) × 1024 × 1 × 0.85 = 438681.6 MiB.
        #expect(abs(capacity.cpuCores - 210.8) < 1e-9)
        #expect(abs(capacity.memoryMiB - 438_681.6) < 1e-6)
        #expect(capacity.resources.cpuMillicores == 210_800)
        #expect(capacity.resources.memoryKiB == 449_209_958)  // ⌊438681.6 × 1024⌋ = ⌊449209958.4⌋
    }

    /// In one mixed pool, VMs count vCPUs ÷ vm.cpuOvercommit and containers requests ÷
    /// host.cpuOvercommit (issue 15): here 4:1 for VMs while containers stay 1:1.
    @Test func vmsAndContainersOvercommitByTheirOwnRatios() throws {
        let scenario = Scenario(
            name: "pool",
            host: HostProfile(
                cpuCores: 16, memoryGiB: 64, reservedCpuCores: 0, reservedMemoryGiB: 0,
                targetUtilization: 1, failoverHosts: 0),
            vm: VMParameters(cpuOvercommit: 4, cpuOverhead: 0.05),
            workloads: [
                Workload(name: "legacy", cpuCores: 2, memoryMiB: 1024, replicas: 8, model: .vm),
                Workload(name: "api", cpuCores: 1, memoryMiB: 512, replicas: 4, model: .container),
            ])
        let mixed = try Planner().plan(scenario, model: .mixed)
        // VM: 2 vCPUs ÷ 4 + 2 × 0.05 = 0.6 cores each, 8 of them 4.8; containers 4 × 1 = 4.
        #expect(abs(mixed.cpu.demandCores - (8 * 0.6 + 4)) < 1e-9)
        #expect(mixed.activeHosts == 1 && mixed.hostCapacity.cpuCores == 16)
        // The vm plan alone: 12 VMs (the api becomes 1-vCPU VMs): 8 × 0.6 + 4 × (0.25 + 0.05).
        let vm = try Planner().plan(scenario, model: .vm)
        #expect(abs(vm.cpu.demandCores - (8 * 0.6 + 4 * 0.3)) < 1e-9)
        // With containers at 2:1 too, capacity is in request units (32) and a VM's physical 0.6
        // cores count as 1.2 of them: the same share of the host.
        var both = scenario
        both.host.cpuOvercommit = 2
        let pool = try Planner().plan(both, model: .mixed)
        #expect(pool.hostCapacity.cpuCores == 32)
        #expect(abs(pool.cpu.demandCores - (8 * 1.2 + 4)) < 1e-9)
    }

    /// Under a type-2 hypervisor the host OS runs whatever runs on the machine: every plan pays it;
    /// containers and functions also pay one utility VM per host (issue 15).
    @Test func typeTwoHostOSCountsInEveryPlanAndContainersPayAUtilityVM() throws {
        let host = HostProfile(
            cpuCores: 8, memoryGiB: 32, reservedCpuCores: 0, reservedMemoryGiB: 0, targetUtilization: 1)
        let vm = VMParameters(hypervisor: .type2, hostOsMemoryMiB: 4096, hostOsCpuCores: 1)
        let none = HostReservation(cpuCores: 0, memoryGiB: 0, cpuSource: "test", memorySource: "test")
        let vmsOnly = HostCapacity(
            host: host, vm: vm, container: ContainerParameters(), runsContainers: false, reservation: none)
        let containers = HostCapacity(
            host: host, vm: vm, container: ContainerParameters(), runsContainers: true, reservation: none)
        #expect(vmsOnly.cpuCores == 7 && containers.cpuCores == 7)  // 8 − 1 host-OS core
        #expect(vmsOnly.memoryMiB == 28_672)  // 32768 − 4096
        // Utility VM: its 512 MiB guest OS + ESXi's overhead for 512 MB and 1 vCPU, a third of the way
        // from 256 MB (20.29) to 1,024 MB (25.90): 22.16.
        #expect(abs(containers.utilityVmMiB - (512 + 20.29 + (25.90 - 20.29) / 3)) < 1e-9)
        #expect(abs(containers.memoryMiB - (28_672 - containers.utilityVmMiB)) < 1e-9)
        // The container plan itemises both, once per active host.
        let scenario = Scenario(
            name: "laptop", host: host, vm: vm, workloads: [Workload(name: "a", cpuCores: 1, memoryMiB: 1024, replicas: 2)])
        let plan = try Planner().plan(scenario, model: .container)
        #expect(plan.activeHosts == 1)
        #expect(plan.memory.overheadBySource[.hostOs] == 4096)
        #expect(abs(plan.memory.overheadBySource[.utilityVm]! - containers.utilityVmMiB) < 1e-9)
        #expect(try Planner().plan(scenario, model: .vm).memory.overheadBySource[.utilityVm] == 0)
    }
}
