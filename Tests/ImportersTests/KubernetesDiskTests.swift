import Importers
import PlannerCore
import Testing

/// `ephemeral-storage` requests become the workload's `diskGiB` (docs/importers.md), and the base
/// host gets the local disk the largest pod needs when it has less.
@Suite struct KubernetesDiskTests {
    /// A Deployment of two containers: the app requests 10Gi, the sidecar only limits 500M (the
    /// request defaults to the limit), 10 GiB + 476.84 MiB per pod.
    static let pod = """
        kind: Deployment
        metadata: {name: render}
        spec:
          replicas: 3
          template:
            spec:
              containers:
              - {name: app, image: i, resources: {requests: {cpu: 1, memory: 2Gi, ephemeral-storage: 10Gi}}}
              - {name: log, image: i, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {ephemeral-storage: 500M}}}

        """

    @Test func ephemeralStorageBecomesDiskAndTheHostGetsWhatThePodNeeds() throws {
        let result = try KubernetesImporter.run([Fixtures.text(Self.pod)])
        let app = try #require(result.workload("render-app"))
        let log = try #require(result.workload("render-log"))
        #expect(app.diskGiB == 10)
        #expect(log.diskGiB == 500_000_000.0 / 1_073_741_824)
        // The default host has no local disk: 10.47 GiB per pod, rounded up to 11.
        #expect(result.scenario.host.localDiskGiB == 11)
        #expect(
            result.warnings(containing: "the pods request ephemeral storage: host.localDiskGiB set to 11, the most one pod needs")
                .count == 1)
        #expect(result.warnings(containing: "which vplan does not plan").isEmpty)
        #expect(ScenarioValidator.errors(in: result.scenario).isEmpty)
        let plan = try Planner().plan(result.scenario, model: .container)
        #expect(plan.hostCapacity.diskGiB == 11)
        // One pod per host: two do not fit in 11 GiB.
        #expect(plan.activeHosts == 3)
        // Written to a file (12 significant digits) it asks for the same whole MiB.
        let reread = try ScenarioDecoder.scenario(from: ScenarioDocument.json(result.scenario))
        #expect(
            reread.workloads.map { Resources(demandCores: 1, memoryMiB: 1, pods: 1, diskGiB: $0.diskGiB).diskMiB } == [
                10_240, 477,
            ])
    }

    @Test func aBaseHostWithEnoughDiskIsKept() throws {
        var base = Scenario(name: "base", workloads: [])
        base.host.localDiskGiB = 100
        let result = try KubernetesImporter.run(
            [Fixtures.text(Self.pod)], options: KubernetesImportOptions(base: base))
        #expect(result.scenario.host.localDiskGiB == 100)
        #expect(result.warnings(containing: "ephemeral storage").isEmpty)
        // Nine GiB per host would not hold one pod: raised to 11, and said so.
        base.host.localDiskGiB = 9
        let small = try KubernetesImporter.run([Fixtures.text(Self.pod)], options: KubernetesImportOptions(base: base))
        #expect(small.scenario.host.localDiskGiB == 11)
        #expect(small.warnings(containing: "(the base host had 9)").count == 1)
    }

    @Test func aDaemonSetWithEphemeralStorageIsStillEstimated() throws {
        let yaml = """
            kind: DaemonSet
            metadata: {name: agent}
            spec:
              template:
                spec:
                  containers: [{name: agent, image: i, resources: {requests: {cpu: 1, memory: 1Gi, ephemeral-storage: 1Gi}}}]

            """
        let result = try KubernetesImporter.run([Fixtures.text(yaml)])
        #expect(result.workload("agent")?.diskGiB == 1)
        #expect(result.warnings(containing: "could not be planned").isEmpty)
        #expect(result.warnings(containing: "the active hosts of the container plan").count == 1)
    }

    @Test func aBadQuantityIsAnErrorAtItsField() {
        for (quantity, reason) in [("ten", "invalid quantity \"ten\""), ("-1Gi", "must not be negative (got \"-1Gi\")")] {
            let yaml =
                "kind: Pod\nmetadata: {name: d}\nspec:\n  containers: [{name: d, image: i, resources: {requests: {ephemeral-storage: \(quantity)}}}]\n"
            do {
                _ = try KubernetesImporter.run([Fixtures.text(yaml)])
                Issue.record("\(quantity) imported")
            } catch {
                #expect(error.description.contains("ephemeral-storage"), "\(error.description)")
                #expect(error.description.hasSuffix(reason), "\(error.description)")
            }
        }
    }
}
