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
            return min(shares.x, shares.y, capacity.pods > 0 ? shares.z : 1)
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
        var overlay = Overlay()
        var displaced: [Int] = []
        for bin in lost where bin < packing.bins.count {
            for type in packing.types(in: bin) {
                let count = packing.count(type, in: bin)
                overlay.add(type, bin: bin, zone: rules.zone(of: bin), count: -count, packing)
                displaced += Array(repeating: type, count: count)
            }
        }
        displaced.sort {
            ConstrainedPlacement.size($0, packing) > ConstrainedPlacement.size($1, packing)
                || (ConstrainedPlacement.size($0, packing) == ConstrainedPlacement.size($1, packing) && $0 < $1)
        }
        let zonesLeft = zoneLoss ? rules.zones - 1 : rules.zones
        let targets = spares.filter { !lostSet.contains($0) } + roomiest.filter { !lostSet.contains($0) }
        for type in displaced {
            guard let bin = targets.first(where: { allows(type, in: $0, overlay, zonesLeft: zonesLeft) }) else { return type }
            overlay.add(type, bin: bin, zone: rules.zone(of: bin), count: 1, packing)
        }
        return nil
    }

    /// The placement's rules on a host, with the overlay's restarts; zone limits recomputed over
    /// the zones left.
    private func allows(_ type: Int, in bin: Int, _ overlay: Overlay, zonesLeft: Int) -> Bool {
        let rules = packing.rules
        let existing = bin < packing.bins.count
        func count(_ type: Int) -> Int { (existing ? packing.count(type, in: bin) : 0) + overlay.count(type, bin) }
        if count(type) >= rules.hostLimit[type] { return false }
        for other in rules.conflicts[type] where count(other) > 0 { return false }
        if rules.zoneLimit[type] != .max {
            let total = packing.zoneCounts[type]?.reduce(0, +) ?? 0
            let limit = zonesLeft < rules.zones ? zoneLimit(total: total, type, zones: zonesLeft) : rules.zoneLimit[type]
            let zone = rules.zone(of: bin)
            if (packing.zoneCounts[type]?[zone] ?? 0) + overlay.zoneCount(type, zone) >= limit { return false }
        }
        let load = (existing ? packing.loads[bin] : .zero) + overlay.load(bin) + packing.problem.items[type].demand
        return load.fits(within: packing.problem.capacity)
    }

    /// ⌈r ÷ zones⌉ + maxSkew − 1 with the zones left, from the limit over all zones.
    private func zoneLimit(total: Int, _ type: Int, zones: Int) -> Int {
        let all = packing.rules.zones
        let skew = packing.rules.zoneLimit[type] - (total + all - 1) / all
        return zones > 0 ? (total + zones - 1) / zones + skew : .max
    }

    /// The restarts (and removals) on top of the placement.
    private struct Overlay {
        var counts: [Int: [Int: Int]] = [:]
        var loads: [Int: Resources] = [:]
        var zones: [Int: [Int: Int]] = [:]

        mutating func add(_ type: Int, bin: Int, zone: Int, count: Int, _ packing: RuledPacking) {
            counts[bin, default: [:]][type, default: 0] += count
            loads[bin, default: .zero] += packing.problem.items[type].demand.times(Int64(count))
            zones[type, default: [:]][zone, default: 0] += count
        }

        func count(_ type: Int, _ bin: Int) -> Int { counts[bin]?[type] ?? 0 }
        func load(_ bin: Int) -> Resources { loads[bin] ?? .zero }
        func zoneCount(_ type: Int, _ zone: Int) -> Int { zones[type]?[zone] ?? 0 }
    }
}
