import Importers
import PlannerCore
import Storage
import Testing

/// One hand-written fixture per import rule (docs/importers.md).
@Suite struct KubernetesRuleTests {
    @Test func multiContainerPodSharesAPodAndFallsBackToLimits() throws {
        let result = try Fixtures.kubernetes("kubernetes/multi-container.yaml")
        #expect(result.scenario.workloads.map(\.name) == ["web-app", "web-proxy"])
        let app = try #require(result.workload("web-app"))
        let proxy = try #require(result.workload("web-proxy"))
        #expect(app.cpuCores == 0.25)
        #expect(app.memoryMiB == 256)
        #expect(proxy.cpuCores == 0.1)  // limits.cpu 0.1, no request
        #expect(proxy.memoryMiB == 64)  // limits.memory 64Mi, no request
        #expect(app.pod == "web")
        #expect(proxy.pod == "web")
        #expect(app.replicas == 3)
        #expect(proxy.replicas == 3)
        #expect(result.summary.instances == 6)
        #expect(result.summary.skipped == [ImportSummary.Skipped(kind: "Service", count: 1, reason: "not a workload")])
        #expect(result.warnings(containing: "request or limit").isEmpty)
        expectPlans(result.scenario)
    }

    @Test func statefulSetIsStateful() throws {
        let result = try Fixtures.kubernetes("kubernetes/statefulset.yaml")
        let postgres = try #require(result.workload("postgres"))
        #expect(postgres.stateful)
        #expect(postgres.replicas == 3)
        #expect(postgres.cpuCores == 2)
        #expect(postgres.memoryMiB == 4096)
        expectPlans(result.scenario)
    }

    @Test func aDeploymentMountingAClaimIsStateful() throws {
        let result = try Fixtures.kubernetes("kubernetes/deployment-with-claim.yaml")
        #expect(try #require(result.workload("orders-db")).stateful)
        #expect(try #require(result.workload("orders-api")).stateful == false)
        #expect(result.warnings(containing: "mounts PersistentVolumeClaim orders-db-data; imported as stateful").count == 1)
        #expect(result.summary.text.contains("imported as stateful"))
        expectPlans(result.scenario)
    }

    @Test func daemonSetRunsOnePodPerPlannedHost() throws {
        let result = try Fixtures.kubernetes("kubernetes/daemonset.yaml")
        let exporter = try #require(result.workload("node-exporter"))
        let proxy = try #require(result.workload("node-exporter-kube-rbac-proxy"))
        #expect(exporter.pod == "node-exporter")
        #expect(exporter.replicas == proxy.replicas)
        // The replicas equal the hosts of the container plan that includes them (a fixed point).
        let plan = try Planner().plan(result.scenario, model: .container)
        #expect(exporter.replicas == plan.activeHosts)
        #expect(plan.activeHosts > 1)  // 100 cores of compute do not fit one default host
        // Required host spread puts exactly one daemon pod on each host.
        #expect(exporter.spread == Spread(topology: .host, maxSkew: 1, required: true) && proxy.spread == exporter.spread)
        let index = try #require(result.scenario.workloads.firstIndex { $0.name == "node-exporter" })
        for placement in plan.placements {
            #expect(placement.runs.filter { $0.workload == index }.reduce(0) { $0 + $1.count } == 1)
        }
        let warning = result.warnings(containing: "DaemonSet runs one pod per host")
        #expect(warning.count == 1)
        #expect(warning.first?.contains("planned as \(plan.activeHosts) replicas") == true)
        expectPlans(result.scenario)
    }

    @Test func daemonSetHostsCanBeGiven() throws {
        let result = try Fixtures.kubernetes(
            "kubernetes/daemonset.yaml", options: KubernetesImportOptions(daemonSetHosts: 7))
        #expect(result.workload("node-exporter")?.replicas == 7)
        #expect(result.workload("node-exporter-kube-rbac-proxy")?.replicas == 7)
        #expect(result.warnings(containing: "given with --daemonset-hosts").count == 1)
    }

