import Foundation
import Importers
import PlannerCore
import Testing

/// Malformed manifests: each error names the file, the document, the field and the reason.
@Suite struct KubernetesErrorTests {
    @Test(arguments: [
        (
            "malformed/bad-quantity.yaml",
            "bad-quantity.yaml: document 3: spec.template.spec.containers[0].resources.requests.cpu: invalid quantity \"12x\""
        ),
        (
            "malformed/negative-memory.yaml",
            "negative-memory.yaml: document 1: spec.containers[1].resources.requests.memory: must not be negative (got \"-128Mi\")"
        ),
        (
            "malformed/list-item.json",
            "list-item.json: document 1: items[1].spec.template.spec.containers[0].resources.limits.memory: invalid quantity \"1.2.3\""
        ),
        ("malformed/missing-kind.yaml", "missing-kind.yaml: document 2: kind: missing"),
        (
            "malformed/no-containers.yaml",
            "no-containers.yaml: document 1: spec.template.spec.containers: missing or empty; a pod needs at least one container"
        ),
        (
            "malformed/bad-replicas.yaml",
            "bad-replicas.yaml: document 1: spec.replicas: expected a whole number of at least 0, found \"three\""
        ),
        (
            "malformed/syntax.yaml",
            "syntax.yaml: line 5, column 11: invalid YAML: mapping values are not allowed in this context"
        ),
        (
            "malformed/not-an-object.yaml",
            "not-an-object.yaml: document 2: expected a Kubernetes object (a mapping with apiVersion and kind), found a list"
        ),
        (
            "malformed/containers-not-list.yaml",
            "containers-not-list.yaml: document 1: spec.containers: expected a list, found a mapping"
        ),
        ("malformed/cronjob-no-template.yaml", "cronjob-no-template.yaml: document 1: spec.jobTemplate.spec.template: missing"),
        (
            "malformed/memory-in-bytes.yaml",
            "memory-in-bytes.yaml: document 1: spec.template.spec.containers[0].resources.requests.memory: \"512\" is 512 bytes, "
                + "less than vplan's minimum of 1 KiB per instance (a plain number is bytes: did you mean \"512Mi\"?)"
        ),
    ])
    func malformedManifest(path: String, message: String) throws {
        #expect(try Fixtures.kubernetesError(path) == message)
    }

    @Test func notUTF8() throws {
        let input = InputFile(name: "latin1.yaml", data: Data([0x6B, 0x69, 0x6E, 0x64, 0x3A, 0x20, 0xE9, 0x0A]))
        #expect(throws: ScenarioError(file: "latin1.yaml", field: nil, reason: "is not valid UTF-8 text")) {
            try KubernetesImporter.run([input])
        }
    }

    @Test func memoryBelowOneKiBNamesItsField() throws {
        let yaml = "kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, resources: {limits: {memory: 0.5Ki}}}]\n"
        #expect(
            throws: ScenarioError(
                file: "inline.yaml", field: "document 1: spec.containers[0].resources.limits.memory",
                reason: "\"0.5Ki\" is 512 bytes, less than vplan's minimum of 1 KiB per instance")
        ) {
            try KubernetesImporter.run([Fixtures.text(yaml)])
        }
        // One KiB is planned; an init container is not planned, so its size is not checked.
        let smallest =
            "kind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i, resources: {requests: {memory: 512}}}]\n"
            + "  containers: [{name: c, resources: {requests: {memory: 1024}}}]\n"
        let result = try KubernetesImporter.run([Fixtures.text(smallest)])
        #expect(result.scenario.workloads.map(\.memoryMiB) == [Limits.minimumMemoryMiB])
    }

    @Test func hugeRequestIsRefused() throws {
        let yaml = "kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, resources: {requests: {cpu: 1e9}}}]\n"
        #expect(
            throws: ScenarioError(
                file: "inline.yaml", field: "document 1: spec.containers[0].resources.requests.cpu",
                reason: "\"1e9\" is more than vplan's limit of 1000000 cores per instance")
        ) {
            try KubernetesImporter.run([Fixtures.text(yaml)])
        }
    }
}
