/// Which disk figure becomes a VM's image size.
public enum DiskSize: String, Sendable, CaseIterable {
    /// `Provisioned MiB`: what the VM's disks may grow to (thin disks included at full size).
    case provisioned
    /// `In Use MiB`: what the VM's files take on the datastore now.
    case inUse = "in-use"
}
