import PlannerCore

/// Colours and labels of the four plans, in the planner's order.
enum PlanStyle {
    static func role(_ model: PlanModel) -> ColorRole {
        switch model {
        case .vm: return .vm
        case .container: return .container
        case .faas: return .faas
        case .mixed: return .mixed
        }
    }

    static func style(_ model: PlanModel) -> Style { Style(role(model), bold: true) }

    /// The plan's style, muted when the plans shown are stale (the scenario on screen cannot be
    /// planned and these are an earlier edit's).
    static func style(_ model: PlanModel, stale: Bool) -> Style { stale ? Style(.muted) : style(model) }

    /// The row label, with a pointer in front of the plan whose detail is shown.
    static func label(_ model: PlanModel, selected: Bool, glyphs: Glyphs) -> String {
        (selected ? glyphs.pointer : " ") + model.rawValue
    }

    /// Every warning of every plan, prefixed with its plan, without repeats.
    static func warnings(_ plans: [Plan]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for plan in plans {
            for warning in plan.warnings where seen.insert(warning).inserted {
                out.append("\(plan.model.rawValue): \(warning)")
            }
        }
        return out
    }
}
