import Testing

@testable import PlannerCore

@Suite struct HostCapacityTests {
    @Test func usableCapacityAppliesReservationsOvercommitAndTarget() {
        let host = HostProfile(
            cpuCores: 64, memoryGiB: 512, reservedCpuCores: 2, reservedMemoryGiB: 8, cpuOvercommit: 4,
            memoryOvercommit: 1, targetUtilization: 0.85)
        let capacity = HostCapacity(host: host, vm: VMParameters(), container: ContainerParameters(), runsVMs: true)
        // (64 − 2) × 4 × 0.85 = 210.8 cores; (512 − 8) × 1024 × 1 × 0.85 = 438681.6 MiB.
        #expect(abs(capacity.cpuCores - 210.8) < 1e-9)
        #expect(abs(capacity.memoryMiB - 438_681.6) < 1e-6)
        #expect(capacity.resources.cpuMillicores == 210_800)
        #expect(capacity.resources.memoryKiB == 449_209_958)  // ⌊438681.6 × 1024⌋ = ⌊449209958.4⌋
    }

    @Test func typeTwoHostOSOnlyCountsWhenThePlanRunsVMs() {
        let host = HostProfile(
            cpuCores: 8, memoryGiB: 32, reservedCpuCores: 0, reservedMemoryGiB: 0, targetUtilization: 1)
        let vm = VMParameters(hypervisor: .type2, hostOsMemoryMiB: 4096, hostOsCpuCores: 1)
        let withVMs = HostCapacity(host: host, vm: vm, container: ContainerParameters(), runsVMs: true)
        let withoutVMs = HostCapacity(host: host, vm: vm, container: ContainerParameters(), runsVMs: false)
        #expect(withVMs.cpuCores == 7)  // 8 − 1 host-OS core
        #expect(withVMs.memoryMiB == 28_672)  // 32768 − 4096
        #expect(withoutVMs.cpuCores == 8)
        #expect(withoutVMs.memoryMiB == 32_768)
    }
}
