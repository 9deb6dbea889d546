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
            let zone = placement.zone.map { " (zone \($0))" } ?? ""
            return
                "\(plan.model.rawValue) plan, host \(placement.host)\(zone): \(placement.instanceCount) instances, binds on \(PlanReading.binding(placement, plan))"
        case .replicas(let workload):
            let name = scenario.workloads.indices.contains(workload) ? scenario.workloads[workload].name : "?"
            let hosts = PlanReading.hosts(of: workload, in: plan)
            let total = hosts.reduce(0) { $0 + $1.count }
            let most = hosts.map(\.count).max() ?? 0
            return
                "\(plan.model.rawValue) plan, \(name): \(total) instances on \(hosts.count) host\(hosts.count == 1 ? "" : "s") (at most \(most) on one)"
        }
    }

    /// Whether the plan's hosts are split across zones (`host.zones` above 1): the host and
    /// replica lists then have a zone column.
    public static func zoned(_ plan: Plan) -> Bool { plan.placements.first?.zone != nil }

    /// Column headings and widths of a level (the last column takes the rest); with `zoned`, the
    /// host and replica lists have a zone column after the host.
    public static func columns(_ level: HostsView.Level, width: Int, zoned: Bool = false) -> [Table.Column] {
        var columns = baseColumns(level, width: width - (zoned ? 5 : 0))
        if zoned && listsHosts(level) { columns.insert(Table.Column("zone", width: 4, .right), at: 1) }
        return columns
    }

    /// Whether a level lists hosts (every host, or a workload's) rather than one host's workloads.
    static func listsHosts(_ level: HostsView.Level) -> Bool {
        if case .host = level { return false }
        return true
    }

    /// The columns of a level without the zone column.
    private static func baseColumns(_ level: HostsView.Level, width: Int) -> [Table.Column] {
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

    /// The cells of rows `range` of a level; `nameWidth`, the workload column's width in one host's
    /// list, lets a marked name keep its mark (`markedName`).
    public static func rows(
        _ level: HostsView.Level, _ range: Range<Int>, plan: Plan, scenario: Scenario, nameWidth: Int? = nil
    ) -> [[String]] {
        switch level {
        case .hosts: return range.map { hostRow($0, plan: plan, scenario: scenario) }
        case .host(let index):
            guard plan.placements.indices.contains(index) else { return [] }
            let placement = plan.placements[index]
            let workloads = PlanReading.workloads(on: placement)
            let totals = instanceTotals(workloads, range, plan: plan)
            return range.compactMap { row in
                guard workloads.indices.contains(row) else { return nil }
                let sharing = sharing(workloads[row], total: totals[workloads[row].workload] ?? 0)
                return workloadRow(workloads[row], on: placement, sharing: sharing, scenario: scenario, nameWidth: nameWidth)
            }
        case .replicas(let workload):
            let hosts = PlanReading.hosts(of: workload, in: plan)
            let total = max(1, hosts.reduce(0) { $0 + $1.count })
            return range.compactMap { row in
                hosts.indices.contains(row) ? replicaRow(hosts[row], of: total, plan: plan) : nil
            }
        }
    }

    /// The styles of rows `range` of a level (indexed from row 0, as `Table` takes them): in one
    /// host's list, the workloads whose every replica is on that host are drawn as a warning.
    public static func styles(_ level: HostsView.Level, _ range: Range<Int>, plan: Plan) -> [Style] {
        guard case .host(let index) = level, plan.placements.indices.contains(index) else { return [] }
        let workloads = PlanReading.workloads(on: plan.placements[index])
        let totals = instanceTotals(workloads, range, plan: plan)
        var styles = [Style](repeating: Style(), count: range.upperBound)
        for row in range where workloads.indices.contains(row) {
            if case .all = sharing(workloads[row], total: totals[workloads[row].workload] ?? 0) {
                styles[row] = Style(.warning)
            }
        }
        return styles
    }

    /// The plan's instances of each workload of rows `range` of a host's list, in one pass over
    /// the plan's hosts.
    static func instanceTotals(
        _ workloads: [(workload: Int, count: Int)], _ range: Range<Int>, plan: Plan
    ) -> [Int: Int] {
        let wanted = Set(range.filter(workloads.indices.contains).map { workloads[$0].workload })
        var totals: [Int: Int] = [:]
        guard !wanted.isEmpty else { return totals }
        for placement in plan.placements {
            for run in placement.runs where wanted.contains(run.workload) { totals[run.workload, default: 0] += run.count }
        }
        return totals
    }

    /// How a workload's replicas on one host share it.
    enum Sharing: Equatable {
        /// One replica here (or a workload of one): nothing to mark.
        case alone
        /// `count` replicas here, and more on other hosts.
        case some(Int)
        /// Every one of its 2 or more replicas is here: losing the host takes the workload down.
        case all(Int)
    }

    /// Whether `entry`'s replicas share its host, given the plan's `total` of its instances: 2 or
    /// more here, or all of them.
    static func sharing(_ entry: (workload: Int, count: Int), total: Int) -> Sharing {
        guard entry.count >= 2 else { return .alone }
        return total > entry.count ? .some(entry.count) : .all(entry.count)
    }

    /// ` ×3 same host` (2 or more replicas here, others elsewhere) or ` ×2 all here` (every
    /// replica here), or when `short` ` ×3 same` and ` ×2 all`; nothing for a lone replica.
    static func sharingMark(_ sharing: Sharing, short: Bool = false) -> String {
        switch sharing {
        case .alone: return ""
        case .some(let count): return " ×\(count) same" + (short ? "" : " host")
        case .all(let count): return " ×\(count) all" + (short ? "" : " here")
        }
    }

    /// The name and its mark in `width` columns: the long mark when both fit, else the name cut to
    /// leave room for the short one.
    static func markedName(_ name: String, _ sharing: Sharing, width: Int?) -> String {
        let long = name + sharingMark(sharing)
        guard let width, DisplayWidth.of(long) > width, sharing != .alone else { return long }
        let mark = sharingMark(sharing, short: true)
        return TextFit.fit(name, width - DisplayWidth.of(mark)) + mark
    }

    /// One host holding a workload's replicas: how many, their share, the host's fill.
    static func replicaRow(_ entry: (placement: Int, count: Int), of total: Int, plan: Plan) -> [String] {
        let placement = plan.placements[entry.placement]
        let f = PlanReading.fractions(placement, plan)
        return zoneCell(placement, plan: plan) + [
            "\(entry.count)", Readable.percent(Double(entry.count) / Double(total)), Readable.percent(f.cpu),
            Readable.percent(f.memory),
        ]
    }

    /// The host's number, then its zone when the plan has zones.
    static func zoneCell(_ placement: HostPlacement, plan: Plan) -> [String] {
        ["\(placement.host)"] + (zoned(plan) ? [placement.zone.map(String.init) ?? "-"] : [])
    }

    static func hostRow(_ row: Int, plan: Plan, scenario: Scenario) -> [String] {
        guard plan.placements.indices.contains(row) else {
            return ["\(row)"] + (zoned(plan) ? ["-"] : []) + ["-", "-", "-", "-", "0", "failover spare (empty)"]
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
        return zoneCell(placement, plan: plan) + [
            Readable.percent(f.cpu), Readable.percent(f.memory),
            plan.hostCapacity.pods > 0 ? "\(placement.pods)/\(plan.hostCapacity.pods)" : "\(placement.pods)",
            PlanReading.binding(placement, plan), "\(placement.instanceCount)", holds,
        ]
    }

    /// One workload on a host, its name marked when its replicas share the host (`sharingMark`).
    static func workloadRow(
        _ entry: (workload: Int, count: Int), on placement: HostPlacement, sharing: Sharing, scenario: Scenario,
        nameWidth: Int? = nil
    ) -> [String] {
        guard scenario.workloads.indices.contains(entry.workload) else { return ["?"] }
        let workload = scenario.workloads[entry.workload]
        let kind = placement.runs.first { $0.workload == entry.workload }?.kind.rawValue ?? ""
        return [
            markedName(workload.name, sharing, width: nameWidth), kind, "\(entry.count)",
            Readable.count(workload.replicas), QuantityUnit.exact(workload.cpuCores),
            Readable.mib(workload.memoryMiB), QuantityUnit.exact((workload.cpuCores * Double(entry.count)).rounded(toPlaces: 3)),
            Readable.mib(workload.memoryMiB * Double(entry.count)),
        ]
    }

    private static func name(_ index: Int, _ names: [String]) -> String { names.indices.contains(index) ? names[index] : "?" }
}
