/// Hands out workload (or pod) names that are unique within one scenario: the first use of a name
/// keeps it; later uses get `-2`, `-3`, … (the first suffix not yet taken), in input order, so the
/// same input always gives the same names.
struct UniqueNames: Sendable {
    private var taken: Set<String> = []

    /// Reserves `name` or its first free variant and returns it; `renamed` tells whether it changed.
    mutating func claim(_ name: String) -> (name: String, renamed: Bool) {
        if taken.insert(name).inserted { return (name, false) }
        var suffix = 2
        while taken.contains("\(name)-\(suffix)") { suffix += 1 }
        let unique = "\(name)-\(suffix)"
        taken.insert(unique)
        return (unique, true)
    }

    /// True when `name` is already used.
    func contains(_ name: String) -> Bool { taken.contains(name) }
}
