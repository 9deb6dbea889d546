/// Where everything goes for a terminal size. Two arrangements: compact (80×24 up to 119 columns or
/// 35 rows: the top pane shows the workloads or the parameters, charts are columns of one table) and
/// wide (120×36 and up: workloads and parameters side by side, one boxed chart per quantity, a
/// figures table, a warnings list). The reducer uses it too, to scroll the lists.
public struct ScreenLayout: Sendable, Equatable {
    public let size: TerminalSize
    public let isWide: Bool

    public let header: Rect
    /// Compact: the pane switcher line. Wide: empty.
    public let tabs: Rect
    /// The workloads table (wide: its box; compact: header row plus rows).
    public let workloads: Rect
    /// The parameter list (compact: the same place as the workloads).
    public let parameters: Rect
    /// Compact: the one chart table. Wide: the area holding the chart boxes.
    public let charts: Rect
    /// Compact: the heading line above the detail.
    public let detailRule: Rect
    /// Host fill strip (left) and timeline (right) of the selected plan.
    public let hostFill: Rect
    public let timeline: Rect
    public let warnings: Rect
    public let status: Rect
    public let keys: Rect

    /// Workload rows visible at once.
    public let workloadRows: Int
    /// Parameter rows visible at once.
    public let parameterRows: Int
    /// Warning lines visible at once.
    public let warningRows: Int
    /// Width inside the parameter list (it decides whether groups get heading rows).
    public var parameterInnerWidth: Int { isWide ? parameters.width - 2 : parameters.width }

    public init(size: TerminalSize, workloadCount: Int) {
        self.size = size
        let w = size.width
        let h = size.height
        isWide = w >= 120 && h >= 36
        header = Rect(x: 0, y: 0, width: w, height: 1)
        status = Rect(x: 0, y: h - 2, width: w, height: 1)
        keys = Rect(x: 0, y: h - 1, width: w, height: 1)
        if isWide {
            tabs = Rect(x: 0, y: 1, width: 0, height: 0)
            let top = min(max(workloadCount, 6) + 3, h - 25)
            let parameterWidth = min(60, w / 3)
            workloads = Rect(x: 0, y: 1, width: w - parameterWidth, height: top)
            parameters = Rect(x: w - parameterWidth, y: 1, width: parameterWidth, height: top)
            charts = Rect(x: 0, y: 1 + top, width: w, height: 13)
            let rest = h - (1 + top + 13) - 2
            let warningHeight = min(6, max(3, rest / 3))
            let detailHeight = rest - warningHeight
            let detailY = 1 + top + 13
            let fillWidth = w * 2 / 5
            detailRule = Rect(x: 0, y: detailY, width: 0, height: 0)
            hostFill = Rect(x: 0, y: detailY, width: fillWidth, height: detailHeight)
            timeline = Rect(x: fillWidth, y: detailY, width: w - fillWidth, height: detailHeight)
            warnings = Rect(x: 0, y: detailY + detailHeight, width: w, height: warningHeight)
            workloadRows = max(1, top - 3)
            parameterRows = max(1, top - 3)
            warningRows = max(1, warningHeight - 2)
        } else {
            let extra = max(0, h - 24)
            // Extra rows go half to the table and half to the detail; rows the table cannot fill
            // (fewer workloads) go to the detail too.
            let tableRows = min(8 + extra / 2, max(8, workloadCount))
            let detailHeight = 4 + extra - (tableRows - 8)
            tabs = Rect(x: 0, y: 1, width: w, height: 1)
            workloads = Rect(x: 0, y: 2, width: w, height: tableRows + 1)
            parameters = workloads
            charts = Rect(x: 0, y: 3 + tableRows, width: w, height: 5)
            detailRule = Rect(x: 0, y: 8 + tableRows, width: w, height: 1)
            let fillWidth = min(w / 2, max(40, w * 2 / 5))
            hostFill = Rect(x: 0, y: 9 + tableRows, width: fillWidth, height: detailHeight)
            timeline = Rect(x: fillWidth + 2, y: 9 + tableRows, width: w - fillWidth - 2, height: detailHeight)
            warnings = Rect(x: 0, y: 9 + tableRows + detailHeight, width: w, height: 1)
            workloadRows = tableRows
            parameterRows = tableRows
            warningRows = 1
        }
    }
}
