import Foundation
import Testing

@testable import PlannerCore

/// The hypervisor overhead models against their sources, by hand (part of issue 15).
@Suite struct VMOverheadTests {
    /// The hypervisor MiB one VM pays for `workloadMiB` (plus the 512 MiB guest OS) and `cores`.
    private func hypervisor(_ model: VMOverheadModel, workloadMiB: Double, cores: Double) -> Double {
        let vm = VMParameters(overheadModel: model, guestOsMemoryMiB: 512)
        let demand = InstanceDemand.vm(Workload(name: "w", cpuCores: cores, memoryMiB: workloadMiB), vm, HostProfile())
        return demand.overheadMiB[.hypervisor]!
    }

    @Test func esxiTakesThePublishedTableAtItsPoints() {
        // Guest 1,024 MB, 1 vCPU: 25.90; 4,096 MB, 2 vCPUs: 52.72; 16,384 MB, 8 vCPUs: 168.60.
        #expect(abs(hypervisor(.esxi, workloadMiB: 512, cores: 1) - 25.90) < 1e-9)
        #expect(abs(hypervisor(.esxi, workloadMiB: 3_584, cores: 2) - 52.72) < 1e-9)
        #expect(abs(hypervisor(.esxi, workloadMiB: 15_872, cores: 8) - 168.60) < 1e-9)
    }

    @Test func esxiInterpolatesInsideTheTableAndFitsOutside() {
        // Guest 640 MB is halfway from 256 to 1,024: (20.29 + 25.90) ÷ 2 at 1 vCPU.
        #expect(abs(hypervisor(.esxi, workloadMiB: 128, cores: 1) - 23.095) < 1e-9)
        // 3 vCPUs is halfway from 2 to 4 at 1,024 MB: (29.91 + 37.86) ÷ 2.
        #expect(abs(hypervisor(.esxi, workloadMiB: 512, cores: 3) - 33.885) < 1e-9)
        // 32 GiB guest, 16 vCPUs is outside the table: 14.19 + 0.00743 × 32,768 + 4.027 × 16.
        #expect(abs(hypervisor(.esxi, workloadMiB: 32_256, cores: 16) - (14.19 + 0.00743 * 32_768 + 4.027 * 16)) < 1e-9)
        // The fit stays within 0.46 MB of every published point.
        for (r, memory) in VMOverheadModel.esxiMemory.enumerated() {
            for (c, vcpus) in VMOverheadModel.esxiVcpus.enumerated() {
                #expect(abs(14.19 + 0.00743 * memory + 4.027 * vcpus - VMOverheadModel.esxiTable[r][c]) < 0.47)
            }
        }
    }

    @Test func kubevirtFirecrackerAndCustom() {
        // KubeVirt's code: 223 + 32 (graphics) + 8 × 2 vCPUs + 2,048 ÷ 512 = 275 MiB.
        #expect(abs(hypervisor(.kubevirt, workloadMiB: 1_536, cores: 2) - 275) < 1e-9)
        #expect(hypervisor(.firecracker, workloadMiB: 1_536, cores: 2) == 5)
        // Custom: the documented KubeVirt formula 218 + 0.002 × 2,048 + 8 × 2 = 238.096.
        #expect(abs(hypervisor(.custom, workloadMiB: 1_536, cores: 2) - 238.096) < 1e-9)
        // ESXi is 5–11× below the documented KubeVirt formula for small VMs.
        let small = hypervisor(.custom, workloadMiB: 128, cores: 1) / hypervisor(.esxi, workloadMiB: 128, cores: 1)
        #expect(small > 5 && small < 11)
    }

