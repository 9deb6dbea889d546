import Foundation
import Storage
import TestSupport
import Testing

@testable import PlannerCore

/// The pure parts of `vplan-tui sweep`: key paths, shorthands, point expansion, shards and rows.
@Suite struct SweepTests {
    static let shop = Data(try! BundledProfiles.text(named: "online-shop").utf8)

    static func sweep(_ arguments: [String], scenario: Data = shop) throws -> Sweep {
        try Sweep(scenarioText: scenario, variables: arguments.map { try SweepVariable(parsing: $0) })
    }

    /// The error a sweep's construction or a point gives, as one line.
    static func error(_ arguments: [String], point: Int? = nil, scenario: Data = shop) -> String? {
        do {
            let sweep = try sweep(arguments, scenario: scenario)
            if let point { _ = try sweep.scenario(ofPoint: point) }
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func pointsAreTheProductWithTheFirstKeyVaryingSlowest() throws {
        let sweep = try Self.sweep(["host.failoverHosts=0,1,2", "traffic=×0.5,×1", "vm.overheadModel=esxi,kubevirt"])
        #expect(sweep.pointCount == 12)
        #expect(sweep.valueIndices(ofPoint: 0) == [0, 0, 0])
        #expect(sweep.valueIndices(ofPoint: 1) == [0, 0, 1])
        #expect(sweep.valueIndices(ofPoint: 2) == [0, 1, 0])
        #expect(sweep.valueIndices(ofPoint: 11) == [2, 1, 1])
        #expect(sweep.values(ofPoint: 5).map(\.text) == ["1", "×0.5", "kubevirt"])
        #expect(sweep.name(ofPoint: 7) == "point 8 (host.failoverHosts=1, traffic=×1, vm.overheadModel=kubevirt)")
        #expect(try Self.sweep([]).pointCount == 1)
    }

    @Test func aPointIsTheScenarioEditedByHand() throws {
        let sweep = try Self.sweep([
            "host.failoverHosts=2", "vm.overheadModel=kubevirt", "workloads[name=redis].replicas=5", "workloads[4].cpuCores=0.25",
            "host.cpuOvercommit=1.5",
        ])
        var expected = try BundledProfiles.scenario(named: "online-shop")
        expected.host.failoverHosts = 2
        expected.vm.overheadModel = .kubevirt
        expected.workloads[13].replicas = 5
        expected.workloads[4].cpuCores = 0.25
        expected.host.cpuOvercommit = 1.5
        let scenario = try sweep.scenario(ofPoint: 0)
        #expect(scenario == expected)
        let planner = Planner()
        let rows = try planner.plans(for: scenario).map {
            SweepRow(point: 0, values: sweep.values(ofPoint: 0), plan: $0, scenario: scenario)
        }
        let byHand = try planner.plans(for: expected)
        #expect(rows.map(\.hosts) == byHand.map(\.hosts))
        #expect(rows.map(\.lowerBoundHosts) == byHand.map(\.lowerBoundHosts))
        #expect(rows.map(\.costPerMonth) == byHand.map(\.cost.perMonth))
        #expect(rows.map(\.overheadMiB) == byHand.map(\.memory.overheadMiB))
        #expect(rows.map(\.overheadFraction) == byHand.map(\.memory.overheadFraction))
        #expect(rows.map(\.rolloutMiB) == byHand.map(\.transfer.rolloutMiB))
        #expect(rows.map(\.rolloutSeconds) == byHand.map(\.transfer.rolloutSeconds))
        #expect(rows.map(\.readySeconds) == byHand.map(\.boot.readySeconds))
        #expect(rows.map(\.model) == ["vm", "container", "faas", "mixed"])
        #expect(rows.allSatisfy { $0.hostType == nil && $0.point == 1 })
    }

    @Test func nestedKeysAreCreatedAndNumbersKeepEveryDigit() throws {
        let text =
            #"{"host": {"cpuCores": 16, "memoryGiB": 64, "costPerHour": 0.123456789012345678}, "workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512, "replicas": 4}]}"#
        let sweep = try Self.sweep(["host.failover.policy=hosts", "host.failover.count=2"], scenario: Data(text.utf8))
        let scenario = try sweep.scenario(ofPoint: 0)
        #expect(scenario.host.failoverPolicy == .hosts(count: 2))
        #expect(scenario.host.costPerHour == 0.123456789012345678)
    }

    @Test func trafficScalesEveryRateKeyIncludingHourlyLists() throws {
        let document = JSONValue.object([
            (
                "workloads",
                .array([
                    .object([
                        ("name", .string("a")), ("requestsPerSecond", .integer(100)), ("peakRequestsPerSecond", .number(250.5)),
                        ("hourlyRequestsPerSecond", .array([.integer(1), .number(2.5)])), ("replicas", .integer(3)),
                    ]),
                    .object([("name", .string("b")), ("replicas", .integer(0))]),
                ])
            )
        ])
        let doubled = try SweepEdit.traffic(2).applied(to: document)
        #expect(
            doubled.orderedText()
                == #"{"workloads":[{"name":"a","requestsPerSecond":200,"peakRequestsPerSecond":501,"hourlyRequestsPerSecond":[2,5],"replicas":3},{"name":"b","replicas":0}]}"#
        )
        let noTraffic = JSONValue.object([("workloads", .array([.object([("name", .string("b"))])]))])
        #expect(throws: EditFailure.self) { try SweepEdit.traffic(2).applied(to: noTraffic) }
    }

    @Test(arguments: [(3, 2.0, 6), (3, 1.5, 5), (10, 0.7, 7), (0, 3.0, 0), (1, 0.5, 1), (7, 0.0, 0)])
    func replicasAreScaledAndRoundedUp(replicas: Int, factor: Double, expected: Int) throws {
        let document = JSONValue.object([("workloads", .array([.object([("replicas", .integer(replicas))])]))])
        let scaled = try SweepEdit.replicas(factor).applied(to: document)
        #expect(scaled.orderedText() == #"{"workloads":[{"replicas":\#(expected)}]}"#)
    }

    @Test func hostTypeKeepsOneEntryOrNamesTheOthers() throws {
        let document = JSONValue.object([
            ("hostTypes", .array([.object([("name", .string("m6i.2xlarge"))]), .object([("name", .string("c6i.4xlarge"))])]))
        ])
        let kept = try SweepEdit.hostType("c6i.4xlarge").applied(to: document)
        #expect(kept.orderedText() == #"{"hostTypes":[{"name":"c6i.4xlarge"}]}"#)
        do {
            _ = try SweepEdit.hostType("r6i.large").applied(to: document)
            Issue.record("an unknown host type was accepted")
        } catch {
            #expect(error.reason == #"no host type named "r6i.large" (hostTypes: m6i.2xlarge, c6i.4xlarge)"#)
        }
        #expect(
            Self.error(["hostType=m6i.2xlarge"])
                == "--vary hostType=m6i.2xlarge: the scenario has no hostTypes list to choose from")
    }

