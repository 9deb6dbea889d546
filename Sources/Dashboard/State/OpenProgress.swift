import Storage

/// Where an open stands. Opening runs off the input loop (a FIFO may never deliver), so the user
/// can cancel it with Esc; a result that arrives after that is dropped.
public enum OpenProgress: Sendable, Equatable {
    case idle
    case opening(ScenarioLocation)
    case cancelled(ScenarioLocation)
}
