/// What changed from A to B (`vplan-tui diff A B`): per plan, each figure's two values and their
/// difference; the workloads added, removed or changed; and, between two scenarios, the settings
/// outside the workloads. Plans are deterministic (the same scenario gives the same bytes), so
/// values compare exactly, as the plan document writes them (`FigureValue.written`).
public struct PlanDiff: Sendable {
    /// One figure of one plan on both sides; nil on a side without the plan (or, for `hostType`
    /// and `hostsByType`, without a host catalog's choice).
    public struct Figure: Sendable, Equatable {
        public var figure: PlanFigure
        public var a: FigureValue?
        public var b: FigureValue?
        /// b − a; nil for names, a side without the value, or costs in two currencies.
        public var delta: FigureValue?

        public var isDifferent: Bool { a != b }
    }

    /// One plan model: its figures in `PlanFigure` order (`hostType` and `hostsByType` only when a
    /// side has them).
    public struct PlanChange: Sendable, Equatable {
        public var model: String
        public var figures: [Figure]

        public var isDifferent: Bool { figures.contains(where: \.isDifferent) }
    }

    public var a: DiffSide
    public var b: DiffSide
    /// Every plan either side has, in planner order.
    public var plans: [PlanChange]
    public var workloads: WorkloadChanges
    /// Scenario keys outside `workloads` whose values differ (`host.cpuCores`); nil unless both
    /// sides are scenarios. Each scenario's `name` and `notes` are labels and are not compared.
    public var settings: [FieldChange]?

    /// The costs are in different currencies.
    public var currencyChanged: Bool { a.currency != b.currency }

    /// Anything differs: the exit status of `diff` (1, or 0 when nothing does).
    public var isDifferent: Bool {
        currencyChanged || plans.contains(where: \.isDifferent) || !workloads.isEmpty || !(settings ?? []).isEmpty
    }

    /// Compares two sides.
    public init(_ a: DiffSide, _ b: DiffSide) {
        self.a = a
        self.b = b
        let sameCurrency = a.currency == b.currency
        let models = PlanOrder.sorted(Set(a.plans.map(\.model)).union(b.plans.map(\.model)))
        plans = models.map { model in
            Self.change(model, a.plans.first { $0.model == model }, b.plans.first { $0.model == model }, sameCurrency)
        }
        workloads = WorkloadChanges.compare(a, b)
        if let left = a.scenario, let right = b.scenario {
            settings = FieldChange.changes(Self.settings(left), Self.settings(right))
        }
    }

    private static func change(_ model: String, _ a: PlanFigures?, _ b: PlanFigures?, _ sameCurrency: Bool) -> PlanChange {
        var figures: [Figure] = []
        for figure in PlanFigure.allCases {
            let left = a?.values[figure]
            let right = b?.values[figure]
            if figure.isOptional && left == nil && right == nil { continue }
            var delta = left.flatMap { x in right.flatMap { y in FigureValue.delta(from: x, to: y) } }
            if figure == .costPerMonth && !sameCurrency { delta = nil }
            figures.append(Figure(figure: figure, a: left, b: right, delta: delta))
        }
        return PlanChange(model: model, figures: figures)
    }

    /// A scenario's document without its schema, labels, currency (compared on its own) and workloads.
    private static func settings(_ scenario: Scenario) -> JSONValue {
        guard case .object(let members) = ScenarioDocument.value(scenario) else { return .object([]) }
        let labels: Set<String> = ["schema", "name", "notes", "currency", "workloads"]
        return .object(members.filter { !labels.contains($0.0) })
    }
}
