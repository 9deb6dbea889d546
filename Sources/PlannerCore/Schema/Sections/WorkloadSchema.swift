import Foundation

extension ScenarioSchema {
    /// A workload (`workloads[i]`): its size, replicas, pod, model, image layers, updates and
    /// traffic. The table is in validation order; the rules beside it are the hand-written ones.
    public static let workload = SectionSchema<Workload>(
        key: "", title: "Workload", defaults: Workload(name: "", cpuCores: 0, memoryMiB: 0),
        fields: [
            .init(
                "name", .text(\.name), required: true, summary: "unique name",
                check: { w, here, rules in
                    if ScenarioValidator.isBlank(w.name) {
                        rules.fail(here, "must not be empty")
                    } else if TerminalText.containsUnsafe(w.name) {
                        rules.fail(here, "must not contain control characters (got \"\(TerminalText.escaped(w.name))\")")
                    }
                }),
            .init(
                "cpuCores", .number(\.cpuCores), bounds: .above(0, atMost: Limits.maximumWorkloadCores), unit: .cores,
                required: true, summary: "CPU request per instance, cores",
                check: { w, here, rules in
                    if w.cpuCores > 0 && w.cpuCores < Limits.minimumCores {
                        rules.fail(here, "must be at least 0.001 (one millicore)", w.cpuCores)
                    }
                }),
            .init(
                "memoryMiB", .number(\.memoryMiB), bounds: .above(0, atMost: Limits.maximumWorkloadMemoryMiB), unit: .mib,
                required: true, summary: "memory request per instance, MiB",
                check: { w, here, rules in
                    if w.memoryMiB > 0 && w.memoryMiB < Limits.minimumMemoryMiB {
                        rules.fail(here, "must be at least 0.0009765625 (one KiB)", w.memoryMiB)
                    }
                }),
            .init(
                "gpus", .integer(\.gpus), bounds: .count(0, atMost: Limits.maximumGPUs), unit: .count,
                summary:
                    "whole GPUs per instance: passed through to a VM, requested by a container (nvidia.com/gpu); a pod's members' are summed; never a function",
                source: "0 (no GPU)"),
            .init(
                "diskGiB", .number(\.diskGiB), bounds: .atLeast(0, atMost: Limits.maximumDiskGiB), unit: .gib,
                summary:
                    "local disk per instance on its host, GiB: a VM's local virtual disk, a container's ephemeral-storage request; a pod's members' are summed; a managed function uses none of the host's (over faas.maxEphemeralStorageMiB it is ineligible)",
                source: "0 (no local disk)"),
            .init(
                "replicas", .integer(\.replicas), bounds: .count(0, atMost: Limits.maximumInstances), unit: .count,
                summary: "instances"),
            .init(
                "pod", .optionalText(\.pod), summary: "pod name: members share a host, replicas and model",
                check: { w, here, rules in
                    if let pod = w.pod, ScenarioValidator.isBlank(pod) {
                        rules.fail(here, "must not be empty (leave it out for no pod)")
                    } else if let pod = w.pod, TerminalText.containsUnsafe(pod) {
                        rules.fail(here, "must not contain control characters (got \"\(TerminalText.escaped(pod))\")")
                    }
                }),
            .init(
                "updatesPerDay", .number(\.updatesPerDay), bounds: .atLeast(0, atMost: 100_000), unit: .plain,
                summary: "image updates per day"),
            .init(
                "changedLayers", .integer(\.changedLayers), bounds: .count(0, atMost: 100_000), unit: .count,
                summary: "top layers an update changes (at most the image's layers; 0: updates ship nothing)",
                check: { w, here, rules in
                    // An update cannot change more layers than the image has (a workload without
                    // layers keeps the default 1: there is nothing to check it against).
                    if !w.layers.isEmpty && w.changedLayers > w.layers.count {
                        rules.fail(here, "must be at most the number of layers (\(w.layers.count))", Double(w.changedLayers))
                    }
                }),
            .init(
                "requestsPerSecond", .optionalNumber(\.requestsPerSecond),
                bounds: .atLeast(0, atMost: Limits.maximumRequestsPerSecond), unit: .plain, summary: "average requests per second"
            ),
            .init(
                "peakRequestsPerSecond", .optionalNumber(\.peakRequestsPerSecond),
                bounds: .atLeast(0, atMost: Limits.maximumRequestsPerSecond), unit: .plain,
                summary: "peak requests per second (at least requestsPerSecond)", defaultText: "`requestsPerSecond`",
                check: { w, here, rules in
                    if let peak = w.peakRequestsPerSecond, let rate = w.requestsPerSecond, peak < rate {
                        rules.fail(here, "must be at least requestsPerSecond (\(FieldText.number(rate)))", peak)
                    }
                }),
            .init(
                "requestSeconds", .optionalNumber(\.requestSeconds), bounds: .above(0, atMost: Limits.maximumSeconds),
                unit: .seconds, summary: "time one request takes, seconds"),
            .init(
                "hourlyRequestsPerSecond", .custom(.hourlyRates(\.hourlyRequestsPerSecond)),
                summary:
                    "average requests per second in each hour, hour 0 to 23 (24 values); the average and peak come from it",
                defaultText: "flat at `requestsPerSecond`, sized for `peakRequestsPerSecond`",
                check: { w, here, rules in rules.checkHourly(w, here) }),
            .init(
                "burstiness", .number(\.burstiness),
                bounds: .atLeast(Limits.burstinessRange.lowerBound, atMost: Limits.burstinessRange.upperBound),
                unit: .plain, summary: "coefficient of variation of the times between requests (1: Poisson)",
                source: "1, Poisson arrivals; production FaaS traces are burstier (Shahrad et al., ATC'20): give your own"),
            .init(
                "concurrencyPerReplica", .optionalNumber(\.concurrencyPerReplica),
                bounds: .above(0, atMost: Limits.maximumRequestsPerSecond), unit: .plain,
                summary: "concurrent requests one container replica or VM serves",
                defaultText: "what makes `replicas` exactly carry the peak: peak requests/s × requestSeconds ÷ replicas"),
            .init(
                "functionMemoryMiB", .optionalNumber(\.functionMemoryMiB),
                bounds: .above(0, atMost: Limits.maximumWorkloadMemoryMiB), unit: .mib,
                summary: "memory a function instance is configured with, MiB", defaultText: "`memoryMiB`"),
            .init(
                "runtimeClass", .optionalText(\.runtimeClass),
                summary: "the RuntimeClass its pod runs under (a name in container.runtimeClasses)", defaultText: "none"),
            .init("stateful", .flag(\.stateful), summary: "keeps state (never a function)"),
            .init(
                "model", .choice(.of(\.model)), summary: "how the mixed plan runs it",
                check: { w, here, rules in
                    if w.stateful && w.model == .faas {
                        rules.fail(here, "a stateful workload cannot be \"faas\" (functions must be stateless)")
                    }
                    if w.gpus > 0 && w.model == .faas {
                        rules.fail(here, "a workload with GPUs cannot be \"faas\" (functions have no GPUs)")
                    }
                }),
            .init(
                "spread",
                .custom(
                    .optional(
                        \.spread, json: \.json,
                        schema: SchemaDocuments.objectSchema([
                            ("topology", .object([("enum", .array(Spread.Topology.allCases.map { .string($0.rawValue) }))])),
                            ("maxSkew", .object([("type", .string("integer")), ("minimum", .integer(1))])),
                            ("required", .object([("type", .string("boolean"))])),
                        ]), defaultText: "soft host spread (maxSkew 3) for 2 or more replicas; topology none: no spread")),
                summary:
                    "how replicas spread over failure domains: {topology: host|zone|none, maxSkew (default 1), required (default true)}",
                source:
                    "Kubernetes topologySpreadConstraints; the default is the scheduler's default constraint (hostname, maxSkew 3, ScheduleAnyway)"
            ),
            .init(
                "antiAffinity", .custom(.names(\.antiAffinity)),
                summary: "workloads whose instances never share a host with this one's (symmetric; its own name: one per host)",
                source: "Kubernetes podAntiAffinity on kubernetes.io/hostname; vSphere VM-VM anti-affinity rules"),
            .init(
                "layers", .layers(\.layers), summary: "image layers, base first: { id, sizeMiB }",
                defaultText: "none (image counts as 0 MiB, with a warning)"),
        ])
}
