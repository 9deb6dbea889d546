import Foundation
import Importers
import PlannerCore
import Testing

/// Test inputs from `Fixtures/`, named by their file name so that messages read as users see them.
enum Fixtures {
    static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func file(_ relativePath: String) throws -> InputFile {
        let url = root.appendingPathComponent(relativePath)
        return InputFile(name: url.lastPathComponent, data: try Data(contentsOf: url))
    }

    /// Every `.yaml` file of a fixture folder, sorted by name.
    static func folder(_ relativePath: String) throws -> [InputFile] {
        let url = root.appendingPathComponent(relativePath)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { try file("\(relativePath)/\($0)") }
    }

    static func kubernetes(
        _ paths: String..., options: KubernetesImportOptions = KubernetesImportOptions()
    ) throws -> ImportResult {
        try KubernetesImporter.run(paths.map { try file($0) }, options: options)
    }

    /// The error an import throws, or nil.
    static func kubernetesError(_ path: String) throws -> String? {
        let input = try file(path)
        do {
            _ = try KubernetesImporter.run([input])
            return nil
        } catch {
            return error.description
        }
    }

    static func text(_ string: String, name: String = "inline.yaml") -> InputFile {
        InputFile(name: name, data: Data(string.utf8))
    }
}

extension ImportResult {
    func workload(_ name: String) -> Workload? { scenario.workloads.first { $0.name == name } }

    /// Warnings that contain `fragment`.
    func warnings(containing fragment: String) -> [String] { summary.warnings.filter { $0.contains(fragment) } }
}

/// Plans a scenario with PlannerCore, as `vplan-tui validate` and `plan` do.
func expectPlans(_ scenario: Scenario, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(ScenarioValidator.errors(in: scenario).isEmpty, sourceLocation: sourceLocation)
    do {
        let plans = try Planner().plans(for: scenario)
        #expect(plans.count == PlanModel.allCases.count, sourceLocation: sourceLocation)
        let instances = scenario.workloads.reduce(0) { $0 + $1.replicas }
        if let container = plans.first(where: { $0.model == .container }) {
            #expect(container.instances == instances, sourceLocation: sourceLocation)
        }
        // The written document reads back to the same scenario.
        let reread = try ScenarioDecoder.scenario(from: ScenarioDocument.json(scenario))
        #expect(reread == scenario, sourceLocation: sourceLocation)
    } catch {
        Issue.record("planning failed: \(error)", sourceLocation: sourceLocation)
    }
}

/// Equal to 11 significant digits: scenario files keep 12, so imported values are rounded to them.
func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= abs(expected) * 1e-11
}
