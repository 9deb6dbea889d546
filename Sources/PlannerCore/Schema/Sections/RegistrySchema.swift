extension ScenarioSchema {
    /// `registry`: the image registry every host pulls from.
    public static let registry = SectionSchema<RegistryParameters>(
        key: "registry", title: "Registry", defaults: RegistryParameters(),
        fields: [
            .init(
                "egressGbps", .number(\.egressGbps), bounds: .above(0, atMost: Limits.maximumGbps), unit: .gbps,
                label: "egress", step: 1, summary: "total registry egress, 10^9 bit/s", source: "assumption")
        ])
}
