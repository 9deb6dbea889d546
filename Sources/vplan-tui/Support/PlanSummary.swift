import PlannerCore

/// A plain-text table of the four plans, for terminals without the dashboard.
enum PlanSummary {
    static func table(scenario: Scenario, plans: [Plan]) -> String {
        var lines = ["\(TerminalText.escaped(scenario.name)): \(scenario.workloads.count) workloads"]
        lines.append(pad(["plan", "hosts", "bound", "instances", "overhead", "rollout", "ready", "cost/month"]))
        for plan in plans {
            lines.append(pad([
                plan.model.rawValue, "\(plan.hosts)", "\(plan.lowerBoundHosts)", "\(plan.instances)",
                "\(Format.trimmed(plan.memory.overheadFraction * 100, decimals: 1))%",
                "\(Format.mib(plan.transfer.rolloutMiB)) MiB", "\(Format.trimmed(plan.boot.readySeconds, decimals: 1)) s",
                Format.trimmed(plan.cost.perMonth, decimals: 0),
            ]))
        }
        for plan in plans {
            for warning in plan.warnings { lines.append("warning (\(plan.model.rawValue)): \(TerminalText.escaped(warning))") }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ cells: [String]) -> String {
        let widths = [8, 6, 6, 10, 9, 14, 10, 11]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined()
    }
}
