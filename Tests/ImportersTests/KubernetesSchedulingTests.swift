import Importers
import PlannerCore
import Testing

/// Pod anti-affinity and topology spread constraints → `spread` and `antiAffinity` (issue 16),
/// one hand-written fixture per construct, and one warning per construct that is not expressed.
@Suite struct KubernetesSchedulingTests {
    /// The path of a pod template's anti-affinity terms.
    static let required = "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"
    static let preferred = "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution"
    static let constraints = "spec.template.spec.topologySpreadConstraints"

    /// The warnings about one object's pod spec: those that start with its place.
    func warnings(_ result: ImportResult, _ place: String) -> [String] {
        result.summary.warnings.filter { $0.hasPrefix("\(place): spec.") }
    }

    /// The error an import of `yaml` throws, or nil.
    func error(_ yaml: String) -> String? {
        do {
            _ = try KubernetesImporter.run([Fixtures.text(yaml)])
            return nil
        } catch {
            return error.description
        }
    }

    @Test func requiredHostnameAntiAffinityOnOwnLabelsIsRequiredHostSpread() throws {
        let result = try Fixtures.kubernetes("kubernetes/anti-affinity-own-host.yaml")
        let web = try #require(result.workload("web"))
        #expect(web.spread == Spread(topology: .host, maxSkew: 1, required: true))
        #expect(web.antiAffinity.isEmpty)
        #expect(warnings(result, "anti-affinity-own-host.yaml: document 1: Deployment shop/web").isEmpty)
        expectPlans(result.scenario)
    }

