/// One failure simulated on a placement: the lost hosts' instances taken off and restarted,
/// largest first, first fit on the spares and then on the surviving hosts with most room, under
/// the placement's rules. The placement itself is never copied: the restarts are an overlay.
struct LossSimulation {
    let packing: RuledPacking
    /// The empty hosts appended after the placement's own.
    let spares: [Int]
    /// The surviving hosts a restart may use, most room first (at most `FailoverCheck.refitHosts`).
    let roomiest: [Int]

    init(_ packing: RuledPacking, spares: Int) {
        self.packing = packing
        let first = packing.bins.count
        self.spares = Array(first..<(first + spares))
        let capacity = packing.problem.capacity
        let room = packing.loads.map { load -> Double in
            let shares = (capacity - load).shares(of: capacity)
            return min(
                shares.cpu, shares.memory, capacity.pods > 0 ? shares.pods : 1, capacity.gpus > 0 ? shares.gpus : 1,
                capacity.diskMiB > 0 ? shares.disk : 1)
        }
        roomiest = Array(
            packing.bins.indices.filter { !packing.bins[$0].isEmpty }
                .sorted { room[$0] > room[$1] || (room[$0] == room[$1] && $0 < $1) }
                .prefix(FailoverCheck.refitHosts))
    }

    /// Restarts the instances of the `lost` hosts; nil when all restart, else the type of the
    /// first that cannot.
    func restart(lost: [Int], zoneLoss: Bool) -> Int? {
        let rules = packing.rules
        let lostSet = Set(lost)
        var overlay = Overlay(hosts: packing.bins.count + spares.count, zones: rules.zones)
        // The lost instances by type (a type's instances restart one after another).
        var lostCounts: [Int: Int] = [:]
        for bin in lost where bin < packing.bins.count {
            for type in packing.types(in: bin) {
                let count = packing.count(type, in: bin)
                overlay.add(type, bin: bin, zone: rules.zone(of: bin), count: -count, packing)
                lostCounts[type, default: 0] += count
            }
        }
        let order = packing.largestFirst(Array(lostCounts.keys))
        let zonesLeft = zoneLoss ? rules.zones - 1 : rules.zones
        let targets = spares.filter { !lostSet.contains($0) } + roomiest.filter { !lostSet.contains($0) }
        // Hosts only fill up, so a host that refused an item of a type refuses the next one too:
        // each type's first fit resumes where its last one stopped (the same result, found once).
        // A host without room for the smallest lost demand in some dimension takes nothing more:
        // the scans start after the leading run of such hosts.
        let smallest = Resources.least(order.map { packing.problem.items[$0].demand })
        var firstOpen = 0
        for type in order {
            while firstOpen < targets.count && isClosed(targets[firstOpen], overlay, smallest) { firstOpen += 1 }
            var position = firstOpen
            for _ in 0..<lostCounts[type]! {
                while position < targets.count && !allows(type, in: targets[position], overlay, zonesLeft: zonesLeft) {
                    position += 1
                }
                guard position < targets.count else { return type }
                overlay.add(type, bin: targets[position], zone: rules.zone(of: targets[position]), count: 1, packing)
            }
        }
        return nil
    }

    /// The placement's rules on a host, with the overlay's restarts; zone limits recomputed over
    /// the zones left.
    private func allows(_ type: Int, in bin: Int, _ overlay: Overlay, zonesLeft: Int) -> Bool {
        let rules = packing.rules
        let existing = bin < packing.bins.count
        func count(_ type: Int) -> Int { (existing ? packing.count(type, in: bin) : 0) + overlay.counts[bin].count(of: type) }
        let load = (existing ? packing.loads[bin] : .zero) + overlay.loads[bin] + packing.problem.items[type].demand
        guard load.fits(within: packing.problem.capacity) else { return false }
        var limit = rules.zoneLimit[type]
        var inZone = 0
        if limit != .max {
            let total = packing.zoneCounts[type]?.reduce(0, +) ?? 0
            if zonesLeft < rules.zones { limit = zoneLimit(total: total, type, zones: zonesLeft) }
            let zone = rules.zone(of: bin)
            inZone = (packing.zoneCounts[type]?[zone] ?? 0) + overlay.zoneCount(type, zone)
        }
        return rules.permits(type, countHere: count, inZone: inZone, zoneLimit: limit)
    }

    /// Whether a host lacks room for `smallest` in some dimension.
    private func isClosed(_ bin: Int, _ overlay: Overlay, _ smallest: Resources) -> Bool {
        let load = (bin < packing.bins.count ? packing.loads[bin] : .zero) + overlay.loads[bin]
        return !load.fits(removing: .zero, adding: smallest, within: packing.problem.capacity)
    }

    /// ⌈r ÷ zones⌉ + maxSkew − 1 with the zones left, from the limit over all zones.
    private func zoneLimit(total: Int, _ type: Int, zones: Int) -> Int {
        let all = packing.rules.zones
        let skew = packing.rules.zoneLimit[type] - (total + all - 1) / all
        return zones > 0 ? (total + zones - 1) / zones + skew : .max
    }

    /// The restarts (and removals) on top of the placement, per host (indexed like the
    /// placement's hosts, spares after them).
    private struct Overlay {
        var counts: [HostContents]
        var loads: [Resources]
        /// Per zone-limited type, its change per zone.
        var zones: [Int: [Int]] = [:]
        let zoneCount: Int

        init(hosts: Int, zones: Int) {
            counts = Array(repeating: HostContents(), count: hosts)
            loads = Array(repeating: .zero, count: hosts)
            zoneCount = zones
        }

        mutating func add(_ type: Int, bin: Int, zone: Int, count: Int, _ packing: RuledPacking) {
            counts[bin].addSigned(type, count)
            loads[bin] += packing.problem.items[type].demand.times(Int64(count))
            if packing.rules.zoneLimit[type] != .max {
                zones[type, default: Array(repeating: 0, count: zoneCount)][zone] += count
            }
        }

        func zoneCount(_ type: Int, _ zone: Int) -> Int { zones[type]?[zone] ?? 0 }
    }
}
