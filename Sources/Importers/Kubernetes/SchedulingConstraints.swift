import PlannerCore

/// The pod-placement constraints of one pod spec (`affinity.podAntiAffinity`,
/// `affinity.podAffinity`, `topologySpreadConstraints`): the terms the scenario can express and
/// the constructs it cannot. A missing required field (`topologyKey`, `maxSkew`) or a wrong shape
/// is an error naming the field, as the API server would refuse the manifest.
struct SchedulingConstraints {
    var terms: [SchedulingTerm] = []
    var unexpressed: [UnexpressedConstraint] = []

    /// Reads a pod spec's constraints; `namespace` is the object's, which its terms may not reach past.
    static func read(_ spec: DocumentNode, namespace: String?) throws(ScenarioError) -> SchedulingConstraints {
        var result = SchedulingConstraints()
        if let affinity = try spec.mapping("affinity") {
            if let anti = try affinity.mapping("podAntiAffinity") { try result.readAntiAffinity(anti, namespace: namespace) }
            if let positive = try affinity.mapping("podAffinity") { try result.readPodAffinity(positive) }
        }
        for constraint in try spec.sequence("topologySpreadConstraints") ?? [] {
            try result.readSpreadConstraint(constraint)
        }
        return result
    }

    /// `podAntiAffinity`: its required terms, and the `podAffinityTerm` of each preferred item.
    private mutating func readAntiAffinity(_ node: DocumentNode, namespace: String?) throws(ScenarioError) {
        for term in try node.sequence("requiredDuringSchedulingIgnoredDuringExecution") ?? [] {
            try readAntiAffinityTerm(term, path: term.path, required: true, namespace: namespace)
        }
        for item in try node.sequence("preferredDuringSchedulingIgnoredDuringExecution") ?? [] {
            guard item.isMapping else { throw item.error("expected a mapping, found \(item.shape)") }
            guard let term = try item.mapping("podAffinityTerm") else { throw item.error("missing", key: "podAffinityTerm") }
            try readAntiAffinityTerm(term, path: item.path, required: false, namespace: namespace)
        }
    }

    /// One anti-affinity term: a term over hosts or zones of the pod's own namespace, or what keeps
    /// it from being one.
    private mutating func readAntiAffinityTerm(
        _ term: DocumentNode, path: String, required: Bool, namespace: String?
    ) throws(ScenarioError) {
        guard term.isMapping else { throw term.error("expected a mapping, found \(term.shape)") }
        guard let key = try term.scalar("topologyKey") else { throw term.error("missing", key: "topologyKey") }
        guard let topology = SchedulingTerm.topology(of: key) else {
            unexpressed.append(Self.unknownTopology(key, path: path))
            return
        }
        if let reach = try Self.namespaceReach(term, path: path, namespace: namespace) {
            unexpressed.append(reach)
            return
        }
        switch try LabelSelector.read(term) {
        case .success(let selector):
            terms.append(
                SchedulingTerm(
                    source: .antiAffinity, path: path, topology: topology, required: required, maxSkew: 1, selector: selector))
        case .failure(let problem): unexpressed.append(problem)
        }
    }

    /// `podAffinity` (pods drawn together): every term is reported, the scenario has no such key.
    private mutating func readPodAffinity(_ node: DocumentNode) throws(ScenarioError) {
        let kinds = ["requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution"]
        for kind in kinds {
            for term in try node.sequence(kind) ?? [] {
                unexpressed.append(
                    UnexpressedConstraint(
                        path: term.path,
                        reason: "pod affinity is not expressed (the scenario has anti-affinity only; a pod's containers are "
                            + "placed together already)"))
            }
        }
    }

    /// One `topologySpreadConstraints` item: `whenUnsatisfiable` (default `DoNotSchedule`) says
    /// whether it is required; `minDomains` is reported and the spread kept without it;
    /// `nodeAffinityPolicy` and `nodeTaintsPolicy` change nothing on vplan's uniform hosts.
    private mutating func readSpreadConstraint(_ node: DocumentNode) throws(ScenarioError) {
        guard node.isMapping else { throw node.error("expected a mapping, found \(node.shape)") }
        guard let key = try node.scalar("topologyKey") else { throw node.error("missing", key: "topologyKey") }
        guard let maxSkew = try node.count("maxSkew", maximum: Limits.maximumInstances) else {
            throw node.error("missing", key: "maxSkew")
        }
        guard maxSkew >= 1 else { throw node.error("must be at least 1 (got 0)", key: "maxSkew") }
        let when = try node.scalar("whenUnsatisfiable") ?? "DoNotSchedule"
        guard when == "DoNotSchedule" || when == "ScheduleAnyway" else {
            throw node.error("expected DoNotSchedule or ScheduleAnyway, found \"\(when)\"", key: "whenUnsatisfiable")
        }
        guard let topology = SchedulingTerm.topology(of: key) else {
            unexpressed.append(Self.unknownTopology(key, path: node.path))
            return
        }
        switch try LabelSelector.read(node) {
        case .success(let selector):
            terms.append(
                SchedulingTerm(
                    source: .spreadConstraint, path: node.path, topology: topology, required: when == "DoNotSchedule",
                    maxSkew: maxSkew, selector: selector))
            if let minDomains = try node.scalar("minDomains") {
                unexpressed.append(
                    UnexpressedConstraint(
                        path: node.path(of: "minDomains"),
                        reason: "minDomains \(minDomains) is not expressed; the spread is kept without it"))
            }
        case .failure(let problem): unexpressed.append(problem)
        }
    }

    /// A term over another failure domain than hosts and zones.
    private static func unknownTopology(_ key: String, path: String) -> UnexpressedConstraint {
        UnexpressedConstraint(
            path: path, reason: "topologyKey \(key) is not expressed (vplan spreads over hosts and zones only)")
    }

    /// A term that counts pods of other namespaces too: any `namespaceSelector` (`{}` is every
    /// namespace), or `namespaces` naming one other than the object's. Nil when it stays inside.
    private static func namespaceReach(
        _ term: DocumentNode, path: String, namespace: String?
    ) throws(ScenarioError) -> UnexpressedConstraint? {
        if term.member("namespaceSelector") != nil {
            return UnexpressedConstraint(
                path: path, reason: "a namespaceSelector reaches pods of other namespaces; the term is not expressed")
        }
        var outside: [String] = []
        for name in try term.sequence("namespaces") ?? [] {
            let text = try name.text()
            if text != namespace { outside.append(text) }
        }
        guard !outside.isEmpty else { return nil }
        return UnexpressedConstraint(
            path: path,
            reason: "namespaces names \(outside.joined(separator: ", ")), outside the object's namespace; "
                + "the term is not expressed")
    }
}
