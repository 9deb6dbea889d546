/// The whole placement of one plan's units: the packer (any `Packer`), checked; the placement
/// rules applied (`ConstrainedPlacement`), checked again when there are rules; the lower bound
/// with the rules' own; the spares the failover policy needs (`FailoverCheck`). When a type may
/// have at most so many replicas a host, the packer also packs with those limits kept by its own
/// stages (`PackingItemType.maximumPerBin`), and the better placement is kept (`isBetter`: the
/// failover policy holding first, then fewer hosts in all, spares included) (on a tie the first, so a plan the limits do not improve stays as it was),
/// on problems of up to `limitedPackingItems` items.
struct PlacementPipeline {
    var solution: PackingSolution
    var bound: LowerBound.Certificate
    /// The pattern relaxation's bound, when the packer solved it.
    var relaxation: PatternBound.Result?
    /// The packer's stage that produced the packing (`PackingSolution.stage`), before the rules.
    var stage: String
    var failover: FailoverCheck.Outcome

    /// Hosts in all: the packing's and the failover spares.
    var hosts: Int { NearOptimalPacker.used(solution) + failover.spares }

    static func place(
        _ problem: PackingProblem, rules: PlacementRules, policy: FailoverPolicy, packer: Packer,
        spreadWork: Int
    ) throws(InternalError) -> PlacementPipeline {
        let placed = try complete(packer(problem), problem, rules: rules, policy: policy, spreadWork: spreadWork)
        guard rules.hostLimit.contains(where: { $0 != .max }), problem.itemCount <= Self.limitedPackingItems else {
            return placed
        }
        // Measured over 300 random scenarios with host limits (`AvailabilityTests.scenario`), all
        // four plans: the limits kept by the packer need fewer hosts in 34 plans and more in 21
        // (mostly more spares: an evenly dealt packing leaves less room to take a lost host's
        // replicas), so both are tried, on problems of up to `limitedPackingItems` items (a
        // second packing costs a second packer run).
        // The rules' constructions that do not start from the packing were tried with the first.
        // The second try only ever replaces a checked placement: if it fails a check, the first stands.
        guard
            let limited = try? complete(
                packer(problem.limited(to: rules.hostLimit)), problem, rules: rules, policy: policy,
                spreadWork: spreadWork, constructions: false)
        else { return placed }
        return limited.isBetter(than: placed) ? limited : placed
    }

    /// Whether this placement beats `other`: its failover policy holds where the other's does not,
    /// or both hold (or both fail) and it needs fewer hosts in all, spares included.
    func isBetter(than other: PlacementPipeline) -> Bool {
        failover.holds != other.failover.holds ? failover.holds : hosts < other.hosts
    }

    /// The rest of the pipeline for the packer's packing `packed`.
    private static func complete(
        _ packed: PackingSolution, _ problem: PackingProblem, rules: PlacementRules, policy: FailoverPolicy,
        spreadWork: Int, constructions: Bool = true
    ) throws(InternalError) -> PlacementPipeline {
        try PackingCheck.verify(packed, problem)
        let bound = lowerBound(problem, rules, relaxation: packed.relaxationBound)
        let ruled = ConstrainedPlacement.apply(
            packed, problem, rules, lowerBound: bound.bins, spreadWork: spreadWork, constructions: constructions)
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
