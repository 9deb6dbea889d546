import Foundation
import TestSupport
import Testing

/// `vplan-tui diff` end to end: its output, and its exit status as diff(1)'s (0 same, 1 different, 2 error).
@Suite struct DiffCommandTests {
    /// The online shop with one more postgres replica, written to a file.
    func onePostgresMore(in directory: URL) throws -> URL {
        let data = try Data(contentsOf: SourceTree.url("Profiles/online-shop.json"))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var workloads = try #require(object["workloads"] as? [[String: Any]])
        let index = try #require(workloads.firstIndex { $0["name"] as? String == "postgres" })
        workloads[index]["replicas"] = (workloads[index]["replicas"] as? Int ?? 1) + 1
        object["workloads"] = workloads
        let url = directory.appendingPathComponent("more.json")
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return url
    }

    @Test func theSameScenarioExitsZeroAndPrintsNothing() throws {
        let shop = SourceTree.url("Profiles/online-shop.json").path
        let same = try CLI.run(["diff", "online-shop", shop])
        #expect(same.status == 0 && same.stdout.isEmpty && same.stderr.isEmpty)
        let json = try CLI.run(["diff", "online-shop", shop, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        #expect(object?["different"] as? Bool == false && object?["schema"] as? String == "vplan.diff/v1")
    }

    @Test func oneReplicaMoreExitsOneWithTheDeltas() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let more = try onePostgresMore(in: directory)
        let result = try CLI.run(["diff", "online-shop", more.path])
        #expect(result.status == 1 && result.stderr.isEmpty)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first == "a: Profiles/online-shop.json (scenario \"Online shop\")")
        #expect(lines.contains { $0.hasPrefix("vm ") && $0.contains(" hosts ") && $0.hasSuffix(" 4          5        +1") })
        #expect(lines.contains("  changed  postgres: replicas 3 → 4"))
    }

    @Test func plansAndScenariosMixOnEitherSideAndStandardInput() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let more = try onePostgresMore(in: directory)
        let planA = directory.appendingPathComponent("a.plan.json")
        let planB = directory.appendingPathComponent("b.plan.json")
        #expect(try CLI.run(["plan", "-p", "online-shop", "-o", planA.path]).status == 0)
        #expect(try CLI.run(["plan", "-p", more.path, "-o", planB.path]).status == 0)
        #expect(try CLI.run(["diff", "online-shop", planA.path]).status == 0)
        #expect(try CLI.run(["diff", "-", "online-shop"], stdin: planA).status == 0)
        let plans = try CLI.run(["diff", planA.path, "-", "-f", "json"], stdin: planB)
        #expect(plans.status == 1)
        let object = try JSONSerialization.jsonObject(with: plans.stdout) as? [String: Any]
        let workloads = object?["workloads"] as? [String: Any]
        #expect(workloads?["basis"] as? String == "instances")
        #expect((object?["b"] as? [String: Any])?["source"] as? String == "<stdin>")
        let mixed = try CLI.run(["diff", more.path, planA.path])
        #expect(mixed.status == 1)
        #expect(String(decoding: mixed.stdout, as: UTF8.self).contains("changed  postgres: instances.vm 4 → 3"))
    }

    @Test(arguments: [
        (["diff", "online-shop"], "Error: Missing expected argument '<b>'"),
        (["diff", "online-shop", "online-shop", "--bogus"], "Error: Unknown option '--bogus'"),
        (["diff", "online-shop", "online-shop", "--format", "csv"], "Error: The value 'csv' is invalid for '--format <format>'"),
        (["diff", "-", "-"], "vplan: <stdin>: standard input (-) can be read only once"),
        (["diff", "no-such-file.json", "online-shop"], "vplan: no-such-file.json: no such file"),
    ])
    func errorsExitTwo(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func aBadFileIsOneLineNamingTheFileAndTheField() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("bad.plan.json")
        try Data(#"{"schema": "vplan.plan/v1", "currency": "USD", "plans": [{"model": "vm", "hosts": "four"}]}"#.utf8).write(
            to: plan)
        let result = try CLI.run(["diff", "online-shop", plan.path])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "vplan: \(plan.path): plans[0].hosts: expected a whole number\n")
        let scenario = directory.appendingPathComponent("bad.json")
        try Data(#"{"workloads": [{"name": "a", "cpuCores": -1, "memoryMiB": 1}]}"#.utf8).write(to: scenario)
        let invalid = try CLI.run(["diff", scenario.path, "online-shop"])
        #expect(invalid.status == 2 && invalid.stderr.hasPrefix("vplan: \(scenario.path): workloads[0].cpuCores: "))
        #expect(invalid.stderr.split(separator: "\n").count == 1)
    }
}
