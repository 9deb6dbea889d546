extension ScenarioSchema {
    /// `host`: the one host type every plan places instances on.
    public static let host = SectionSchema<HostProfile>(
        key: "host", title: "Host", defaults: HostProfile(),
        fields: [
            .init(
                "cpuCores", .number(\.cpuCores), bounds: .above(0, atMost: Limits.maximumHostCores), unit: .cores,
                label: "cores", step: 8, summary: "physical cores", source: "illustrative 2-socket server"),
            .init(
                "memoryGiB", .number(\.memoryGiB), bounds: .above(0, atMost: Limits.maximumHostMemoryGiB), unit: .gib,
                label: "memory", step: 64, summary: "installed memory, GiB", source: "illustrative"),
            .init(
                "nicGbps", .number(\.nicGbps), bounds: .above(0, atMost: Limits.maximumGbps), unit: .gbps, label: "NIC",
                step: 5, summary: "NIC bandwidth, 10^9 bit/s", source: "illustrative (25 GbE is the common server NIC)"),
            .init(
                "imageExtractMiBps", .number(\.imageExtractMiBps), bounds: .above(0, atMost: 1_000_000), unit: .plain,
                label: "image unpack MiB/s", step: 50, summary: "MiB of pulled layers one host unpacks per second",
                source:
                    "assumption: 100–300 MB/s per stream (gunzip + write) in practitioners' measurements (figures.md, UNVERIFIED)"
            ),
            .init(
                "costPerHour", .number(\.costPerHour), bounds: .atLeast(0, atMost: Limits.maximumPrice), unit: .money,
                label: "cost per hour", step: 0.1, summary: "price of one host per hour",
                source: "illustrative, the order of a 64-vCPU, 512 GiB on-demand cloud instance; set your own"),
            .init(
                "reservedCpuCores", .number(\.reservedCpuCores), bounds: .atLeast(0, atMost: Limits.maximumHostCores),
                unit: .cores, label: "reserved cores", step: 0.5, summary: "cores kept for the host (default: TKE tiers)",
                source: "Tencent TKE node reservation, tencentcloud.com/document/product/457/48777 (V-primary)",
                defaultText: "TKE tiers of the host's cores: 0.1 core for the first 4 cores (or all of them if fewer), "
                    + "+ 2.5% of cores 4–64, + 1.25% of 64–128, + 0.5% above 128 (64 cores → 1.6)",
                check: { host, here, rules in
                    if host.reservedCpuCores >= host.cpuCores, host.cpuCores > 0 {
                        rules.fail(
                            here, "must be less than host.cpuCores (\(Format.cores(host.cpuCores)))", host.reservedCpuCores)
                    }
                }),
            .init(
                "reservedMemoryGiB", .number(\.reservedMemoryGiB), bounds: .atLeast(0, atMost: Limits.maximumHostMemoryGiB),
                unit: .gib, label: "reserved memory", step: 1,
                summary: "memory kept for the host, GiB (default: GKE tiers + 100 MiB eviction)",
                source:
                    "GKE \"plan node sizes\" (V-secondary); 100 MiB eviction from the kubelet default as GKE and CCE document it",
                defaultText: "GKE tiers of the host's memory: 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, "
                    + "6% of the next 112, 2% above 128, + 100 MiB hard-eviction threshold (512 GiB → 17.098 GiB)",
                check: { host, here, rules in
                    if host.reservedMemoryGiB >= host.memoryGiB, host.memoryGiB > 0 {
                        rules.fail(
                            here, "must be less than host.memoryGiB (\(FieldText.number(host.memoryGiB)))", host.reservedMemoryGiB
                        )
                    }
                }),
            .init(
                "cpuOvercommit", .number(\.cpuOvercommit), bounds: .above(0, atMost: Limits.maximumOvercommit), unit: .factor,
                label: "CPU overcommit", step: 0.5,
                summary: "container and function CPU requests per physical core (VMs: vm.cpuOvercommit)",
                source: "Kubernetes schedules requests without overcommit (none)"),
            .init(
                "memoryOvercommit", .number(\.memoryOvercommit), bounds: .above(0, atMost: Limits.maximumOvercommit),
                unit: .factor, label: "memory overcommit", step: 0.1,
                summary: "container and function memory requests per physical MiB (VMs: vm.memoryOvercommit)",
                source: "Kubernetes schedules requests without overcommit (none)"),
            .init(
                "targetUtilization", .number(\.targetUtilization), bounds: .above(0, atMost: 1), unit: .fraction,
                label: "target utilization", step: 0.05, summary: "share of the remaining capacity the planner fills",
                source: "the 80% headroom of Azure's ODIN sizer (`../shared/reference/peers.md`)"),
            .init(
                "failoverHosts", .integer(\.failoverHosts), bounds: .count(0, atMost: Limits.maximumFailoverHosts),
                unit: .count, label: "failover spares", step: 1, summary: "empty spare hosts", source: "N+1"),
        ],
        derive: { host, present in
            if !present.contains("reservedCpuCores") {
                host.reservedCpuCores = ReservationDefaults.cpuCores(forHostCores: host.cpuCores)
            }
            if !present.contains("reservedMemoryGiB") {
                host.reservedMemoryGiB = ReservationDefaults.memoryGiB(forHostMemoryGiB: host.memoryGiB)
            }
        })
}
