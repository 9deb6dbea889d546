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
                label: "cold start per MiB", step: 0.0001, summary: "extra cold start per MiB of package, seconds",
                source: "AWS container-image functions: +100 MB added 0.073 s (0.795 → 0.868 s, mikhail.io). Zip packages "
                    + "grow much faster, ≈ 0.1 s/MB (0.264 s at 1 KB, 3.875 s at 35 MB): set 0.1 for zip-deployed functions"),
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
        ])

    static let lambdaPrices = "AWS Lambda x86 list prices (public price list; not graded in figures.md)"
}
