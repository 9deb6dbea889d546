/// How hard the packer searches, in counted steps rather than seconds, so the same problem always
/// gets the same packing whatever the machine's speed or load.
public struct PackingEffort: Sendable, Hashable {
    /// Move evaluations (one feasibility test of one candidate move) the search may spend on one
    /// problem before it keeps the best packing found.
    public var evaluations: Int
    /// The most single items the search works on: large fleets are searched in a window of their
    /// least-filled hosts, the rest keep their first-fit-decreasing packing.
    public var windowItems: Int
    /// Run the pattern relaxation over demand classes (`ClassPatterns`) on fleets of more distinct
    /// demands than `ClassPatterns.maximumClasses`: far fewer hosts there (docs/packing.md), at
    /// seconds per plan instead of well under one, so only `thorough` does. (Up to that many,
    /// the classes are the demands themselves and every effort with the budget for it runs it.)
    public var classRelaxation: Bool
    /// Checks soft spread may spend evening replicas out after the packing (`Planner.spreadWork`).
    public var spreadWork: Int

    public init(evaluations: Int, windowItems: Int, classRelaxation: Bool = false, spreadWork: Int = PackingEffort.fullSpreadWork)
    {
        self.evaluations = evaluations
        self.windowItems = windowItems
        self.classRelaxation = classRelaxation
        self.spreadWork = spreadWork
    }

    /// The checks soft spread may spend at `standard` and `thorough`, and for any planner not
    /// given an effort: enough to even out a million-instance plan's worst clusters.
    public static let fullSpreadWork = 1_000_000

    /// The planner's default: under a second per problem on one core of the benchmark machine
    /// (docs/performance.md), usually far less, since the search stops at the lower bound.
    public static let standard = PackingEffort(evaluations: 5_000_000, windowItems: 2_000)
    /// `plan --effort thorough`: the standard search plus the class relaxation for large fleets of
    /// many sizes (measured in docs/performance.md: 10,000 instances 3.8 s and 1,000,000 about
    /// 13 s for four plans, against 0.7 s and 0.9 s at `standard`).
    public static let thorough = PackingEffort(evaluations: 5_000_000, windowItems: 2_000, classRelaxation: true)
    /// For re-planning on every keystroke (the dashboard): about a millisecond per problem, and a
    /// lighter spread (25,000 checks; the spread-first construction only up to 500,000 host-item
    /// steps): the dashboard's standard pass, which follows, spreads in full.
    public static let interactive = PackingEffort(evaluations: 30_000, windowItems: 400, spreadWork: 25_000)
    /// No search: first-fit decreasing alone.
    public static let none = PackingEffort(evaluations: 0, windowItems: 0)
}
