import Importers
import PlannerCore
import Testing

/// The real manifests of shared/data/kubernetes (copied into Fixtures/real with their credits).
@Suite struct RealManifestTests {
    @Test func onlineBoutiqueImportsTwelveWorkloadsWithTheirRequests() throws {
        let result = try Fixtures.kubernetes("real/online-boutique.yaml")
        // (name, millicores, MiB) from each Deployment's resources.requests.
        let expected: [(String, Double, Double)] = [
            ("frontend", 100, 64), ("adservice", 200, 180), ("currencyservice", 100, 64), ("cartservice", 200, 64),
            ("redis-cart", 70, 200), ("loadgenerator", 300, 256), ("recommendationservice", 100, 220),
            ("checkoutservice", 100, 64), ("emailservice", 100, 64), ("paymentservice", 100, 64),
            ("shippingservice", 100, 64), ("productcatalogservice", 100, 64),
        ]
        #expect(result.scenario.workloads.map(\.name) == expected.map(\.0))
        for (name, millicores, mib) in expected {
            let workload = try #require(result.workload(name))
            #expect((workload.cpuCores * 1000).rounded() == millicores, "\(name) cpu")
            #expect(workload.memoryMiB == mib, "\(name) memory")
            #expect(workload.replicas == 1, "\(name) replicas")
            #expect(workload.pod == nil)
            #expect(workload.model == .container)
            #expect(!workload.stateful)
            #expect(workload.layers.count == 1)
        }
        let millicores = result.scenario.workloads.reduce(0) { $0 + ($1.cpuCores * 1000).rounded() }
        #expect(millicores == 1570)
        #expect(result.scenario.workloads.reduce(0) { $0 + $1.memoryMiB } == 1368)
        #expect(result.summary.workloads == 12)
        #expect(result.summary.instances == 12)
        #expect(abs(result.summary.totalCpuCores - 1.57) < 1e-9)
        #expect(result.summary.totalMemoryMiB == 1368)
        #expect(result.summary.skipped.map(\.kind) == ["Service", "ServiceAccount"])
        #expect(result.summary.skipped.map(\.count) == [12, 11])
        let summary = result.summary.text.split(separator: "\n").map(String.init)
        #expect(
            Array(summary.prefix(3)) == [
                "imported 12 workloads, 12 instances from 1 file: 1.57 CPU cores, 1368 MiB in all",
                "skipped 12 Service: not a workload",
                "skipped 11 ServiceAccount: not a workload",
            ])
        #expect(summary.count == 3 + result.summary.warnings.count)
        // No requests were defaulted; the only warnings are the 12 images without manifests.
        #expect(result.warnings(containing: "no CPU").isEmpty)
        #expect(result.warnings(containing: "no memory").isEmpty)
        #expect(result.warnings(containing: "no manifest given").count == 12)
        // The loadgenerator's init container (frontend-check, no requests) adds nothing.
        #expect(result.warnings(containing: "init container").isEmpty)
        expectPlans(result.scenario)
    }

    @Test func sockShopDefaultsEveryMissingValueWithAWarning() throws {
        let result = try Fixtures.kubernetes("real/sock-shop.yaml")
        #expect(result.scenario.workloads.count == 15)
        let rabbit = try #require(result.workload("rabbitmq"))
        let exporter = try #require(result.workload("rabbitmq-exporter"))
        #expect(rabbit.pod == "rabbitmq")
        #expect(exporter.pod == "rabbitmq")
        #expect(rabbit.replicas == exporter.replicas)
        // Seven containers have no resources at all: one CPU and one memory warning each.
        let withoutRequests = ["carts-db", "catalogue-db", "orders-db", "rabbitmq", "rabbitmq-exporter", "session-db", "user-db"]
        #expect(result.warnings(containing: "has no CPU request or limit").count == withoutRequests.count)
        #expect(result.warnings(containing: "has no memory request or limit").count == withoutRequests.count)
        for container in withoutRequests {
            #expect(result.warnings(containing: "container \(container) has no CPU").count == 1, "\(container)")
            #expect(result.warnings(containing: "container \(container) has no memory").count == 1, "\(container)")
        }
        let cartsDb = try #require(result.workload("carts-db"))
        #expect(cartsDb.cpuCores == 0.1)
        #expect(cartsDb.memoryMiB == 200)
        let payment = try #require(result.workload("payment"))
        #expect((payment.cpuCores * 1000).rounded() == 99)
        #expect(payment.memoryMiB == 100)
        #expect(result.summary.skipped.map(\.kind) == ["Namespace", "Service"])
        expectPlans(result.scenario)
    }

    @Test func hotelReservationDefaultsMemoryAndSkipsVolumes() throws {
        let files = try Fixtures.folder("real/hotel-reservation")
        #expect(files.count == 50)
        let result = try KubernetesImporter.run(files)
        #expect(result.scenario.workloads.count == 19)
        for workload in result.scenario.workloads {
            #expect((workload.cpuCores * 1000).rounded() == 100, "\(workload.name)")
            #expect(workload.memoryMiB == 200, "\(workload.name)")
        }
        #expect(result.warnings(containing: "has no memory request or limit").count == 19)
        #expect(result.warnings(containing: "has no CPU").isEmpty)
        let skipped = Dictionary(uniqueKeysWithValues: result.summary.skipped.map { ($0.kind, $0.count) })
        #expect(skipped == ["Service": 19, "PersistentVolume": 6, "PersistentVolumeClaim": 6])
        // The hotel's frontend keeps its name; the same name from another file would be renamed.
        #expect(result.workload("frontend") != nil)
        expectPlans(result.scenario)
    }

    @Test func allRealManifestsTogetherKeepNamesUnique() throws {
        var files = [try Fixtures.file("real/online-boutique.yaml"), try Fixtures.file("real/sock-shop.yaml")]
        files += try Fixtures.folder("real/hotel-reservation")
        let result = try KubernetesImporter.run(files)
        #expect(result.scenario.workloads.count == 12 + 15 + 19)
        #expect(Set(result.scenario.workloads.map(\.name)).count == 46)
        // online-boutique's frontend comes first; the hotel's becomes frontend-2.
        #expect(result.workload("frontend-2") != nil)
        #expect(result.warnings(containing: "imported as frontend-2").count == 1)
        expectPlans(result.scenario)
    }
}
