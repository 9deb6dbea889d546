/// What a plan survives (`availability` in the plan): the failover policy, whether it holds,
/// the spare hosts it added, and what the worst single-host loss (and the worst zone loss, with
/// zones) takes down before the displaced instances restart.
public struct Availability: Sendable, Equatable {
    public var policy: FailoverPolicy
    /// Whether the placement plus `hostsAdded` spares survives the policy's failures.
    public var holds: Bool
    /// Spare hosts the policy needed (the plan's `failoverHosts`).
    public var hostsAdded: Int
    public var zones: Int
    public var worstHostLoss: LossImpact?
    public var worstZoneLoss: LossImpact?

    /// One sentence: what the plan survives, and what it does not.
    public var survives: String {
        let policyText: String
        switch policy {
        case .hosts(let count) where count == 0: policyText = "no failover policy"
        case .hosts(let count): policyText = "survives any \(count) host failure\(count == 1 ? "" : "s")"
        case .percent(let percent): policyText = "keeps \(FieldText.number(percent))% of its capacity free"
        case .zone: policyText = "survives the loss of any one of \(zones) zones"
        }
        var text =
            holds ? policyText : "does not hold: \(policyText.replacingOccurrences(of: "survives", with: "cannot survive"))"
        if hostsAdded > 0 { text += " with \(hostsAdded) spare host\(hostsAdded == 1 ? "" : "s")" }
        if let worst = worstHostLoss, !worst.workloadsDown.isEmpty || !worst.workloadsWithoutQuorum.isEmpty {
            text += "; one host lost takes down " + LossImpact.list(worst.workloadsDown, worst.workloadsWithoutQuorum)
        }
        return text
    }
}

extension Availability {
    /// A plan's availability from its placements and what the failover check found.
    init(_ placements: [HostPlacement], outcome: FailoverCheck.Outcome, scenario: Scenario) {
        let names = scenario.workloads.map(\.name)
        let zones = max(1, scenario.host.zones)
        let hosts = LossImpact.worst(
            placements.indices.map { (host: $0, zone: nil, hosts: [$0]) }, placements: placements, names: names)
        let zoneLoss =
            zones > 1
            ? LossImpact.worst(
                (0..<zones).map { zone in
                    (host: nil, zone: zone, hosts: placements.indices.filter { (placements[$0].zone ?? $0 % zones) == zone })
                }, placements: placements, names: names) : nil
        self.init(
            policy: scenario.host.failoverPolicy, holds: outcome.holds, hostsAdded: outcome.spares, zones: zones,
            worstHostLoss: hosts, worstZoneLoss: zoneLoss)
    }
}

/// One failure's immediate impact: instances displaced, and the workloads that lose every
/// replica or more than half of them (a quorum) until they restart elsewhere.
public struct LossImpact: Sendable, Equatable {
    /// The host lost (for a host loss) or the zone (for a zone loss).
    public var host: Int?
    public var zone: Int?
    public var instancesDisplaced: Int
    public var workloadsDown: [String]
    public var workloadsWithoutQuorum: [String]

    /// `a, b and 2 more` down, then `c without quorum`, until restart.
    static func list(_ down: [String], _ quorum: [String]) -> String {
        func names(_ list: [String]) -> String {
            list.count <= 3
                ? list.joined(separator: ", ") : list.prefix(3).joined(separator: ", ") + " and \(list.count - 3) more"
        }
        var parts: [String] = []
        if !down.isEmpty { parts.append(names(down)) }
        if !quorum.isEmpty { parts.append("the quorum of " + names(quorum)) }
        return parts.joined(separator: " and ") + " until they restart"
    }

    /// Ranks losses: more workloads down, then more without quorum, then more displaced.
    func isWorse(than other: LossImpact) -> Bool {
        (workloadsDown.count, workloadsWithoutQuorum.count, instancesDisplaced)
            > (other.workloadsDown.count, other.workloadsWithoutQuorum.count, other.instancesDisplaced)
    }

    /// The worst loss among groups of hosts (each host alone, or each zone's hosts).
    static func worst(
        _ groups: [(host: Int?, zone: Int?, hosts: [Int])], placements: [HostPlacement], names: [String]
    ) -> LossImpact? {
        // Function instances restart on demand (the platform's, scaled to traffic): no replicas to lose.
        var totals = [Int](repeating: 0, count: names.count)
        for placement in placements {
            for run in placement.runs where run.kind != .function { totals[run.workload] += run.count }
        }
        var worst: LossImpact?
        var lost = [Int](repeating: 0, count: names.count)
        for group in groups {
            // Only the workloads on the lost hosts are looked at (a host holds a few dozen).
            var touched: [Int] = []
            var displaced = 0
            for host in group.hosts where host < placements.count {
                displaced += placements[host].instanceCount
                for run in placements[host].runs where run.kind != .function {
                    if lost[run.workload] == 0 { touched.append(run.workload) }
                    lost[run.workload] += run.count
                }
            }
            touched.sort()
            let down = touched.filter { lost[$0] == totals[$0] }.map { names[$0] }
            let quorum = touched.filter { lost[$0] < totals[$0] && 2 * lost[$0] > totals[$0] }.map { names[$0] }
            for workload in touched { lost[workload] = 0 }
            let impact = LossImpact(
                host: group.host, zone: group.zone, instancesDisplaced: displaced, workloadsDown: down,
                workloadsWithoutQuorum: quorum)
            if worst.map({ impact.isWorse(than: $0) }) ?? true { worst = impact }
        }
        return worst
    }
}
