import Foundation
import TestSupport
import Testing

/// `vplan-tui import` on good inputs, end to end: the scenario it writes validates and plans, the
/// summary goes to standard error, `--output` writes atomically, and names from the input never
/// reach the terminal as control characters.
@Suite struct ImportCommandTests {
    static let fixtures = SourceTree.url("Tests/ImportersTests/Fixtures")

    /// Imports, then checks the scenario with `validate` and `plan` of the same binary.
    func importValidateAndPlan(_ arguments: [String]) throws -> (scenario: [String: Any], summary: String) {
        let imported = try CLI.run(arguments)
        #expect(imported.status == 0, "\(imported.stderr)")
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("imported.json")
        try imported.stdout.write(to: file)
        let validated = try CLI.run(["validate", file.path])
        #expect(validated.status == 0 && String(decoding: validated.stdout, as: UTF8.self) == "ok\n", "\(validated.stderr)")
        let planned = try CLI.run(["plan", "--profile", file.path])
        #expect(planned.status == 0, "\(planned.stderr)")
        let plan = try JSONSerialization.jsonObject(with: planned.stdout) as? [String: Any]
        let plans = plan?["plans"] as? [[String: Any]] ?? []
        #expect(plans.compactMap { $0["model"] as? String } == ["vm", "container", "faas", "mixed"])
        let scenario = try JSONSerialization.jsonObject(with: imported.stdout) as? [String: Any] ?? [:]
        return (scenario, imported.stderr)
    }

    @Test func kubernetesManifestsImportValidateAndPlan() throws {
        let (scenario, summary) = try importValidateAndPlan(
            ["import", "kubernetes", Self.fixtures.appendingPathComponent("real/online-boutique.yaml").path])
        #expect(scenario["schema"] as? String == "vplan.scenario/v1")
        #expect((scenario["workloads"] as? [Any])?.count == 12)
        #expect(summary.hasPrefix("imported 12 workloads, 12 instances from 1 file: "))
        #expect(summary.contains("\nskipped 12 Service: not a workload\n"))
    }

    @Test func rvtoolsExportImportsValidatesAndPlans() throws {
        let (scenario, summary) = try importValidateAndPlan(
            ["import", "rvtools", Self.fixtures.appendingPathComponent("rvtools/vinfo.csv").path])
        let workloads = scenario["workloads"] as? [[String: Any]] ?? []
        #expect(!workloads.isEmpty && workloads.allSatisfy { $0["model"] as? String == "vm" })
        #expect(summary.hasPrefix("imported \(workloads.count) workloads, "))
    }

    @Test func imageManifestsGiveKubernetesWorkloadsTheirLayers() throws {
        let oci = Self.fixtures.appendingPathComponent("oci")
        let (scenario, _) = try importValidateAndPlan([
            "import", "kubernetes", Self.fixtures.appendingPathComponent("kubernetes/images.yaml").path,
            "--images", oci.appendingPathComponent("nginx:1.27.json").path,
            oci.appendingPathComponent("redis:7.2-alpine.json").path,
        ])
        let layers = (scenario["workloads"] as? [[String: Any]] ?? []).flatMap { $0["layers"] as? [[String: Any]] ?? [] }
        #expect(layers.contains { ($0["id"] as? String)?.hasPrefix("sha256:") == true })
    }

    @Test func anEmptyManifestIsAnEmptyScenarioThatPlans() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.yaml")
        try Data("---\n# nothing here\n".utf8).write(to: empty)
        let (scenario, summary) = try importValidateAndPlan(["import", "kubernetes", empty.path])
        #expect((scenario["workloads"] as? [Any])?.isEmpty == true)
        #expect(summary.hasPrefix("imported 0 workloads, 0 instances from 1 file"))
    }

    @Test func outputIsWrittenAtomicallyAndEqualsStandardOutput() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = Self.fixtures.appendingPathComponent("real/sock-shop.yaml").path
        let target = directory.appendingPathComponent("shop.json")
        try Data("old contents\n".utf8).write(to: target)
        let written = try CLI.run(["import", "kubernetes", manifest, "--output", target.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.hasPrefix("imported "))
        let printed = try CLI.run(["import", "kubernetes", manifest])
        #expect(try Data(contentsOf: target) == printed.stdout)
        // The temporary file was renamed over the target: nothing else is left in the directory.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["shop.json"])
    }

    @Test func unwritableOutputIsOneLineAndExitOne() throws {
        let result = try CLI.run([
            "import", "rvtools", Self.fixtures.appendingPathComponent("rvtools/vinfo.csv").path,
            "--output", "/nonexistent-dir/vms.json",
        ])
        #expect(result.status == 1)
        #expect(result.stderr == "vplan: /nonexistent-dir/vms.json: cannot write: No such file or directory\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func standardInputIsAnInput() throws {
        let result = try CLI.run(
            ["import", "kubernetes", "-"], stdin: Self.fixtures.appendingPathComponent("kubernetes/statefulset.yaml"))
        #expect(result.status == 0, "\(result.stderr)")
        let scenario = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(scenario?["name"] as? String == "Imported from standard input")
    }

    @Test func imageTableAndItsWarningsGoToTheirStreams() throws {
        let result = try CLI.run(["import", "oci", Self.fixtures.appendingPathComponent("oci/manifest-list-arm.json").path])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).hasPrefix("image "))
        #expect(result.stderr.contains("has no linux/amd64 image; using linux/arm64/v8"))
    }

    /// Text from the input that only reaches messages (a resource name, a file name) is escaped.
    @Test func hostileTextIsEscapedNeverSentToTheTerminal() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = directory.appendingPathComponent("web\u{1B}]0;owned\u{07}.yaml")
        try Data(
            """
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  resources: {requests: {cpu: 1, memory: 1Gi, "gpu\\e[2J": 1}}

            """.utf8
        ).write(to: manifest)
        let result = try CLI.run(["import", "kubernetes", manifest.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.stderr.contains("asks for gpu\\u{1B}[2J, which vplan does not plan"))
        let scenario = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(scenario?["name"] as? String == "Imported from web\\u{1B}]0;owned\\u{7}.yaml")
    }
}
