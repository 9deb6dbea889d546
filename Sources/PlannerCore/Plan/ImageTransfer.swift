/// Image bytes on the network: the rollout and the daily updates.
///
/// VMs: with `imageCachedPerHost` a host holds the OS image once and each workload's layers once;
/// without it every VM gets its own copy of both; an update re-ships the workload's image.
/// Containers and functions: each host pulls the union, by layer id, of the layers of everything
/// on it, and unpacks them at `host.imageExtractMiBps`; an update ships the top `changedLayers`
/// layers to each host running the workload.
/// A host's time = its bits ÷ NIC bit rate + its unpacking: all of its layer MiB ÷ extract rate
/// when the kubelet pulls one image at a time (`container.serialImagePulls`, the default), else
/// only the largest image's (the others unpack while later ones download). The rollout time =
/// max(the slowest host's time, total bits ÷ registry egress), with 1 MiB = 8 × 2^20 bits and
/// 1 Gbps = 10^9 bit/s.
enum ImageTransfer {
    static let bitsPerMiB = 8.0 * 1_048_576

    static func figures(placements: [HostPlacement], scenario: Scenario) -> TransferFigures {
        let rollout = Rollout(placements: placements, scenario: scenario)
        let seconds = rolloutSeconds(slowestHostSeconds: rollout.slowestHostSeconds, totalMiB: rollout.totalMiB, scenario)
        return TransferFigures(
            rolloutMiB: rollout.totalMiB, rolloutSeconds: seconds, largestHostMiB: rollout.largestHostMiB,
            updateMiBPerDay: dailyUpdateMiB(scenario: scenario, rollout: rollout))
    }

    /// max(the slowest host's time, total bits ÷ registry egress): a rollout is done when the last
    /// host is, and no sooner than the registry can send every byte.
    static func rolloutSeconds(slowestHostSeconds: Double, totalMiB: Double, _ scenario: Scenario) -> Double {
        max(slowestHostSeconds, totalMiB * bitsPerMiB / (scenario.registry.egressGbps * 1e9))
    }

    /// The rollout: what each host pulls, and where each workload runs (the updates go there too).
    struct Rollout {
        /// MiB over all hosts.
        var totalMiB = 0.0
        /// MiB to the host that pulls the most.
        var largestHostMiB = 0.0
        /// Pull and unpack time of the host that takes longest.
        var slowestHostSeconds = 0.0
        /// By workload: the hosts that run it.
        var hostsRunning: [Int]
        /// By workload: its VM instances (0 for containers and functions).
        var vmInstances: [Int]
        /// By workload: it rides in its pod's VM (its image is that VM's, without an OS of its own).
        var ridesInPodVM: [Bool]

        init(placements: [HostPlacement], scenario: Scenario) {
            let workloads = scenario.workloads
            let vm = scenario.vm
            hostsRunning = [Int](repeating: 0, count: workloads.count)
            vmInstances = [Int](repeating: 0, count: workloads.count)
            ridesInPodVM = [Bool](repeating: false, count: workloads.count)
            var seenOnHost = [Int](repeating: -1, count: workloads.count)
            let (workloadLayers, layerCount) = ImageTransfer.layerNumbers(workloads)
            var layerOnHost = [Int](repeating: -1, count: layerCount)
            // Sizes and image sizes by workload, read once rather than copying a workload per run.
            let layerSizes = workloads.map { $0.layers.map(\.sizeMiB) }
            let imageSizes = workloads.map(\.imageMiB)
            for (position, placement) in placements.enumerated() {
                var hostMiB = 0.0
                // Container and function layers to unpack: all of them, and the largest image's.
                var layerMiB = 0.0
                var largestImageMiB = 0.0
                var osOnHost = false
                for run in placement.runs {
                    let firstOnHost = seenOnHost[run.workload] != placement.host
                    if firstOnHost {
                        seenOnHost[run.workload] = placement.host
                        hostsRunning[run.workload] += 1
                    }
                    switch run.kind {
                    case .vm:
                        vmInstances[run.workload] += run.count
                        if run.ridesWith != nil { ridesInPodVM[run.workload] = true }
                        if !vm.imageCachedPerHost {
                            // Every VM its own copy (a pod member riding in its pod's VM adds only its layers).
                            hostMiB += ((run.ridesWith == nil ? vm.osImageMiB : 0) + imageSizes[run.workload]) * Double(run.count)
                        } else {
                            // One OS image per host, each workload's layers once per host.
                            if !osOnHost {
                                osOnHost = true
                                hostMiB += vm.osImageMiB
                            }
                            if firstOnHost { hostMiB += imageSizes[run.workload] }
                        }
                    case .container, .function:
                        var imageMiB = 0.0
                        for (size, number) in zip(layerSizes[run.workload], workloadLayers[run.workload])
                        where layerOnHost[number] != position {
                            layerOnHost[number] = position
                            imageMiB += size
                        }
                        hostMiB += imageMiB
                        layerMiB += imageMiB
                        largestImageMiB = max(largestImageMiB, imageMiB)
                    }
                }
                totalMiB += hostMiB
                largestHostMiB = max(largestHostMiB, hostMiB)
                let unpackMiB = scenario.container.serialImagePulls ? layerMiB : largestImageMiB
                slowestHostSeconds = max(
                    slowestHostSeconds,
                    hostMiB * ImageTransfer.bitsPerMiB / (scenario.host.nicGbps * 1e9) + unpackMiB
                        / scenario.host.imageExtractMiBps)
            }
        }
    }

    /// Each workload's layers by number, and how many distinct layer ids there are. Layer ids as
    /// small integers make "already on this host" an array lookup, not a hash of a string per layer
    /// per run (a million-instance plan has millions of those).
    static func layerNumbers(_ workloads: [Workload]) -> (numbers: [[Int]], count: Int) {
        var layerNumber: [String: Int] = [:]
        let numbers = workloads.map { workload in
            workload.layers.map { layer in
                if let number = layerNumber[layer.id] { return number }
                layerNumber[layer.id] = layerNumber.count
                return layerNumber.count - 1
            }
        }
        return (numbers, layerNumber.count)
    }

    /// MiB a day the updates ship: a VM workload's whole image to each copy (a host's, when
    /// images are cached per host, else a VM's); a container or function workload's changed top
    /// layers to each host running it. An update that changes no layer (`changedLayers` 0) ships
    /// nothing, in every model (a warning says so).
    static func dailyUpdateMiB(scenario: Scenario, rollout: Rollout) -> Double {
        let vm = scenario.vm
        var updates = 0.0
        for (index, workload) in scenario.workloads.enumerated()
        where workload.updatesPerDay > 0 && workload.changedLayers > 0 && rollout.hostsRunning[index] > 0 {
            let vmCopies = vm.imageCachedPerHost ? rollout.hostsRunning[index] : rollout.vmInstances[index]
            if rollout.vmInstances[index] > 0 {
                let os = rollout.ridesInPodVM[index] ? 0 : vm.osImageMiB
                updates += workload.updatesPerDay * (os + workload.imageMiB) * Double(vmCopies)
            } else {
                let changed = workload.layers.suffix(max(0, workload.changedLayers)).reduce(0.0) { $0 + $1.sizeMiB }
                updates += workload.updatesPerDay * changed * Double(rollout.hostsRunning[index])
            }
        }
        return updates
    }
}
