import Foundation
import Testing

@testable import PlannerCore

/// Errors carry where they are as a value; the text is only its description.
@Suite struct ErrorLocationTests {
    @Test(arguments: [
        "workloads[2].memoryMiB", "host.cpuCores", "spec.template.spec.containers[0].resources.requests.memory", "manifests",
        "(top level)", "workloads[0].layers[1].sizeMiB", "metadata.labels.app.kubernetes.io/name", "items[x].y", "a[-1]", "",
    ])
    func aPathReadsBackToItsText(_ text: String) {
        #expect(FieldPath(parsing: text).description == text)
    }

    @Test func aPathKnowsItsWorkload() {
        let path = FieldPath(parsing: "workloads[3].layers[0].id")
        #expect(path.components == [.key("workloads"), .index(3), .key("layers"), .index(0), .key("id")])
        #expect(path.workloadIndex == 3)
        #expect(path.withinWorkload?.description == "layers[0].id")
        #expect(FieldPath(parsing: "host.cpuCores").workloadIndex == nil)
    }

    @Test func decodingAndValidationErrorsAreTyped() {
        func error(_ json: String) -> ScenarioError? {
            do {
                _ = try ScenarioDecoder.scenario(from: Data(json.utf8))
                return nil
            } catch {
                return error
            }
        }
        #expect(error("{\"workloads\": [}")?.location == .position(line: 1, column: 16))
        let range = error(#"{"workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": -5}]}"#)
        #expect(range?.location == .field(FieldPath([.key("workloads"), .index(0), .key("memoryMiB")])))
        #expect(range?.description == "workloads[0].memoryMiB: must be greater than 0 (got -5)")
        let duplicate = error("{\"workloads\": [],\n \"name\": \"a\", \"name\": \"b\"}")
        #expect(duplicate?.location == .position(line: 2, column: 15))
    }

    @Test func locationsReadAsMessagesShowThem() {
        #expect(ErrorLocation.row(7, column: "Memory").description == "line 7: Memory")
        #expect(ErrorLocation.row(7, column: nil).description == "line 7")
        #expect(ErrorLocation.document(2, "spec.replicas").description == "document 2: spec.replicas")
        #expect(ErrorLocation.document(2, nil).description == "document 2")
        #expect(ScenarioError(file: "a.csv", at: .row(3, column: nil), reason: "x").description == "a.csv: line 3: x")
    }
}
