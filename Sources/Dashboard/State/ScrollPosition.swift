/// A cursor in a list and the first row shown: the one owner of scrolling. Every list that scrolls
/// (the workload table, the parameters, the warnings, the host drill-down, the overlays) keeps one
/// and asks it to move, so they all clamp and follow the cursor the same way.
public struct ScrollPosition: Sendable, Equatable {
    /// The row under the cursor (0 when the list is empty).
    public var cursor: Int
    /// The first row shown.
    public var offset: Int

    public init(cursor: Int = 0, offset: Int = 0) {
        self.cursor = cursor
        self.offset = offset
    }

    /// Moves the cursor by `delta` rows within `count` rows.
    public mutating func move(by delta: Int, count: Int) {
        cursor = count == 0 ? 0 : min(max(cursor + delta, 0), count - 1)
    }

    /// Puts the cursor on the first (false) or the last (true) row.
    public mutating func jump(toEnd: Bool, count: Int) {
        cursor = toEnd ? max(0, count - 1) : 0
    }

    /// Scrolls just enough for the cursor to show in `rows` visible rows, never past the end.
    public mutating func keepVisible(rows: Int, count: Int) {
        let rows = max(1, rows)
        cursor = count == 0 ? 0 : min(max(cursor, 0), count - 1)
        offset = min(max(offset, cursor - rows + 1), cursor)
        offset = max(0, min(offset, max(0, count - rows)))
    }

    /// Scrolls a list without a cursor (a text to read) by `delta` rows.
    public mutating func scroll(by delta: Int, rows: Int, count: Int) {
        offset = max(0, min(offset + delta, max(0, count - max(1, rows))))
        cursor = offset
    }

    /// "3-10/40" when the list does not fit, nil when it does.
    public static func indicator(offset: Int, rows: Int, count: Int) -> String? {
        guard count > rows, rows > 0 else { return nil }
        return "\(offset + 1)-\(min(count, offset + rows))/\(count)"
    }
}
