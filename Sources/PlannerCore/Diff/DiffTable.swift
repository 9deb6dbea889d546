/// `diff --format table`: what changed, for people. One row per figure that differs (plan,
/// figure, A, B, delta with its sign: `+1`, `−$380/mo`), then the currency, workloads and
/// settings that differ, one line each (`changed api: replicas 3 → 4`). Nothing at all when
/// nothing differs, as diff(1) prints nothing.
public enum DiffTable {
    /// The table, ending with a newline; empty when nothing differs.
    public static func render(_ diff: PlanDiff) -> String {
        guard diff.isDifferent else { return "" }
        var lines = [
            "a: \(describe(diff.a))",
            "b: \(describe(diff.b))",
        ]
        let rows = diff.plans.flatMap { plan in
            plan.figures.filter(\.isDifferent).map { figure in
                [plan.model, figure.figure.label]
                    + [figure.a.map { text($0, figure.figure, diff.a.currency) } ?? "—"]
                    + [figure.b.map { text($0, figure.figure, diff.b.currency) } ?? "—"]
                    + [figure.delta.map { signed($0, figure.figure, diff.b.currency) } ?? ""]
            }
        }
        if !rows.isEmpty { lines += aligned([["plan", "figure", "a", "b", "delta"]] + rows) }
        if diff.currencyChanged { lines.append("currency: \(escape(diff.a.currency)) → \(escape(diff.b.currency))") }
        lines += workloadLines(diff.workloads)
        if let settings = diff.settings, !settings.isEmpty {
            lines.append("settings:")
            lines += settings.map { "  \(change($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ side: DiffSide) -> String {
        let name = side.scenarioName.map { " \"\(escape($0))\"" } ?? ""
        return "\(escape(side.source)) (\(side.kind.rawValue)\(name))"
    }

    private static func workloadLines(_ changes: WorkloadChanges) -> [String] {
        guard !changes.isEmpty else { return [] }
        let by = changes.basis == .scenario ? "fields" : "instances per plan"
        var lines = ["workloads (by \(by)):"]
        lines += changes.added.map { "  added    \(escape($0))" }
        lines += changes.removed.map { "  removed  \(escape($0))" }
        lines += changes.changed.map { "  changed  \(escape($0.name)): " + $0.fields.map(change).joined(separator: ", ") }
        return lines
    }

    /// `replicas 3 → 4`; a side without the key shows `(none)`, a list or object longer than
    /// `longestValue` characters its size (`[27 items]`, `{7 keys}`; the JSON document has it whole).
    static func change(_ change: FieldChange) -> String {
        func value(_ value: JSONValue?) -> String {
            guard let value else { return "(none)" }
            switch value {
            case .string(let text): return escape(text)
            case .array(let elements) where value.serialized().count > longestValue:
                return "[\(elements.count) item\(elements.count == 1 ? "" : "s")]"
            case .object(let members) where value.serialized().count > longestValue:
                return "{\(members.count) key\(members.count == 1 ? "" : "s")}"
            default: return escape(value.serialized())
            }
        }
        return "\(escape(change.key)) \(value(change.a)) → \(value(change.b))"
    }

    /// Columns padded to their widest cell: the first two left-aligned, the figures right-aligned.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - row[column].count)
                return column < 2 ? row[column] + pad : pad + row[column]
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    /// A value as people read it: hosts as counts, money in the side's currency, MiB with one
    /// decimal, the overhead fraction in percent, seconds with two decimals.
    static func text(_ value: FigureValue, _ figure: PlanFigure, _ currency: String) -> String {
        switch value {
        case .text(let name): return escape(name)
        case .count(let count): return String(count)
        case .number(let number):
            switch figure {
            case .costPerMonth: return Money.perMonth(number, currency: currency)
            case .overheadFraction: return Format.trimmed(number * 100, decimals: 1)
            default: return Format.trimmed(number, decimals: decimals(figure))
            }
        }
    }

    /// A delta with its sign: `+2`, `−1`, `+$497/mo`, `−12.5`, `+0.4 pt` (overhead, in percentage
    /// points); a difference too small for the shown decimals reads `+<0.01`.
    static func signed(_ delta: FigureValue, _ figure: PlanFigure, _ currency: String) -> String {
        guard let number = delta.numeric else { return "" }
        let sign = number < 0 ? "−" : "+"
        if case .count(let count) = delta { return sign + String(abs(count)) }
        switch figure {
        case .costPerMonth: return sign + Money.perMonth(abs(number), currency: currency)
        case .overheadFraction: return sign + magnitude(abs(number) * 100, decimals: 1) + " pt"
        default: return sign + magnitude(abs(number), decimals: decimals(figure))
        }
    }

    private static func magnitude(_ value: Double, decimals: Int) -> String {
        let text = Format.trimmed(value, decimals: decimals)
        guard text == "0", value > 0 else { return text }
        return "<0." + String(repeating: "0", count: decimals - 1) + "1"
    }

    private static func decimals(_ figure: PlanFigure) -> Int {
        switch figure {
        case .rolloutSeconds, .readySeconds: return 2
        default: return 1
        }
    }

    /// The longest list or object the table writes out in full.
    static let longestValue = 60

    private static func escape(_ text: String) -> String { TerminalText.escaped(text) }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
