/// The workloads one side has and the other lacks, and those whose figures differ. Two scenarios
/// compare their workloads by name, field by field; when either side is a plan document (no
/// scenario inside) only the instances each plan places per workload can be compared.
public struct WorkloadChanges: Sendable, Equatable {
    /// How deep the comparison went.
    public enum Basis: String, Sendable {
        /// Both sides are scenarios: every field of every workload.
        case scenario
        /// At least one side is a plan: instances per workload and plan (`instances.vm`, …).
        case instances
        /// A plan document without placements (`plan --summary`): workloads not compared.
        case none
    }

    /// One workload in both sides whose fields differ.
    public struct Changed: Sendable, Equatable {
        public var name: String
        public var fields: [FieldChange]
    }

    public var basis: Basis
    /// Workloads only B has, in B's order.
    public var added: [String]
    /// Workloads only A has, in A's order.
    public var removed: [String]
    public var changed: [Changed]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// The comparison both sides allow.
    static func compare(_ a: DiffSide, _ b: DiffSide) -> WorkloadChanges {
        if let left = a.scenario, let right = b.scenario { return scenarios(left, right) }
        guard let left = instances(a), let right = instances(b) else {
            return WorkloadChanges(basis: .none, added: [], removed: [], changed: [])
        }
        return byInstances(left, right)
    }

    /// Workloads by name, their fields as `vplan.scenario/v1` writes them.
    static func scenarios(_ a: Scenario, _ b: Scenario) -> WorkloadChanges {
        let left = Dictionary(a.workloads.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let right = Dictionary(b.workloads.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [Changed] = []
        for workload in a.workloads {
            guard let other = right[workload.name], other != workload else { continue }
            let fields = FieldChange.changes(ScenarioDocument.workload(workload), ScenarioDocument.workload(other))
            if !fields.isEmpty { changed.append(Changed(name: workload.name, fields: fields)) }
        }
        return WorkloadChanges(
            basis: .scenario, added: b.workloads.map(\.name).filter { left[$0] == nil },
            removed: a.workloads.map(\.name).filter { right[$0] == nil }, changed: changed)
    }

    /// A side's instances per workload name and plan model, with the workloads in first-seen
    /// order; nil when a plan lacks its placements.
    static func instances(_ side: DiffSide) -> (names: [String], counts: [String: [String: Int]])? {
        var names: [String] = side.scenario?.workloads.map(\.name) ?? []
        var counts: [String: [String: Int]] = [:]
        for plan in side.plans {
            guard let byWorkload = plan.instancesByWorkload else { return nil }
            for (name, count) in byWorkload.sorted(by: { $0.key < $1.key }) where count > 0 {
                if counts[name] == nil && !names.contains(name) { names.append(name) }
                counts[name, default: [:]][plan.model] = count
            }
        }
        return (names.filter { counts[$0] != nil }, counts)
    }

    /// Workloads by name, compared by the instances each plan places (`instances.MODEL`).
    static func byInstances(
        _ a: (names: [String], counts: [String: [String: Int]]), _ b: (names: [String], counts: [String: [String: Int]])
    ) -> WorkloadChanges {
        var changed: [Changed] = []
        for name in a.names {
            guard let left = a.counts[name], let right = b.counts[name], left != right else { continue }
            let models = PlanOrder.sorted(Set(left.keys).union(right.keys))
            let fields = models.compactMap { model -> FieldChange? in
                guard left[model] != right[model] else { return nil }
                return FieldChange(
                    key: "instances.\(model)", a: .integer(left[model] ?? 0), b: .integer(right[model] ?? 0))
            }
            changed.append(Changed(name: name, fields: fields))
        }
        return WorkloadChanges(
            basis: .instances, added: b.names.filter { a.counts[$0] == nil },
            removed: a.names.filter { b.counts[$0] == nil }, changed: changed)
    }
}

/// Plans in the order the planner computes them (`PlanModel.allCases`), unknown models after them
/// by name.
enum PlanOrder {
    static func sorted<Models: Sequence<String>>(_ models: Models) -> [String] {
        let known = PlanModel.allCases.map(\.rawValue)
        return models.sorted { x, y in
            switch (known.firstIndex(of: x), known.firstIndex(of: y)) {
            case (let i?, let j?): return i < j
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return x < y
            }
        }
    }
}