    @Test func valuesAreTyped() {
        #expect(SweepValue.json("true") == .bool(true))
        #expect(SweepValue.json("2") == .integer(2))
        #expect(SweepValue.json("1.5") == .number(1.5))
        #expect(SweepValue.json("esxi") == .string("esxi"))
        #expect(SweepValue.json("\"12\"") == .string("12"))
        #expect(SweepValue.json("0x10") == .string("0x10"))
        #expect(SweepValue.json("nan") == .string("nan"))
    }

    @Test func keysEndAtTheFirstEqualsOutsideBrackets() throws {
        let variable = try SweepVariable(parsing: "workloads[name=api].replicas=2,3")
        #expect(variable.key == "workloads[name=api].replicas")
        #expect(variable.values.map(\.text) == ["2", "3"])
        for factor in ["×0.5", "x0.5", "X0.5", "*0.5"] {
            #expect(try SweepVariable(parsing: "traffic=\(factor)").values[0].edit == .traffic(0.5))
        }
    }

    @Test func badKeysAndValuesNameTheArgument() {
        #expect(
            Self.error(["workloads[name=api].replicas=3"])?.hasPrefix(
                #"--vary workloads[name=api].replicas=3: no entry of workloads has name "api" (names: frontend, "#) == true)
        #expect(
            Self.error(["workloads[14].replicas=3"])
                == "--vary workloads[14].replicas=3: workloads[14] is past the end: workloads has 14 entries, from workloads[0]")
        #expect(
            Self.error(["host.cpuOvercommit=1,0"], point: 1)
                == "--vary host.cpuOvercommit=0: host.cpuOvercommit: must be greater than 0 (got 0)")
        #expect(
            Self.error(["vm.overheadModel=kvm"], point: 0)?.hasPrefix(
                #"--vary vm.overheadModel=kvm: vm.overheadModel: must be "esxi""#) == true)
        #expect(
            Self.error(["host.cpuOvercommitt=2"], point: 0)
                == #"--vary host.cpuOvercommitt=2: host.cpuOvercommitt: unknown key (did you mean "cpuOvercommit"?)"#)
        #expect(Self.error(["traffic=2"]) == "--vary traffic=2: a factor is written ×F (or xF, *F), for example ×2")
        #expect(
            Self.error(["replicas=×-1"])
                == #"--vary replicas=×-1: "-1" is not a factor (a number of at least 0, for example ×0.5)"#)
        #expect(Self.error(["a=1,,2"]) == "--vary a=1,,2: an empty value (values are separated by commas, none empty)")
        #expect(Self.error(["=1"]) == "--vary =1: expected KEY=V1,V2,... (for example host.cpuOvercommit=1,2)")
        #expect(Self.error(["host..cpuCores=1"])?.hasPrefix("--vary host..cpuCores=1: not a key path") == true)
        #expect(
            Self.error(["traffic=×1", "traffic=×2"])
                == "--vary traffic: the key is varied twice; give all its values in one --vary")
        // Two values valid only together: the point that pairs them wrongly is named.
        let pair = ["workloads[0].requestsPerSecond=3000", "workloads[0].peakRequestsPerSecond=2000,3000"]
        #expect(Self.error(pair, point: 1) == nil)
        #expect(
            Self.error(pair, point: 0)
                == "point 1 (workloads[0].requestsPerSecond=3000, workloads[0].peakRequestsPerSecond=2000): workloads[0].peakRequestsPerSecond: must be at least requestsPerSecond (3000) (got 2000)"
        )
    }

    @Test(arguments: [(10, 3), (3, 7), (0, 2), (1, 1), (100, 100), (101, 4)])
    func shardsCoverThePointsOnceInOrder(points: Int, shards: Int) throws {
        let ranges = try (1...shards).map { try SweepShard(parsing: "\($0)/\(shards)").points(of: points) }
        #expect(ranges.flatMap { Array($0) } == Array(0..<points))
        #expect(Set(ranges.map(\.count)).count <= 2)
        #expect(SweepShard.whole.points(of: points) == 0..<points)
    }

    @Test(arguments: [
        ("0/4", "--shard 0/4: I runs from 1 to N (4), not 0"), ("5/4", "--shard 5/4: I runs from 1 to N (4), not 5"),
        ("1/0", "--shard 1/0: N must be at least 1"),
        ("-1/4", "--shard -1/4: expected I/N, whole numbers with I from 1 to N (for example 2/8)"),
        ("2", "--shard 2: expected I/N, whole numbers with I from 1 to N (for example 2/8)"),
    ])
    func badShardsAreOneLine(text: String, message: String) {
        #expect(throws: SweepError(subject: "--shard \(text)", reason: String(message.split(separator: ": ", maxSplits: 1)[1]))) {
            try SweepShard(parsing: text)
        }
    }

    @Test func aTypeTooSmallForOnePlanIsARowSayingWhyNotAStop() throws {
        var scenario = Scenario(
            name: "small type",
            workloads: [
                Workload(name: "db", cpuCores: 12, memoryMiB: 4096, replicas: 2, stateful: true),
                Workload(name: "web", cpuCores: 1, memoryMiB: 1024, replicas: 4),
            ])
        scenario.hostTypes = [HostType(name: "small", cpuCores: 8, memoryGiB: 32, costPerHour: 0.4)]
        let rows = try SweepRow.rows(point: 0, values: [], scenario: scenario, planner: Planner())
        #expect(rows.map(\.model) == ["vm", "container", "faas", "mixed"])
        let unfit = rows.filter { $0.unfit != nil }
        #expect(!unfit.isEmpty && unfit.allSatisfy { $0.unfit!.contains("no host type fits") })
        let csv = SweepTable.render(rows, keys: [], as: .csv, header: false).split(separator: "\n")
        let container = try #require(csv.first { $0.contains(",container,") })
        #expect(container.hasPrefix("1,container,,,,,,,,,,") && container.contains("no host type fits"))
        var invalid = scenario
        invalid.host.cpuOvercommit = 0
        #expect(throws: PlanningError.self) { try SweepRow.rows(point: 0, values: [], scenario: invalid, planner: Planner()) }
    }

    @Test func rowsInEachFormat() throws {
        let sweep = try Self.sweep(["host.failoverHosts=0,1", "currency=USD"])
        let scenario = try sweep.scenario(ofPoint: 1)
        let rows = try Planner().plans(for: scenario).map {
            SweepRow(point: 1, values: sweep.values(ofPoint: 1), plan: $0, scenario: scenario)
        }
        let keys = sweep.variables.map(\.key)
        let csv = SweepTable.render(rows, keys: keys, as: .csv, header: true).split(separator: "\n")
        #expect(csv.count == 5)
        #expect(
            csv[0]
                == "point,host.failoverHosts,currency,model,hostType,hosts,lowerBoundHosts,costPerMonth,overheadMiB,overheadFraction,rolloutMiB,rolloutSeconds,readySeconds,unfit"
        )
        #expect(csv[1].hasPrefix("2,1,USD,vm,,\(rows[0].hosts),\(rows[0].lowerBoundHosts),"))
        #expect(SweepTable.render(rows, keys: keys, as: .csv, header: false).split(separator: "\n").count == 4)
        let json = SweepTable.render(rows, keys: keys, as: .json, header: true)
        let lines = json.split(separator: "\n")
        #expect(lines.count == 4 && json.hasSuffix("}\n"))
        #expect(lines[0].hasPrefix(#"{"point":2,"host.failoverHosts":1,"currency":"USD","model":"vm","hostType":null,"hosts":"#))
        let object = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any]
        #expect(object?["model"] as? String == "faas")
        #expect(object?["costPerMonth"] as? Double == Double(JSONNumber.format(rows[2].costPerMonth ?? -1)))
        let table = SweepTable.render(rows, keys: keys, as: .table, header: false).split(separator: "\n")
        #expect(table.count == 5 && table[0].hasPrefix("point  host.failoverHosts  currency  model"))
        #expect(table[1].contains("$") && table[1].contains("/mo"))
        // A figure column named like a varied key is told apart.
        #expect(SweepTable.columns(keys: ["hostType"]).contains("plan.hostType"))
    }

    @Test func theReaderReadsWhatTheWriterWrites() throws {
        let text = #"{"a":[1,-2.5,1e-05,true,false,null],"b":{"c":"x\"\\\n\u00e9\ud83d\ude00","d":{}},"e":[]}"#
        let value = try JSONReader.value(from: Array(text.utf8))
        #expect(value.orderedText() == #"{"a":[1,-2.5,1e-05,true,false,null],"b":{"c":"x\"\\\né😀","d":{}},"e":[]}"#)
        #expect(try JSONReader.value(from: Array(value.orderedText().utf8)) == value)
        #expect(throws: EditFailure.self) { try JSONReader.value(from: Array(#"{"a": 01}"#.utf8)) }
        #expect(throws: EditFailure.self) { try JSONReader.value(from: Array(String(repeating: "[", count: 600).utf8)) }
    }

    /// A small catalog every workload fits on with every type.
    static let catalog = Data(
        #"""
        {
          "name": "Catalog shop",
          "host": { "nicGbps": 12.5, "failoverHosts": 1 },
          "hostTypes": [
            { "name": "m6i.2xlarge", "cpuCores": 8, "memoryGiB": 32, "costPerHour": 0.384 },
            { "name": "c6i.4xlarge", "cpuCores": 16, "memoryGiB": 32, "costPerHour": 0.68 },
            { "name": "r6i.2xlarge", "cpuCores": 8, "memoryGiB": 64, "costPerHour": 0.504 }
          ],
          "workloads": [
            { "name": "api", "cpuCores": 1, "memoryMiB": 2048, "replicas": 12, "requestsPerSecond": 300, "requestSeconds": 0.05 },
            { "name": "db", "cpuCores": 4, "memoryMiB": 16384, "replicas": 3, "stateful": true, "model": "vm" },
            { "name": "cache", "cpuCores": 0.5, "memoryMiB": 4096, "replicas": 4 }
          ]
        }
        """#.utf8)

    /// `hostType=NAME` plans on that type alone: the figures of the scenario whose `hostTypes` is
    /// cut to that entry by hand, and the row's hostType column names it.
    @Test func hostTypePointsPlanOnTheOneTypeAndNameIt() throws {
        let sweep = try Self.sweep(["hostType=c6i.4xlarge,r6i.2xlarge"], scenario: Self.catalog)
        let base = try ScenarioDecoder.scenario(from: Self.catalog)
        for point in 0..<2 {
            let name = ["c6i.4xlarge", "r6i.2xlarge"][point]
            var expected = base
            expected.hostTypes = base.hostTypes.filter { $0.name == name }
            let scenario = try sweep.scenario(ofPoint: point)
            #expect(scenario == expected)
            let rows = try Planner().plans(for: scenario).map {
                SweepRow(point: point, values: sweep.values(ofPoint: point), plan: $0, scenario: scenario)
            }
            let byHand = try Planner().plans(for: expected)
            #expect(rows.map(\.hostType) == Array(repeating: name, count: 4))
            #expect(rows.map(\.hosts) == byHand.map(\.hosts))
            #expect(rows.map(\.costPerMonth) == byHand.map(\.cost.perMonth))
            #expect(rows.map(\.lowerBoundHosts) == byHand.map(\.lowerBoundHosts))
        }
        // Without the shorthand each plan names the type `cheapest` chose, as `plan` does.
        let whole = try Self.sweep(["host.failoverHosts=1"], scenario: Self.catalog)
        let scenario = try whole.scenario(ofPoint: 0)
        let plans = try Planner().plans(for: scenario)
        let rows = plans.map { SweepRow(point: 0, values: whole.values(ofPoint: 0), plan: $0, scenario: scenario) }
        #expect(rows.map(\.hostType) == plans.map(\.hostType))
        #expect(rows.allSatisfy { $0.hostType.map { name in base.hostTypes.contains { $0.name == name } } == true })
        let csv = SweepTable.render(rows, keys: ["host.failoverHosts"], as: .csv, header: true).split(separator: "\n")
        #expect(csv[1].hasPrefix("1,1,vm,\(rows[0].hostType ?? "?"),"))
        #expect(
            Self.error(["hostType=x1.large"], scenario: Self.catalog)
                == #"--vary hostType=x1.large: no host type named "x1.large" (hostTypes: m6i.2xlarge, c6i.4xlarge, r6i.2xlarge)"#)
    }
}
