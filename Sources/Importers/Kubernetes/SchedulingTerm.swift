import PlannerCore

/// One pod-placement constraint vplan can express, read from a pod spec: a pod anti-affinity
/// term or a topology spread constraint over hosts or zones, whether it is hard, its skew, and
/// the pods it counts.
struct SchedulingTerm {
    /// Where the constraint comes from.
    enum Source {
        /// `affinity.podAntiAffinity` (`required…` or `preferred…` term): maxSkew 1.
        case antiAffinity
        /// An item of `topologySpreadConstraints`.
        case spreadConstraint
    }

    var source: Source
    /// The field path of the term, for warnings.
    var path: String
    var topology: Spread.Topology
    /// `requiredDuringScheduling…` or `DoNotSchedule`.
    var required: Bool
    var maxSkew: Int
    var selector: LabelSelector

    /// The spread this term asks for when it counts the workload's own pods.
    var spread: Spread { Spread(topology: topology, maxSkew: maxSkew, required: required) }

    /// `zone spread (maxSkew 1, required)`, for warnings.
    var spreadText: String { "\(topology.rawValue) spread (maxSkew \(maxSkew), \(required ? "required" : "preferred"))" }

    /// The failure domain of a `topologyKey`: hostname → host, zone (also the legacy beta label) →
    /// zone; nil for any other key (region, rack, a custom node label).
    static func topology(of key: String) -> Spread.Topology? {
        switch key {
        case "kubernetes.io/hostname": .host
        case "topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone": .zone
        default: nil
        }
    }
}
