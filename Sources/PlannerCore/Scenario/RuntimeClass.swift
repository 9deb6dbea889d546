/// A Kubernetes RuntimeClass's pod overhead (`overhead.podFixed`), charged once per pod that
/// names it (`workloads[].runtimeClass`): Kata or gVisor sandboxes for the untrusted workloads,
/// nothing for the rest. Entries of `container.runtimeClasses`.
public struct RuntimeClass: Sendable, Equatable, Decodable {
    /// Memory the pod sandbox takes, MiB.
    public var podOverheadMiB: Double
    /// CPU the pod sandbox takes, cores.
    public var podOverheadCpuCores: Double

    public init(podOverheadMiB: Double = 0, podOverheadCpuCores: Double = 0) {
        self.podOverheadMiB = podOverheadMiB
        self.podOverheadCpuCores = podOverheadCpuCores
    }

    public init(from decoder: Decoder) throws {
        let object = try StrictObject(decoder, allowed: ["podOverheadMiB", "podOverheadCpuCores"])
        self.init(
            podOverheadMiB: try object.double("podOverheadMiB") ?? 0,
            podOverheadCpuCores: try object.double("podOverheadCpuCores") ?? 0)
    }
}
