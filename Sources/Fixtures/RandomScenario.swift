import PlannerCore

/// Random valid scenarios for property tests: a mix of models, pods, layers and traffic, sized to
/// fit a host. The same generator state always gives the same scenario.
public enum RandomScenario {
    public static func make(_ rng: inout some RandomNumberGenerator) -> Scenario {
        let host = HostProfile(
            cpuCores: Double(Int.random(in: 32...96, using: &rng)), memoryGiB: Double(Int.random(in: 64...768, using: &rng)),
            reservedCpuCores: Double(Int.random(in: 0...2, using: &rng)),
            reservedMemoryGiB: Double(Int.random(in: 0...4, using: &rng)),
            cpuOvercommit: [1, 2, 4].randomElement(using: &rng)!, memoryOvercommit: [1, 1.5].randomElement(using: &rng)!,
            targetUtilization: [0.7, 0.85, 1].randomElement(using: &rng)!, failoverHosts: Int.random(in: 0...2, using: &rng))
        let sharedLayers = (0..<4).map { ImageLayer(id: "base-\($0)", sizeMiB: Double(Int.random(in: 5...300, using: &rng))) }
        var workloads: [Workload] = []
        let count = Int.random(in: 1...25, using: &rng)
        var index = 0
        while index < count {
            let podSize = Int.random(in: 0...9, using: &rng) < 2 ? Int.random(in: 2...3, using: &rng) : 1
            let replicas = Int.random(in: 0...40, using: &rng)
            let model = DeploymentModel.allCases.randomElement(using: &rng)!
            for member in 0..<podSize {
                let stateful = model != .faas && Int.random(in: 0...5, using: &rng) == 0
                let cpu = Double(Int.random(in: 1...4000, using: &rng)) / 1000
                let memory = Double(Int.random(in: 16...8192, using: &rng))
                let traffic = Int.random(in: 0...3, using: &rng) > 0
                workloads.append(
                    Workload(
                        name: "w\(index)-\(member)", cpuCores: cpu, memoryMiB: memory, replicas: replicas,
                        pod: podSize > 1 ? "pod\(index)" : nil, stateful: stateful, model: model,
                        layers: [
                            sharedLayers.randomElement(using: &rng)!,
                            ImageLayer(id: "app-\(index)-\(member)", sizeMiB: Double(Int.random(in: 1...200, using: &rng))),
                        ],
                        updatesPerDay: Double(Int.random(in: 0...5, using: &rng)),
                        changedLayers: Int.random(in: 0...2, using: &rng),
                        requestsPerSecond: traffic ? Double(Int.random(in: 1...500, using: &rng)) : nil,
                        peakRequestsPerSecond: traffic ? Double(Int.random(in: 500...2000, using: &rng)) : nil,
                        requestSeconds: traffic ? Double(Int.random(in: 1...500, using: &rng)) / 1000 : nil))
            }
            index += 1
        }
        return Scenario(name: "random", host: host, workloads: workloads)
    }
}
