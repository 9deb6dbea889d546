extension Scenario {
    public init(from decoder: Decoder) throws {
        let object = try StrictObject(
            decoder, allowed: ["schema", "name", "notes", "host", "registry", "vm", "container", "faas", "workloads"])
        if let schema = try object.string("schema"), schema != Scenario.schemaIdentifier {
            throw FieldError(path: "schema", reason: "must be \"\(Scenario.schemaIdentifier)\" (got \"\(schema)\")")
        }
        self.init(
            name: try object.string("name") ?? "Untitled scenario",
            notes: try object.nested([String].self, "notes") ?? [],
            host: try object.nested(HostProfile.self, "host") ?? HostProfile(),
            registry: try object.nested(RegistryParameters.self, "registry") ?? RegistryParameters(),
            vm: try object.nested(VMParameters.self, "vm") ?? VMParameters(),
            container: try object.nested(ContainerParameters.self, "container") ?? ContainerParameters(),
            faas: try object.nested(FaaSParameters.self, "faas") ?? FaaSParameters(),
            workloads: try object.required("workloads") { try object.nested([Workload].self, $0) })
    }
}

extension HostProfile {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: [
            "cpuCores", "memoryGiB", "nicGbps", "costPerHour", "reservedCpuCores", "reservedMemoryGiB",
            "cpuOvercommit", "memoryOvercommit", "targetUtilization", "failoverHosts",
        ])
        let defaults = HostProfile()
        self.init(
            cpuCores: try o.double("cpuCores", default: defaults.cpuCores),
            memoryGiB: try o.double("memoryGiB", default: defaults.memoryGiB),
            nicGbps: try o.double("nicGbps", default: defaults.nicGbps),
            costPerHour: try o.double("costPerHour", default: defaults.costPerHour),
            reservedCpuCores: try o.double("reservedCpuCores"),
            reservedMemoryGiB: try o.double("reservedMemoryGiB"),
            cpuOvercommit: try o.double("cpuOvercommit", default: defaults.cpuOvercommit),
            memoryOvercommit: try o.double("memoryOvercommit", default: defaults.memoryOvercommit),
            targetUtilization: try o.double("targetUtilization", default: defaults.targetUtilization),
            failoverHosts: try o.int("failoverHosts", default: defaults.failoverHosts))
    }
}

extension RegistryParameters {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: ["egressGbps"])
        self.init(egressGbps: try o.double("egressGbps", default: RegistryParameters().egressGbps))
    }
}

extension VMParameters {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: [
            "hypervisor", "guestOsMemoryMiB", "overheadMiB", "overheadFraction", "overheadPerVcpuMiB", "cpuOverhead",
            "osImageMiB", "imageCachedPerHost", "bootSeconds", "parallelBootsPerHost", "hostOsMemoryMiB",
            "hostOsCpuCores", "hostedCpuOverhead", "hostedBootFactor",
        ])
        let d = VMParameters()
        self.init(
            hypervisor: try o.choice("hypervisor", default: d.hypervisor),
            guestOsMemoryMiB: try o.double("guestOsMemoryMiB", default: d.guestOsMemoryMiB),
            overheadMiB: try o.double("overheadMiB", default: d.overheadMiB),
            overheadFraction: try o.double("overheadFraction", default: d.overheadFraction),
            overheadPerVcpuMiB: try o.double("overheadPerVcpuMiB", default: d.overheadPerVcpuMiB),
            cpuOverhead: try o.double("cpuOverhead", default: d.cpuOverhead),
            osImageMiB: try o.double("osImageMiB", default: d.osImageMiB),
            imageCachedPerHost: try o.bool("imageCachedPerHost", default: d.imageCachedPerHost),
            bootSeconds: try o.double("bootSeconds", default: d.bootSeconds),
            parallelBootsPerHost: try o.int("parallelBootsPerHost", default: d.parallelBootsPerHost),
            hostOsMemoryMiB: try o.double("hostOsMemoryMiB", default: d.hostOsMemoryMiB),
            hostOsCpuCores: try o.double("hostOsCpuCores", default: d.hostOsCpuCores),
            hostedCpuOverhead: try o.double("hostedCpuOverhead", default: d.hostedCpuOverhead),
            hostedBootFactor: try o.double("hostedBootFactor", default: d.hostedBootFactor))
    }
}

extension ContainerParameters {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: [
            "runtimeOverheadMiB", "podOverheadMiB", "podOverheadCpuCores", "startSeconds", "parallelStartsPerHost",
            "maxPodsPerHost",
        ])
        let d = ContainerParameters()
        self.init(
            runtimeOverheadMiB: try o.double("runtimeOverheadMiB", default: d.runtimeOverheadMiB),
            podOverheadMiB: try o.double("podOverheadMiB", default: d.podOverheadMiB),
            podOverheadCpuCores: try o.double("podOverheadCpuCores", default: d.podOverheadCpuCores),
            startSeconds: try o.double("startSeconds", default: d.startSeconds),
            parallelStartsPerHost: try o.int("parallelStartsPerHost", default: d.parallelStartsPerHost),
            maxPodsPerHost: try o.int("maxPodsPerHost", default: d.maxPodsPerHost))
    }
}

extension FaaSParameters {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: [
            "coldStartSeconds", "coldStartSecondsPerMiB", "instanceOverheadMiB", "keepAliveSeconds",
            "concurrencyPerInstance", "pricePerGBSecond", "pricePerMillionRequests", "parallelStartsPerHost",
        ])
        let d = FaaSParameters()
        self.init(
            coldStartSeconds: try o.double("coldStartSeconds", default: d.coldStartSeconds),
            coldStartSecondsPerMiB: try o.double("coldStartSecondsPerMiB", default: d.coldStartSecondsPerMiB),
            instanceOverheadMiB: try o.double("instanceOverheadMiB", default: d.instanceOverheadMiB),
            keepAliveSeconds: try o.double("keepAliveSeconds", default: d.keepAliveSeconds),
            concurrencyPerInstance: try o.int("concurrencyPerInstance", default: d.concurrencyPerInstance),
            pricePerGBSecond: try o.double("pricePerGBSecond", default: d.pricePerGBSecond),
            pricePerMillionRequests: try o.double("pricePerMillionRequests", default: d.pricePerMillionRequests),
            parallelStartsPerHost: try o.int("parallelStartsPerHost", default: d.parallelStartsPerHost))
    }
}

extension Workload {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: [
            "name", "cpuCores", "memoryMiB", "replicas", "pod", "stateful", "model", "layers", "updatesPerDay",
            "changedLayers", "requestsPerSecond", "peakRequestsPerSecond", "requestSeconds",
        ])
        self.init(
            name: try o.required("name", o.string),
            cpuCores: try o.required("cpuCores", o.double),
            memoryMiB: try o.required("memoryMiB", o.double),
            replicas: try o.int("replicas", default: 1),
            pod: try o.string("pod"),
            stateful: try o.bool("stateful", default: false),
            model: try o.choice("model", default: DeploymentModel.container),
            layers: try o.nested([ImageLayer].self, "layers") ?? [],
            updatesPerDay: try o.double("updatesPerDay", default: 0),
            changedLayers: try o.int("changedLayers", default: 1),
            requestsPerSecond: try o.double("requestsPerSecond"),
            peakRequestsPerSecond: try o.double("peakRequestsPerSecond"),
            requestSeconds: try o.double("requestSeconds"))
    }
}

extension ImageLayer {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: ["id", "sizeMiB"])
        self.init(id: try o.required("id", o.string), sizeMiB: try o.required("sizeMiB", o.double))
    }
}
