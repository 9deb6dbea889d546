import Foundation
import Importers
import PlannerCore
import Testing

/// Inputs built to hurt: alias bombs, deep nesting, control characters, counts and sizes past
/// every limit. Each must give a clear ScenarioError (or a correct result), never a trap or a hang.
@Suite struct HostileInputTests {
    func error(_ yaml: String, name: String = "inline.yaml") -> ScenarioError? {
        do {
            _ = try KubernetesImporter.run([Fixtures.text(yaml, name: name)])
            return nil
        } catch {
            return error
        }
    }

    @Test func billionLaughsIsRefusedBeforeItExpands() {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        #expect(
            error(lines.joined(separator: "\n"))
                == ScenarioError(
                    file: "inline.yaml", field: "line 7, column 8",
                    reason: "aliases expand the file by more than 1000000 nodes, the limit (a \"billion laughs\" document?)"))
    }

    /// Merge keys that merge merges: each lookup would walk 10^11 mappings.
    @Test func mergeKeyBombIsRefused() {
        var lines = ["x0: &x0 {a: 1}"]
        for level in 1...11 {
            lines.append(
                "x\(level): &x\(level) {<<: [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ",") + "]}")
        }
        #expect(error(lines.joined(separator: "\n"))?.reason.hasPrefix("aliases expand the file by more than") == true)
    }

    /// Anchors and merge keys as people write them are well inside the limit.
    @Test func ordinaryAnchorsStillWork() throws {
        let yaml = """
            x-defaults: &defaults {cpu: 250m, memory: 256Mi}
            kind: List
            items:
              - kind: Pod
                metadata: {name: a}
                spec: {containers: [{name: a, resources: {requests: *defaults}}]}
              - kind: Pod
                metadata: {name: b}
                spec: {containers: [{name: b, resources: {requests: {<<: *defaults, memory: 1Gi}}}]}
            """
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.scenario.workloads.map(\.memoryMiB) == [256, 1024])
        #expect(result.scenario.workloads.map(\.cpuCores) == [0.25, 0.25])
    }

    @Test func nestingIsLimitedTo256Levels() {
        let limit = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(
            error(limit)
                == ScenarioError(
                    file: "inline.yaml", field: "document 1",
                    reason: "expected a Kubernetes object (a mapping with apiVersion and kind), found a list"))
        let deeper = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(
            error(deeper)
                == ScenarioError(
                    file: "inline.yaml", field: "line 1, column 257",
                    reason: "nested more than 256 levels deep, the limit for YAML and JSON documents"))
        // Block sequences nest without brackets: "- - - x" is three lists deep.
        let block = String(repeating: "- ", count: 100_000) + "x"
        #expect(error(block)?.field == "line 1, column 513")
    }

    /// Eight million nodes is the ceiling for one file (about 1 GB of Yams nodes).
    @Test func nodesPerFileAreBounded() {
        let flow = "[" + String(repeating: "1,", count: 8_000_000) + "1]"
        #expect(
            error(flow)
                == ScenarioError(
                    file: "inline.yaml", field: "line 1, column 16000000",
                    reason: "the file holds more than 8000000 YAML nodes, the limit for one file"))
    }

    @Test func nestedListsAreExpanded() throws {
        let pod = #"{"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "web"}]}}"#
        let json = String(repeating: #"{"kind": "List", "items": ["#, count: 100) + pod + String(repeating: "]}", count: 100)
        let result = try KubernetesImporter.run([Fixtures.text(json, name: "lists.json")])
        #expect(result.scenario.workloads.map(\.name) == ["web"])
    }

    @Test func controlCharactersInNamesNameTheirField() {
        let yaml = "kind: Pod\nmetadata: {name: \"web\\e]0;title\\a\"}\nspec: {containers: [{name: web}]}\n"
        #expect(
            error(yaml)
                == ScenarioError(
                    file: "inline.yaml", field: "document 1: metadata.name",
                    reason: "must not contain control characters (got \"web\\u{1B}]0;title\\u{7}\")"))
        let bidi = "kind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: web, image: \"nginx\\u202E\"}]}\n"
        #expect(error(bidi)?.field == "document 1: spec.containers[0].image")
    }

    @Test func wholeNumbersPastAnyIntegerAreALimitNotAType() {
        let yaml =
            "kind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 99999999999999999999999\n"
            + "  template: {spec: {containers: [{name: web}]}}\n"
        #expect(
            error(yaml)
                == ScenarioError(
                    file: "inline.yaml", field: "document 1: spec.replicas",
                    reason: "99999999999999999999999 is more than the limit of 10000000"))
    }

    /// Repeated names get -2, -3, … skipping names the input uses itself; a remembered next suffix
    /// keeps thousands of repeats linear.
    @Test func repeatedNamesStayUniqueAndDeterministic() throws {
        var items: [String] = []
        for name in ["web", "web", "web", "web", "web-3"] {
            items.append(#"{"kind": "Pod", "metadata": {"name": "\#(name)"}, "spec": {"containers": [{"name": "c"}]}}"#)
        }
        let json = #"{"kind": "List", "items": [\#(items.joined(separator: ","))]}"#
        let result = try KubernetesImporter.run([Fixtures.text(json, name: "pods.json")])
        #expect(result.scenario.workloads.map(\.name) == ["web", "web-2", "web-4", "web-5", "web-3"])

        let many =
            #"{"kind": "List", "items": ["#
            + Array(repeating: items[0], count: 5000).joined(separator: ",") + "]}"
        let names = try KubernetesImporter.run([Fixtures.text(many, name: "many.json")]).scenario.workloads.map(\.name)
        #expect(Set(names).count == 5000)
        #expect(names.last == "web-5000")
    }

    /// 1000 layers of 1 PiB each in ten images: totals past Int.max are summed without a trap.
    @Test func imageTotalsPastIntMaxDoNotTrap() throws {
        var inputs: [ImageInput] = []
        for image in 0..<10 {
            let layers = (0..<1000).map { layer in
                #"{"size": 1125899906842624, "digest": "sha256:\#(image)-\#(layer)"}"#
            }
            let json = #"{"schemaVersion": 2, "layers": [\#(layers.joined(separator: ","))]}"#
            inputs.append(ImageInput(reference: "big\(image):1", file: Fixtures.text(json, name: "big\(image).json")))
        }
        let catalog = try ImageCatalog(inputs: inputs)
        let table = ImageSizeTable.text(catalog)
        #expect(
            table.hasSuffix(
                "10 images, 10000 layers: 10737418240000 MiB listed, 10737418240000 MiB in 10000 distinct layers (0 MiB shared)"))
    }

    @Test func anImageHasAtMost1000Layers() {
        let layers = Array(repeating: #"{"size": 1, "digest": "sha256:aa"}"#, count: 1001).joined(separator: ",")
        let input = ImageInput(reference: nil, file: Fixtures.text(#"{"layers": [\#(layers)]}"#, name: "app.json"))
        #expect(
            throws: ScenarioError(
                file: "app.json", field: "document 1: layers", reason: "lists 1001 layers; the limit is 1000 per image")
        ) {
            try ImageCatalog(inputs: [input])
        }
    }

    /// Containers repeat their image's layers; a million layer entries in all is the ceiling.
    @Test func layerReferencesAreBounded() throws {
        let layers = (0..<1000).map { #"{"size": 1024, "digest": "sha256:\#($0)"}"# }.joined(separator: ",")
        let image = ImageInput(
            reference: "fat:1", file: Fixtures.text(#"{"layers": [\#(layers)]}"#, name: "fat.json"))
        let catalog = try ImageCatalog(inputs: [image])
        let yaml =
            "c: &c {name: c, image: \"fat:1\", resources: {requests: {cpu: 1m, memory: 1Mi}}}\n"
            + "kind: Pod\nmetadata: {name: fat}\nspec:\n  containers: ["
            + Array(repeating: "*c", count: 1001).joined(separator: ",") + "]\n"
        #expect(
            throws: ScenarioError(
                file: "inline.yaml", field: "document 1",
                reason:
                    "Pod fat would make more than 1000000 image layers in all (each container lists its image's layers), the limit of an import"
            )
        ) {
            try KubernetesImporter.run(
                [Fixtures.text(yaml)], options: KubernetesImportOptions(images: catalog, daemonSetHosts: 1))
        }
    }

    @Test func summaryAndTableEscapeTextFromFiles() throws {
        let summary = ImportSummary(files: 1, workloads: [], skipped: [], warnings: ["kind \u{1B}[2J is odd"])
        #expect(summary.text.hasSuffix("\nwarning: kind \\u{1B}[2J is odd"))
        let manifest =
            #"{"annotations": {"org.opencontainers.image.ref.name": "evil.io/app:1\u001b]52;c;eA==\u0007"}, "layers": []}"#
        let catalog = try ImageCatalog(inputs: [ImageInput(reference: nil, file: Fixtures.text(manifest, name: "m.json"))])
        let table = ImageSizeTable.text(catalog)
        #expect(!table.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })
        #expect(table.contains("evil.io/app:1\\u{1B}]52;c;eA==\\u{7}"))
    }

    @Test func csvQuoteNeverClosedNamesItsLine() {
        let csv = "VM,Powerstate,CPUs,Memory\napp,poweredOn,2,1024\ndb,poweredOn,\"4,8192\nweb,poweredOn,1,512\n"
        #expect(
            throws: ScenarioError(
                file: "vinfo.csv", field: "line 3", reason: "invalid CSV: a quoted field is never closed (a quote is missing)")
        ) {
            try RVToolsImporter.run(Fixtures.text(csv, name: "vinfo.csv"))
        }
    }

    @Test func csvLinesAndSeparatorsAreBoundedBeforeParsing() {
        let lines = "VM,Powerstate,CPUs,Memory\n" + String(repeating: "\n", count: 4_000_000)
        #expect(
            throws: ScenarioError(
                file: "vinfo.csv", field: nil, reason: "holds more than 4000000 lines, the limit for a CSV file")
        ) {
            try RVToolsImporter.run(Fixtures.text(lines, name: "vinfo.csv"))
        }
        let commas = "VM,Powerstate,CPUs,Memory" + String(repeating: ",", count: 16_000_000)
        #expect(
            throws: ScenarioError(
                file: "vinfo.csv", field: nil, reason: "holds more than 16000000 separators, the limit for a CSV file")
        ) {
            try RVToolsImporter.run(Fixtures.text(commas, name: "vinfo.csv"))
        }
    }

    @Test func csvControlCharactersInVMNamesAreRefused() {
        let csv = "VM,Powerstate,CPUs,Memory\n\"app\u{1B}[31m\",poweredOn,2,1024\n"
        #expect(
            throws: ScenarioError(
                file: "vinfo.csv", field: "line 2: VM", reason: "must not contain control characters (got \"app\\u{1B}[31m\")")
        ) {
            try RVToolsImporter.run(Fixtures.text(csv, name: "vinfo.csv"))
        }
    }
}
