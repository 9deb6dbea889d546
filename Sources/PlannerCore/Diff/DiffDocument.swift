import Foundation

/// The `vplan.diff/v1` document `diff --format json` writes (docs/diff.md): both sides, every
/// plan's figures as `{"a", "b", "delta"}`, the workload and settings changes, and `different`.
/// Keys sorted, numbers in the plan document's format: the same inputs give the same bytes.
public enum DiffDocument {
    public static let schemaIdentifier = "vplan.diff/v1"

    /// The document as JSON text (pretty-printed, ending with a newline).
    public static func json(_ diff: PlanDiff) -> Data {
        var out: [UInt8] = []
        value(diff).write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    public static func value(_ diff: PlanDiff) -> JSONValue {
        .object([
            ("schema", .string(schemaIdentifier)),
            ("a", side(diff.a)),
            ("b", side(diff.b)),
            ("plans", .array(diff.plans.map(plan))),
            ("workloads", workloads(diff.workloads)),
            ("settings", diff.settings.map { .array($0.map(field)) } ?? .null),
            ("different", .bool(diff.isDifferent)),
        ])
    }

    private static func side(_ side: DiffSide) -> JSONValue {
        .object([
            ("source", .string(side.source)),
            ("kind", .string(side.kind.rawValue)),
            ("scenario", side.scenarioName.map(JSONValue.string) ?? .null),
            ("currency", .string(side.currency)),
        ])
    }

    private static func plan(_ plan: PlanDiff.PlanChange) -> JSONValue {
        .object(
            [("model", .string(plan.model)), ("different", .bool(plan.isDifferent))]
                + plan.figures.map { figure in
                    (
                        figure.figure.rawValue,
                        .object([
                            ("a", figure.a?.json ?? .null), ("b", figure.b?.json ?? .null),
                            ("delta", figure.delta?.json ?? .null),
                        ])
                    )
                })
    }

    private static func workloads(_ changes: WorkloadChanges) -> JSONValue {
        .object([
            ("basis", .string(changes.basis.rawValue)),
            ("added", .array(changes.added.map(JSONValue.string))),
            ("removed", .array(changes.removed.map(JSONValue.string))),
            (
                "changed",
                .array(
                    changes.changed.map { change in
                        .object([("name", .string(change.name)), ("fields", .array(change.fields.map(field)))])
                    })
            ),
        ])
    }

    private static func field(_ change: FieldChange) -> JSONValue {
        .object([("key", .string(change.key)), ("a", change.a ?? .null), ("b", change.b ?? .null)])
    }
}
