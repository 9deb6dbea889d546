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

    /// The planner's default: under a second per problem on one core of the benchmark machine
    /// (docs/performance.md), usually far less, since the search stops at the lower bound.
    public static let standard = PackingEffort(evaluations: 5_000_000, windowItems: 2_000)
    /// For re-planning on every keystroke (the dashboard): about a millisecond per problem.
    public static let interactive = PackingEffort(evaluations: 30_000, windowItems: 400)
    /// No search: first-fit decreasing alone.
    public static let none = PackingEffort(evaluations: 0, windowItems: 0)
}
