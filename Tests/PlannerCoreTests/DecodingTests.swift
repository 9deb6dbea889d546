import Foundation
import Storage
import Testing

@testable import PlannerCore

/// Each missing required key, unknown key, wrong type and out-of-range value gives its message.
@Suite struct DecodingTests {
    static let workload = #"{"name": "api", "cpuCores": 0.5, "memoryMiB": 768}"#

    static func scenario(workload: String = workload, extra: String = "") -> String {
        #"{"schema": "vplan.scenario/v1", \#(extra) "workloads": [\#(workload)]}"#
    }

    @Test func theIssueExampleDecodes() throws {
        let json = #"""
            { "schema": "vplan.scenario/v1", "name": "Online shop",
              "host":  { "cpuCores": 64, "memoryGiB": 512, "nicGbps": 25, "costPerHour": 4.1,
                         "reservedCpuCores": 2, "reservedMemoryGiB": 8, "cpuOvercommit": 4, "memoryOvercommit": 1,
                         "targetUtilization": 0.85, "failoverHosts": 1 },
              "registry": { "egressGbps": 40 },
              "vm": { "hypervisor": "type1", "guestOsMemoryMiB": 512, "overheadMiB": 218, "overheadFraction": 0.002,
                      "overheadPerVcpuMiB": 8, "cpuOverhead": 0.03, "osImageMiB": 2048, "imageCachedPerHost": true,
                      "bootSeconds": 40, "parallelBootsPerHost": 4 },
              "container": { "runtimeOverheadMiB": 10, "podOverheadMiB": 0, "podOverheadCpuCores": 0,
                             "startSeconds": 0.5, "parallelStartsPerHost": 16, "maxPodsPerHost": 110 },
              "faas": { "coldStartSeconds": 0.25, "coldStartSecondsPerMiB": 0.0, "instanceOverheadMiB": 5,
                        "keepAliveSeconds": 600, "concurrencyPerInstance": 1, "pricePerGBSecond": 0.0000166667,
                        "pricePerMillionRequests": 0.2 },
              "workloads": [
                { "name": "api", "cpuCores": 0.5, "memoryMiB": 768, "replicas": 6, "pod": "api", "stateful": false,
                  "model": "container",
                  "layers": [ { "id": "debian-12", "sizeMiB": 48 }, { "id": "jre-21", "sizeMiB": 190 },
                              { "id": "api-app", "sizeMiB": 35 } ],
                  "updatesPerDay": 3, "changedLayers": 1,
                  "requestsPerSecond": 400, "peakRequestsPerSecond": 1200, "requestSeconds": 0.08 } ] }
            """#
        let scenario = try PlannerFixture.decode(json)
        #expect(scenario.name == "Online shop")
        #expect(scenario.host.cpuOvercommit == 4)
        #expect(scenario.vm.cpuOverhead == 0.03)
        #expect(scenario.workloads[0].layers.count == 3)
        #expect(scenario.workloads[0].pod == "api")
        let plan = try Planner().plan(scenario, model: .vm)
        #expect(plan.hostCapacity.cpuCores == 210.8)
        #expect(plan.hostCapacity.memoryMiB == 438_681.599609375)  // 438681.6 rounded down to whole KiB
    }

    @Test func defaultsFillEveryOptionalKey() throws {
        let scenario = try PlannerFixture.decode(Self.scenario())
        #expect(scenario.host == HostProfile())
        #expect(scenario.vm == VMParameters())
        #expect(scenario.container == ContainerParameters())
        #expect(scenario.faas == FaaSParameters())
        #expect(scenario.workloads[0] == Workload(name: "api", cpuCores: 0.5, memoryMiB: 768))
        // Reservations are derived per plan, not stored: absent keys stay absent when written back.
        let small = try PlannerFixture.decode(Self.scenario(extra: #""host": {"cpuCores": 8, "memoryGiB": 32},"#))
        #expect(small.host.reservedCpuCores == nil && small.host.reservedMemoryGiB == nil)
        #expect(small.host.reservationPreset == .gke)
        let written = String(decoding: ScenarioDocument.json(small), as: UTF8.self)
        #expect(!written.contains("reservedCpuCores") && !written.contains("hostReservedMemoryGiB"))
        #expect(written.contains(#""reservationPreset": "gke""#))
    }

    @Test(arguments: [
        (#"{"schema": "vplan.scenario/v1"}"#, "workloads: is required"),
        (scenario(workload: #"{"cpuCores": 1, "memoryMiB": 1}"#), "workloads[0].name: is required"),
        (scenario(workload: #"{"name": "a", "memoryMiB": 1}"#), "workloads[0].cpuCores: is required"),
        (scenario(workload: #"{"name": "a", "cpuCores": 1}"#), "workloads[0].memoryMiB: is required"),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": [{"sizeMiB": 1}]}"#),
            "workloads[0].layers[0].id: is required"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": [{"id": "x"}]}"#),
            "workloads[0].layers[0].sizeMiB: is required"
        ),
        (scenario(workload: #"{"name": null, "cpuCores": 1, "memoryMiB": 1}"#), "workloads[0].name: must not be null"),
    ])
    func missingRequiredKeys(json: String, message: String) {
        #expect(PlannerFixture.message(json) == message)
    }

    @Test(arguments: [
        (scenario(extra: #""nmae": "x","#), #"nmae: unknown key (did you mean "name"?)"#),
        (scenario(extra: #""host": {"cpuCore": 8},"#), #"host.cpuCore: unknown key (did you mean "cpuCores"?)"#),
        (scenario(extra: #""registry": {"egress": 8},"#), "registry.egress: unknown key"),
        (scenario(extra: #""vm": {"hypervisr": "type1"},"#), #"vm.hypervisr: unknown key (did you mean "hypervisor"?)"#),
        (scenario(extra: #""container": {"maxPods": 8},"#), "container.maxPods: unknown key"),
        (scenario(extra: #""faas": {"keepAlive": 8},"#), "faas.keepAlive: unknown key"),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replica": 2}"#),
            #"workloads[0].replica: unknown key (did you mean "replicas"?)"#
        ),
        (
            scenario(
                workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": [{"id": "x", "sizeMiB": 1, "digest": "y"}]}"#),
            "workloads[0].layers[0].digest: unknown key"
        ),
    ])
    func unknownKeys(json: String, message: String) {
        #expect(PlannerFixture.message(json) == message)
    }

    @Test(arguments: [
        (scenario(workload: #"{"name": "a", "cpuCores": "1", "memoryMiB": 1}"#), "workloads[0].cpuCores: expected a number"),
        (scenario(workload: #"{"name": "a", "cpuCores": true, "memoryMiB": 1}"#), "workloads[0].cpuCores: expected a number"),
        (scenario(workload: #"{"name": 7, "cpuCores": 1, "memoryMiB": 1}"#), "workloads[0].name: expected a string"),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replicas": 2.5}"#),
            "workloads[0].replicas: must be a whole number (got 2.5)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "stateful": "yes"}"#),
            "workloads[0].stateful: expected true or false"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "model": "lambda"}"#),
            #"workloads[0].model: must be "vm" or "container" or "faas" (got "lambda")"#
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": {}}"#),
            "workloads[0].layers: expected an array"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": [3]}"#),
            "workloads[0].layers[0]: expected an object"
        ),
        (scenario(extra: #""vm": {"hypervisor": "type3"},"#), #"vm.hypervisor: must be "type1" or "type2" (got "type3")"#),
        (scenario(extra: #""host": [],"#), "host: expected an object"),
        (
            scenario(extra: #""schema": "vplan.scenario/v2","#).replacingOccurrences(
                of: #""schema": "vplan.scenario/v1", "#, with: ""),
            #"schema: must be "vplan.scenario/v1" (got "vplan.scenario/v2")"#
        ),
        (#"{"workloads": {}}"#, "workloads: expected an array"),
        (#"[1, 2]"#, "(top level): expected an object"),
    ])
    func wrongTypes(json: String, message: String) {
        #expect(PlannerFixture.message(json) == message)
    }

    @Test(arguments: [
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": -5}"#),
            "workloads[0].memoryMiB: must be greater than 0 (got -5)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 0, "memoryMiB": 5}"#),
            "workloads[0].cpuCores: must be greater than 0 (got 0)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1e308}"#),
            "workloads[0].memoryMiB: must be at most 67108864 (got 1e+308)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replicas": 1e12}"#),
            "workloads[0].replicas: must be at most 10000000 (got 1000000000000)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replicas": -1}"#),
            "workloads[0].replicas: must be at least 0 (got -1)"
        ),
        (scenario(workload: #"{"name": "", "cpuCores": 1, "memoryMiB": 1}"#), "workloads[0].name: must not be empty"),
        (
            scenario(
                workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "requestsPerSecond": 10, "peakRequestsPerSecond": 5}"#),
            "workloads[0].peakRequestsPerSecond: must be at least requestsPerSecond (10) (got 5)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "requestSeconds": 0}"#),
            "workloads[0].requestSeconds: must be greater than 0 (got 0)"
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "stateful": true, "model": "faas"}"#),
            #"workloads[0].model: a stateful workload cannot be "faas" (functions must be stateless)"#
        ),
        (
            scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1}, {"name": "a", "cpuCores": 1, "memoryMiB": 1}"#),
            #"workloads[1].name: duplicates workloads[0].name "a""#
        ),
        (
            scenario(
                workload:
                    #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "pod": "p", "replicas": 2}, {"name": "b", "cpuCores": 1, "memoryMiB": 1, "pod": "p"}"#
            ), #"workloads[1].replicas: pod "p" members must have equal replicas: b has 1, a has 2"#
        ),
        (
            scenario(
                workload:
                    #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "pod": "p", "model": "vm"}, {"name": "b", "cpuCores": 1, "memoryMiB": 1, "pod": "p"}"#
            ), #"workloads[1].model: pod "p" members must share a model: b is "container", a is "vm""#
        ),
        (
            scenario(
                workload:
                    #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "layers": [{"id": "x", "sizeMiB": 1}]}, {"name": "b", "cpuCores": 1, "memoryMiB": 1, "layers": [{"id": "x", "sizeMiB": 2}]}"#
            ),
            #"workloads[1].layers[0].sizeMiB: layer "x" is 1 MiB in workloads[0].layers[0].sizeMiB; one id must have one size (got 2)"#
        ),
        (
            scenario(extra: #""host": {"cpuCores": 4, "reservedCpuCores": 4},"#),
            "host.reservedCpuCores: must be less than host.cpuCores (4) (got 4)"
        ),
        (scenario(extra: #""host": {"targetUtilization": 1.5},"#), "host.targetUtilization: must be at most 1 (got 1.5)"),
        (scenario(extra: #""host": {"memoryGiB": 0},"#), "host.memoryGiB: must be greater than 0 (got 0)"),
        (scenario(extra: #""host": {"failoverHosts": -1},"#), "host.failoverHosts: must be at least 0 (got -1)"),
        (scenario(extra: #""registry": {"egressGbps": 0},"#), "registry.egressGbps: must be greater than 0 (got 0)"),
        (scenario(extra: #""vm": {"parallelBootsPerHost": 0},"#), "vm.parallelBootsPerHost: must be at least 1 (got 0)"),
        (scenario(extra: #""container": {"maxPodsPerHost": 0},"#), "container.maxPodsPerHost: must be at least 1 (got 0)"),
        (scenario(extra: #""faas": {"concurrencyPerInstance": 0},"#), "faas.concurrencyPerInstance: must be at least 1 (got 0)"),
        (scenario(extra: #""faas": {"keepAliveSeconds": -1},"#), "faas.keepAliveSeconds: must be at least 0 (got -1)"),
    ])
    func outOfRangeValues(json: String, message: String) {
        #expect(PlannerFixture.message(json) == message)
    }

    @Test func syntaxErrorsNameTheLineAndColumn() {
        let json = "{\"workloads\": [\n  {\"name\": \"a\",\n   \"memoryMiB\": x}]}"
        #expect(PlannerFixture.message(json) == "line 3, column 17: invalid JSON: invalid value")
        #expect(PlannerFixture.message("{\"workloads\": [") == "line 1, column 16: invalid JSON: unexpected end of file")
        #expect(PlannerFixture.message("") != nil)
    }

    @Test func duplicateKeysAreComparedAfterTheirEscapes() {
        // jq and Python keep the last "replicas" (2); the decoder would keep the first.
        let escaped = Self.scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replicas": 1, "r\u0065plicas": 2}"#)
        #expect(PlannerFixture.message(escaped) == #"line 1, column 108: duplicate key "replicas" in one object"#)
        let pair = #"{"w": {"\ud83d\ude80": 1, "🚀": 2}}"#
        #expect(DuplicateKeys.first(in: Array(pair.utf8))?.description == #"line 1, column 27: duplicate key "🚀" in one object"#)
        let slash = #"{"a/b": 1, "a\/b": 2}"#
        #expect(
            DuplicateKeys.first(in: Array(slash.utf8))?.description == #"line 1, column 12: duplicate key "a/b" in one object"#)
        let control = #"{"a\tb": 1, "a\u0009b": 2}"#
        #expect(
            DuplicateKeys.first(in: Array(control.utf8))?.description
                == #"line 1, column 13: duplicate key "a\u{9}b" in one object"#)
        // Different keys stay different once decoded.
        #expect(DuplicateKeys.first(in: Array(#"{"a\u0062": 1, "ac": 2, "a\\b": 3, "a\"b": 4}"#.utf8)) == nil)
    }

    @Test(arguments: [
        ([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian, "UTF-16"),
        ([0xFE, 0xFF], .utf16BigEndian, "UTF-16"),
        ([], .utf16LittleEndian, "UTF-16LE"),
        ([], .utf16BigEndian, "UTF-16BE"),
        ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian, "UTF-32"),
        ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian, "UTF-32"),
        ([], .utf32LittleEndian, "UTF-32LE"),
        ([], .utf32BigEndian, "UTF-32BE"),
    ])
    func utf16AndUTF32AreRefusedWithTheirConversion(mark: [UInt8], encoding: String.Encoding, name: String) throws {
        // With a duplicate key, which the byte-level check would not see in these encodings.
        let json = Self.scenario(workload: #"{"name": "a", "cpuCores": 1, "memoryMiB": 1, "replicas": 1, "replicas": 2}"#)
        let data = Data(mark) + (try #require(json.data(using: encoding)))
        #expect(
            throws: ScenarioError(
                field: nil, reason: "is \(name) text; vplan reads UTF-8 (convert it with iconv -f \(name) -t UTF-8)")
        ) {
            try ScenarioDecoder.scenario(from: data)
        }
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let scenario = try ScenarioDecoder.scenario(from: Data([0xEF, 0xBB, 0xBF]) + Data(Self.scenario().utf8))
        #expect(scenario.workloads.map(\.name) == ["api"])
    }

    @Test func fractionalHostsAreExact() throws {
        // A host of exactly 150 MiB.
        let scenario = try PlannerFixture.decode(
            Self.scenario(extra: #""host": {"memoryGiB": 0.146484375, "reservedMemoryGiB": 0, "targetUtilization": 1},"#))
        #expect(
            HostCapacity(scenario: scenario, model: .container, units: PlacementUnit.units(for: scenario, model: .container))
                .resources.memoryKiB
                == 150 * 1024)
    }

    @Test func savedScenariosReadBackIdentically() throws {
        for profile in BundledProfiles.all {
            let scenario = try BundledProfiles.scenario(named: profile.name)
            let again = try ScenarioDecoder.scenario(from: ScenarioDocument.json(scenario))
            #expect(again == scenario)
        }
    }
}
