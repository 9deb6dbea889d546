import PlannerCore

/// How the workload table is shown: the `/` filter and the sort column. `rows` is the scenario
/// indices in display order, kept up to date by the reducer whenever the scenario, the filter or
/// the sort changes; nil when neither is set (every workload, in the scenario's order, at no cost
/// for a table of a million rows).
public struct WorkloadView: Sendable, Equatable {
    /// Workloads whose name contains this text (case-insensitive) are shown; empty shows all.
    public var filter: String = ""
    /// The column the table is sorted by; nil keeps the scenario's order.
    public var sort: WorkloadSort?
    public private(set) var rows: [Int]?

    public init() {}

    /// True when the table shows only some workloads or another order.
    public var isActive: Bool { !filter.isEmpty || sort != nil }

    /// Rows shown out of `total` workloads.
    public func count(total: Int) -> Int { rows?.count ?? total }

    /// The scenario index of display row `position`.
    public func index(at position: Int) -> Int { rows.map { $0[position] } ?? position }

    /// The display row of scenario index `index`, nil when the filter hides it.
    public func position(of index: Int, total: Int) -> Int? {
        guard let rows else { return index < total ? index : nil }
        return rows.firstIndex(of: index)
    }

    /// Recomputes the display order for `workloads`.
    public mutating func refresh(_ workloads: [Workload]) {
        guard isActive else {
            rows = nil
            return
        }
        var indices = Array(workloads.indices)
        if !filter.isEmpty {
            let needle = filter.lowercased()
            indices = indices.filter { workloads[$0].name.lowercased().contains(needle) }
        }
        if let sort {
            indices.sort { sort.ordered(workloads[$0], workloads[$1], $0, $1) }
        }
        rows = indices
    }
}

/// A sort of the workload table: the column and the direction.
public struct WorkloadSort: Sendable, Equatable {
    public var column: WorkloadColumn
    public var descending: Bool

    public init(column: WorkloadColumn, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    /// True when `a` (scenario index `i`) goes before `b` (index `j`); ties keep the scenario's order.
    func ordered(_ a: Workload, _ b: Workload, _ i: Int, _ j: Int) -> Bool {
        let order = column.compare(a, b)
        if order == 0 { return i < j }
        return descending ? order > 0 : order < 0
    }

    /// The header mark: `cpu▼`.
    public func title(arrowUp: String, arrowDown: String) -> String {
        column.title + (descending ? arrowDown : arrowUp)
    }
}