    @Test func jobsAndCronJobsArePlannedAtTheirParallelism() throws {
        let result = try Fixtures.kubernetes("kubernetes/jobs.yaml")
        #expect(result.workload("render")?.replicas == 4)  // parallelism 4, completions 10
        #expect(result.workload("migrate")?.replicas == 2)  // parallelism 5, but only 2 completions
        #expect(result.workload("once")?.replicas == 1)  // generateName "once-", defaults
        #expect(result.workload("nightly-report")?.replicas == 2)  // CronJob jobTemplate parallelism
        #expect(result.warnings(containing: "batch work that ends").count == 3)
        #expect(result.warnings(containing: "batch work on a schedule").count == 1)
        expectPlans(result.scenario)
    }

    @Test func initContainersAddNothingButNativeSidecarsDo() throws {
        let result = try Fixtures.kubernetes("kubernetes/init-containers.yaml")
        #expect(result.scenario.workloads.map(\.name) == ["indexer", "indexer-log-shipper"])
        let indexer = try #require(result.workload("indexer"))
        #expect(indexer.cpuCores == 0.5)
        #expect(indexer.memoryMiB == 256)
        #expect(indexer.pod == "indexer")
        let sidecar = try #require(result.workload("indexer-log-shipper"))
        #expect(sidecar.cpuCores == 0.05)
        #expect(sidecar.memoryMiB == 32)
        #expect(abs(result.summary.totalCpuCores - 0.55) < 1e-12)
        let warning = result.warnings(containing: "init container warm-cache asks for more CPU and memory")
        #expect(warning.count == 1)
        expectPlans(result.scenario)
    }

