/// Image bytes on the network: the rollout and the daily updates.
///
/// VMs: the full image (OS image + the workload's layers) goes to each host that runs the
/// workload, once per host when `imageCachedPerHost`, else once per VM; an update re-ships it.
/// Containers and functions: each host pulls the union, by layer id, of the layers of everything
/// on it; an update ships the top `changedLayers` layers to each host running the workload.
/// Time = max(largest host's bits ÷ NIC bit rate, total bits ÷ registry egress), with
/// 1 MiB = 8 × 2^20 bits and 1 Gbps = 10^9 bit/s.
enum ImageTransfer {
    static let bitsPerMiB = 8.0 * 1_048_576

    static func figures(placements: [HostPlacement], scenario: Scenario) -> TransferFigures {
        let workloads = scenario.workloads
        let vm = scenario.vm
        var total = 0.0
        var largest = 0.0
        var hostsRunning = [Int](repeating: 0, count: workloads.count)
        var vmInstances = [Int](repeating: 0, count: workloads.count)
        var seenOnHost = [Int](repeating: -1, count: workloads.count)
        // Layer ids as small integers, so "already on this host" is an array lookup, not a hash
        // of a string per layer per run (a million-instance plan has millions of those).
        var layerNumber: [String: Int] = [:]
        let workloadLayers = workloads.map { workload in
            workload.layers.map { layer in
                if let number = layerNumber[layer.id] { return number }
                layerNumber[layer.id] = layerNumber.count
                return layerNumber.count - 1
            }
        }
        var layerOnHost = [Int](repeating: -1, count: layerNumber.count)
        for (position, placement) in placements.enumerated() {
            var hostMiB = 0.0
            for run in placement.runs {
                let workload = workloads[run.workload]
                let firstOnHost = seenOnHost[run.workload] != placement.host
                if firstOnHost {
                    seenOnHost[run.workload] = placement.host
                    hostsRunning[run.workload] += 1
                }
                switch run.kind {
                case .vm:
                    vmInstances[run.workload] += run.count
                    let image = vm.osImageMiB + workload.imageMiB
                    if !vm.imageCachedPerHost {
                        hostMiB += image * Double(run.count)
                    } else if firstOnHost {
                        hostMiB += image
                    }
                case .container, .function:
                    for (layer, number) in zip(workload.layers, workloadLayers[run.workload])
                    where layerOnHost[number] != position {
                        layerOnHost[number] = position
                        hostMiB += layer.sizeMiB
                    }
                }
            }
            total += hostMiB
            largest = max(largest, hostMiB)
        }
        var updates = 0.0
        for (index, workload) in workloads.enumerated() where workload.updatesPerDay > 0 && hostsRunning[index] > 0 {
            let vmCopies = vm.imageCachedPerHost ? hostsRunning[index] : vmInstances[index]
            if vmInstances[index] > 0 {
                updates += workload.updatesPerDay * (vm.osImageMiB + workload.imageMiB) * Double(vmCopies)
            } else {
                let changed = workload.layers.suffix(max(0, workload.changedLayers)).reduce(0.0) { $0 + $1.sizeMiB }
                updates += workload.updatesPerDay * changed * Double(hostsRunning[index])
            }
        }
        let seconds = max(
            largest * bitsPerMiB / (scenario.host.nicGbps * 1e9),
            total * bitsPerMiB / (scenario.registry.egressGbps * 1e9))
        return TransferFigures(rolloutMiB: total, rolloutSeconds: seconds, largestHostMiB: largest, updateMiBPerDay: updates)
    }
}
