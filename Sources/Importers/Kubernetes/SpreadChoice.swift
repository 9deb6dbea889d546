/// The one spread a workload keeps when several constraints count its own pods: required before
/// preferred, host before zone, then the smallest skew, then the first written. The others are
/// dropped, except those that ask for the very spread kept.
enum SpreadChoice {
    static func choose(_ candidates: [SchedulingTerm]) -> (kept: SchedulingTerm?, dropped: [SchedulingTerm]) {
        let ranked = candidates.enumerated().sorted { rank($0.element, $0.offset) < rank($1.element, $1.offset) }
        guard let kept = ranked.first?.element else { return (nil, []) }
        let dropped = ranked.dropFirst().map(\.element).filter { $0.spread != kept.spread }
        return (kept, dropped)
    }

    /// Smaller is preferred.
    private static func rank(_ term: SchedulingTerm, _ offset: Int) -> (Int, Int, Int, Int) {
        (term.required ? 0 : 1, term.topology == .host ? 0 : 1, term.maxSkew, offset)
    }
}
