import Foundation
import Storage
import TestSupport
import Testing

@testable import PlannerCore

@Suite struct OutputTests {
    @Test(arguments: [
        (438_681.60000000003, "438681.6"), (3.0, "3"), (-2.0, "-2"), (0.1 + 0.2, "0.3"), (1e-5 / 3, "3.33333333333e-06"),
        (1e20, "1e+20"), (0.0000166667, "1.66667e-05"), (Double.nan, "0"), (Double.infinity, "0"), (2.5, "2.5"),
    ])
    func numbersHaveOneFixedFormat(value: Double, text: String) {
        #expect(JSONNumber.format(value) == text)
    }

    @Test func objectKeysAreSortedAndStringsEscaped() {
        let value = JSONValue.object([("b", .integer(1)), ("a", .string("x\"\\\n\u{1B}")), ("c", .array([.bool(true), .null]))])
        #expect(value.serialized() == #"{"a":"x\"\\\n\u001b","b":1,"c":[true,null]}"#)
    }

    @Test func terminalTextEscapesControlAndBidiCharacters() {
        #expect(TerminalText.escaped("plain name ✓ 名前") == "plain name ✓ 名前")
        #expect(TerminalText.escaped("a\u{1B}[31mred") == "a\\u{1B}[31mred")
        #expect(TerminalText.escaped("\u{1B}]52;c;ZXZpbA==\u{07}") == "\\u{1B}]52;c;ZXZpbA==\\u{7}")
        #expect(TerminalText.escaped("x\u{9B}y\u{202E}z") == "x\\u{9B}y\\u{202E}z")
        #expect(TerminalText.containsUnsafe("tab\there"))
        #expect(!TerminalText.containsUnsafe("ok"))
    }

    @Test func duplicateKeysAreFoundAtAnyDepthButNotAcrossObjects() {
        #expect(DuplicateKeys.first(in: Array(#"{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}"#.utf8)) == nil)
        let nested = DuplicateKeys.first(in: Array("{\"w\": [{\"x\": 1,\n \"x\": 2}]}".utf8))
        #expect(nested?.description == #"line 2, column 2: duplicate key "x" in one object"#)
        // A string value equal to a key is not a key.
        #expect(DuplicateKeys.first(in: Array(#"{"a": "a", "b": ["a", "a"]}"#.utf8)) == nil)
        // Escaped quotes inside keys do not end them.
        #expect(DuplicateKeys.first(in: Array(#"{"a\"b": 1, "a\"b": 2}"#.utf8)) != nil)
    }

    @Test func byteCountIsTheStreamedLengthAndSummaryLeavesOutOnlyPlacements() throws {
        let scenario = try BundledProfiles.scenario(named: "online-shop")
        let plans = try Planner().plans(for: scenario)
        let full = PlanDocument.json(scenario: scenario, plans: plans)
        #expect(PlanDocument.byteCount(scenario: scenario, plans: plans) == full.count)
        var summary: [UInt8] = []
        PlanDocument.stream(scenario: scenario, plans: plans, placements: false) { (chunk: [UInt8]) in summary += chunk }
        #expect(PlanDocument.byteCount(scenario: scenario, plans: plans, placements: false) == summary.count)
        let tree = try JSONSerialization.jsonObject(with: Data(summary)) as? [String: Any]
        let fullTree = try JSONSerialization.jsonObject(with: full) as? [String: Any]
        var stripped = (fullTree?["plans"] as? [[String: Any]] ?? []).map { plan in plan.filter { $0.key != "placements" } }
        #expect(NSArray(array: stripped).isEqual(to: tree?["plans"] as? [[String: Any]] ?? []))
        stripped.removeAll()
    }
}

/// The committed documents are what the schema generates (`vplan-tui schema --docs docs`).
@Suite struct SchemaDocumentTests {
    @Test func theCommittedJSONSchemaIsGenerated() throws {
        let committed = try Data(contentsOf: SourceTree.url("docs/scenario.schema.json"))
        #expect(committed == SchemaDocuments.jsonSchema(), "docs/scenario.schema.json drifted: run vplan-tui schema --docs docs")
    }

