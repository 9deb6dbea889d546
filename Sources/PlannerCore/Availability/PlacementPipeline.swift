/// The whole placement of one plan's units: the packer (any `Packer`), checked; the placement
/// rules applied (`ConstrainedPlacement`), checked; the lower bound with the rules' own; the
/// spares the failover policy needs (`FailoverCheck`).
struct PlacementPipeline {
    var solution: PackingSolution
    var bound: LowerBound.Certificate
    var failover: FailoverCheck.Outcome

    static func place(
        _ problem: PackingProblem, rules: PlacementRules, policy: FailoverPolicy, packer: Packer
    ) throws(InternalError) -> PlacementPipeline {
        let packed = packer(problem)
        try PackingCheck.verify(packed, problem)
        let bound = lowerBound(problem, rules)
        let solution = ConstrainedPlacement.apply(packed, problem, rules, lowerBound: bound.bins)
        try PackingCheck.verify(solution, problem)
        // Rebuilt from the solution, so the check does not trust the stage's own bookkeeping.
        let placed = RuledPacking(solution, problem, rules)
        guard !rules.hasHardRules || placed.satisfiesRules else {
            throw InternalError(
                component: "placement", reason: "internal error, the placement breaks a spread or anti-affinity rule")
        }
        let failover = FailoverCheck.spares(for: policy, placed)
        return PlacementPipeline(solution: solution, bound: bound, failover: failover)
    }

    /// The packing's lower bound (`LowerBound.certificate`), or the rules' own when higher: the
    /// hosts required spread and anti-affinity need on their own.
    static func lowerBound(_ problem: PackingProblem, _ rules: PlacementRules) -> LowerBound.Certificate {
        let bound = LowerBound.certificate(problem)
        let ruled = rules.minimumHosts(counts: problem.items.map(\.count))
        guard ruled.hosts > bound.bins, let type = ruled.type else { return bound }
        let conflicts = rules.conflicts[type].filter { problem.items[$0].count > 0 }
        return LowerBound.Certificate(
            bins: ruled.hosts,
            method: rules.hostLimit[type] != .max && conflicts.isEmpty
                ? "required spread (\(rules.names[type]))" : "anti-affinity (\(rules.names[type]))")
    }
}
