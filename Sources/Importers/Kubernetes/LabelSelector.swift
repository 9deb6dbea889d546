import PlannerCore

/// A Kubernetes label selector as vplan evaluates it against pod templates: `matchLabels` and the
/// `matchExpressions` operators `In` and `Exists`, all of which must hold, and a term's
/// `matchLabelKeys` (pods must carry this pod's own value of each key). An empty selector (`{}`)
/// selects every pod, as Kubernetes' does.
struct LabelSelector: Hashable {
    /// One condition on a pod's labels: `key` is present and, when `values` is given, has one of them.
    struct Requirement: Hashable {
        var key: String
        /// nil for `Exists`.
        var values: [String]?
    }

    var requirements: [Requirement] = []
    /// `matchLabelKeys`: the selected pods carry the same value of each key as this pod. A key the
    /// pod template lacks (`pod-template-hash`, which the Deployment controller adds per revision)
    /// holds this workload's own pods only.
    var sameValueKeys: [String] = []

    /// Whether pods with these labels satisfy every requirement (`matchLabelKeys` aside, which a
    /// pod always satisfies for itself).
    func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { requirement in
            guard let value = labels[requirement.key] else { return false }
            return requirement.values?.contains(value) ?? true
        }
    }

    /// The selector another workload's pods must satisfy, given this pod's `own` labels: the
    /// requirements plus the value of each `matchLabelKeys` key; nil when a key is one the template
    /// lacks, so that no other workload can match.
    func forOthers(own: [String: String]) -> LabelSelector? {
        var resolved = LabelSelector(requirements: requirements)
        for key in sameValueKeys {
            guard let value = own[key] else { return nil }
            resolved.requirements.append(Requirement(key: key, values: [value]))
        }
        return resolved
    }

    /// The selector of an affinity term or spread constraint (`labelSelector`, `matchLabelKeys`),
    /// or the construct that keeps it from being expressed: no selector (which selects no pods),
    /// `mismatchLabelKeys`, an operator other than `In` and `Exists`.
    static func read(_ term: DocumentNode) throws(ScenarioError) -> Result<LabelSelector, UnexpressedConstraint> {
        if let keys = try term.sequence("mismatchLabelKeys"), !keys.isEmpty {
            return .failure(
                UnexpressedConstraint(
                    path: term.path(of: "mismatchLabelKeys"), reason: "mismatchLabelKeys is not expressed; the term is left out"))
        }
        guard let node = try term.mapping("labelSelector") else {
            return .failure(
                UnexpressedConstraint(path: term.path, reason: "has no labelSelector, so it selects no pods; not expressed"))
        }
        var selector = LabelSelector()
        for key in try term.sequence("matchLabelKeys") ?? [] { selector.sameValueKeys.append(try key.text()) }
        if let labels = try node.mapping("matchLabels") {
            for (key, _) in labels.members() where key != "<<" {
                selector.requirements.append(Requirement(key: key, values: [try labels.scalar(key) ?? ""]))
            }
        }
        for expression in try node.sequence("matchExpressions") ?? [] {
            switch try requirement(expression) {
            case .success(let requirement): selector.requirements.append(requirement)
            case .failure(let unexpressed): return .failure(unexpressed)
            }
        }
        return .success(selector)
    }

    /// One `matchExpressions` item: `In` with its values, `Exists`; any other operator is not expressed.
    private static func requirement(
        _ expression: DocumentNode
    ) throws(ScenarioError) -> Result<Requirement, UnexpressedConstraint> {
        guard expression.isMapping else { throw expression.error("expected a mapping, found \(expression.shape)") }
        guard let key = try expression.scalar("key") else { throw expression.error("missing", key: "key") }
        guard let operation = try expression.scalar("operator") else { throw expression.error("missing", key: "operator") }
        switch operation {
        case "In":
            var values: [String] = []
            for value in try expression.sequence("values") ?? [] { values.append(try value.text()) }
            return .success(Requirement(key: key, values: values))
        case "Exists":
            return .success(Requirement(key: key, values: nil))
        default:
            return .failure(
                UnexpressedConstraint(
                    path: expression.path(of: "operator"),
                    reason:
                        "operator \(operation) is not expressed (vplan evaluates matchLabels, In and Exists); the term is left out"
                ))
        }
    }
}
