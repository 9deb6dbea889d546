/// Hands out names (of workloads, pods) that are unique within one scenario: the first use of a
/// name keeps it; later uses get `-2`, `-3`, … — the first suffix that is neither taken nor one of
/// the `reserved` names (names that appear elsewhere in the input keep their own name). Input
/// order decides, so the same input always gives the same names. The next suffix to try is
/// remembered per name (a suffix once taken stays taken), so n uses of one name cost linear time,
/// not quadratic.
struct UniqueNames: Sendable {
    private var taken: Set<String> = []
    private let reserved: Set<String>
    private var nextSuffix: [String: Int] = [:]

    init(reserving reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// Reserves `name` or its first free variant and returns it; `renamed` tells whether it changed.
    mutating func claim(_ name: String) -> (name: String, renamed: Bool) {
        if taken.insert(name).inserted { return (name, false) }
        var suffix = nextSuffix[name] ?? 2
        while taken.contains("\(name)-\(suffix)") || reserved.contains("\(name)-\(suffix)") { suffix += 1 }
        let unique = "\(name)-\(suffix)"
        taken.insert(unique)
        nextSuffix[name] = suffix + 1
        return (unique, true)
    }
}
