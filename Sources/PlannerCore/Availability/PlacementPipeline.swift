/// The whole placement of one plan's units: the packer (any `Packer`), checked; the placement
/// rules applied (`ConstrainedPlacement`), checked; the lower bound with the rules' own; the
/// spares the failover policy needs (`FailoverCheck`).
struct PlacementPipeline {
    var solution: PackingSolution
    var bound: LowerBound.Certificate
    var failover: FailoverCheck.Outcome
    var rules: PlacementRules

    static func place(
        _ problem: PackingProblem, rules: PlacementRules, policy: FailoverPolicy, packer: Packer
    ) throws(InternalError) -> PlacementPipeline {
        let packed = packer(problem)
        try PackingCheck.verify(packed, problem)
        let solution = ConstrainedPlacement.apply(packed, problem, rules)
        try PackingCheck.verify(solution, problem)
        // Rebuilt from the solution, so the check does not trust the stage's own bookkeeping.
        let placed = RuledPacking(solution, problem, rules)
        guard !rules.hasHardRules || placed.satisfiesRules else {
            throw InternalError(
                component: "placement", reason: "internal error, the placement breaks a spread or anti-affinity rule")
        }
        var bound = LowerBound.certificate(problem)
        let ruled = rules.minimumHosts(counts: problem.items.map(\.count))
        if ruled.hosts > bound.bins, let type = ruled.type {
            let conflicts = rules.conflicts[type].filter { problem.items[$0].count > 0 }
            bound = LowerBound.Certificate(
                bins: ruled.hosts,
                method: rules.hostLimit[type] != .max && conflicts.isEmpty
                    ? "required spread (\(rules.names[type]))" : "anti-affinity (\(rules.names[type]))")
        }
        let failover = FailoverCheck.spares(for: policy, placed)
        return PlacementPipeline(solution: solution, bound: bound, failover: failover, rules: rules)
    }
}