    @Test func theCommittedDefaultsTableIsGenerated() throws {
        let model = try String(contentsOf: SourceTree.url("docs/model.md"), encoding: .utf8)
        let regenerated = SchemaDocuments.replacingDefaultsTable(in: model, with: SchemaDocuments.defaultsTable())
        #expect(regenerated == model, "the defaults table of docs/model.md drifted: run vplan-tui schema --docs docs")
    }

    @Test func everyKeyOfTheSchemaDecodesAndEncodes() throws {
        // Each key of each section, given alone, is read into its field and written back.
        let document = String(decoding: ScenarioDocument.json(try BundledProfiles.scenario(named: "online-shop")), as: UTF8.self)
        for field in ScenarioSchema.parameters where !field.isOptional {
            #expect(document.contains("\"\(field.key)\""), "\(field.path) is not written")
        }
        // An optional key is written only when set, and then read back as set.
        for field in ScenarioSchema.parameters where field.isOptional {
            var scenario = try BundledProfiles.scenario(named: "online-shop")
            field.clearNumber(in: &scenario)
            #expect(!String(decoding: ScenarioDocument.json(scenario), as: UTF8.self).contains("\"\(field.key)\""))
            field.setNumber(1.5, in: &scenario)
            let written = ScenarioDocument.json(scenario)
            #expect(String(decoding: written, as: UTF8.self).contains("\"\(field.key)\": 1.5"), "\(field.path)")
            #expect(field.number(in: try ScenarioDecoder.scenario(from: written)) == 1.5, "\(field.path)")
        }
        for field in ScenarioSchema.workload.fields {
            guard field.required || field.key == "layers" || field.key == "stateful" || field.key == "replicas" else { continue }
            #expect(document.contains("\"\(field.key)\""), "workload \(field.key) is not written")
        }
    }

    @Test func aRangeComesFromTheTable() throws {
        for field in ScenarioSchema.parameters {
            guard let bounds = field.bounds else { continue }
            var scenario = Scenario(workloads: [Workload(name: "a", cpuCores: 1, memoryMiB: 64)])
            field.setNumber(bounds.upper * 2 + 1, in: &scenario)
            let problems = ScenarioValidator.errors(in: scenario).map(\.description)
            #expect(problems.contains { $0.hasPrefix("\(field.path): must be at most") }, "\(field.path): \(problems)")
        }
    }
}

/// A function without traffic has no known bill: the plan says so instead of counting it free.
@Suite struct UnpricedFunctionTests {
    @Test func functionsWithoutTrafficAreNotPricedAtZero() throws {
        let quiet = Scenario(
            name: "imported", workloads: [Workload(name: "api", cpuCores: 0.5, memoryMiB: 256, replicas: 3)])
        let faas = try #require(try Planner().plans(for: quiet).first { $0.model == .faas })
        #expect(faas.cost.functionsWithoutTraffic == ["api"] && faas.cost.functionsUnpriced)
        #expect(faas.cost.note == "n/a: no traffic")
        #expect(Money.cost(faas.cost, currency: "USD") == "n/a: no traffic")
        let document = String(decoding: PlanDocument.json(scenario: quiet, plans: try Planner().plans(for: quiet)), as: UTF8.self)
        #expect(document.contains(#""functionsPerMonth": null"#) && document.contains(#""note": "n/a: no traffic""#))
        #expect(document.hasPrefix("{\n  \"currency\": \"USD\",\n  \"generator\": \"vplan \(Version.current)\",\n  \"plans\": ["))

        // With traffic on one of two functions, the known part is priced and the rest named.
        var mixed = quiet
        mixed.workloads.append(
            Workload(name: "web", cpuCores: 0.5, memoryMiB: 256, replicas: 2, requestsPerSecond: 10, requestSeconds: 0.1))
        let partial = try #require(try Planner().plans(for: mixed).first { $0.model == .faas })
        #expect(partial.cost.functionsPerMonth > 0 && !partial.cost.functionsUnpriced)
        #expect(partial.cost.note == "1 function without traffic not priced")
        #expect(Money.cost(partial.cost, currency: "EUR").hasSuffix("/mo + 1 function without traffic not priced"))
    }
}
