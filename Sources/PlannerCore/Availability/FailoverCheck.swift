/// Checks a placement against its failover policy by simulation and finds the fewest spare
/// hosts that make it hold (`host.failover`, vSphere HA admission control's three policies).
///
/// - `hosts` k: for the worst k hosts lost, every displaced instance must restart on the
///   surviving hosts and spares, first fit largest first, within the same capacity (the target
///   utilization's headroom is not spent on failures) and keeping its host limit, anti-affinity
///   and zone limit. All hosts are tried for k = 1 on plans of up to `exhaustiveHosts` hosts, and
///   all pairs where there are at most `exhaustiveSets` of them; beyond that the candidates are the
///   `candidates` fullest hosts by CPU, memory, pods and instances, and the hosts of constrained
///   workloads (the losses that displace most), and the refit looks at the `refitHosts` hosts
///   with most room plus the spares. A refit that fails only for want of looking further adds a
///   spare: the check errs on the side of capacity.
/// - `percent` p: spares until p % of the cluster's CPU and memory (spares included) is free.
/// - `zone`: as `hosts`, for the loss of each zone in turn (zone limits recomputed over the zones
///   left: ⌈r ÷ (zones − 1)⌉ + maxSkew − 1).
///
/// Spares are empty hosts appended after the active ones (so zones take them in turn). The fewest
/// spares is found by doubling then bisection, for the zone policy from a volume bound (the
/// spares outside a zone must hold what its hosts carry beyond the others' free room).
enum FailoverCheck {
    /// What the policy needs: the spares added and whether it then holds (it may not, when even
    /// `limit` spares cannot take a zone's instances under the zone limits).
    struct Outcome: Sendable, Equatable {
        var spares: Int
        var holds: Bool
    }

    static func spares(for policy: FailoverPolicy, _ packing: RuledPacking) -> Outcome {
        let rules = packing.rules
        switch policy {
        case .percent(let percent): return Outcome(spares: percentSpares(percent, packing), holds: true)
        case .hosts(let count):
            guard count > 0, packing.usedBins > 0 else { return Outcome(spares: 0, holds: true) }
            let sets = lossSets(count: count, packing)
            // Without hard rules k spares always suffice: each lost host's instances fit an empty host.
            return fewest(limit: count + rules.zones, packing) { spares in
                (spares >= count && !rules.hasHardRules) || survives(sets, with: spares, packing, zoneLoss: false)
            }
        case .zone:
            guard rules.zones > 1, packing.usedBins > 0 else { return Outcome(spares: 0, holds: rules.zones > 1) }
            let sets = (0..<rules.zones).map { zone in packing.bins.indices.filter { rules.zone(of: $0) == zone } }
                .filter { !$0.isEmpty }
            return fewest(limit: packing.usedBins * 2 + rules.zones, atLeast: zoneSpareBound(packing), packing) {
                survives(sets, with: $0, packing, zoneLoss: true)
            }
        }
    }

    /// The fewest spares in `atLeast`...limit for which `holds` is true (doubling steps from
    /// `atLeast`, then bisection); `atLeast` is a proven lower bound, so fewer are never tried.
    private static func fewest(limit: Int, atLeast: Int = 0, _ packing: RuledPacking, holds: (Int) -> Bool) -> Outcome {
        let start = min(max(0, atLeast), limit)
        if holds(start) { return Outcome(spares: start, holds: true) }
        var low = start
        // From a bound, steps of a sixteenth of it first: the answer is usually within a few.
        var step = max(1, start / 16)
        var high = min(limit, start + step)
        while high < limit && !holds(high) {
            low = high
            step *= 2
            high = min(limit, start + step)
        }
        guard high <= limit, high > low, holds(high) else { return Outcome(spares: limit, holds: false) }
        while high - low > 1 {
            let middle = (low + high) / 2
            if holds(middle) { high = middle } else { low = middle }
        }
        return Outcome(spares: high, holds: true)
    }

    /// ⌈need ÷ size⌉ hosts (0 for nothing needed).
    private static func hostsFor(_ need: Int64, _ size: Int64) -> Int {
        need > 0 && size > 0 ? Int((need + size - 1) / size) : 0
    }

    /// A proven lower bound on the spares the zone policy needs: for each zone, the spares outside
    /// it (spare j is in zone (hosts + j) mod zones) must at least hold, in CPU, memory, pod slots,
    /// GPUs and local disk, what the zone's hosts carry beyond the free room of the other zones' hosts.
    static func zoneSpareBound(_ packing: RuledPacking) -> Int {
        let zones = packing.rules.zones
        let capacity = packing.problem.capacity
        var load = [Resources](repeating: .zero, count: zones)
        var free = [Resources](repeating: .zero, count: zones)
        for bin in packing.bins.indices where !packing.bins[bin].isEmpty {
            let zone = packing.rules.zone(of: bin)
            load[zone] += packing.loads[bin]
            free[zone] += capacity - packing.loads[bin]
        }
        var bound = 0
        for zone in 0..<zones {
            let room = free.indices.filter { $0 != zone }.reduce(Resources.zero) { $0 + free[$1] }
            let short = load[zone] - room
            let hosts = max(
                hostsFor(short.cpuMillicores, capacity.cpuMillicores), hostsFor(short.memoryKiB, capacity.memoryKiB),
                hostsFor(short.pods, capacity.pods), hostsFor(short.gpus, capacity.gpus),
                hostsFor(short.diskMiB, capacity.diskMiB))
            // The fewest spares of which `hosts` fall outside the zone.
            var spares = 0
            var outside = 0
            while outside < hosts {
                if (packing.bins.count + spares) % zones != zone { outside += 1 }
                spares += 1
            }
            bound = max(bound, spares)
        }
        return bound
    }

