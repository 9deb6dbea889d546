/// The rows of the parameter list. Where the pane is wide enough each row has a group column;
/// where it is not, each group gets a heading row of its own, so neither a group nor a parameter's
/// name is ever cut. The navigation scrolls by the same rows the pane draws.
public enum ParameterRows {
    /// One row: a group's heading, or a parameter.
    public enum Row: Sendable, Equatable {
        case heading(String)
        case parameter(Parameter)
    }

    /// Inner width below which groups become heading rows: group (9), the longest label (21),
    /// a value (14) and the gaps.
    public static let groupColumnWidth = 46

    /// Every parameter under its group's heading.
    public static let withHeadings: [Row] = {
        var rows: [Row] = []
        var group = ""
        for parameter in Parameter.allCases {
            if parameter.group != group {
                group = parameter.group
                rows.append(.heading(group))
            }
            rows.append(.parameter(parameter))
        }
        return rows
    }()

    /// The rows for a pane whose inside is `width` columns wide.
    public static func rows(width: Int) -> [Row] {
        width < groupColumnWidth ? withHeadings : Parameter.allCases.map { .parameter($0) }
    }

    /// The row of `parameter` among `rows`.
    public static func row(of parameter: Parameter, in rows: [Row]) -> Int {
        rows.firstIndex(of: .parameter(parameter)) ?? 0
    }
}
