/// A one-line message for the status line: what just happened, or what went wrong, and which part
/// of the dashboard said it.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case info
        case warning
        case error
    }

    /// The part of the dashboard a message comes from. The reducer decides by it (an edit's message
    /// gains the host counts it moved), never by the message's text.
    public enum Origin: String, Sendable, Equatable, CaseIterable {
        /// A change to the scenario (an edit, a step, undo, redo).
        case edit
        /// Save, export, open and their results.
        case file
        /// The autosave.
        case autosave
        /// Moving around, finding, sorting, explaining.
        case view
        /// The program itself (quit, cancel, help).
        case program
    }

    public var text: String
    public var kind: Kind
    public var origin: Origin
    /// For an edit: the plans whose host count it moved (`vm 2→3`), added once the new plans arrive.
    public var hostChange: String?

    public init(_ text: String, kind: Kind = .info, origin: Origin) {
        self.text = text
        self.kind = kind
        self.origin = origin
    }

    /// The line shown: the text, then the host counts an edit moved.
    public var line: String { hostChange.map { "\(text) → hosts \($0)" } ?? text }

    public static func edit(_ text: String, kind: Kind = .info) -> StatusMessage { .init(text, kind: kind, origin: .edit) }
    public static func file(_ text: String, kind: Kind = .info) -> StatusMessage { .init(text, kind: kind, origin: .file) }
    public static func autosave(_ text: String, kind: Kind = .info) -> StatusMessage {
        .init(text, kind: kind, origin: .autosave)
    }
    public static func view(_ text: String, kind: Kind = .info) -> StatusMessage { .init(text, kind: kind, origin: .view) }
    public static func program(_ text: String, kind: Kind = .info) -> StatusMessage {
        .init(text, kind: kind, origin: .program)
    }
}

/// Every status message of the session, oldest first, so a message that was replaced before it
/// could be read is still there (`L` shows the log). Bounded: the oldest go first.
public struct MessageLog: Sendable, Equatable {
    /// The most messages kept.
    public static let limit = 1_000

    public private(set) var entries: [StatusMessage] = []
    /// Messages dropped off the front (so entry numbers stay those of the session).
    public private(set) var dropped = 0

    public init() {}

    /// Records a message shown; an edit's message that only gained its host change replaces itself.
    public mutating func record(_ message: StatusMessage) {
        if var last = entries.last, last.text == message.text, last.origin == message.origin, last.hostChange == nil {
            last.hostChange = message.hostChange
            last.kind = message.kind
            entries[entries.count - 1] = last
            return
        }
        entries.append(message)
        if entries.count > Self.limit {
            dropped += entries.count - Self.limit
            entries.removeFirst(entries.count - Self.limit)
        }
    }
}