    /// Spares that keep `percent` % of every dimension's capacity free (CPU and memory).
    static func percentSpares(_ percent: Double, _ packing: RuledPacking) -> Int {
        let hosts = Double(packing.usedBins)
        let capacity = packing.problem.capacity
        let used = packing.loads.reduce(Resources.zero, +)
        var spares = 0.0
        for (size, load) in [(capacity.cpuMillicores, used.cpuMillicores), (capacity.memoryKiB, used.memoryKiB)] where size > 0 {
            // free + s·C ≥ p/100 · (n + s)·C  ⇔  s ≥ (p/100 · n·C − free) ÷ ((1 − p/100)·C)
            let free = hosts * Double(size) - Double(load)
            let needed = (percent / 100 * hosts * Double(size) - free) / ((1 - percent / 100) * Double(size))
            spares = max(spares, (needed - 1e-9).rounded(.up))
        }
        return Int(max(0, spares))
    }

    /// The host sets whose loss is simulated for the `hosts` policy.
    static func lossSets(count: Int, _ packing: RuledPacking) -> [[Int]] {
        let used = packing.bins.indices.filter { !packing.bins[$0].isEmpty }
        if count == 1 && used.count <= exhaustiveHosts { return used.map { [$0] } }
        let heaviest = heaviestHosts(packing)
        if count == 2 && used.count * (used.count - 1) / 2 <= exhaustiveSets {
            return used.indices.flatMap { i in used[(i + 1)...].map { [used[i], $0] } }
        }
        if count == 1 { return heaviest.map { [$0] } }
        // The k heaviest by each ranking, and each candidate with the k − 1 heaviest others.
        let top = Array(heaviest.prefix(max(count, candidates)))
        var sets = [Array(top.prefix(count))]
        for host in top where !sets[0].contains(host) {
            sets.append([host] + top.filter { $0 != host }.prefix(count - 1))
        }
        return sets
    }

    /// The fullest hosts by CPU, memory, pods, instances and (on hosts with GPUs, or with local
    /// disk some instance uses) GPUs and disk, and the hosts of constrained types.
    static func heaviestHosts(_ packing: RuledPacking) -> [Int] {
        let used = packing.bins.indices.filter { !packing.bins[$0].isEmpty }
        var chosen: [Int] = []
        var rankings: [(Int) -> Int64] = [
            { packing.loads[$0].cpuMillicores }, { packing.loads[$0].memoryKiB }, { packing.loads[$0].pods },
            { Int64(packing.bins[$0].total) },
        ]
        if packing.problem.capacity.gpus > 0 { rankings.append { packing.loads[$0].gpus } }
        if packing.problem.capacity.diskMiB > 0 && packing.loads.contains(where: { $0.diskMiB > 0 }) {
            rankings.append { packing.loads[$0].diskMiB }
        }
        for rank in rankings { chosen += top(candidates, of: used, by: rank) }
        chosen += used.filter { bin in packing.bins[bin].types.contains(where: packing.rules.isConstrained) }.prefix(
            candidates * 4)
        var seen = Set<Int>()
        return chosen.filter { seen.insert($0).inserted }
    }

    /// The `count` hosts ranking highest (ties: the lower index), without sorting them all: one
    /// pass keeping a short sorted list.
    static func top(_ count: Int, of hosts: [Int], by rank: (Int) -> Int64) -> [Int] {
        var best: [(rank: Int64, host: Int)] = []
        for host in hosts {
            let value = rank(host)
            if best.count == count, let last = best.last, value <= last.rank { continue }
            let at = best.firstIndex { value > $0.rank } ?? best.count
            best.insert((value, host), at: at)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.host)
    }

    /// Whether every loss in `sets` is survivable with `spares` empty hosts added (for a zone
    /// loss, the zone's spares are lost with it).
    static func survives(_ sets: [[Int]], with spares: Int, _ packing: RuledPacking, zoneLoss: Bool) -> Bool {
        let simulation = LossSimulation(packing, spares: spares)
        return sets.allSatisfy { lost in
            let lostWithSpares =
                zoneLoss
                ? lost + simulation.spares.filter { packing.rules.zone(of: $0) == packing.rules.zone(of: lost[0]) } : lost
            return simulation.restart(lost: lostWithSpares, zoneLoss: zoneLoss) == nil
        }
    }
}
