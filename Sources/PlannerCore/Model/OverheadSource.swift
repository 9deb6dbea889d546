/// Where overhead memory goes, itemised in every plan's `memory.overheadBySource`.
public enum OverheadSource: String, Sendable, Hashable, CaseIterable {
    /// The guest operating system inside each VM.
    case guestOs = "guestOsMiB"
    /// The hypervisor's per-VM overhead (fixed + fraction of guest memory + per vCPU).
    case hypervisor = "hypervisorMiB"
    /// The host operating system under a type-2 hypervisor, once per active host.
    case hostOs = "hostOsMiB"
    /// Under a type-2 hypervisor, the utility VM containers and functions run in (Docker
    /// Desktop's Linux VM on macOS and Windows): its guest OS and hypervisor overhead, once per
    /// active host that runs containers or functions.
    case utilityVm = "utilityVmMiB"
    /// The container runtime (containerd shim), once per pod.
    case containerRuntime = "containerRuntimeMiB"
    /// The pod sandbox (RuntimeClass overhead), once per pod.
    case podSandbox = "podSandboxMiB"
    /// The function runtime (microVM monitor), once per function instance.
    case functionRuntime = "functionRuntimeMiB"
    /// Memory a managed provider bills above what the function is configured with: its minimum
    /// (128 MiB on Lambda) or the memory bought for the CPU the function needs.
    case functionBilling = "functionBillingMiB"
}
