import Foundation
import Testing

@testable import PlannerCore

/// Host reservations per plan (issue 15): the kubelet presets on Kubernetes hosts, the
/// hypervisor's own on VM hosts, explicit keys overriding both. Expected values are worked out by
/// hand from the published formulas (docs/model.md, "Host reservations").
@Suite struct HostReservationTests {
    static let eviction = 100.0 / 1024

    @Test func gkeTiers() {
        // CPU: 6% of 1 + 1% of 1 + 0.5% of 2 + 0.25% of 60 = 0.06 + 0.01 + 0.01 + 0.15.
        #expect(ReservationPreset.gke.cpuCores(forHostCores: 64) == 0.23)
        #expect(ReservationPreset.gke.cpuCores(forHostCores: 0.5) == 0.03)  // 6% of half a core
        // Memory: 25% × 4 + 20% × 4 + 10% × 8 + 6% × 112 + 2% × 384 = 17 GiB, + 100 MiB eviction.
        #expect(abs(ReservationPreset.gke.memoryGiB(forHostMemoryGiB: 512, maxPods: 110) - (17 + Self.eviction)) < 1e-6)
        #expect(abs(ReservationPreset.gke.memoryGiB(forHostMemoryGiB: 4, maxPods: 110) - (1 + Self.eviction)) < 1e-6)
    }

    @Test func aksTableAndPodFormula() {
        #expect(ReservationPreset.aks.cpuCores(forHostCores: 8) == 0.18)
        #expect(ReservationPreset.aks.cpuCores(forHostCores: 64) == 0.74)
        #expect(ReservationPreset.aks.cpuCores(forHostCores: 12) == 0.22)  // halfway from 180 to 260 m
        #expect(ReservationPreset.aks.cpuCores(forHostCores: 96) == 1.06)  // 740 m + 10 m × 32
        // min(20 × 110 + 50 MiB, 25% of 512 GiB) = 2,250 MiB, + 100 MiB eviction.
        #expect(abs(ReservationPreset.aks.memoryGiB(forHostMemoryGiB: 512, maxPods: 110) - (2250 + 100) / 1024) < 1e-6)
        // On a 4 GiB host the 25% cap binds: 1 GiB + eviction.
        #expect(abs(ReservationPreset.aks.memoryGiB(forHostMemoryGiB: 4, maxPods: 110) - (1 + Self.eviction)) < 1e-6)
    }

    @Test func eksOpenShiftAndNone() {
        #expect(ReservationPreset.eks.cpuCores(forHostCores: 64) == 0.23)
        // 255 + 11 × 110 = 1,465 MiB, + 100 MiB.
        #expect(abs(ReservationPreset.eks.memoryGiB(forHostMemoryGiB: 512, maxPods: 110) - 1565.0 / 1024) < 1e-6)
        #expect(abs(ReservationPreset.eks.memoryGiB(forHostMemoryGiB: 512, maxPods: 250) - 3105.0 / 1024) < 1e-6)
        #expect(ReservationPreset.openshift.cpuCores(forHostCores: 64) == 0.5)
        #expect(abs(ReservationPreset.openshift.memoryGiB(forHostMemoryGiB: 512, maxPods: 110) - 1124.0 / 1024) < 1e-6)
        #expect(ReservationPreset.none.cpuCores(forHostCores: 64) == 0)
        #expect(ReservationPreset.none.memoryGiB(forHostMemoryGiB: 512, maxPods: 110) == 0)
    }

    /// The rows of docs/model.md's preset tables: (preset, cores, GiB, vplan CPU, vplan GiB).
    @Test(arguments: [
        (ReservationPreset.gke, 4.0, 16.0, 0.08, 2.697656), (.gke, 16, 64, 0.11, 5.577656), (.gke, 64, 512, 0.23, 17.097656),
        (.aks, 4, 16, 0.14, 2.294922), (.aks, 16, 64, 0.26, 2.294922), (.aks, 64, 512, 0.74, 2.294922),
        (.aks, 2, 4, 0.1, 1.097656), (.eks, 4, 16, 0.08, 1.528320), (.eks, 64, 512, 0.23, 1.528320),
        (.openshift, 8, 32, 0.5, 1.097656),
    ])
    func theDocumentedRows(preset: ReservationPreset, cores: Double, memory: Double, cpu: Double, gib: Double) {
        #expect(preset.cpuCores(forHostCores: cores) == cpu)
        #expect(abs(preset.memoryGiB(forHostMemoryGiB: memory, maxPods: 110) - gib) < 1e-6)
    }

    /// ESXi's documented rows: MinFree + 1 GiB on 16, 64, 128 and 512 GiB hosts.
    @Test(arguments: [(16.0, 1.64), (64, 2.24), (128, 2.88), (512, 6.72)])
    func esxiHostMemory(memory: Double, reserved: Double) throws {
        let scenario = try PlannerFixture.decode(Self.scenario().replacingOccurrences(of: "512", with: "\(memory)"))
        #expect(abs(HostReservation.hypervisor(scenario).memoryGiB - reserved) < 1e-9)
    }

    static func scenario(_ host: String = "", vm: String = "") -> String {
        """
        {"schema": "vplan.scenario/v1",
         "host": {"cpuCores": 64, "memoryGiB": 512, "targetUtilization": 1, "failoverHosts": 0\(host)},
         "vm": {"cpuOvercommit": 1\(vm)},
         "workloads": [{"name": "api", "cpuCores": 1, "memoryMiB": 1024, "replicas": 4}]}
        """
    }

