import PlannerCore

/// The rows of the drill-down into a plan, computed for the rows on screen only (a plan may have
/// tens of thousands of hosts): every host, what one host holds, or where one workload's
/// replicas are.
public enum HostRows {
    /// Rows visible in the drill-down at this size (the screen less header, title, column
    /// headings, status and keys).
    public static func visibleRows(_ size: TerminalSize) -> Int { max(1, size.height - 6) }

    /// Rows of a level.
    public static func count(_ level: HostsView.Level, plan: Plan, scenario: Scenario) -> Int {
        switch level {
        case .hosts: return plan.placements.count + plan.failoverHosts
        case .host(let index):
            return plan.placements.indices.contains(index) ? PlanReading.workloads(on: plan.placements[index]).count : 0
        case .replicas(let workload): return PlanReading.hosts(of: workload, in: plan).count
        }
    }

    /// The level Enter opens from row `row`, nil when there is nothing inside (a spare).
    public static func deeper(_ level: HostsView.Level, row: Int, plan: Plan) -> HostsView.Level? {
        switch level {
        case .hosts:
            return plan.placements.indices.contains(row) ? .host(row) : nil
        case .host(let index):
            guard plan.placements.indices.contains(index) else { return nil }
            let workloads = PlanReading.workloads(on: plan.placements[index])
            return workloads.indices.contains(row) ? .replicas(workloads[row].workload) : nil
        case .replicas(let workload):
            let hosts = PlanReading.hosts(of: workload, in: plan)
            return hosts.indices.contains(row) ? .host(hosts[row].placement) : nil
        }
    }

    /// The title of a level.
    public static func title(_ level: HostsView.Level, plan: Plan, scenario: Scenario) -> String {
        switch level {
        case .hosts:
            return
                "\(plan.model.rawValue) plan: \(PlanReading.hostsText(plan)) (\(plan.activeHosts) active, \(plan.failoverHosts) spare)"
        case .host(let index):
            guard plan.placements.indices.contains(index) else { return "host" }
            let placement = plan.placements[index]
            return
                "\(plan.model.rawValue) plan, host \(placement.host): \(placement.instanceCount) instances, binds on \(PlanReading.binding(placement, plan))"
        case .replicas(let workload):
            let name = scenario.workloads.indices.contains(workload) ? scenario.workloads[workload].name : "?"
            let hosts = PlanReading.hosts(of: workload, in: plan)
            let total = hosts.reduce(0) { $0 + $1.count }
            let most = hosts.map(\.count).max() ?? 0
            return
                "\(plan.model.rawValue) plan, \(name): \(total) instances on \(hosts.count) host\(hosts.count == 1 ? "" : "s") (at most \(most) on one)"
        }
    }

    /// Column headings and widths of a level (the last column takes the rest).
    public static func columns(_ level: HostsView.Level, width: Int) -> [Table.Column] {
        switch level {
        case .hosts:
            return [
                Table.Column("host", width: 6, .right), Table.Column("cpu", width: 5, .right),
                Table.Column("memory", width: 6, .right),
                Table.Column("pods", width: 9, .right), Table.Column("binds", width: 6), Table.Column("inst", width: 5, .right),
                Table.Column("holds (⚠ 2+ replicas of one workload)", width: max(10, width - 44)),
            ]
        case .host:
            return [
                Table.Column("workload", width: max(12, width - 62)), Table.Column("kind", width: 9),
                Table.Column("here", width: 5, .right), Table.Column("of", width: 6, .right),
                Table.Column("cpu each", width: 8, .right),
                Table.Column("mem each", width: 9, .right), Table.Column("cpu here", width: 8, .right),
                Table.Column("mem here", width: 9, .right),
            ]
        case .replicas:
            return [
                Table.Column("host", width: 6, .right), Table.Column("replicas here", width: 13, .right),
                Table.Column("share", width: 6, .right), Table.Column("host cpu", width: 8, .right),
                Table.Column("host memory", width: max(11, width - 40), .right),
            ]
        }
    }

    /// The cells of rows `range` of a level.
    public static func rows(_ level: HostsView.Level, _ range: Range<Int>, plan: Plan, scenario: Scenario) -> [[String]] {
        switch level {
        case .hosts: return range.map { hostRow($0, plan: plan, scenario: scenario) }
        case .host(let index):
            guard plan.placements.indices.contains(index) else { return [] }
            let placement = plan.placements[index]
            let workloads = PlanReading.workloads(on: placement)
            return range.compactMap { row in
                workloads.indices.contains(row) ? workloadRow(workloads[row], on: placement, scenario: scenario) : nil
            }
        case .replicas(let workload):
            let hosts = PlanReading.hosts(of: workload, in: plan)
            let total = max(1, hosts.reduce(0) { $0 + $1.count })
            return range.compactMap { row in
                guard hosts.indices.contains(row) else { return nil }
                let placement = plan.placements[hosts[row].placement]
                let f = PlanReading.fractions(placement, plan)
                return [
                    "\(placement.host)", "\(hosts[row].count)", Readable.percent(Double(hosts[row].count) / Double(total)),
                    Readable.percent(f.cpu), Readable.percent(f.memory),
                ]
            }
        }
    }

    static func hostRow(_ row: Int, plan: Plan, scenario: Scenario) -> [String] {
        guard plan.placements.indices.contains(row) else {
            return ["\(row)", "-", "-", "-", "-", "0", "failover spare (empty)"]
        }
        let placement = plan.placements[row]
        let f = PlanReading.fractions(placement, plan)
        let workloads = PlanReading.workloads(on: placement)
        let names = scenario.workloads.map(\.name)
        let crowded = workloads.filter { $0.count > 1 }.map { "\(name($0.workload, names))×\($0.count)" }
        let single = workloads.filter { $0.count == 1 }.map { name($0.workload, names) }
        let holds =
            (crowded.isEmpty ? "" : "⚠ " + crowded.joined(separator: " ") + (single.isEmpty ? "" : " · "))
            + single.joined(separator: " ")
        return [
            "\(placement.host)", Readable.percent(f.cpu), Readable.percent(f.memory),
            plan.hostCapacity.pods > 0 ? "\(placement.pods)/\(plan.hostCapacity.pods)" : "\(placement.pods)",
            PlanReading.binding(placement, plan), "\(placement.instanceCount)", holds,
        ]
    }

    static func workloadRow(_ entry: (workload: Int, count: Int), on placement: HostPlacement, scenario: Scenario) -> [String] {
        guard scenario.workloads.indices.contains(entry.workload) else { return ["?"] }
        let workload = scenario.workloads[entry.workload]
        let kind = placement.runs.first { $0.workload == entry.workload }?.kind.rawValue ?? ""
        return [
            workload.name, kind, "\(entry.count)", Readable.count(workload.replicas), QuantityUnit.exact(workload.cpuCores),
            Readable.mib(workload.memoryMiB), QuantityUnit.exact((workload.cpuCores * Double(entry.count)).rounded(toPlaces: 3)),
            Readable.mib(workload.memoryMiB * Double(entry.count)),
        ]
    }

    private static func name(_ index: Int, _ names: [String]) -> String { names.indices.contains(index) ? names[index] : "?" }
}
