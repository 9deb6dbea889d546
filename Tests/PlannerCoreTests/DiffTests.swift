import Foundation
import Storage
import Testing

@testable import PlannerCore

/// `vplan-tui diff`'s comparison: plans figure by figure, workloads by name or by instances.
@Suite struct DiffTests {
    static let profiles = ["online-shop", "dev-laptop", "event-pipeline", "ml-inference", "legacy-estate"]

    /// A scenario side, planned the way `diff` plans it.
    func side(_ scenario: Scenario, _ source: String = "a.json") throws -> DiffSide {
        DiffSide(source: source, scenario: scenario, plans: try Planner().plans(for: scenario))
    }

    /// A plan-file side: the scenario's `vplan.plan/v1` document read back.
    func planSide(_ scenario: Scenario, placements: Bool = true, _ source: String = "a.plan.json") throws -> DiffSide {
        var data = Data()
        PlanDocument.stream(scenario: scenario, plans: try Planner().plans(for: scenario), placements: placements) {
            (chunk: [UInt8]) in data.append(contentsOf: chunk)
        }
        return try DiffSide.planDocument(data, source: source)
    }

    /// Online shop with one more postgres replica: 3 → 4 (postgres keeps one replica per host, so
    /// the vm, container and mixed plans need one more host).
    func onlineShop(postgresReplicas extra: Int) throws -> Scenario {
        var scenario = try BundledProfiles.scenario(named: "online-shop")
        let index = try #require(scenario.workloads.firstIndex { $0.name == "postgres" })
        scenario.workloads[index].replicas += extra
        return scenario
    }

    @Test(arguments: profiles)
    func aScenarioAgainstItselfDiffersInNothing(profile: String) throws {
        let scenario = try BundledProfiles.scenario(named: profile)
        let diff = PlanDiff(try side(scenario), try side(scenario, "b.json"))
        #expect(!diff.isDifferent)
        #expect(diff.plans.map(\.model) == PlanModel.allCases.map(\.rawValue))
        #expect(diff.plans.allSatisfy { !$0.isDifferent })
        #expect(diff.workloads.isEmpty && diff.workloads.basis == .scenario && diff.settings == [])
        #expect(DiffTable.render(diff).isEmpty)
    }

    /// A scenario and its own plan file agree exactly: figures are compared as the document writes them.
    @Test(arguments: profiles)
    func aScenarioAgainstItsPlanFileDiffersInNothing(profile: String) throws {
        let scenario = try BundledProfiles.scenario(named: profile)
        let diff = PlanDiff(try side(scenario), try planSide(scenario))
        #expect(!diff.isDifferent, "\(DiffTable.render(diff))")
        #expect(diff.workloads.basis == .instances && diff.settings == nil)
    }

