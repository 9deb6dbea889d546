/// A scheduling construct of a manifest that the scenario cannot express (pod affinity, an
/// unknown topology key, a selector operator vplan does not evaluate, …): its field path and
/// what is left out. The importer turns each into one warning line.
struct UnexpressedConstraint: Error, Equatable {
    /// The construct's field path (`spec.template.spec.topologySpreadConstraints[1]`).
    var path: String
    /// What is not expressed and why, read after the path.
    var reason: String

    /// `<path>: <reason>`, the warning without the object's place.
    var line: String { "\(path): \(reason)" }
}
