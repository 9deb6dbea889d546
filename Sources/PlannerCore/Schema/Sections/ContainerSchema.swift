extension ScenarioSchema {
    /// `container`: the runtime's cost per pod, the pod sandbox, start time, the kubelet's pod limit.
    public static let container = SectionSchema<ContainerParameters>(
        key: "container", title: "Container", defaults: ContainerParameters(),
        fields: [
            .init(
                "runtimeOverheadMiB", .number(\.runtimeOverheadMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "runtime per pod", step: 1, summary: "container runtime memory per pod, MiB",
                source:
                    "containerd-shim-runc-v2 RSS ≈ 10–11 MB (containerd #7878, V-primary); one shim per pod since containerd 1.3 (containerd/cri #1075)"
            ),
            .init(
                "podOverheadMiB", .number(\.podOverheadMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "pod sandbox memory", step: 8, summary: "pod sandbox (RuntimeClass) memory per pod, MiB",
                source: podOverhead),
            .init(
                "podOverheadCpuCores", .number(\.podOverheadCpuCores), bounds: .atLeast(0, atMost: Limits.maximumWorkloadCores),
                unit: .cores, label: "pod sandbox cores", step: 0.05, summary: "pod sandbox (RuntimeClass) cores per pod",
                source: podOverhead),
            .init(
                "runtimeClasses", .runtimeClasses(\.runtimeClasses),
                summary:
                    "RuntimeClasses by name, each { podOverheadMiB, podOverheadCpuCores }: the overhead of the pods whose workloads name it (workloads[].runtimeClass)",
                source:
                    "Kubernetes Pod Overhead: a RuntimeClass's overhead.podFixed is added to the pods that name it (kubernetes.io, V-primary)",
                defaultText: "none",
                check: { container, here, rules in
                    for name in container.runtimeClasses.keys.sorted() {
                        let entry = container.runtimeClasses[name]!
                        if name.isEmpty || TerminalText.containsUnsafe(name) {
                            rules.fail(here, "has a runtime class without a usable name (got \"\(TerminalText.escaped(name))\")")
                        }
                        for (key, value) in [
                            ("podOverheadMiB", entry.podOverheadMiB), ("podOverheadCpuCores", entry.podOverheadCpuCores),
                        ]
                        where !(value >= 0 && value <= Limits.maximumWorkloadMemoryMiB) {
                            rules.fail(
                                here.path + ".\(name).\(key)",
                                "must be at least 0 and at most \(Format.trimmed(Limits.maximumWorkloadMemoryMiB, decimals: 0))",
                                value)
                        }
                    }
                }),
            .init(
                "startSeconds", .number(\.startSeconds), bounds: .atLeast(0, atMost: Limits.maximumSeconds), unit: .seconds,
                label: "start time", step: 0.05, summary: "seconds to create and start a container whose image is present",
                source: "containerd create + start ≈ 250 ms (moby #21737, V-primary anecdote)"),
            .init(
                "parallelStartsPerHost", .integer(\.parallelStartsPerHost), bounds: .count(1, atMost: Limits.maximumParallelism),
                unit: .count, label: "parallel starts/host", step: 1, summary: "containers one host starts at once",
                source: "assumption"),
            .init(
                "maxPodsPerHost", .integer(\.maxPodsPerHost), bounds: .count(1, atMost: Limits.maximumParallelism),
                unit: .count, label: "max pods per host", step: 10, summary: "pods one host may run (kubelet --max-pods)",
                source: "kubelet `--max-pods` default (kubernetes.io \"Considerations for large clusters\", V-primary)"),
            .init(
                "serialImagePulls", .flag(\.serialImagePulls), label: "serial image pulls",
                summary: "a host pulls and unpacks one image at a time (kubelet serializeImagePulls)",
                source: "kubelet configuration default `serializeImagePulls: true` (figures.md, V-primary)"),
            .init(
                "autoscale", .flag(\.autoscale), label: "autoscale replicas",
                summary:
                    "replicas follow the traffic hour by hour: ⌈the hour's concurrency at faas.concurrencyPercentile ÷ concurrencyPerReplica⌉, at least minReplicas (workloads with traffic only)",
                source: "HorizontalPodAutoscaler scaling on concurrent requests; off keeps replicas fixed around the clock"),
            .init(
                "minReplicas", .integer(\.minReplicas), bounds: .count(0, atMost: Limits.maximumInstances), unit: .count,
                label: "min replicas", step: 1, summary: "fewest replicas an autoscaled workload keeps",
                source: "HorizontalPodAutoscaler `minReplicas` default 1 (kubernetes.io, V-primary)"),
        ])

    static let podOverhead =
        "runc has no RuntimeClass overhead; Kata would be 120–160 MiB and 0.25 cores (Kubernetes Pod Overhead docs)"
}
