import PlannerCore
import Storage

/// The autosave's bookkeeping: which revision of the scenario is in the autosave file, when the
/// scenario last changed (as seen by the clock ticks the event loop sends), and whether writing
/// has been failing. The reducer decides from it when to write; see `AutosavePolicy`.
public struct AutosaveState: Sendable, Equatable {
    /// The revision whose scenario the autosave file holds (nil: none written for this revision).
    public var writtenRevision: Int?
    /// An autosave file for this document was written (or restored) in this session.
    public var onDisk = false
    /// The revision being written (one write at a time).
    public var writing: Int?
    /// The revision the last tick saw, and when it first saw it (seconds of the event loop's clock).
    public var seenRevision: Int?
    public var seenAt: Double = 0
    /// When the scenario first differed from the autosave file without being written.
    public var pendingSince: Double?
    /// When the last write was asked for.
    public var lastAttemptAt: Double = 0
    /// After a failure, no new attempt before this time.
    public var retryAt: Double?
    /// The last write failed (its message was shown once; later failures stay quiet).
    public var failing = false

    public init() {}
}

/// When the autosave is written: once the scenario has been left alone for `idleDelay` (so typing
/// is never interrupted), and at the latest `maximumDelay` after the first unwritten change even
/// while edits keep coming. A failed write is retried every `retryDelay`.
public enum AutosavePolicy {
    /// Seconds without a change before the autosave is written.
    public static let idleDelay = 1.0
    /// Most seconds an unwritten change waits while edits keep coming.
    public static let maximumDelay = 5.0
    /// Seconds between attempts after a failure.
    public static let retryDelay = 30.0
    /// How often the event loop sends a clock tick, in seconds.
    public static let tickInterval = 0.25
}

/// An autosave the event loop found for the document just opened: its path and what reading it
/// gave (a scenario, or why it cannot be used).
public struct AutosaveFound: Sendable, Equatable {
    public var path: String
    public var result: Result<Scenario, LoadError>

    public init(path: String, result: Result<Scenario, LoadError>) {
        self.path = path
        self.result = result
    }
}
