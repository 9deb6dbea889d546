import Foundation

/// Reads what `diff` compares from a `vplan.plan/v1` document (`vplan-tui plan` output): each
/// plan's figures and, from its placements, the instances per workload. Keys it does not compare
/// are ignored, so documents with more members (a host catalog's `alternatives`) read too.
/// Errors name the field (`plans[1].memory.overheadMiB`) and the reason.
public enum PlanFileReader {
    /// True when the document's top-level `schema` names a plan (`vplan.plan/…`), whatever its
    /// version: such a file is read as a plan, never as a scenario.
    public static func isPlanDocument(_ data: Data) -> Bool {
        guard let probe = try? JSONDecoder().decode(SchemaProbe.self, from: data) else { return false }
        return probe.schema?.hasPrefix("vplan.plan/") == true
    }

    /// The plan document's figures: its scenario's name, its currency and one entry per plan.
    public static func read(_ data: Data) throws(ScenarioError) -> (scenario: String?, currency: String, plans: [PlanFigures]) {
        try JSONInput.check(data)
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw Self.error(error)
        }
        guard document.schema == PlanDocument.schemaIdentifier else {
            throw ScenarioError(
                field: "schema",
                reason:
                    "\"\(TerminalText.escaped(document.schema))\" is not a plan schema this version reads (\(PlanDocument.schemaIdentifier))"
            )
        }
        return (document.scenario, document.currency, document.plans.map(\.figures))
    }

    /// A decoding failure as one field and one reason.
    private static func error(_ error: Error) -> ScenarioError {
        func path(_ codingPath: [CodingKey], _ key: CodingKey? = nil) -> String {
            let text = FieldText.string(codingPath + (key.map { [$0] } ?? []))
            return text.isEmpty ? "(top level)" : text
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return ScenarioError(field: path(context.codingPath, key), reason: "is missing")
        case DecodingError.valueNotFound(let type, let context):
            return ScenarioError(field: path(context.codingPath), reason: "is null; expected \(expected(type))")
        case DecodingError.typeMismatch(let type, let context):
            return ScenarioError(field: path(context.codingPath), reason: "expected \(expected(type))")
        case DecodingError.dataCorrupted(let context):
            return ScenarioError(field: path(context.codingPath), reason: context.debugDescription)
        default:
            return ScenarioError(field: nil, reason: "not a plan document: \(error)")
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is [Any].Type: return "a list"
        default: return "an object"
        }
    }

    private struct SchemaProbe: Decodable {
        var schema: String?
    }

    /// The members of `vplan.plan/v1` that `diff` reads.
    private struct Document: Decodable {
        var schema: String
        var currency: String
        var scenario: String?
        var plans: [Entry]
    }

    private struct Entry: Decodable {
        struct Memory: Decodable {
            var workloadMiB: Double
            var overheadMiB: Double
            var overheadFraction: Double
        }
        struct Transfer: Decodable {
            var rolloutMiB: Double
            var rolloutSeconds: Double
        }
        struct Boot: Decodable { var readySeconds: Double }
        struct Cost: Decodable { var perMonth: Double }
        struct Placement: Decodable { var instances: [Instance] }
        struct Instance: Decodable { var workload: String }
        struct TypeCount: Decodable {
            var hostType: String
            var hosts: Int
        }

        var model: String
        var hosts: Int
        var lowerBoundHosts: Int
        var memory: Memory
        var transfer: Transfer
        var boot: Boot
        var cost: Cost
        var hostType: String?
        var hostsByType: [TypeCount]?
        var placements: [Placement]?

        var figures: PlanFigures {
            var values: [PlanFigure: FigureValue] = [
                .hosts: .count(hosts), .lowerBoundHosts: .count(lowerBoundHosts), .costPerMonth: .written(cost.perMonth),
                .workloadMiB: .written(memory.workloadMiB), .overheadMiB: .written(memory.overheadMiB),
                .overheadFraction: .written(memory.overheadFraction), .rolloutMiB: .written(transfer.rolloutMiB),
                .rolloutSeconds: .written(transfer.rolloutSeconds), .readySeconds: .written(boot.readySeconds),
            ]
            if let hostType { values[.hostType] = .text(hostType) }
            if let mix = PlanFigure.mix((hostsByType ?? []).map { ($0.hostType, $0.hosts) }) { values[.hostsByType] = mix }
            let instances = placements.map { placements in
                placements.reduce(into: [String: Int]()) { counts, placement in
                    for instance in placement.instances { counts[instance.workload, default: 0] += 1 }
                }
            }
            return PlanFigures(model: model, values: values, instancesByWorkload: instances)
        }
    }
}