    @Test func aFileWithItsOwnOverheadKeysMeansCustom() throws {
        func model(_ vm: String) throws -> VMOverheadModel {
            let json = #"{"vm": \#(vm), "workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512}]}"#
            return try ScenarioDecoder.scenario(from: Data(json.utf8)).vm.overheadModel
        }
        #expect(try model("{}") == .esxi)
        #expect(try model(#"{"overheadMiB": 100}"#) == .custom)
        #expect(try model(#"{"overheadPerVcpuMiB": 4, "overheadModel": "kubevirt"}"#) == .kubevirt)
        #expect(try model(#"{"overheadModel": "firecracker"}"#) == .firecracker)
        // Written and read back, the model is kept.
        var scenario = try ScenarioDecoder.scenario(from: Data(#"{"vm": {"overheadMiB": 100}, "workloads": []}"#.utf8))
        scenario = try ScenarioDecoder.scenario(from: ScenarioDocument.json(scenario))
        #expect(scenario.vm.overheadModel == .custom && scenario.vm.overheadMiB == 100)
    }

    @Test func thePlanNamesTheModelItsVMsPaid() throws {
        let scenario = Scenario(
            name: "s", vm: VMParameters(overheadModel: .kubevirt),
            workloads: [Workload(name: "a", cpuCores: 1, memoryMiB: 512, replicas: 2)])
        let plans = try Planner().plans(for: scenario)
        #expect(plans.first { $0.model == .vm }?.memory.hypervisorModel == .kubevirt)
        #expect(plans.first { $0.model == .container }?.memory.hypervisorModel == nil)
        let json = String(decoding: PlanDocument.json(scenario: scenario, plans: plans), as: UTF8.self)
        #expect(json.contains(#""hypervisorOverheadModel": "kubevirt""#))
        // Beside its figure in overheadBySource too, and only in plans with VMs.
        let value = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sources = (value["plans"] as? [[String: Any]] ?? []).map {
            ($0["model"] as? String ?? "", ($0["memory"] as? [String: Any])?["overheadBySource"] as? [String: Any] ?? [:])
        }
        #expect(sources.first { $0.0 == "vm" }?.1["hypervisorModel"] as? String == "kubevirt")
        #expect(sources.first { $0.0 == "container" }?.1["hypervisorModel"] == nil)
    }

    @Test func changedLayersAboveTheLayersIsAnErrorAndZeroShipsNothing() throws {
        let layers = [ImageLayer(id: "base", sizeMiB: 50), ImageLayer(id: "app", sizeMiB: 10)]
        var workload = Workload(name: "a", cpuCores: 1, memoryMiB: 512, replicas: 2, layers: layers, updatesPerDay: 4)
        workload.changedLayers = 3
        let errors = ScenarioValidator.errors(in: Scenario(name: "s", workloads: [workload]))
        #expect(errors.map(\.description) == ["workloads[0].changedLayers: must be at most the number of layers (2) (got 3)"])
        workload.changedLayers = 0
        let scenario = Scenario(name: "s", workloads: [workload])
        #expect(ScenarioValidator.errors(in: scenario).isEmpty)
        let container = try Planner().plan(scenario, model: .container)
        #expect(container.transfer.updateMiBPerDay == 0)
        #expect(container.warnings.contains("a: changedLayers is 0, so its 4 updates a day ship nothing"))
        let vm = try Planner().plan(scenario, model: .vm)
        #expect(vm.transfer.updateMiBPerDay == 0)
    }
}

/// A pod in the VM plan: one VM per replica by default, or one VM per member on the pod's host
/// (part of issue 15).
@Suite struct PodAsOneVMTests {
    /// A 0.5-core, 768 MiB app and its 0.1-core, 128 MiB sidecar, 2 replicas, on a roomy host.
    static func scenario(podAsOneVm: Bool) -> Scenario {
        Scenario(
            name: "pod",
            host: HostProfile(
                cpuCores: 16, memoryGiB: 64, reservedCpuCores: 0, reservedMemoryGiB: 0, targetUtilization: 1, failoverHosts: 0),
            vm: VMParameters(
                cpuOvercommit: 1, podAsOneVm: podAsOneVm, overheadModel: .custom, guestOsMemoryMiB: 512, overheadMiB: 100,
                overheadFraction: 0, overheadPerVcpuMiB: 0, cpuOverhead: 0, osImageMiB: 1000, imageCachedPerHost: true),
            workloads: [
                Workload(
                    name: "app", cpuCores: 0.5, memoryMiB: 768, replicas: 2, pod: "web",
                    layers: [ImageLayer(id: "app", sizeMiB: 40)]),
                Workload(
                    name: "proxy", cpuCores: 0.1, memoryMiB: 128, replicas: 2, pod: "web",
                    layers: [ImageLayer(id: "envoy", sizeMiB: 60)]),
            ])
    }

    @Test func aPodIsOneVMPerReplica() throws {
        let plan = try Planner().plan(Self.scenario(podAsOneVm: true), model: .vm)
        // One VM per replica: 0.6 cores → 1 vCPU; guest 768 + 128 + 512 = 1,408 MiB; one 100 MiB overhead.
        #expect(plan.instances == 2)
        #expect(abs(plan.cpu.demandCores - 2) < 1e-9)
        #expect(abs(plan.memory.overheadBySource[.guestOs]! - 2 * 512) < 1e-9)
        #expect(abs(plan.memory.overheadBySource[.hypervisor]! - 2 * 100) < 1e-9)
        #expect(plan.memory.workloadMiB == 2 * (768 + 128))
        // Every member replica is still placed; the sidecar names the VM it rides in.
        let runs = plan.placements.flatMap(\.runs)
        #expect(runs.filter { $0.workload == 1 }.allSatisfy { $0.ridesWith == 0 })
        #expect(runs.reduce(0) { $0 + $1.count } == 4)
        // One image: the OS once per host plus both members' layers (cached per host).
        #expect(plan.transfer.rolloutMiB == 1000 + 40 + 60)
        let json = String(decoding: PlanDocument.json(scenario: Self.scenario(podAsOneVm: true), plans: [plan]), as: UTF8.self)
        #expect(json.contains(#""sharesVmWith": "app","#))
        #expect(
            PlanDocument.value(scenario: Self.scenario(podAsOneVm: true), plans: [plan]).serialized(pretty: true) + "\n" == json)
    }

    @Test func withoutItEachMemberIsAVMOnThePodsHost() throws {
        let plan = try Planner().plan(Self.scenario(podAsOneVm: false), model: .vm)
        // Four VMs of 1 vCPU each, each with its guest OS and overhead; each pair on one host.
        #expect(plan.instances == 4)
        #expect(abs(plan.cpu.demandCores - 4) < 1e-9)
        #expect(abs(plan.memory.overheadBySource[.guestOs]! - 4 * 512) < 1e-9)
        #expect(abs(plan.memory.overheadBySource[.hypervisor]! - 4 * 100) < 1e-9)
        for placement in plan.placements {
            let app = placement.runs.filter { $0.workload == 0 }.map(\.count).reduce(0, +)
            let proxy = placement.runs.filter { $0.workload == 1 }.map(\.count).reduce(0, +)
            #expect(app == proxy)
        }
        #expect(plan.placements.flatMap(\.runs).allSatisfy { $0.ridesWith == nil })
    }
}

/// Runtime classes: a pod's sandbox overhead comes from the class its workloads name (issue 15).
@Suite struct RuntimeClassTests {
    @Test func aRuntimeClassChargesOnlyThePodsThatNameIt() throws {
        var container = ContainerParameters(runtimeOverheadMiB: 10)
        container.runtimeClasses = ["kata": RuntimeClass(podOverheadMiB: 160, podOverheadCpuCores: 0.25)]
        var sandboxed = Workload(name: "untrusted", cpuCores: 0.5, memoryMiB: 512, replicas: 2)
        sandboxed.runtimeClass = "kata"
        let scenario = Scenario(
            name: "rc", container: container,
            workloads: [sandboxed, Workload(name: "trusted", cpuCores: 0.5, memoryMiB: 512, replicas: 3)])
        let plan = try Planner().plan(scenario, model: .container)
        // 2 sandboxed pods × 160 MiB; the 3 others pay the default 0. CPU: 5 × 0.5 + 2 × 0.25.
        #expect(plan.memory.overheadBySource[.podSandbox] == 320)
        #expect(abs(plan.cpu.demandCores - 3) < 1e-9)
        // Written and read back; an unknown name and disagreeing pod members are errors naming the field.
        let again = try ScenarioDecoder.scenario(from: ScenarioDocument.json(scenario))
        #expect(again.container.runtimeClasses == container.runtimeClasses && again.workloads[0].runtimeClass == "kata")
        var unknown = scenario
        unknown.workloads[1].runtimeClass = "gvisor"
        #expect(
            ScenarioValidator.errors(in: unknown).map(\.description) == [
                "workloads[1].runtimeClass: \"gvisor\" is not in container.runtimeClasses (kata)"
            ])
        var pod = scenario
        pod.workloads[0].pod = "p"
        pod.workloads[1].pod = "p"
        pod.workloads[1].replicas = 2
        #expect(
            ScenarioValidator.errors(in: pod).map(\.description).contains {
                $0.hasPrefix("workloads[1].runtimeClass: pod \"p\" members must share a runtime class")
            })
    }
}
