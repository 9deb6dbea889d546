/// The kind of hypervisor under the VMs.
public enum Hypervisor: String, Sendable, Equatable, Codable, CaseIterable {
    /// Bare metal (ESXi, KVM, Hyper-V): the hypervisor is the host's operating system.
    case type1
    /// Hosted (VirtualBox, VMware Workstation): a full host OS runs under the hypervisor and takes
    /// memory and CPU of its own, and every guest instruction pays more overhead.
    case type2
}
