import PlannerCore

/// `vplan-tui import kubernetes`: turns Kubernetes manifests (YAML or JSON, multi-document, kubectl
/// lists) into a scenario. Each app container becomes a workload; the containers of one pod
/// template share a `pod`. The rules are written out in docs/importers.md.
public enum KubernetesImporter {
    public static func run(
        _ files: [InputFile], options: KubernetesImportOptions = KubernetesImportOptions()
    )
        throws(ScenarioError) -> ImportResult
    {
        var objects: [KubernetesObject] = []
        for file in files {
            for document in try YAMLDocuments.parse(file) {
                objects += try KubernetesObject.objects(in: document)
            }
        }
        var runtimeClasses: [String: PodOverhead] = [:]
        for object in objects where object.kind == "RuntimeClass" {
            runtimeClasses[object.name] = try PodOverhead.runtimeClass(object) ?? PodOverhead(cpuMillicores: 0, memoryBytes: 0)
        }

        var state = KubernetesImportState(
            options: options, runtimeClasses: runtimeClasses, objectNames: Set(objects.map(\.name)))
        state.warnings += options.images.warnings
        let present = Set(objects.map(\.identity))
        for object in objects where object.kind != "RuntimeClass" {
            // `kubectl get all` lists a Deployment, its ReplicaSets and their Pods: plan the owner only.
            if let owner = object.owners.first(where: { present.contains(object.identity(of: $0)) }) {
                state.skipped.add(
                    object.kind, reason: "made by a \(owner.kind) of the input (ownerReferences), which is planned instead")
                continue
            }
            guard let kind = WorkloadKind.of(object) else {
                state.skipped.add(object.kind, reason: "not a workload")
                continue
            }
            try state.add(object, kind: kind)
        }
        try state.applyScheduling()
        state.setDaemonReplicas()

        var scenario = ScenarioBase.scenario(
            base: options.base, name: options.name ?? ScenarioBase.defaultName(files: files.map(\.name)),
            notes: [
                "Imported by vplan-tui import kubernetes from \(ScenarioBase.fileList(files.map(\.name))).",
                "CPU and memory per container are its requests (its limits where a request is missing); "
                    + "the importer's rules and defaults are in docs/importers.md.",
            ],
            workloads: state.workloads)
        // The RuntimeClasses the pods used, beside any the base scenario defines.
        scenario.container.runtimeClasses.merge(state.usedRuntimeClasses) { _, imported in imported }
        let warnings = state.warnings + Self.fitHost(&scenario)
        let summary = ImportSummary(
            files: files.count, workloads: scenario.workloads, skipped: state.skipped.items, warnings: warnings)
        return ImportResult(scenario: scenario, summary: summary)
    }

    /// Raises the host's GPUs and local disk to what the largest pod needs where the base host
    /// has less, and says so in one warning each.
    static func fitHost(_ scenario: inout Scenario) -> [String] {
        var warnings: [String] = []
        if let gpus = hostGPUs(for: scenario) {
            warnings.append(
                "the pods request GPUs: host.gpus set to \(gpus), the most one pod needs (the base host had \(scenario.host.gpus)); "
                    + "give your GPU hosts' count with --host")
            scenario.host.gpus = gpus
        }
        if let disk = hostDiskGiB(for: scenario) {
            warnings.append(
                "the pods request ephemeral storage: host.localDiskGiB set to \(Format.trimmed(disk, decimals: 3)), the most one pod "
                    + "needs rounded up to a whole GiB (the base host had \(Format.trimmed(scenario.host.localDiskGiB, decimals: 3))); "
                    + "give your hosts' local disk with --host")
            scenario.host.localDiskGiB = disk
        }
        return warnings
    }

    /// The most of `value` one pod needs: its members' values summed (a workload outside a pod
    /// alone).
    static func largestPodNeed<Value: AdditiveArithmetic & Comparable>(
        _ scenario: Scenario, _ value: (Workload) -> Value
    ) -> Value {
        var byPod: [String: Value] = [:]
        var most = Value.zero
        for workload in scenario.workloads where value(workload) > .zero {
            let need =
                workload.pod.map { pod in
                    byPod[pod, default: .zero] += value(workload)
                    return byPod[pod]!
                } ?? value(workload)
            most = max(most, need)
        }
        return most
    }

    /// The GPUs one host needs so that every imported pod fits (the most one pod requests, its
    /// members summed), when the base host has fewer; nil when it has enough.
    static func hostGPUs(for scenario: Scenario) -> Int? {
        let most = largestPodNeed(scenario, \.gpus)
        return most > scenario.host.gpus ? min(most, Limits.maximumGPUs) : nil
    }

    /// The local disk one host needs so that every imported pod fits (the most one pod requests,
    /// its members summed, rounded up to a whole GiB), when the base host has less (compared in
    /// the packer's whole MiB, as validation does); nil when it has enough.
    static func hostDiskGiB(for scenario: Scenario) -> Double? {
        let most = largestPodNeed(scenario, \.diskGiB)
        let fits =
            Resources(demandCores: 0, memoryMiB: 0, pods: 0, diskGiB: most).diskMiB
            <= Resources(capacityCores: 0, memoryMiB: 0, pods: 0, diskGiB: scenario.host.localDiskGiB).diskMiB
        return fits ? nil : min((most - 1e-9).rounded(.up), Limits.maximumDiskGiB)
    }
}
