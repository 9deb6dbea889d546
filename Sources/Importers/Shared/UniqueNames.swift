/// Hands out names (of workloads, pods) that are unique within one scenario: the first use of a
/// name keeps it; later uses get `-2`, `-3`, … — the first suffix that is neither taken nor one of
/// the `reserved` names (names that appear elsewhere in the input keep their own name). Input
/// order decides, so the same input always gives the same names.
struct UniqueNames: Sendable {
    private var taken: Set<String> = []
    private let reserved: Set<String>

    init(reserving reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// Reserves `name` or its first free variant and returns it; `renamed` tells whether it changed.
    mutating func claim(_ name: String) -> (name: String, renamed: Bool) {
        if taken.insert(name).inserted { return (name, false) }
        var suffix = 2
        while taken.contains("\(name)-\(suffix)") || reserved.contains("\(name)-\(suffix)") { suffix += 1 }
        let unique = "\(name)-\(suffix)"
        taken.insert(unique)
        return (unique, true)
    }
}
