/// When the fleet is ready.
///
/// Every host starts its instances once the rollout transfer is done (T = rolloutSeconds). On a
/// host, each kind of instance has its own start slots (parallelBootsPerHost for VMs,
/// parallelStartsPerHost for containers and for functions); instances start in waves, longest
/// first, each wave starting when the previous one's longest instance is ready. An instance is
/// ready at T + its wave's start + its own start time. With one kind and one start time this is
/// T + ⌈instances on the busiest host ÷ parallel starts⌉ × start seconds.
enum BootSchedule {
    /// The timeline keeps at most this many points (evenly thinned, first and last kept).
    static let maximumTimelinePoints = 240

    static func figures(placements: [HostPlacement], scenario: Scenario, rolloutSeconds: Double) -> BootFigures {
        var readyAt: [Double: Int] = [:]
        var longestStart = 0.0
        var hostFinish = 0.0
        // Per kind, in `InstanceKind.allCases` order: the host's start groups (reused per host).
        let kinds = InstanceKind.allCases
        var byKind = [[(seconds: Double, count: Int, weight: Int)]](repeating: [], count: kinds.count)
        // A function's start comes from its cold-start model (logs and gammas): once per workload,
        // not once per host it runs on.
        var functionStarts = [Double?](repeating: nil, count: scenario.workloads.count)
        for placement in placements {
            for index in byKind.indices { byKind[index].removeAll(keepingCapacity: true) }
            // Sidecars riding in a function are ready with it: its start counts them too.
            var riders: [Int: [Workload]] = [:]
            for run in placement.runs where run.kind == .function {
                if let leader = run.ridesWith { riders[leader, default: []].append(scenario.workloads[run.workload]) }
            }
            for run in placement.runs where run.count > 0 && run.ridesWith == nil {
                let seconds: Double
                if run.kind == .function, let known = functionStarts[run.workload] {
                    seconds = known
                } else {
                    seconds = startSeconds(run, scenario, sidecars: riders[run.workload] ?? [])
                    if run.kind == .function { functionStarts[run.workload] = seconds }
                }
                longestStart = max(longestStart, seconds)
                byKind[run.kind.index].append((seconds, run.count, 1 + (riders[run.workload]?.count ?? 0)))
            }
            for (slot, kind) in kinds.enumerated() where !byKind[slot].isEmpty {
                byKind[slot].sort { $0.seconds > $1.seconds }
                let finish = schedule(byKind[slot], parallel: parallelism(kind, scenario), into: &readyAt)
                hostFinish = max(hostFinish, finish)
            }
        }
        let instances = placements.reduce(0) { $0 + $1.instanceCount }
        var timeline = [TimelinePoint(seconds: 0, instancesReady: 0)]
        if rolloutSeconds > 0 && instances > 0 {
            timeline.append(TimelinePoint(seconds: rolloutSeconds, instancesReady: 0))
        }
        var ready = 0
        for offset in readyAt.keys.sorted() {
            ready += readyAt[offset] ?? 0
            let point = TimelinePoint(seconds: rolloutSeconds + offset, instancesReady: ready)
            if let last = timeline.last, last.seconds == point.seconds {
                timeline[timeline.count - 1] = point
            } else {
                timeline.append(point)
            }
        }
        return BootFigures(
            instanceSeconds: longestStart,
            readySeconds: instances > 0 ? rolloutSeconds + hostFinish : 0,
            timeline: thinned(timeline))
    }

    /// Schedules (start seconds, count, instances per start) groups, sorted longest first, in
    /// waves of `parallel`; records each instance's ready offset and returns when the last one is
    /// ready.
    private static func schedule(
        _ starts: [(seconds: Double, count: Int, weight: Int)], parallel: Int, into readyAt: inout [Double: Int]
    ) -> Double {
        let slots = max(1, parallel)
        var waveStart = 0.0
        var waveLength = 0.0
        var freeInWave = 0
        var finish = 0.0
        for group in starts {
            var remaining = group.count
            while remaining > 0 {
                if freeInWave == 0 {
                    waveStart += waveLength
                    waveLength = group.seconds
                    freeInWave = slots
                    if remaining >= slots {
                        // Whole waves of this group at once.
                        let waves = remaining / slots
                        for wave in 0..<waves {
                            readyAt[waveStart + Double(wave) * group.seconds + group.seconds, default: 0] += slots * group.weight
                        }
                        waveStart += Double(waves - 1) * group.seconds
                        remaining -= waves * slots
                        freeInWave = 0
                        finish = max(finish, waveStart + group.seconds)
                        continue
                    }
                }
                let taken = min(freeInWave, remaining)
                readyAt[waveStart + group.seconds, default: 0] += taken * group.weight
                finish = max(finish, waveStart + group.seconds)
                freeInWave -= taken
                remaining -= taken
            }
        }
        return finish
    }

    static func startSeconds(_ run: ReplicaRun, _ scenario: Scenario, sidecars: [Workload] = []) -> Double {
        switch run.kind {
        case .vm: return StartTime.vm(scenario.vm)
        case .container: return StartTime.container(scenario.container)
        case .function: return StartTime.function(scenario.workloads[run.workload], sidecars: sidecars, scenario.faas)
        }
    }

    private static func parallelism(_ kind: InstanceKind, _ scenario: Scenario) -> Int {
        switch kind {
        case .vm: return scenario.vm.parallelBootsPerHost
        case .container: return scenario.container.parallelStartsPerHost
        case .function: return scenario.faas.parallelStartsPerHost
        }
    }

    static func thinned(_ points: [TimelinePoint]) -> [TimelinePoint] {
        guard points.count > maximumTimelinePoints else { return points }
        let step = Double(points.count - 1) / Double(maximumTimelinePoints - 1)
        return (0..<maximumTimelinePoints).map { points[Int((Double($0) * step).rounded())] }
    }
}
