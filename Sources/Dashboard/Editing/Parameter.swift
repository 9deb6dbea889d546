import PlannerCore

/// A row of the parameter pane: the scenario's name, or one of the host, registry and model
/// parameters that `ScenarioSchema` describes (in its order). The raw value is the field path the
/// validator uses, so its messages match the row.
public struct Parameter: Sendable, Hashable {
    /// What kind of value it holds.
    public enum Kind: Sendable, Equatable {
        case text
        case real(QuantityUnit)
        case count
        case toggle
        /// One of a few names (`vm.hypervisor`).
        case choice([String])
    }

    /// The schema's field; nil for the scenario's name.
    public let field: ScenarioField?

    /// The scenario's name, first in the pane.
    public static let name = Parameter(field: nil)

    /// Every row of the pane, in order.
    public static let allCases: [Parameter] = [.name] + ScenarioSchema.parameters.map { Parameter(field: $0) }

    /// The parameter at a field path (`host.cpuCores`; `name` for the scenario's name).
    public static func named(_ path: String) -> Parameter {
        guard path != "name" else { return .name }
        guard let field = ScenarioSchema.parameter(path) else { preconditionFailure("no parameter \(path)") }
        return Parameter(field: field)
    }

    /// The field path (`host.cpuCores`), as validation messages name it.
    public var rawValue: String { field?.path ?? "name" }

    /// The heading it is listed under.
    public var group: String { field?.group ?? "Scenario" }

    /// Its name in the pane.
    public var label: String { field?.label ?? "name" }

    public var kind: Kind {
        guard let field else { return .text }
        switch field.kind {
        case .count: return .count
        case .flag: return .toggle
        case .choice(let options): return .choice(options)
        case .number(let unit): return .real(QuantityUnit(unit))
        }
    }

    /// What `+` and `-` add or take away (0 for values that toggle or cycle instead).
    public var step: Double { field?.step ?? 0 }

    /// The numeric value (counts as Double, toggles as 0 or 1); nil for text and choices.
    public func number(in s: Scenario) -> Double? { field?.number(in: s) }

    /// Sets a numeric value; counts must already be whole numbers within Int's range.
    public func setNumber(_ value: Double, in s: inout Scenario) { field?.setNumber(value, in: &s) }
}

extension QuantityUnit {
    /// How the dashboard shows and parses a number in a schema unit.
    init(_ unit: FieldUnit) {
        switch unit {
        case .cores: self = .cores
        case .gib: self = .gib
        case .mib: self = .mib
        case .gbps: self = .gbps
        case .money: self = .money
        case .factor: self = .factor
        case .fraction: self = .fraction
        case .seconds: self = .seconds
        case .count, .plain, .none: self = .plain
        }
    }
}
