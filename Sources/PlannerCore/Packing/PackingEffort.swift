/// How hard the packer searches, in counted steps rather than seconds, so the same problem always
/// gets the same packing whatever the machine's speed or load.
public struct PackingEffort: Sendable, Hashable {
    /// Move evaluations (one feasibility test of one candidate move) the search may spend on one
    /// problem before it keeps the best packing found.
    public var evaluations: Int
    /// The most single items the search works on: large fleets are searched in a window of their
    /// least-filled hosts, the rest keep their first-fit-decreasing packing.
    public var windowItems: Int

    public init(evaluations: Int, windowItems: Int) {
        self.evaluations = evaluations
        self.windowItems = windowItems
    }

    /// The planner's default: about 0.1 to 0.5 s at most on one core of the benchmark machine
    /// (docs/performance.md), usually far less, since the search stops at the lower bound.
    public static let standard = PackingEffort(evaluations: 15_000_000, windowItems: 2_000)
    /// For re-planning on every keystroke: a few milliseconds at most.
    public static let interactive = PackingEffort(evaluations: 300_000, windowItems: 600)
    /// No search: first-fit decreasing alone.
    public static let none = PackingEffort(evaluations: 0, windowItems: 0)
}
