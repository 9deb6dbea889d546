import Foundation

/// Writes a scenario as a `vplan.scenario/v1` document: every field explicit (defaults included),
/// sorted keys, fixed number format. Reading it back gives the same scenario.
public enum ScenarioDocument {
    public static func json(_ scenario: Scenario) -> Data {
        var out: [UInt8] = []
        value(scenario).write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    public static func value(_ s: Scenario) -> JSONValue {
        .object(
            [
                ("schema", .string(Scenario.schemaIdentifier)),
                ("name", .string(s.name)),
                ("notes", .array(s.notes.map { .string($0) })),
                ("currency", .string(s.currency)),
            ] + ScenarioSchema.sectionValues(s) + catalog(s) + [("workloads", .array(s.workloads.map(workload)))])
    }

    /// `hostTypes` and `hostSelection`, written when the scenario has a catalog or a selection
    /// other than the default (a scenario without them reads back the same).
    static func catalog(_ s: Scenario) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if !s.hostTypes.isEmpty { members.append(("hostTypes", .array(s.hostTypes.map(\.json)))) }
        if !s.hostTypes.isEmpty || s.hostSelection != .cheapest {
            members.append(("hostSelection", .string(s.hostSelection.rawValue)))
        }
        return members
    }

    static func workload(_ w: Workload) -> JSONValue { ScenarioSchema.workload.value(w) }
}
