extension Scenario {
    public init(from decoder: Decoder) throws {
        let object = try StrictObject(
            decoder,
            allowed: [
                "schema", "name", "notes", "currency", "host", "registry", "vm", "container", "faas", "workloads",
                "hostTypes", "hostSelection",
            ])
        if let schema = try object.string("schema"), schema != Scenario.schemaIdentifier {
            throw FieldError(path: "schema", reason: "must be \"\(Scenario.schemaIdentifier)\" (got \"\(schema)\")")
        }
        self.init(
            name: try object.string("name") ?? "Untitled scenario",
            notes: try object.nested([String].self, "notes") ?? [],
            currency: try object.string("currency") ?? "USD",
            host: try object.nested(HostProfile.self, "host") ?? HostProfile(),
            registry: try object.nested(RegistryParameters.self, "registry") ?? RegistryParameters(),
            vm: try object.nested(VMParameters.self, "vm") ?? VMParameters(),
            container: try object.nested(ContainerParameters.self, "container") ?? ContainerParameters(),
            faas: try object.nested(FaaSParameters.self, "faas") ?? FaaSParameters(),
            workloads: try object.required("workloads") { try object.nested([Workload].self, $0) })
        hostTypes = try object.nested([HostType].self, "hostTypes") ?? []
        hostSelection = try object.choice("hostSelection", default: .cheapest)
    }
}

// Each section reads itself by its table in `ScenarioSchema` (strict: unknown keys, wrong types,
// non-finite numbers and fractional counts are errors naming the field).

extension HostProfile {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.host.decode(decoder) }
}

extension RegistryParameters {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.registry.decode(decoder) }
}

extension VMParameters {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.vm.decode(decoder) }
}

extension ContainerParameters {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.container.decode(decoder) }
}

extension FaaSParameters {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.faas.decode(decoder) }
}

extension Workload {
    public init(from decoder: Decoder) throws { self = try ScenarioSchema.workload.decode(decoder) }
}

extension ImageLayer {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: ["id", "sizeMiB"])
        self.init(id: try o.required("id", o.string), sizeMiB: try o.required("sizeMiB", o.double))
    }
}
