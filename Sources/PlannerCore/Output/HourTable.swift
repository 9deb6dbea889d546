/// The day of the four plans, one row per hour (`plan --by-hour`): each plan's hosts and the cost
/// of that hour, then the functions' expected cold starts in the hour (faas and mixed plans), and
/// a last row with the month (Σ hours × 30.4167 days, the plans' `cost.perMonth` before a free
/// tier) and each plan's billing.
public enum HourTable {
    /// The header: hour, then hosts and cost per plan, then cold starts per plan with functions.
    static func columns(_ plans: [Plan]) -> [String] {
        ["hour"] + plans.flatMap { ["\($0.model.rawValue) hosts", "\($0.model.rawValue) cost"] }
            + plans.filter(hasFunctions).map { "\($0.model.rawValue) cold starts" }
    }

    static func hasFunctions(_ plan: Plan) -> Bool { plan.byHour.contains { $0.coldStarts != nil } }

    /// The rows in the chosen format; amounts as plain numbers in csv, with the currency elsewhere.
    public static func render(scenario: Scenario, plans: [Plan], as format: PlanTable.Format) -> String {
        let readable = format != .csv
        var rows: [[String]] = (0..<TrafficProfile.hoursPerDay).map { hour in
            var row = [readable ? (hour < 10 ? "0\(hour):00" : "\(hour):00") : "\(hour)"]
            for plan in plans {
                let figures = plan.byHour[hour]
                row += ["\(figures.hosts)", hourAmount(figures.cost, scenario.currency, readable: readable)]
            }
            for plan in plans where hasFunctions(plan) {
                row.append(Format.trimmed(plan.byHour[hour].coldStarts ?? 0, decimals: 2))
            }
            return row
        }
        var month = ["month"]
        for plan in plans {
            month += [
                plan.cost.billing.rawValue,
                readable
                    ? Money.perMonth(plan.cost.perMonth, currency: scenario.currency)
                    : Format.trimmed(plan.cost.perMonth, decimals: 2),
            ]
        }
        for plan in plans where hasFunctions(plan) {
            let perDay = plan.byHour.reduce(0) { $0 + ($1.coldStarts ?? 0) }
            month.append(Format.trimmed(perDay * TrafficProfile.daysPerMonth, decimals: 0))
        }
        rows.append(month)
        switch format {
        case .table:
            let title = "\(TerminalText.escaped(scenario.name)): the day by hour"
            return ([title] + PlanTable.aligned([columns(plans)] + rows)).joined(separator: "\n")
        case .csv: return ([columns(plans)] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n")
        case .markdown: return PlanTable.markdown(header: columns(plans), rows: rows)
        }
    }

    /// An hour's cost: four decimals (an hour of a small plan costs cents), with the currency's
    /// sign or code when read by a person.
    static func hourAmount(_ value: Double, _ currency: String, readable: Bool) -> String {
        let number = Format.trimmed(value, decimals: 4)
        guard readable else { return number }
        return (Money.signs[currency] ?? "\(currency) ") + number
    }
}