    @Test func oneMoreReplicaGivesTheDeltasOfTheTwoPlans() throws {
        let before = try BundledProfiles.scenario(named: "online-shop")
        let after = try onlineShop(postgresReplicas: 1)
        let diff = PlanDiff(try side(before), try side(after, "b.json"))
        #expect(diff.isDifferent)
        // Expected figures from the two planner outputs, computed independently of the diff.
        let plansBefore = try Planner().plans(for: before)
        let plansAfter = try Planner().plans(for: after)
        for (model, (a, b)) in zip(PlanModel.allCases.map(\.rawValue), zip(plansBefore, plansAfter)) {
            let change = try #require(diff.plans.first { $0.model == model })
            let figures = Dictionary(uniqueKeysWithValues: change.figures.map { ($0.figure, $0) })
            #expect(figures[.hosts]?.delta == .count(b.hosts - a.hosts))
            #expect(figures[.lowerBoundHosts]?.delta == .count(b.lowerBoundHosts - a.lowerBoundHosts))
            let cost = try #require(figures[.costPerMonth]?.delta?.numeric)
            #expect(abs(cost - (b.cost.perMonth - a.cost.perMonth)) < 1e-6)
            let memory = try #require(figures[.workloadMiB]?.delta?.numeric)
            #expect(abs(memory - (b.memory.workloadMiB - a.memory.workloadMiB)) < 1e-6)
            #expect(figures[.hostType] == nil)
        }
        // By hand: postgres (16 GiB, one replica per host) needs one more host in the vm plan, billed
        // at the profile's price for 730 hours; its memory is 16,384 MiB more.
        let vm = try #require(diff.plans.first { $0.model == "vm" })
        let hosts = try #require(vm.figures.first { $0.figure == .hosts })
        #expect(hosts.a == .count(4) && hosts.b == .count(5) && hosts.delta == .count(1))
        let cost = try #require(vm.figures.first { $0.figure == .costPerMonth }?.delta?.numeric)
        #expect(abs(cost - before.host.costPerHour * 730) < 0.01)
        let memory = try #require(vm.figures.first { $0.figure == .workloadMiB }?.delta?.numeric)
        #expect(memory == 16_384)
        #expect(diff.workloads.added.isEmpty && diff.workloads.removed.isEmpty)
        #expect(
            diff.workloads.changed == [
                .init(name: "postgres", fields: [FieldChange(key: "replicas", a: .integer(3), b: .integer(4))])
            ])
        #expect(diff.settings == [])
        let table = DiffTable.render(diff)
        #expect(table.contains("changed  postgres: replicas 3 → 4"))
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("vm ") && $0.contains(" hosts ") && $0.hasSuffix(" +1") })
        #expect(table.contains("+\(Money.perMonth(cost, currency: "USD"))"))
    }

    @Test func planFilesCompareByInstancesPerPlan() throws {
        let before = try BundledProfiles.scenario(named: "online-shop")
        let after = try onlineShop(postgresReplicas: 1)
        let byPlans = PlanDiff(try planSide(before), try planSide(after, "b.plan.json"))
        let byScenarios = PlanDiff(try side(before), try side(after, "b.json"))
        #expect(byPlans.plans == byScenarios.plans)
        #expect(byPlans.workloads.basis == .instances && byPlans.settings == nil)
        let postgres = try #require(byPlans.workloads.changed.first)
        #expect(byPlans.workloads.changed.count == 1 && postgres.name == "postgres")
        // Postgres is stateful: a container in the faas plan too, so every plan places one more.
        #expect(postgres.fields.map(\.key) == ["instances.vm", "instances.container", "instances.faas", "instances.mixed"])
        #expect(postgres.fields.allSatisfy { $0.a == .integer(3) && $0.b == .integer(4) })
        // A scenario against a plan compares at the plan's level.
        let mixed = PlanDiff(try side(before), try planSide(after, "b.plan.json"))
        #expect(mixed.workloads == byPlans.workloads && mixed.plans == byPlans.plans)
    }

    @Test func aSummaryPlanComparesFiguresButNotWorkloads() throws {
        let scenario = try onlineShop(postgresReplicas: 1)
        let diff = PlanDiff(try planSide(scenario, placements: false), try side(try onlineShop(postgresReplicas: 0)))
        #expect(diff.workloads.basis == .none && diff.workloads.isEmpty)
        #expect(diff.isDifferent && diff.plans.allSatisfy(\.isDifferent))
    }

    @Test func workloadsAddedRemovedAndSettingsChanged() throws {
        let before = try BundledProfiles.scenario(named: "dev-laptop")
        var after = before
        after.workloads.removeAll { $0.name == "queue" }
        after.workloads.append(Workload(name: "search", cpuCores: 1, memoryMiB: 2048, replicas: 2))
        after.host.cpuCores = before.host.cpuCores * 2
        after.name = "renamed"
        after.notes = ["labels are not compared"]
        let diff = PlanDiff(try side(before), try side(after, "b.json"))
        #expect(diff.workloads.added == ["search"] && diff.workloads.removed == ["queue"] && diff.workloads.changed.isEmpty)
        #expect(
            diff.settings == [
                FieldChange(key: "host.cpuCores", a: .number(before.host.cpuCores), b: .number(after.host.cpuCores))
            ])
        let table = DiffTable.render(diff)
        #expect(table.contains("  added    search\n") && table.contains("  removed  queue\n"))
        #expect(table.contains("settings:\n  host.cpuCores \(JSONNumber.format(before.host.cpuCores)) → "))
    }

    @Test func changedFieldsNameNestedKeysAndMissingValues() {
        let a = JSONValue.object([
            ("replicas", .integer(3)), ("layers", .array([.object([("id", .string("base")), ("sizeMiB", .integer(80))])])),
            ("antiAffinity", .array([.string("x")])), ("pod", .null),
        ])
        let b = JSONValue.object([
            ("replicas", .integer(3)),
            (
                "layers",
                .array([.object([("id", .string("base")), ("sizeMiB", .integer(90))]), .object([("id", .string("app"))])])
            ),
            ("antiAffinity", .array([.string("x"), .string("y")])), ("pod", .string("web")),
        ])
        let changes = FieldChange.changes(a, b)
        #expect(changes.map(\.key) == ["layers[0].sizeMiB", "layers[1]", "antiAffinity", "pod"])
        #expect(
            changes.map(DiffTable.change) == [
                "layers[0].sizeMiB 80 → 90", #"layers[1] (none) → {"id":"app"}"#, #"antiAffinity ["x"] → ["x","y"]"#,
                "pod null → web",
            ])
        let long = JSONValue.array(
            (1...9).map { JSONValue.object([("name", .string("type-\($0)")), ("cpuCores", .integer($0))]) })
        let added = FieldChange.changes(.object([]), .object([("hostTypes", long)]))
        #expect(added.map(DiffTable.change) == ["hostTypes (none) → [9 items]"])
    }

    /// A plan document with more members (a host catalog's `hostType`) reads, and the host type is compared.
    @Test func hostTypeIsComparedWhenAPlanNamesOne() throws {
        let scenario = try BundledProfiles.scenario(named: "dev-laptop")
        let document = PlanDocument.json(scenario: scenario, plans: try Planner().plans(for: scenario))
        var object = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        var plans = try #require(object["plans"] as? [[String: Any]])
        plans[0]["hostType"] = "m6i.2xlarge"
        plans[0]["alternatives"] = [["hostType": "c6i.4xlarge", "hosts": 3]]
        object["plans"] = plans
        let edited = try JSONSerialization.data(withJSONObject: object)
        let diff = PlanDiff(try planSide(scenario), try DiffSide.planDocument(edited, source: "b.plan.json"))
        #expect(diff.isDifferent && diff.workloads.isEmpty)
        let vm = try #require(diff.plans.first)
        #expect(vm.figures.filter(\.isDifferent).map(\.figure) == [.hostType])
        let hostType = try #require(vm.figures.last)
        #expect(hostType.a == nil && hostType.b == .text("m6i.2xlarge") && hostType.delta == nil)
        #expect(diff.plans.dropFirst().allSatisfy { !$0.figures.contains { $0.figure == .hostType } })
        #expect(DiffTable.render(diff).contains("vm    host type  —  m6i.2xlarge"))
        let json = DiffDocument.value(diff).serialized()
        #expect(json.contains(#""hostType":{"a":null,"b":"m6i.2xlarge","delta":null}"#))
    }

    /// Plans over a host catalog: the chosen type and a mix's hosts per type, from the computed
    /// plans and from their plan file alike.
    @Test func hostCatalogChoicesAreCompared() throws {
        let plain = try BundledProfiles.scenario(named: "online-shop")
        let cheapest = try BundledCatalogs.apply("aws-us-east-1", to: plain)
        var mix = cheapest
        mix.hostSelection = .mix
        let toCheapest = PlanDiff(try side(plain), try side(cheapest, "b.json"))
        let plans = try Planner().plans(for: cheapest)
        for (change, plan) in zip(toCheapest.plans, plans) {
            let hostType = try #require(change.figures.first { $0.figure == .hostType })
            #expect(hostType.a == nil && hostType.b == plan.hostType.map(FigureValue.text) && hostType.b != nil)
            #expect(!change.figures.contains { $0.figure == .hostsByType })
        }
        #expect(toCheapest.settings?.map(\.key) == ["hostTypes", "hostSelection"])
        var shapesCheapest = HostChoiceTests.shapes(computeMemoryGiB: 48)
        shapesCheapest.hostSelection = .cheapest
        let shapes = HostChoiceTests.shapes(computeMemoryGiB: 48)
        let toMix = PlanDiff(try side(shapesCheapest), try side(shapes, "b.json"))
        let mixPlans = try Planner().plans(for: shapes)
        var mixed = 0
        for (change, plan) in zip(toMix.plans, mixPlans) {
            guard !plan.hostsByType.isEmpty else {
                #expect(!change.figures.contains { $0.figure == .hostsByType })
                continue
            }
            mixed += 1
            let byType = try #require(change.figures.first { $0.figure == .hostsByType })
            let expected = plan.hostsByType.map { "\($0.hosts) \($0.hostType)" }.joined(separator: " + ")
            #expect(byType.a == nil && byType.b == .text(expected) && !expected.isEmpty)
        }
        #expect(mixed > 0)
        #expect(!PlanDiff(try side(shapes), try planSide(shapes)).isDifferent)
        #expect(!PlanDiff(try side(mix), try planSide(mix)).isDifferent)
    }

    @Test func costsInTwoCurrenciesHaveNoDelta() throws {
        let before = try BundledProfiles.scenario(named: "dev-laptop")
        var after = before
        after.currency = "EUR"
        let diff = PlanDiff(try side(before), try side(after, "b.json"))
        #expect(diff.isDifferent && diff.currencyChanged && diff.settings == [])
        let cost = try #require(diff.plans.first?.figures.first { $0.figure == .costPerMonth })
        #expect(!cost.isDifferent && cost.delta == nil)
        #expect(DiffTable.render(diff).contains("currency: USD → EUR"))
    }

    @Test func theDocumentHasEveryFigureOfEveryPlan() throws {
        let scenario = try BundledProfiles.scenario(named: "online-shop")
        let diff = PlanDiff(try side(scenario), try side(try onlineShop(postgresReplicas: 1), "b.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: DiffDocument.json(diff)) as? [String: Any])
        #expect(object["schema"] as? String == "vplan.diff/v1" && object["different"] as? Bool == true)
        #expect((object["a"] as? [String: Any])?["kind"] as? String == "scenario")
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.map { $0["model"] as? String } == ["vm", "container", "faas", "mixed"])
        let keys = Set(PlanFigure.allCases.map(\.rawValue)).subtracting(["hostType", "hostsByType"]).union(["model", "different"])
        #expect(plans.allSatisfy { Set($0.keys) == keys })
        let hosts = try #require(plans[0]["hosts"] as? [String: Int])
        #expect(hosts == ["a": 4, "b": 5, "delta": 1])
        let workloads = try #require(object["workloads"] as? [String: Any])
        #expect(workloads["basis"] as? String == "scenario")
        let changed = try #require(workloads["changed"] as? [[String: Any]])
        #expect(changed.first?["name"] as? String == "postgres")
        #expect(
            DiffDocument.json(diff)
                == DiffDocument.json(PlanDiff(try side(scenario), try side(try onlineShop(postgresReplicas: 1), "b.json"))))
    }

    @Test func deltasReadWithTheirSign() {
        #expect(DiffTable.signed(.count(2), .hosts, "USD") == "+2")
        #expect(DiffTable.signed(.count(-1), .hosts, "USD") == "−1")
        #expect(DiffTable.signed(.number(-380), .costPerMonth, "USD") == "−$380/mo")
        #expect(DiffTable.signed(.number(1234.4), .costPerMonth, "EUR") == "+€1,234/mo")
        #expect(DiffTable.signed(.number(0.004), .overheadFraction, "USD") == "+0.4 pt")
        #expect(DiffTable.signed(.number(0.001), .readySeconds, "USD") == "+<0.01")
        #expect(DiffTable.signed(.number(-12.25), .rolloutMiB, "USD") == "−12.3")
        #expect(DiffTable.signed(.text("x"), .hostType, "USD") == "")
    }

    @Test(arguments: [
        (
            #"{"schema": "vplan.plan/v1", "currency": "USD", "plans": [{"model": "vm"}]}"#,
            "b.plan.json: plans[0].hosts: is missing"
        ),
        (#"{"schema": "vplan.plan/v1", "currency": "USD"}"#, "b.plan.json: plans: is missing"),
        (
            #"{"schema": "vplan.plan/v2", "currency": "USD", "plans": []}"#,
            #"b.plan.json: schema: "vplan.plan/v2" is not a plan schema this version reads (vplan.plan/v1)"#
        ),
        (#"{"schema": "vplan.plan/v1", "currency": "USD", "plans": "none"}"#, "b.plan.json: plans: expected a list"),
        (
            #"{"schema": "vplan.plan/v1", "currency": "USD", "currency": "EUR", "plans": []}"#,
            #"b.plan.json: line 1, column 48: duplicate key "currency" in one object"#
        ),
        ("{\"schema\": \"vplan.plan/v1\",\n \"plans\": [}", "b.plan.json: line 2, column 12: invalid JSON: invalid value"),
    ])
    func aBadPlanFileNamesTheFileAndTheField(text: String, message: String) {
        #expect(throws: ScenarioError.self) { try DiffSide.planDocument(Data(text.utf8), source: "b.plan.json") }
        do {
            _ = try DiffSide.planDocument(Data(text.utf8), source: "b.plan.json")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func planDocumentsAreToldFromScenariosByTheirSchema() {
        #expect(PlanFileReader.isPlanDocument(Data(#"{"schema": "vplan.plan/v1"}"#.utf8)))
        #expect(PlanFileReader.isPlanDocument(Data(#"{"schema": "vplan.plan/v9"}"#.utf8)))
        #expect(!PlanFileReader.isPlanDocument(Data(#"{"schema": "vplan.scenario/v1"}"#.utf8)))
        #expect(!PlanFileReader.isPlanDocument(Data(#"{"workloads": []}"#.utf8)))
        #expect(!PlanFileReader.isPlanDocument(Data("not json".utf8)))
        #expect(!PlanFileReader.isPlanDocument(Data(#"["vplan.plan/v1"]"#.utf8)))
    }
}
