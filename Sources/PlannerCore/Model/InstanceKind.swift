/// What one placed instance is: a virtual machine, a container (inside a pod) or a function
/// instance. Decides its overheads, image transfer rule and start time.
public enum InstanceKind: String, Sendable, Hashable, CaseIterable {
    case vm
    case container
    case function
}
