import PlannerCore
import Storage

/// The autosave's bookkeeping: what the autosave file holds, what the autosave is doing (a phase),
/// and whether a failure has been reported. The reducer decides from it when to write; see
/// `AutosavePolicy`.
public struct AutosaveState: Sendable, Equatable {
    /// What the autosave file of this document holds.
    public var file: AutosaveFile = .none
    /// What the autosave is doing.
    public var phase: AutosavePhase = .idle
    /// A failed write was reported and none has succeeded since: later failures stay quiet.
    public var failing = false

    public init() {}

    /// An autosave file for this document was written (or restored) in this session.
    public var onDisk: Bool { file != .none }
}

/// What the autosave file on disk holds for the document on screen.
public enum AutosaveFile: Sendable, Equatable {
    /// No autosave of this session.
    case none
    /// The scenario of this revision.
    case holds(revision: Int)
}

/// A change not yet in the autosave file: the revision last seen by the clock ticks and when it
/// was first seen (the idle timer), and when the oldest unwritten change was seen (the deadline).
public struct PendingChange: Sendable, Equatable {
    public var revision: Int
    public var seenAt: Double
    public var since: Double

    public init(revision: Int, seenAt: Double, since: Double) {
        self.revision = revision
        self.seenAt = seenAt
        self.since = since
    }

    /// The change as of `revision` at `now`: a new revision restarts the idle timer, never the deadline.
    func seen(_ revision: Int, at now: Double) -> PendingChange {
        revision == self.revision ? self : PendingChange(revision: revision, seenAt: now, since: since)
    }
}

/// What the autosave is doing: one phase at a time.
public enum AutosavePhase: Sendable, Equatable {
    /// Nothing waits to be written.
    case idle
    /// A change waits for the scenario to be left alone (or for the deadline).
    case waiting(PendingChange)
    /// Revision `revision` is being written, asked for at `startedAt`; `pending` is the change it
    /// writes (nil for the flush at a signal).
    case writing(revision: Int, startedAt: Double, pending: PendingChange?)
    /// The last write failed: no new attempt before `retryAt`.
    case retrying(PendingChange, retryAt: Double)
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
