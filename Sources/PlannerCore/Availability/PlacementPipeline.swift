/// The whole placement of one plan's units: the packer (any `Packer`), checked; the placement
/// rules applied (`ConstrainedPlacement`), checked again when there are rules; the lower bound
/// with the rules' own; the spares the failover policy needs (`FailoverCheck`).
struct PlacementPipeline {
    var solution: PackingSolution
    var bound: LowerBound.Certificate
    /// The pattern relaxation's bound, when the packer solved it.
    var relaxation: PatternBound.Result?
    /// The packer's stage that produced the packing (`PackingSolution.stage`), before the rules.
    var stage: String
    var failover: FailoverCheck.Outcome

    static func place(
        _ problem: PackingProblem, rules: PlacementRules, policy: FailoverPolicy, packer: Packer,
        spreadWork: Int
    ) throws(InternalError) -> PlacementPipeline {
        let packed = packer(problem)
        try PackingCheck.verify(packed, problem)
        let bound = lowerBound(problem, rules, relaxation: packed.relaxationBound)
        let ruled = ConstrainedPlacement.apply(packed, problem, rules, lowerBound: bound.bins, spreadWork: spreadWork)
        let solution = ruled.solution
        // Without rules the packing is the packer's, checked above.
        if rules.hasAnyRule { try PackingCheck.verify(solution, problem) }
        // Under hard rules rebuilt from the solution, so the check does not trust the stage's own
        // bookkeeping; else the stage's hosts when it kept them (soft spread only moves items).
        let placed = (rules.hasHardRules ? nil : ruled.hosts) ?? RuledPacking(solution, problem, rules)
        guard !rules.hasHardRules || placed.satisfiesRules else {
            throw InternalError(
                component: "placement", reason: "internal error, the placement breaks a spread or anti-affinity rule")
        }
        let failover = FailoverCheck.spares(for: policy, placed)
        return PlacementPipeline(
            solution: solution, bound: bound, relaxation: packed.relaxationBound, stage: packed.stage, failover: failover)
    }

    /// The packing's lower bound (`LowerBound.certificate`, or the pattern relaxation's when the
    /// packer solved it and it is higher), or the rules' own when higher still: the hosts required
    /// spread and anti-affinity need on their own.
    static func lowerBound(
        _ problem: PackingProblem, _ rules: PlacementRules, relaxation: PatternBound.Result? = nil
    ) -> LowerBound.Certificate {
        var bound = LowerBound.certificate(problem)
        if let relaxation, relaxation.bins > bound.bins {
            bound = LowerBound.Certificate(bins: relaxation.bins, method: relaxation.method)
        }
        let ruled = rules.minimumHosts(counts: problem.items.map(\.count))
        guard ruled.hosts > bound.bins, let type = ruled.type else { return bound }
        let conflicts = rules.conflicts[type].filter { problem.items[$0].count > 0 }
        return LowerBound.Certificate(
            bins: ruled.hosts,
            method: rules.hostLimit[type] != .max && conflicts.isEmpty
                ? "required spread (\(rules.names[type]))" : "anti-affinity (\(rules.names[type]))")
    }
}
