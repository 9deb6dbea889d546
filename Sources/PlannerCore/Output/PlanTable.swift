import Foundation

/// The four plans as rows a person or a spreadsheet reads: plan, hosts (active + failover), lower
/// bound, cost per month with its currency, memory and its overhead, rollout bytes and time, ready
/// time, and with a host catalog the host type (or the mix, `type×hosts+...`). `plan --format table|csv|markdown`, and the text summary where there is no dashboard.
public enum PlanTable {
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, markdown
    }

    /// The header of every format.
    static let columns = [
        "plan", "hosts", "active", "failover", "bound", "cost/month", "memory MiB", "overhead MiB", "overhead %",
        "rollout MiB", "rollout s", "ready s",
    ]

    /// The header for a scenario: `columns`, and `host type` when it has a catalog.
    static func columns(_ scenario: Scenario) -> [String] { columns + (scenario.hostTypes.isEmpty ? [] : ["host type"]) }

    /// The type a plan runs on, or its mix as `type×hosts+type×hosts`.
    public static func hostTypeText(_ plan: Plan) -> String {
        if let hostType = plan.hostType { return hostType }
        return plan.hostsByType.map { "\($0.hostType)×\($0.hosts)" }.joined(separator: "+")
    }

    /// The same rows in the chosen format.
    public static func render(scenario: Scenario, plans: [Plan], as format: Format) -> String {
        switch format {
        case .table: return table(scenario: scenario, plans: plans)
        case .csv: return csv(scenario: scenario, plans: plans)
        case .markdown: return markdown(scenario: scenario, plans: plans)
        }
    }

    static func cells(_ plan: Plan, scenario: Scenario, readable: Bool) -> [String] {
        cells(plan, currency: scenario.currency, readable: readable) + (scenario.hostTypes.isEmpty ? [] : [hostTypeText(plan)])
    }

    static func cells(_ plan: Plan, currency: String, readable: Bool) -> [String] {
        let memory = plan.memory.workloadMiB + plan.memory.overheadMiB
        let cost =
            readable
            ? Money.cost(plan.cost, currency: currency)
            : plan.cost.functionsUnpriced && plan.cost.hostsPerMonth == 0
                ? "" : PlannerCore.Format.trimmed(plan.cost.perMonth, decimals: 2)
        return [
            plan.model.rawValue, "\(plan.hosts)", "\(plan.activeHosts)", "\(plan.failoverHosts)", "\(plan.lowerBoundHosts)", cost,
            PlannerCore.Format.mib(memory), PlannerCore.Format.mib(plan.memory.overheadMiB),
            PlannerCore.Format.trimmed(plan.memory.overheadFraction * 100, decimals: 1),
            PlannerCore.Format.mib(plan.transfer.rolloutMiB),
            PlannerCore.Format.trimmed(plan.transfer.rolloutSeconds, decimals: 2),
            PlannerCore.Format.trimmed(plan.boot.readySeconds, decimals: 2),
        ]
    }

    /// Aligned columns, the scenario's name above them and the warnings below.
    static func table(scenario: Scenario, plans: [Plan]) -> String {
        let rows = [columns(scenario)] + plans.map { cells($0, scenario: scenario, readable: true) }
        var lines = ["\(TerminalText.escaped(scenario.name)): \(scenario.workloads.count) workloads"] + aligned(rows)
        for plan in plans {
            for warning in plan.warnings { lines.append("warning (\(plan.model.rawValue)): \(TerminalText.escaped(warning))") }
        }
        return lines.joined(separator: "\n")
    }

    /// RFC 4180: a header line, then one line per plan; cost as a plain number with a currency column.
    static func csv(scenario: Scenario, plans: [Plan]) -> String {
        let header =
            [
                "plan", "hosts", "activeHosts", "failoverHosts", "lowerBoundHosts", "costPerMonth", "currency",
                "memoryMiB", "overheadMiB", "overheadPercent", "rolloutMiB", "rolloutSeconds", "readySeconds", "costNote",
            ] + (scenario.hostTypes.isEmpty ? [] : ["hostType"])
        var lines = [header.joined(separator: ",")]
        for plan in plans {
            var row = cells(plan, currency: scenario.currency, readable: false)
            row.insert(scenario.currency, at: 6)
            row.append(plan.cost.note ?? "")
            if !scenario.hostTypes.isEmpty { row.append(hostTypeText(plan)) }
            lines.append(row.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A GitHub-flavoured markdown table.
    static func markdown(scenario: Scenario, plans: [Plan]) -> String {
        markdown(header: columns(scenario), rows: plans.map { cells($0, scenario: scenario, readable: true) })
    }

    /// Rows as aligned lines: the first column left-aligned, the others right-aligned, two spaces
    /// between (`plan --format table`, with or without `--by-hour`).
    static func aligned(_ rows: [[String]]) -> [String] {
        guard let first = rows.first else { return [] }
        let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - row[column].count)
                return column == 0 ? row[column] + pad : pad + row[column]
            }.joined(separator: "  ")
        }
    }

    /// A GitHub-flavoured markdown table of `rows` under `header`: the first column left-aligned,
    /// the others right-aligned, cells escaped for the terminal and their `|` for markdown.
    static func markdown(header: [String], rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("| " + header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: " | ") + " |")
        for row in rows {
            let cells = row.map { TerminalText.escaped($0).replacingOccurrences(of: "|", with: "\\|") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
