import Foundation
import PlannerCore

/// A profile's four plans as a reviewer reads them: one column per plan, one row per figure (hosts,
/// bounds, instances, memory by source, transfer, ready time, cost), then each plan's warnings.
/// Placements are left out; numbers are rounded to two decimals.
enum PlanSummary {
    static func text(profile: String, scenario: Scenario, plans: [Plan]) -> String {
        var lines = [
            "\(profile): \(scenario.name)",
            "The plans of `vplan-tui plan --profile \(profile)`, without placements (InvariantTests checks those).",
            "",
        ]
        lines += table([("", plans.map(\.model.rawValue))] + figures(plans))
        for plan in plans where !plan.warnings.isEmpty {
            lines += ["", "\(plan.model.rawValue) warnings:"] + plan.warnings.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    private typealias Row = (label: String, values: [String])

    private static func figures(_ plans: [Plan]) -> [Row] {
        func row(_ label: String, _ value: (Plan) -> String) -> Row { (label, plans.map(value)) }
        func heading(_ label: String) -> Row { (label, plans.map { _ in "" }) }
        var rows = [
            row("hosts") { "\($0.hosts)" },
            row("  active") { "\($0.activeHosts)" },
            row("  failover") { "\($0.failoverHosts)" },
            row("  lower bound (active)") { "\($0.lowerBoundHosts)" },
            row("instances") { "\($0.instances)" },
            heading("memory MiB"),
            row("  workload") { number($0.memory.workloadMiB) },
            row("  overhead") { number($0.memory.overheadMiB) },
        ]
        rows += OverheadSource.allCases.map { source in
            row("    \(source.rawValue.dropLast(3))") { number($0.memory.overheadBySource[source] ?? 0) }
        }
        rows += [
            heading("transfer"),
            row("  rollout MiB") { number($0.transfer.rolloutMiB) },
            row("  rollout seconds") { number($0.transfer.rolloutSeconds) },
            row("  update MiB/day") { number($0.transfer.updateMiBPerDay) },
            row("ready seconds") { number($0.boot.readySeconds) },
            row("cost per month") { number($0.cost.perMonth) },
            row("  basis") { $0.cost.basis },
            row("warnings") { "\($0.warnings.count)" },
        ]
        return rows
    }

    /// Labels left-aligned, values right-aligned in columns two spaces apart, no trailing spaces.
    private static func table(_ rows: [Row]) -> [String] {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let columns = rows.first?.values.count ?? 0
        let widths = (0..<columns).map { column in rows.map { $0.values[column].count }.max() ?? 0 }
        return rows.map { row in
            var line = row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (value, width) in zip(row.values, widths) {
                line += String(repeating: " ", count: width - value.count + 2) + value
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Two decimals at most, without trailing zeros: 4096, 916.29, 0.5.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
