extension ScenarioSchema {
    /// `vm`: what each VM costs beyond its workload, its image and its boot.
    public static let vm = SectionSchema<VMParameters>(
        key: "vm", title: "VM", defaults: VMParameters(),
        fields: [
            .init(
                "hypervisor",
                .choice(
                    .of(
                        \.hypervisor, labels: ["type1": "type 1 (bare metal)", "type2": "type 2 (hosted)"],
                        aliases: ["1": "type1", "type 1": "type1", "2": "type2", "type 2": "type2"])),
                label: "hypervisor", summary: "type1 (bare metal) or type2 (hosted)", source: "bare metal, the server case"),
            .init(
                "cpuOvercommit", .number(\.cpuOvercommit), bounds: .above(0, atMost: 100), unit: .factor,
                label: "VM CPU overcommit", step: 0.5, summary: "vCPUs per physical core for VM instances, in every plan",
                source:
                    "vSphere sizing: ODIN sizer default 4:1 (range 1–6:1), kubev2v migration-planner 1:1 to 1:6; KubeVirt requests vCPUs ÷ cpuAllocationRatio 10 (figures.md, V-primary)"
            ),
            .init(
                "memoryOvercommit", .number(\.memoryOvercommit), bounds: .above(0, atMost: 100), unit: .factor,
                label: "VM memory overcommit", step: 0.1, summary: "guest MiB per physical MiB for VM instances",
                source: "assumption: production VM estates do not overcommit memory (ballooning and swapping cost latency)"),
            .init(
                "podAsOneVm", .flag(\.podAsOneVm), label: "pod as one VM",
                summary: "a pod's members become one VM per replica (else one VM per member, on the pod's host)",
                source: "a pod's containers are one unit of deployment: a VM per pod is how they would be virtualised"),
            .init(
                "overheadModel",
                .choice(
                    .of(
                        \.overheadModel,
                        labels: ["esxi": "ESXi table", "kubevirt": "KubeVirt", "firecracker": "Firecracker", "custom": "custom"])),
                label: "overhead model",
                summary: "whose per-VM memory overhead VMs pay: esxi, kubevirt, firecracker or custom (the three overhead keys)",
                source:
                    "ESXi: the most common VM estate (vSphere Resource Management guide's table, V-primary); custom when a file gives an overhead key without it"
            ),
            .init(
                "guestOsMemoryMiB", .number(\.guestOsMemoryMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "guest OS memory", step: 64, summary: "guest OS memory per VM, MiB",
                source: "assumption: a minimal Linux server guest; Windows Server needs 2048"),
            .init(
                "overheadMiB", .number(\.overheadMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB), unit: .mib,
                label: "custom: per VM", step: 16, summary: "custom overhead model: fixed hypervisor overhead per VM, MiB",
                source: kubevirtOverhead),
            .init(
                "overheadFraction", .number(\.overheadFraction), bounds: .atLeast(0, atMost: 10), unit: .fraction,
                label: "custom: of memory", step: 0.001,
                summary: "custom overhead model: hypervisor overhead per MiB of guest memory",
                source: kubevirtOverhead),
            .init(
                "overheadPerVcpuMiB", .number(\.overheadPerVcpuMiB), bounds: .atLeast(0, atMost: 1_048_576), unit: .mib,
                label: "custom: per vCPU", step: 1, summary: "custom overhead model: hypervisor overhead per vCPU, MiB",
                source: kubevirtOverhead),
            .init(
                "cpuOverhead", .number(\.cpuOverhead), bounds: .atLeast(0, atMost: 10), unit: .fraction, label: "CPU overhead",
                step: 0.01, summary: "CPU lost to virtualisation, fraction of the vCPUs",
                source: "Firecracker's target of > 95% of bare-metal compute (SPECIFICATION.md, V-primary as a target)"),
            .init(
                "osImageMiB", .number(\.osImageMiB), bounds: .atLeast(0, atMost: Limits.maximumImageMiB), unit: .mib,
                label: "OS image", step: 256, summary: "OS part of every VM image, MiB",
                source: "assumption: a compressed server OS disk image"),
            .init(
                "imageCachedPerHost", .flag(\.imageCachedPerHost), label: "image cached per host",
                summary: "a host keeps one copy of a workload's image for all its VMs", source: "linked clones, the common case"),
            .init(
                "bootSeconds", .number(\.bootSeconds), bounds: .atLeast(0, atMost: Limits.maximumSeconds), unit: .seconds,
                label: "boot time", step: 5, summary: "seconds from power-on to a ready guest",
                source: "\"seconds to tens of seconds\" for general-purpose VMs (NSDI'20 §2, V-secondary)"),
            .init(
                "parallelBootsPerHost", .integer(\.parallelBootsPerHost), bounds: .count(1, atMost: Limits.maximumParallelism),
                unit: .count, label: "parallel boots/host", step: 1, summary: "VMs one host boots at once", source: "assumption"),
            .init(
                "hostReservedCpuCores", .optionalNumber(\.hostReservedCpuCores),
                bounds: .atLeast(0, atMost: Limits.maximumHostCores), unit: .cores, label: "VM host reserved cores",
                step: 0.5, summary: "cores a host of the vm plan keeps for the hypervisor",
                source: "derived when absent: host.reservedCpuCores, else the overhead model's default (docs/model.md)",
                defaultText:
                    "none: esxi 0, kubevirt the reservation preset's, firecracker 0.5, custom the preset's, type 2 0 (host OS keys)",
                automatic: { HostReservation.hypervisor($0).cpuCores }),
            .init(
                "hostReservedMemoryGiB", .optionalNumber(\.hostReservedMemoryGiB),
                bounds: .atLeast(0, atMost: Limits.maximumHostMemoryGiB), unit: .gib, label: "VM host reserved memory",
                step: 1, summary: "memory a host of the vm plan keeps for the hypervisor, GiB",
                source: "derived when absent: host.reservedMemoryGiB, else the overhead model's default (docs/model.md)",
                defaultText:
                    "none: esxi MinFree (6% of the first 4 GiB, 4% of the next 8, 2% of the next 16, 1% above) + 1 GiB; "
                    + "kubevirt the preset's + 360 MiB; firecracker 1 GiB; custom the preset's; type 2 0 (host OS keys)",
                automatic: { HostReservation.hypervisor($0).memoryGiB }),
            .init(
                "hostOsMemoryMiB", .number(\.hostOsMemoryMiB), bounds: .atLeast(0, atMost: Limits.maximumWorkloadMemoryMiB),
                unit: .mib, label: "type-2 host OS memory", step: 256, summary: "type 2 only: host OS memory, MiB",
                source: "assumption: a desktop OS under the hypervisor; no citable measurement found"),
            .init(
                "hostOsCpuCores", .number(\.hostOsCpuCores), bounds: .atLeast(0, atMost: Limits.maximumHostCores), unit: .cores,
                label: "type-2 host OS cores", step: 0.5, summary: "type 2 only: cores the host OS keeps busy",
                source: "assumption: a desktop OS under the hypervisor; no citable measurement found"),
            .init(
                "hostedCpuOverhead", .number(\.hostedCpuOverhead), bounds: .atLeast(0, atMost: 10), unit: .fraction,
                label: "type-2 CPU overhead", step: 0.01, summary: "type 2 only: extra CPU overhead",
                source: "assumption (figures.md: \"Type-2 hypervisor penalty — nothing citable found\")"),
            .init(
                "hostedBootFactor", .number(\.hostedBootFactor), bounds: .atLeast(1, atMost: 1000), unit: .factor,
                label: "type-2 boot factor", step: 0.1, summary: "type 2 only: factor on bootSeconds", source: "assumption"),
        ],
        derive: { vm, present in
            // A file that gives its own overhead formula without naming a model meant that formula.
            if !present.contains("overheadModel"),
                !present.isDisjoint(with: ["overheadMiB", "overheadFraction", "overheadPerVcpuMiB"])
            {
                vm.overheadModel = .custom
            }
        })

    static let kubevirtOverhead =
        "KubeVirt / OpenShift Virtualization per-VM overhead `0.002 × guest memory + 218 + 8 × vCPUs` MiB "
        + "(openshift-docs `virt-cluster-resource-requirements.adoc`, V-primary)"

    /// A VM host's own reservation must leave room on the host.
    static func hostReservationsOfVMs(_ scenario: Scenario, _ rules: inout Rules) {
        rules.lessThanHostCores(
            FieldLocation(section: "vm", "hostReservedCpuCores"), scenario.vm.hostReservedCpuCores, scenario.host)
        rules.lessThanHostMemory(
            FieldLocation(section: "vm", "hostReservedMemoryGiB"), scenario.vm.hostReservedMemoryGiB, scenario.host)
    }
}