    @Test func preferredAntiAffinityIsPreferredSpreadAndNotExpressedAgainstOthers() throws {
        let result = try Fixtures.kubernetes("kubernetes/anti-affinity-preferred.yaml")
        let api = try #require(result.workload("api"))
        #expect(api.spread == Spread(topology: .host, maxSkew: 1, required: false))
        #expect(api.antiAffinity.isEmpty)
        let cache = try #require(result.workload("cache"))
        #expect(cache.spread == nil)
        #expect(cache.antiAffinity.isEmpty)
        let place = "anti-affinity-preferred.yaml: document 1: Deployment api"
        #expect(
            warnings(result, place) == [
                "\(place): \(Self.preferred)[1]: preferred anti-affinity to Deployment cache is not expressed "
                    + "(the scenario's anti-affinity is required only)"
            ])
        #expect(result.summary.text.contains("\nwarning: \(place): \(Self.preferred)[1]: preferred anti-affinity"))
        expectPlans(result.scenario)
    }

    @Test func zoneAntiAffinityIsZoneSpreadAndNotExpressedAgainstOthers() throws {
        let result = try Fixtures.kubernetes("kubernetes/anti-affinity-zone.yaml")
        let zoneSpread = Spread(topology: .zone, maxSkew: 1, required: true)
        #expect(result.workload("queue")?.spread == zoneSpread)
        // The legacy failure-domain.beta.kubernetes.io/zone key counts as the zone.
        #expect(result.workload("ledger")?.spread == zoneSpread)
        #expect(result.workload("ledger")?.antiAffinity == [])
        #expect(warnings(result, "anti-affinity-zone.yaml: document 1: StatefulSet queue").isEmpty)
        let place = "anti-affinity-zone.yaml: document 2: Deployment ledger"
        #expect(
            warnings(result, place) == [
                "\(place): \(Self.required)[1]: zone anti-affinity to StatefulSet queue is not expressed "
                    + "(the scenario's anti-affinity is per host)"
            ])
        expectPlans(result.scenario)
    }

    @Test func requiredHostnameAntiAffinityToAnotherDeploymentNamesItsWorkloads() throws {
        let result = try Fixtures.kubernetes("kubernetes/anti-affinity-other.yaml")
        let search = try #require(result.workload("search"))
        #expect(search.spread == Spread(topology: .host, maxSkew: 1, required: true))
        // heavy-io Exists selects indexer; crawler has the label too, but in another namespace.
        #expect(search.antiAffinity == ["indexer"])
        // The scenario's anti-affinity is symmetric: indexer need not list search.
        #expect(result.workload("indexer")?.antiAffinity == [])
        #expect(result.workload("indexer")?.spread == nil)
        #expect(result.workload("crawler")?.antiAffinity == [])
        let place = "anti-affinity-other.yaml: document 1: Deployment search/search"
        #expect(
            warnings(result, place) == [
                "\(place): \(Self.required)[2]: its labelSelector does not select any pod of the input; not expressed"
            ])
        expectPlans(result.scenario)
    }

    @Test func topologySpreadConstraintsKeepTheirSkewAndWhetherTheyAreRequired() throws {
        let result = try Fixtures.kubernetes("kubernetes/spread-constraints.yaml")
        // ScheduleAnyway → preferred, maxSkew kept.
        #expect(result.workload("batch")?.spread == Spread(topology: .host, maxSkew: 2, required: false))
        #expect(warnings(result, "spread-constraints.yaml: document 1: Deployment batch").isEmpty)
        // DoNotSchedule over zones wins over ScheduleAnyway over hosts: required first.
        #expect(result.workload("report")?.spread == Spread(topology: .zone, maxSkew: 2, required: true))
        let report = "spread-constraints.yaml: document 2: Deployment report"
        #expect(
            warnings(result, report) == [
                "\(report): \(Self.constraints)[0]: host spread (maxSkew 2, preferred) is not expressed "
                    + "(a workload has one spread; it keeps zone spread (maxSkew 2, required))"
            ])
        #expect(result.workload("worker")?.spread == nil)
        expectPlans(result.scenario)
    }

    @Test func requiredHostSpreadIsKeptOverRequiredZoneAndForeignSelectorsAreReported() throws {
        let result = try Fixtures.kubernetes("kubernetes/spread-constraints.yaml")
        // whenUnsatisfiable left out is DoNotSchedule; host is kept over zone when both are required.
        #expect(result.workload("render")?.spread == Spread(topology: .host, maxSkew: 3, required: true))
        #expect(result.workload("render")?.antiAffinity == [])
        let render = "spread-constraints.yaml: document 3: Deployment render"
        #expect(
            warnings(result, render) == [
                "\(render): \(Self.constraints)[2]: its labelSelector does not select the workload's own pods "
                    + "(it selects Deployment worker); not expressed",
                "\(render): \(Self.constraints)[0]: zone spread (maxSkew 1, required) is not expressed "
                    + "(a workload has one spread; it keeps host spread (maxSkew 3, required))",
            ])
    }

    @Test func unsupportedConstructsAreReportedOneLineEach() throws {
        let result = try Fixtures.kubernetes("kubernetes/scheduling-unexpressed.yaml")
        let gateway = try #require(result.workload("gateway"))
        // Only the zone constraint is expressed, without its minDomains.
        #expect(gateway.spread == Spread(topology: .zone, maxSkew: 1, required: true))
        #expect(gateway.antiAffinity.isEmpty)
        let place = "scheduling-unexpressed.yaml: document 1: Deployment edge/gateway"
        let expected = [
            "\(Self.required)[0]: topologyKey example.com/rack is not expressed (vplan spreads over hosts and zones only)",
            "\(Self.required)[1].labelSelector.matchExpressions[0].operator: operator NotIn is not expressed "
                + "(vplan evaluates matchLabels, In and Exists); the term is left out",
            "\(Self.required)[2]: a namespaceSelector reaches pods of other namespaces; the term is not expressed",
            "\(Self.required)[3]: namespaces names public, outside the object's namespace; the term is not expressed",
            "spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]: pod affinity is not "
                + "expressed (the scenario has anti-affinity only; a pod's containers are placed together already)",
            "\(Self.constraints)[0]: topologyKey topology.kubernetes.io/region is not expressed "
                + "(vplan spreads over hosts and zones only)",
            "\(Self.constraints)[1].minDomains: minDomains 3 is not expressed; the spread is kept without it",
        ]
        #expect(warnings(result, place) == expected.map { "\(place): \($0)" })
        #expect(result.workload("auth")?.spread == nil)
        expectPlans(result.scenario)
    }

    @Test func membersOfAMultiContainerPodShareSpreadAndAntiAffinity() throws {
        let result = try Fixtures.kubernetes("kubernetes/scheduling-multi-container.yaml")
        #expect(result.scenario.workloads.map(\.name) == ["shop-app", "shop-proxy", "db-server", "db-exporter"])
        for name in ["shop-app", "shop-proxy"] {
            let member = try #require(result.workload(name))
            #expect(member.pod == "shop")
            #expect(member.spread == Spread(topology: .host, maxSkew: 1, required: true), "\(name)")
            // Every member of db, never a member of its own pod.
            #expect(member.antiAffinity == ["db-server", "db-exporter"], "\(name)")
        }
        for name in ["db-server", "db-exporter"] {
            let member = try #require(result.workload(name))
            #expect(member.pod == "db")
            #expect(member.spread == Spread(topology: .zone, maxSkew: 1, required: true), "\(name)")
            #expect(member.antiAffinity.isEmpty, "\(name)")
        }
        #expect(result.warnings(containing: "not expressed").isEmpty)
        expectPlans(result.scenario)
    }

    /// `matchLabelKeys: [pod-template-hash]` (a label the Deployment controller adds per revision)
    /// keeps the constraint to the workload's own pods, though another Deployment shares the label.
    @Test func matchLabelKeysKeepAConstraintToTheWorkloadsOwnPods() throws {
        func deployment(_ name: String, keys: String) -> String {
            """
            kind: Deployment
            metadata: {name: \(name)}
            spec:
              replicas: 4
              template:
                metadata: {labels: {app: \(name), tier: web}}
                spec:
                  topologySpreadConstraints:
                    - {maxSkew: 1, topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {tier: web}}\(keys)}
                  containers: [{name: c, image: i, resources: {requests: {cpu: 1, memory: 1Gi}}}]
            """
        }
        let yaml = [deployment("a", keys: ", matchLabelKeys: [pod-template-hash]"), deployment("b", keys: "")]
        let result = try KubernetesImporter.run([Fixtures.text(yaml.joined(separator: "\n---\n"))])
        #expect(result.workload("a")?.spread == Spread(topology: .host, maxSkew: 1, required: true))
        #expect(result.workload("b")?.spread == Spread(topology: .host, maxSkew: 1, required: true))
        #expect(result.warnings(containing: "Deployment a: spec").isEmpty)
        #expect(
            result.warnings(containing: "Deployment b: spec") == [
                "inline.yaml: document 2: Deployment b: \(Self.constraints)[0]: counting the pods of Deployment a "
                    + "in this spread is not expressed; it spreads its own pods only"
            ])
    }

    /// A bare Pod's labels are its own `metadata.labels`.
    @Test func barePodsAreSelectedByTheirOwnLabels() throws {
        let yaml = """
            kind: Pod
            metadata: {name: primary, labels: {role: primary}}
            spec: {containers: [{name: c, image: i}]}
            ---
            kind: Pod
            metadata: {name: replica, labels: {role: replica}}
            spec:
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {role: primary}}}
              containers: [{name: c, image: i}]
            """
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("replica")?.antiAffinity == ["primary"])
        #expect(result.workload("replica")?.spread == nil)
        #expect(result.warnings(containing: "not expressed").isEmpty)
        expectPlans(result.scenario)
    }

    @Test(arguments: [
        (
            "topologySpreadConstraints: [{maxSkew: 1, labelSelector: {}}]",
            "inline.yaml: document 1: spec.topologySpreadConstraints[0].topologyKey: missing"
        ),
        (
            "topologySpreadConstraints: [{maxSkew: 0, topologyKey: kubernetes.io/hostname}]",
            "inline.yaml: document 1: spec.topologySpreadConstraints[0].maxSkew: must be at least 1 (got 0)"
        ),
        (
            "topologySpreadConstraints: [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: Never}]",
            "inline.yaml: document 1: spec.topologySpreadConstraints[0].whenUnsatisfiable: "
                + "expected DoNotSchedule or ScheduleAnyway, found \"Never\""
        ),
        (
            "affinity: {podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 1}]}}",
            "inline.yaml: document 1: spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]"
                + ".podAffinityTerm: missing"
        ),
    ])
    func malformedConstraintsAreErrorsAtTheirField(spec: String, message: String) {
        let yaml = "kind: Pod\nmetadata: {name: p}\nspec:\n  \(spec)\n  containers: [{name: c, image: i}]\n"
        #expect(error(yaml) == message)
    }

    /// Anti-affinity lists repeat on every member of a pod: two pods of a thousand containers each
    /// that avoid each other would list a million names. A million in all is the limit.
    @Test func antiAffinityNamesAreBounded() {
        func pod(_ name: String, containers: Int, selector: String) -> String {
            let list = (0..<containers).map { "{name: c\($0), image: i}" }.joined(separator: ", ")
            return """
                kind: Pod
                metadata: {name: \(name), labels: {app: \(name)}}
                spec:
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: \(selector)}}}
                  containers: [\(list)]
                """
        }
        let yaml = [pod("a", containers: 1000, selector: "b"), pod("b", containers: 1001, selector: "a")]
        #expect(
            error(yaml.joined(separator: "\n---\n"))
                == "inline.yaml: document 1: Pod a would make more than 1000000 anti-affinity names in all "
                + "(each workload lists the workloads it never shares a host with), the limit of an import")
        // One container fewer stays within it (999 × 1001 names), when b does not avoid a in turn.
        let fewer = [pod("a", containers: 999, selector: "b"), pod("b", containers: 1001, selector: "nobody")]
        #expect(error(fewer.joined(separator: "\n---\n")) == nil)
    }
}