    /// A RuntimeClass's overhead becomes an entry of container.runtimeClasses that the pod's
    /// workloads name; the containers' requests stay exactly as in the manifest (issue 15).
    @Test func runtimeClassesBecomeEntriesAndRequestsStay() throws {
        let result = try Fixtures.kubernetes("kubernetes/runtimeclass.yaml")
        let main = try #require(result.workload("sandboxed-main"))
        let helper = try #require(result.workload("sandboxed-helper"))
        #expect(main.cpuCores == 0.5 && main.memoryMiB == 512)
        #expect(helper.cpuCores == 0.1 && helper.memoryMiB == 64)
        #expect(main.runtimeClass == "kata" && helper.runtimeClass == "kata")
        #expect(
            result.scenario.container.runtimeClasses == ["kata": RuntimeClass(podOverheadMiB: 160, podOverheadCpuCores: 0.25)])
        // A RuntimeClass that is not in the input adds nothing, with a warning.
        #expect(result.workload("gvisor-pod")?.memoryMiB == 128)
        #expect(result.workload("gvisor-pod")?.runtimeClass == nil)
        #expect(result.warnings(containing: "RuntimeClass gvisor is not in the input").count == 1)
        // RuntimeClass objects are used, not skipped.
        #expect(result.summary.skipped.isEmpty)
        // The scenario-wide pod overhead stays as it was.
        #expect(result.scenario.container.podOverheadMiB == 0)
        // The container plan charges the class once per pod that names it: 160 MiB per sandboxed pod.
        let container = try Planner().plan(result.scenario, model: .container)
        let sandboxed = result.scenario.workloads.filter { $0.runtimeClass == "kata" }.first!.replicas
        #expect(container.memory.overheadBySource[.podSandbox] == Double(sandboxed) * 160)
        expectPlans(result.scenario)
    }

    @Test func podSpecOverheadFromAClusterIsUsed() throws {
        let yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              runtimeClassName: kata
              overhead: {cpu: 100m, memory: 100Mi}
              containers: [{name: c, image: "x:1", resources: {requests: {cpu: 1, memory: 1Gi}}}]
            """
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("p")?.cpuCores == 1 && result.workload("p")?.memoryMiB == 1024)
        #expect(result.workload("p")?.runtimeClass == "kata")
        #expect(result.scenario.container.runtimeClasses["kata"] == RuntimeClass(podOverheadMiB: 100, podOverheadCpuCores: 0.1))
    }

    @Test func jsonListIsExpanded() throws {
        let result = try Fixtures.kubernetes("kubernetes/list.json")
        #expect(result.scenario.workloads.map(\.name) == ["api"])
        #expect(result.workload("api")?.replicas == 2)
        #expect(result.workload("api")?.cpuCores == 0.3)
        #expect(result.summary.skipped.map(\.kind) == ["Service", "ConfigMap"])
    }

    @Test func apiServerListItemsTakeTheirKindFromTheList() throws {
        let result = try Fixtures.kubernetes("kubernetes/podlist.yaml")
        #expect(result.scenario.workloads.map(\.name) == ["worker-a", "worker-b"])
        #expect(result.workload("worker-a")?.cpuCores == 1)
        #expect(close(result.workload("worker-a")?.memoryMiB, 1e9 / 1_048_576))  // 1G = 10^9 bytes
        #expect(result.workload("worker-b")?.cpuCores == 1.5)
        #expect(result.workload("worker-b")?.memoryMiB == 1536)
        // Both pods run the same image: one shared default layer.
        #expect(result.workload("worker-a")?.layers == result.workload("worker-b")?.layers)
        #expect(result.warnings(containing: "image example.com/worker:1").count == 1)
    }

    @Test func objectsMadeByAnImportedOwnerAreNotCountedTwice() throws {
        let result = try Fixtures.kubernetes("kubernetes/get-all.yaml")
        // The Deployment is planned; its ReplicaSets and their Pods are skipped. The agent Pod's
        // DaemonSet is not in the input, so the Pod is planned on its own.
        #expect(result.scenario.workloads.map(\.name) == ["shop", "agent-xyz12"])
        #expect(result.workload("shop")?.replicas == 2)
        let skipped = result.summary.skipped.map { "\($0.count) \($0.kind)" }
        #expect(skipped == ["2 ReplicaSet", "2 Pod", "1 Service"])
        #expect(result.summary.skipped[0].reason.contains("made by a Deployment"))
        #expect(result.summary.skipped[1].reason.contains("made by a ReplicaSet"))
    }

    @Test func unknownKindWithAPodTemplateIsImportedWithAWarning() throws {
        let result = try Fixtures.kubernetes("kubernetes/unknown-kind.yaml")
        #expect(result.workload("canary")?.replicas == 4)
        #expect(result.warnings(containing: "Rollout is not a kind vplan knows").count == 1)
        #expect(result.summary.skipped.map(\.kind) == ["ConfigMap", "PersistentVolume"])
    }

    @Test func quantitiesWrittenAsYAMLNumbers() throws {
        let result = try Fixtures.kubernetes("kubernetes/quantities.yaml")
        #expect(result.workload("numbers-ints")?.cpuCores == 2)
        #expect(close(result.workload("numbers-ints")?.memoryMiB, 1e9 / 1_048_576))
        #expect(result.workload("numbers-fractions")?.cpuCores == 0.5)
        #expect(result.workload("numbers-fractions")?.memoryMiB == 512)
        #expect(result.workload("numbers-tiny")?.cpuCores == 0.001)  // 0.0001 rounds up to 1m
        #expect(result.workload("numbers-tiny")?.memoryMiB == 1.0 / 1024)
        expectPlans(result.scenario)
    }

    @Test func sameNameInTwoNamespacesIsMadeUnique() throws {
        let result = try Fixtures.kubernetes("kubernetes/name-collision.yaml")
        #expect(result.scenario.workloads.map(\.name) == ["api", "api-2"])
        #expect(result.workload("api-2")?.replicas == 0)
        #expect(result.workload("api-2")?.cpuCores == 0.2)
        #expect(result.warnings(containing: "Deployment team-b/api: the name api is already taken; imported as api-2").count == 1)
        expectPlans(result.scenario)
    }

    @Test func hostParametersComeFromTheBase() throws {
        let base = try BundledProfiles.scenario(named: "legacy-estate")
        let result = try Fixtures.kubernetes(
            "kubernetes/statefulset.yaml", options: KubernetesImportOptions(base: base, name: "Mine"))
        #expect(result.scenario.name == "Mine")
        #expect(result.scenario.host == base.host)
        #expect(result.scenario.vm == base.vm)
        #expect(result.scenario.workloads.map(\.name) == ["postgres"])
    }

    @Test func defaultNameNamesTheFiles() throws {
        #expect(try Fixtures.kubernetes("kubernetes/statefulset.yaml").scenario.name == "Imported from statefulset.yaml")
        let two = try Fixtures.kubernetes("kubernetes/statefulset.yaml", "kubernetes/jobs.yaml")
        #expect(two.scenario.name == "Imported from statefulset.yaml and 1 more file")
        #expect(two.summary.files == 2)
    }

    @Test func emptyDocumentsAndCommentsAreIgnored() throws {
        let yaml =
            "# only a comment\n---\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: i}]\n---\n"
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.scenario.workloads.map(\.name) == ["p"])
    }
}

@Suite struct YAMLFeatureTests {
    @Test func anchorsAliasesAndMergeKeys() throws {
        let yaml = """
            kind: Deployment
            metadata: {name: anch}
            spec:
              template:
                spec:
                  containers:
                    - name: a
                      resources: &res
                        requests: {cpu: 300m, memory: 300Mi}
                    - name: b
                      resources: *res
                    - name: c
                      resources:
                        <<: *res
                        limits: {cpu: 1}
            """
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.scenario.workloads.map(\.cpuCores) == [0.3, 0.3, 0.3])
        #expect(result.scenario.workloads.map(\.memoryMiB) == [300, 300, 300])
    }
}

@Suite struct ZeroRequestTests {
    @Test func zeroRequestIsDefaultedWithItsOwnWarning() throws {
        let yaml =
            "kind: Pod\nmetadata: {name: z}\nspec:\n  containers: [{name: z, image: i, resources: {requests: {cpu: \"0\", memory: 64Mi}}}]\n"
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("z")?.cpuCores == 0.1)
        #expect(result.workload("z")?.memoryMiB == 64)
        #expect(result.warnings(containing: "container z asks for 0 CPU; planned with 0.1 cores").count == 1)
    }
}

@Suite struct UnplannedResourceTests {
    @Test func gpuRequestsBecomeWorkloadGPUs() throws {
        let yaml =
            "kind: Pod\nmetadata: {name: g}\nspec:\n  containers: [{name: g, image: i, resources: {limits: {nvidia.com/gpu: 2, cpu: 2, memory: 8Gi}}}]\n"
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("g")?.cpuCores == 2)
        #expect(result.workload("g")?.gpus == 2)
        #expect(result.warnings(containing: "which vplan does not plan").isEmpty)
        // The default host has no GPUs: the import gives it what the largest pod needs, and says so.
        #expect(result.scenario.host.gpus == 2)
        #expect(result.warnings(containing: "host.gpus set to 2, the most one pod needs").count == 1)
        #expect(ScenarioValidator.errors(in: result.scenario).isEmpty)
    }

    @Test func otherDevicesAreNamedInAWarning() throws {
        let yaml =
            "kind: Pod\nmetadata: {name: h}\nspec:\n  containers: [{name: h, image: i, resources: {limits: {hugepages-2Mi: 1Gi, cpu: 1, memory: 2Gi}}}]\n"
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("h")?.gpus == 0)
        #expect(result.warnings(containing: "container h asks for hugepages-2Mi, which vplan does not plan").count == 1)
    }

    @Test func aFractionalGPUCountIsAnErrorAtItsField() {
        let yaml =
            "kind: Pod\nmetadata: {name: g}\nspec:\n  containers: [{name: g, image: i, resources: {limits: {nvidia.com/gpu: 0.5}}}]\n"
        #expect(throws: (any Error).self) { try KubernetesImporter.run([Fixtures.text(yaml)]) }
    }
}
