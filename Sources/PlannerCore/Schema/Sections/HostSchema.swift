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
                "reservationPreset",
                .choice(
                    .of(
                        \.reservationPreset,
                        labels: ["gke": "GKE", "aks": "AKS", "eks": "EKS", "openshift": "OpenShift", "none": "none"])),
                label: "reservation preset",
                summary: "whose kubelet reservation hosts running Kubernetes keep: gke, aks, eks, openshift or none",
                source:
                    "GKE: the most cited tiers (AKS used its memory tiers before 1.29, EKS uses its CPU tiers); each preset's formula and source in docs/model.md (V-primary)"
            ),
            .init(
                "reservedCpuCores", .optionalNumber(\.reservedCpuCores),
                bounds: .atLeast(0, atMost: Limits.maximumHostCores), unit: .cores, label: "reserved cores", step: 0.5,
                summary: "cores kept for the host in every plan, overriding the preset and the hypervisor's default",
                source: "derived per plan when absent (host.reservationPreset; vm plan: vm.overheadModel)",
                defaultText: "none: the preset's figure on Kubernetes hosts, the hypervisor's on VM hosts",
                automatic: { HostReservation.kubernetes($0).cpuCores },
                check: { host, here, rules in rules.lessThanHostCores(here, host.reservedCpuCores, host) }),
            .init(
                "reservedMemoryGiB", .optionalNumber(\.reservedMemoryGiB),
                bounds: .atLeast(0, atMost: Limits.maximumHostMemoryGiB), unit: .gib, label: "reserved memory", step: 1,
                summary: "memory kept for the host in every plan, GiB, overriding the preset and the hypervisor's default",
                source: "derived per plan when absent (host.reservationPreset; vm plan: vm.overheadModel)",
                defaultText: "none: the preset's figure on Kubernetes hosts, the hypervisor's on VM hosts",
                automatic: { HostReservation.kubernetes($0).memoryGiB },
                check: { host, here, rules in rules.lessThanHostMemory(here, host.reservedMemoryGiB, host) }),
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
                unit: .count, label: "failover hosts", step: 1,
                summary: "host failures the plan survives (short for failover {policy: hosts, count})",
                source: "N+1, the common HA admission-control setting (one host failure tolerated)"),
            .init(
                "failover",
                .custom(
                    .optional(
                        \.failover, json: \.json,
                        schema: SchemaDocuments.objectSchema(
                            [
                                ("policy", .object([("enum", .array(["hosts", "percent", "zone"].map(JSONValue.string)))])),
                                ("count", .object([("type", .string("integer")), ("minimum", .integer(0))])),
                                (
                                    "percent",
                                    .object([
                                        ("type", .string("number")), ("minimum", .integer(0)),
                                        ("exclusiveMaximum", .integer(100)),
                                    ])
                                ),
                            ], required: ["policy"]), defaultText: "`{policy: hosts, count: failoverHosts}`")),
                summary:
                    "failures the plan survives: {policy: hosts, count} (any k hosts), {policy: percent, percent} (keep p% free) or {policy: zone} (any one zone)",
                source: "vSphere HA admission control's three policies; checked by simulation (docs/model.md, Availability)"),
            .init(
                "zones", .integer(\.zones), bounds: .count(1, atMost: Limits.maximumZones), unit: .count, label: "zones",
                step: 1, summary: "availability zones the hosts are split across, as evenly as they go",
                source: "1 (one site); cloud regions have 3 or more",
                check: { host, here, rules in
                    if host.failover == .zone && host.zones < 2 {
                        rules.fail(here, "must be at least 2 for the zone failover policy", Double(host.zones))
                    }
                }),
            .init(
                "billing", .choice(.of(\.billing)), label: "host billing",
                summary:
                    "how hosts are paid for: monthly (owned or reserved: the peak hour's hosts all month) or hourly (an autoscaled cloud cluster: each hour pays for the hosts it needs)",
                source: "monthly keeps the planning convention of owned hosts; cloud instances are billed per second or hour"),
            .init(
                "gpus", .integer(\.gpus), bounds: .count(0, atMost: Limits.maximumGPUs), unit: .count, label: "GPUs",
                step: 1,
                summary:
                    "GPUs per host, whole devices, each given whole to one VM (passthrough) or container (nvidia.com/gpu): no reservation, no overcommit",
                source: "0 (no GPUs); GPU servers carry 4 or 8 (NVIDIA HGX and DGX boards: 8)"),
            .init(
                "localDiskGiB", .number(\.localDiskGiB), bounds: .atLeast(0, atMost: Limits.maximumDiskGiB), unit: .gib,
                label: "local disk", step: 256,
                summary:
                    "local disk instances may use per host, GiB (VMs' local disks, containers' ephemeral storage): no reservation, no overcommit; leave out what the host OS, images and the kubelet's eviction threshold keep",
                source:
                    "0 (no local disk); Kubernetes schedules ephemeral-storage requests against the node's allocatable local storage (kubernetes.io, Local ephemeral storage)"
            ),
        ],
        derive: { host, present in
            // The hosts policy and its short form say the same thing.
            if case .hosts(let count) = host.failover { host.failoverHosts = count }
        })
}

extension Rules {
    /// A reservation of cores (when given) must leave part of the host: `host.reservedCpuCores`
    /// and `vm.hostReservedCpuCores`.
    mutating func lessThanHostCores(_ field: FieldLocation, _ reserved: Double?, _ host: HostProfile) {
        if let reserved, reserved >= host.cpuCores, host.cpuCores > 0 {
            fail(field, "must be less than host.cpuCores (\(Format.cores(host.cpuCores)))", reserved)
        }
    }

    /// The same for memory: `host.reservedMemoryGiB` and `vm.hostReservedMemoryGiB`.
    mutating func lessThanHostMemory(_ field: FieldLocation, _ reserved: Double?, _ host: HostProfile) {
        if let reserved, reserved >= host.memoryGiB, host.memoryGiB > 0 {
            fail(field, "must be less than host.memoryGiB (\(FieldText.number(host.memoryGiB)))", reserved)
        }
    }
}
