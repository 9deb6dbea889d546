import ArgumentParser
import Dashboard
import Foundation
import PlannerCore
import Storage

/// `vplan-tui schema`: the documents generated from `ScenarioSchema`, the one description of the
/// scenario format: the JSON Schema on stdout, or both documents rewritten under `--docs DIR`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Print the scenario's JSON Schema, or regenerate docs/scenario.schema.json, the defaults table of docs/model.md and the key table of docs/dashboard.md."
    )

    @Option(
        name: .long,
        help: "Rewrite DIR/scenario.schema.json, the defaults table in DIR/model.md and the key table in DIR/dashboard.md.")
    var docs: String?

    func run() throws {
        try CommandFailure.exitOnError {
            guard let docs else {
                Console.out(bytes: [UInt8](SchemaDocuments.jsonSchema()))
                return
            }
            try AtomicFile.write(SchemaDocuments.jsonSchema(), to: "\(docs)/scenario.schema.json")
            let modelPath = "\(docs)/model.md"
            let model = String(decoding: try ScenarioFile.read(modelPath), as: UTF8.self)
            guard let updated = SchemaDocuments.replacingDefaultsTable(in: model, with: SchemaDocuments.defaultsTable()) else {
                throw ScenarioError(
                    file: modelPath, field: nil, reason: "has no <!-- defaults:begin … --> and <!-- defaults:end --> markers")
            }
            try AtomicFile.write(Data(updated.utf8), to: modelPath)
            let dashboardPath = "\(docs)/dashboard.md"
            let dashboard = String(decoding: try ScenarioFile.read(dashboardPath), as: UTF8.self)
            guard let keys = KeyBindings.replacingTable(in: dashboard) else {
                throw ScenarioError(
                    file: dashboardPath, field: nil, reason: "has no <!-- keys:begin … --> and <!-- keys:end --> markers")
            }
            try AtomicFile.write(Data(keys.utf8), to: dashboardPath)
            Console.error(
                "wrote \(docs)/scenario.schema.json, the defaults table of \(modelPath) and the key table of \(dashboardPath)")
        }
    }
}
