/// How a workload is run: each instance as a virtual machine, as a container in a pod, or as a
/// serverless function instance.
public enum DeploymentModel: String, Sendable, Equatable, Codable, CaseIterable {
    case vm
    case container
    case faas
}
