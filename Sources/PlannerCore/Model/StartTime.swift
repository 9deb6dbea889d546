/// Seconds from "image present" to "instance ready" for one instance, per kind.
public enum StartTime {
    /// VM boot: `bootSeconds`, times `hostedBootFactor` under a type-2 hypervisor.
    public static func vm(_ parameters: VMParameters) -> Double {
        parameters.bootSeconds * (parameters.hypervisor == .type2 ? parameters.hostedBootFactor : 1)
    }

    /// Container start: `startSeconds` (image already pulled).
    public static func container(_ parameters: ContainerParameters) -> Double {
        parameters.startSeconds
    }

    /// Function cold start: `coldStartSeconds + coldStartSecondsPerMiB × package MiB`, the package
    /// being the sum of the workload's layers and those of the sidecars riding in it.
    public static func function(_ workload: Workload, sidecars: [Workload] = [], _ parameters: FaaSParameters) -> Double {
        parameters.coldStartSeconds + parameters.coldStartSecondsPerMiB
            * (workload.imageMiB + sidecars.reduce(0) { $0 + $1.imageMiB })
    }
}