    static func plans(_ json: String) throws -> [PlanModel: Plan] {
        let plans = try Planner().plans(for: PlannerFixture.decode(json))
        return Dictionary(uniqueKeysWithValues: plans.map { ($0.model, $0) })
    }

    /// One scenario, two reservations: the container plan's hosts keep GKE's kubelet reservation,
    /// the vm plan's what ESXi keeps (no CPU; MinFree + 1 GiB of memory).
    @Test func vmAndContainerPlansReserveDifferently() throws {
        let plans = try Self.plans(Self.scenario())
        let container = try #require(plans[.container]).hostCapacity
        let vm = try #require(plans[.vm]).hostCapacity
        #expect(container.reserved.cpuCores == 0.23 && container.reserved.cpuSource == "host.reservationPreset: gke")
        #expect(container.cpuCores == 64 - 0.23)
        #expect(container.memoryMiB == 512 * 1024 - 17 * 1024 - 100)  // 506,780 MiB
        // ESXi: 6% × 4 + 4% × 8 + 2% × 16 + 1% × 484 = 5.72 GiB free, + 1 GiB.
        #expect(vm.reserved.cpuCores == 0 && vm.reserved.memorySource == "vm.overheadModel: esxi")
        #expect(abs(vm.reserved.memoryGiB - 6.72) < 1e-9)
        #expect(vm.cpuCores == 64)
        #expect(abs(vm.memoryMiB - (512 - 6.72) * 1024) < 1.0 / 1024)
        // The faas plan's self-hosted hosts and the mixed plan run Kubernetes: the preset.
        #expect(try #require(plans[.mixed]).hostCapacity.reserved == container.reserved)
        #expect(try #require(plans[.faas]).hostCapacity.reserved == container.reserved)
    }

    @Test func eachOverheadModelHasItsOwnHostDefault() throws {
        let kubevirt = try #require(try Self.plans(Self.scenario(vm: #", "overheadModel": "kubevirt""#))[.vm])
        #expect(kubevirt.hostCapacity.reserved.cpuCores == 0.23)
        #expect(abs(kubevirt.hostCapacity.reserved.memoryGiB - (17 + (100 + 360) / 1024.0)) < 1e-6)
        let firecracker = try #require(try Self.plans(Self.scenario(vm: #", "overheadModel": "firecracker""#))[.vm])
        #expect(firecracker.hostCapacity.reserved.cpuCores == 0.5 && firecracker.hostCapacity.reserved.memoryGiB == 1)
        // A type-2 host keeps its host OS through the host-OS keys, nothing more.
        let hosted = try #require(try Self.plans(Self.scenario(vm: #", "hypervisor": "type2""#))[.vm])
        #expect(hosted.hostCapacity.reserved.cpuCores == 0 && hosted.hostCapacity.reserved.memoryGiB == 0)
    }

    @Test func presetChangesOnlyKubernetesHosts() throws {
        let plans = try Self.plans(Self.scenario(#", "reservationPreset": "openshift""#))
        #expect(try #require(plans[.container]).hostCapacity.reserved.cpuCores == 0.5)
        #expect(try #require(plans[.container]).hostCapacity.cpuCores == 63.5)
        #expect(try #require(plans[.vm]).hostCapacity.reserved.cpuCores == 0)
    }

    /// Explicit host keys override in every plan; the vm keys override host keys in the vm plan only.
    @Test func explicitKeysOverride() throws {
        let shared = try Self.plans(Self.scenario(#", "reservedCpuCores": 2, "reservedMemoryGiB": 8"#))
        for model in PlanModel.allCases {
            let reserved = try #require(shared[model]).hostCapacity.reserved
            #expect(reserved.cpuCores == 2 && reserved.memoryGiB == 8)
            #expect(reserved.cpuSource == "host.reservedCpuCores" && reserved.memorySource == "host.reservedMemoryGiB")
        }
        let own = try Self.plans(
            Self.scenario(#", "reservedCpuCores": 2"#, vm: #", "hostReservedCpuCores": 4, "hostReservedMemoryGiB": 16"#))
        let vm = try #require(own[.vm]).hostCapacity
        #expect(vm.reserved.cpuCores == 4 && vm.reserved.cpuSource == "vm.hostReservedCpuCores" && vm.cpuCores == 60)
        #expect(vm.reserved.memoryGiB == 16 && vm.memoryMiB == (512 - 16) * 1024)
        #expect(try #require(own[.container]).hostCapacity.reserved.cpuCores == 2)
    }

    @Test func planJSONSaysWhatWasReservedAndWhy() throws {
        let scenario = try PlannerFixture.decode(Self.scenario())
        let json = String(
            decoding: PlanDocument.json(scenario: scenario, plans: try Planner().plans(for: scenario)), as: UTF8.self)
        #expect(json.contains(#""cpuSource": "vm.overheadModel: esxi""#))
        #expect(json.contains(#""memorySource": "host.reservationPreset: gke""#))
        #expect(json.contains(#""cpuCores": 0.23"#))
    }

    @Test func badReservationsNameTheirField() {
        #expect(
            PlannerFixture.message(Self.scenario(#", "reservationPreset": "tke""#))
                == #"host.reservationPreset: must be "gke" or "aks" or "eks" or "openshift" or "none" (got "tke")"#)
        #expect(
            PlannerFixture.message(Self.scenario(vm: #", "hostReservedCpuCores": 64"#))
                == "vm.hostReservedCpuCores: must be less than host.cpuCores (64) (got 64)")
        #expect(
            PlannerFixture.message(Self.scenario(vm: #", "hostReservedMemoryGiB": -1"#))
                == "vm.hostReservedMemoryGiB: must be at least 0 (got -1)")
    }
}
