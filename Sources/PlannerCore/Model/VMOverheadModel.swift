/// Which hypervisor's per-VM memory overhead the VM instances pay (`vm.overheadModel`). Each
/// formula is the published or coded figure of that hypervisor (docs/model.md, "VM overhead
/// models", lists them beside the sources):
///
/// - `esxi` (the default): VMware's table of overhead memory by configured memory and vCPUs
///   (vSphere 6.5/6.7 Resource Management guide, "Overhead Memory on Virtual Machines"),
///   interpolated linearly in memory and vCPUs inside the table (256 MB to 16 GB, 1 to 8 vCPUs);
///   outside it, the least-squares fit 14.19 + 0.00743 × MB + 4.027 × vCPUs (fitted here), within 0.46 MB of all 16
///   published points. The default because a VM estate is most often ESXi, and it is the figure a
///   vSphere planner checks a VM column against.
/// - `kubevirt`: KubeVirt's virt-launcher overhead as its code computes it (kvm backend
///   `GetMemoryOverhead`): 223 MiB static + 32 MiB for the graphics device (on by default) +
///   8 MiB per vCPU + guest memory ÷ 512. For VMs run inside Kubernetes.
/// - `firecracker`: the Firecracker specification's VMM overhead, at most 5 MiB per microVM.
/// - `custom`: `overheadMiB` + `overheadFraction` × guest memory + `overheadPerVcpuMiB` × vCPUs as
///   the scenario gives them (a scenario that sets any of the three without `overheadModel` means
///   `custom`, so files written before the choice existed keep their meaning).
public enum VMOverheadModel: String, Sendable, Equatable, Codable, CaseIterable {
    case esxi
    case kubevirt
    case firecracker
    case custom

    /// Hypervisor memory for one VM with `guestMiB` of guest memory and `vcpus` virtual CPUs, in MiB.
    public func hypervisorMiB(guestMiB: Double, vcpus: Double, parameters: VMParameters) -> Double {
        switch self {
        case .esxi: return Self.esxiOverhead(guestMiB: guestMiB, vcpus: vcpus)
        case .kubevirt: return 223 + 32 + 8 * vcpus + guestMiB / 512
        case .firecracker: return 5
        case .custom:
            return parameters.overheadMiB + parameters.overheadFraction * guestMiB + parameters.overheadPerVcpuMiB * vcpus
        }
    }

    /// The ESXi table: rows of configured memory (MB), columns of vCPUs, overhead in MB.
    static let esxiMemory: [Double] = [256, 1_024, 4_096, 16_384]
    static let esxiVcpus: [Double] = [1, 2, 4, 8]
    static let esxiTable: [[Double]] = [
        [20.29, 24.28, 32.23, 48.16],
        [25.90, 29.91, 37.86, 53.82],
        [48.64, 52.72, 60.67, 76.78],
        [139.62, 143.98, 151.93, 168.60],
    ]

    /// ESXi's overhead: bilinear interpolation inside the published table, the fit outside it.
    static func esxiOverhead(guestMiB: Double, vcpus: Double) -> Double {
        guard let (row, rowWeight) = bracket(guestMiB, in: esxiMemory),
            let (column, columnWeight) = bracket(vcpus, in: esxiVcpus)
        else { return 14.19 + 0.00743 * guestMiB + 4.027 * vcpus }
        func value(_ r: Int, _ c: Int) -> Double { esxiTable[r][c] }
        let low = value(row, column) * (1 - columnWeight) + value(row, column + 1) * columnWeight
        let high = value(row + 1, column) * (1 - columnWeight) + value(row + 1, column + 1) * columnWeight
        return low * (1 - rowWeight) + high * rowWeight
    }

    /// The interval of `points` holding `x` and where in it `x` lies (0...1); nil outside.
    static func bracket(_ x: Double, in points: [Double]) -> (Int, Double)? {
        guard let first = points.first, let last = points.last, x >= first, x <= last else { return nil }
        for index in 0..<(points.count - 1) where x <= points[index + 1] {
            return (index, (x - points[index]) / (points[index + 1] - points[index]))
        }
        return (points.count - 2, 1)
    }
}
