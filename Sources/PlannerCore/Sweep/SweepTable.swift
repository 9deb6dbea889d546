import Foundation

/// A sweep's rows as text: `table` (aligned, for people), `csv` (RFC 4180) or `json` (JSON Lines:
/// one compact object a row, members in column order). The columns are `point`, one per varied
/// key named by the key as given, then the plan's figures (`SweepTable.figureColumns`); a figure
/// column whose name is also a varied key's is written `plan.NAME`. Numbers in csv and json are
/// written as the plan JSON writes them (`JSONNumber`), so a row matches `plan` to the digit.
/// CSV and JSON rows of consecutive shards concatenate to the unsharded output: the CSV header
/// is written only when asked (the first shard); the table always has its header.
public enum SweepTable {
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// The plan's figures, after the point's values.
    public static let figureColumns = [
        "model", "hostType", "hosts", "lowerBoundHosts", "costPerMonth", "overheadMiB", "overheadFraction", "rolloutMiB",
        "rolloutSeconds", "readySeconds", "unfit",
    ]

    /// The header: `point`, the varied keys, the figures.
    public static func columns(keys: [String]) -> [String] {
        ["point"] + keys + figureColumns.map { keys.contains($0) ? "plan.\($0)" : $0 }
    }

    /// The rows in a format; `header` adds the CSV header line (the table always has its own).
    /// Every line ends with a newline; no rows and no header give empty text.
    public static func render(_ rows: [SweepRow], keys: [String], as format: Format, header: Bool) -> String {
        let lines: [String]
        switch format {
        case .table: lines = table(rows, keys: keys)
        case .csv: lines = (header ? [columns(keys: keys).map(csvField).joined(separator: ",")] : []) + rows.map(csvLine)
        case .json: lines = rows.map { jsonLine($0, keys: keys) }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The figures as csv and json write them: integers, numbers as the plan JSON, null for none.
    static func figures(_ row: SweepRow) -> [JSONValue] {
        if let unfit = row.unfit {
            return [.string(row.model)] + Array(repeating: .null, count: figureColumns.count - 2) + [.string(unfit)]
        }
        return [
            .string(row.model), row.hostType.map(JSONValue.string) ?? .null, .integer(row.hosts),
            .integer(row.lowerBoundHosts), row.costPerMonth.map(JSONValue.number) ?? .null, .number(row.overheadMiB),
            .number(row.overheadFraction), .number(row.rolloutMiB), .number(row.rolloutSeconds),
            .number(row.readySeconds), .null,
        ]
    }

    private static func csvLine(_ row: SweepRow) -> String {
        let figures = figures(row).map { value -> String in
            switch value {
            case .string(let text): return text
            case .null: return ""
            default: return value.orderedText(number: JSONNumber.format)
            }
        }
        return (["\(row.point)"] + row.values.map(\.text) + figures).map(csvField).joined(separator: ",")
    }

    private static func jsonLine(_ row: SweepRow, keys: [String]) -> String {
        let values = [JSONValue.integer(row.point)] + row.values.map(\.json) + figures(row)
        return JSONValue.object(Array(zip(columns(keys: keys), values))).orderedText(number: JSONNumber.format)
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Aligned columns under a header; text columns left-aligned, figures right-aligned and
    /// rounded for reading (costs in the scenario's currency, the fraction as a percentage).
    private static func table(_ rows: [SweepRow], keys: [String]) -> [String] {
        let header = columns(keys: keys).map { $0 == "overheadFraction" ? "overhead %" : $0 }
        let cells =
            [header]
            + rows.map { row in
                ["\(row.point)"] + row.values.map(\.text) + readableFigures(row)
            }.map { $0.map(TerminalText.escaped) }
        let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        let leftAligned = Set(1...(keys.count + 2)).union([header.count - 1])
        return cells.map { line in
            line.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - line[column].count)
                return leftAligned.contains(column) ? line[column] + pad : pad + line[column]
            }.joined(separator: "  ")
        }.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    private static func readableFigures(_ row: SweepRow) -> [String] {
        if let unfit = row.unfit {
            return [row.model] + Array(repeating: "-", count: figureColumns.count - 2) + [unfit]
        }
        return [
            row.model, row.hostType ?? "", "\(row.hosts)", "\(row.lowerBoundHosts)",
            row.costPerMonth.map { Money.perMonth($0, currency: row.currency) } ?? "n/a", PlannerCore.Format.mib(row.overheadMiB),
            PlannerCore.Format.trimmed(row.overheadFraction * 100, decimals: 1), PlannerCore.Format.mib(row.rolloutMiB),
            PlannerCore.Format.trimmed(row.rolloutSeconds, decimals: 2),
            PlannerCore.Format.trimmed(row.readySeconds, decimals: 2), "",
        ]
    }
}
