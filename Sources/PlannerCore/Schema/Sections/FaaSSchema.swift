extension ScenarioSchema {
    /// `faas`: cold starts, keep-alive, concurrency per instance and the provider's prices.
    public static let faas = SectionSchema<FaaSParameters>(
        key: "faas", title: "FaaS", defaults: FaaSParameters(),
        fields: [
            .init(
                "coldStartSeconds", .number(\.coldStartSeconds), bounds: .atLeast(0, atMost: Limits.maximumSeconds),
                unit: .seconds, label: "cold start", step: 0.05, summary: "cold start of a minimal function, seconds",
                source: "AWS Lambda JavaScript median cold start (mikhail.io dataset, V-primary)"),
            .init(
                "coldStartSecondsPerMiB", .number(\.coldStartSecondsPerMiB), bounds: .atLeast(0, atMost: 3600), unit: .seconds,
                label: "cold start per MiB", step: 0.000001, summary: "extra cold start per MiB of package, seconds",
                source: "AWS container-image functions load lazily: +5 GB added 0.023 s (0.795 → 0.818 s; +100 MB: 0.868 s, "
                    + "run-to-run noise), mikhail.io dataset. Zip packages grow much faster, ≈ 0.1 s/MB (0.264 s at 1 KB, "
                    + "3.875 s at 35 MB): set 0.1 for zip-deployed functions"),
            .init(
                "instanceOverheadMiB", .number(\.instanceOverheadMiB),
                bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "runtime per instance", step: 1, summary: "function runtime memory per instance, MiB",
                source: "Firecracker VMM overhead ≤ 5 MiB (SPECIFICATION.md, V-primary)"),
            .init(
                "keepAliveSeconds", .number(\.keepAliveSeconds), bounds: .atLeast(0, atMost: Limits.maximumSeconds),
                unit: .seconds, label: "keep-alive", step: 60, summary: "seconds an idle instance is kept warm",
                source: "AWS Lambda's fixed 10-minute keep-alive (2019–20, Shahrad et al. ATC'20, V-secondary)"),
            .init(
                "concurrencyPerInstance", .integer(\.concurrencyPerInstance),
                bounds: .count(1, atMost: Limits.maximumParallelism),
                unit: .count, label: "requests per instance", step: 1, summary: "requests one instance serves at once",
                source: "Lambda: one request per execution environment (NSDI'20 §4)"),
            .init(
                "pricePerGBSecond", .number(\.pricePerGBSecond), bounds: .atLeast(0, atMost: Limits.maximumPrice), unit: .money,
                label: "price per GB-second", step: 0.000001, summary: "price per GB-second of configured memory",
                source: lambdaPrices),
            .init(
                "pricePerMillionRequests", .number(\.pricePerMillionRequests), bounds: .atLeast(0, atMost: Limits.maximumPrice),
                unit: .money, label: "price per M requests", step: 0.05, summary: "price per million requests",
                source: lambdaPrices),
            .init(
                "parallelStartsPerHost", .integer(\.parallelStartsPerHost), bounds: .count(1, atMost: Limits.maximumParallelism),
                unit: .count, label: "parallel starts/host", step: 1, summary: "function instances one host cold-starts at once",
                source: "assumption, well under Firecracker's 5 microVM creations per core per second (design.md)"),
            .init(
                "minMemoryMiB", .number(\.minMemoryMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "min billed memory", step: 64, summary: "least memory a function is billed for, MiB",
                source: lambdaMemory),
            .init(
                "maxMemoryMiB", .number(\.maxMemoryMiB), bounds: .above(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "max function memory", step: 1024,
                summary: "most memory a function may have, MiB (more: the workload is ineligible)", source: lambdaMemory,
                check: { faas, here, rules in
                    if faas.maxMemoryMiB < faas.minMemoryMiB {
                        rules.fail(
                            here, "must be at least faas.minMemoryMiB (\(FieldText.number(faas.minMemoryMiB)))", faas.maxMemoryMiB
                        )
                    }
                }),
            .init(
                "mibPerVcpu", .number(\.mibPerVcpu), bounds: .above(0, atMost: Limits.maximumWorkloadMemoryMiB), unit: .mib,
                label: "MiB per vCPU", step: 64,
                summary: "configured memory that buys one vCPU (CPU in proportion to memory), MiB",
                source: lambdaMemory),
            .init(
                "maxImageMiB", .number(\.maxImageMiB), bounds: .above(0, atMost: Limits.maximumWorkloadMemoryMiB), unit: .mib,
                label: "max image", step: 1024, summary: "largest function image, MiB (more: the workload is ineligible)",
                source: "AWS Lambda container images up to 10 GB (Lambda quotas page, figures.md V-primary)"),
            .init(
                "maxEphemeralStorageMiB", .number(\.maxEphemeralStorageMiB),
                bounds: .above(0, atMost: Limits.maximumDiskGiB * 1024), unit: .mib, label: "max ephemeral storage", step: 1024,
                summary:
                    "most ephemeral storage (/tmp) a function may have, MiB (a workload needing more local disk, diskGiB, is ineligible)",
                source: "AWS Lambda: 512 to 10,240 MB of /tmp (Lambda API reference, EphemeralStorage)"),
            .init(
                "maxRequestSeconds", .number(\.maxRequestSeconds), bounds: .above(0, atMost: Limits.maximumSeconds),
                unit: .seconds, label: "max request time", step: 60,
                summary: "longest one request may run, seconds (longer: the workload is ineligible)",
                source: "AWS Lambda's 900 s (15 min) timeout (Lambda quotas page, figures.md V-primary)"),
            .init(
                "freeRequestsPerMonth", .number(\.freeRequestsPerMonth), bounds: .atLeast(0, atMost: Limits.maximumFreeAllowance),
                unit: .count, label: "free requests/month", step: 100_000, summary: "requests a month not billed (free tier)",
                source: "0 so list prices are the default; AWS Lambda's free tier is 1,000,000 requests a month"),
            .init(
                "freeGBSecondsPerMonth", .number(\.freeGBSecondsPerMonth),
                bounds: .atLeast(0, atMost: Limits.maximumFreeAllowance),
                unit: .plain, label: "free GB-s/month", step: 100_000, summary: "GB-seconds a month not billed (free tier)",
                source: "0 so list prices are the default; AWS Lambda's free tier is 400,000 GB-seconds a month"),
            .init(
                "selfHostedConcurrency", .integer(\.selfHostedConcurrency),
                bounds: .count(0, atMost: Limits.maximumParallelism), unit: .count, label: "self-hosted concurrency", step: 1,
                summary:
                    "requests one self-hosted (Knative) function instance serves at once; 0: no limit, the workload's concurrencyPerReplica is the target",
                source:
                    "Knative containerConcurrency: 0 (no limit) by default, the autoscaler then targets 100 (container-concurrency-target-default); vplan targets what one replica carries"
            ),
            .init(
                "concurrencyPercentile", .number(\.concurrencyPercentile), bounds: .above(0, atMost: 0.999999),
                unit: .fraction, label: "concurrency percentile", step: 0.01,
                summary: "quantile of concurrent requests functions and autoscaled replicas are sized for",
                source: "p99: at the mean (Little's law) demand exceeds the instances 35–48% of the time (issue #17)"),
        ])

    static let lambdaMemory = "AWS Lambda: 128 MB to 10,240 MB in 1 MB steps, one vCPU at 1,769 MB (figures.md, V-primary)"
    static let lambdaPrices = "AWS Lambda x86 list prices (public price list; not graded in figures.md)"
}
