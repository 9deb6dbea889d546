import Foundation
import TestSupport
import Testing

/// `vplan-tui catalogs` and `plan --catalog` end to end (issue 18): the bundled catalogs listed
/// with their price dates, a profile planned over one without editing it, bad names refused.
@Suite struct CatalogCommandTests {
    @Test func catalogsListsTheBundledCatalogsWithTheirPriceDates() throws {
        let listed = try CLI.run(["catalogs"])
        #expect(listed.status == 0 && listed.stderr.isEmpty)
        let lines = String(decoding: listed.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.map { String($0.prefix { $0 != ":" }) } == ["aws-us-east-1", "azure-eastus", "gcp-us-central1"])
        #expect(lines.allSatisfy { $0.contains("list prices as of 20") })
        let one = try CLI.run(["catalogs", "aws-us-east-1"])
        let text = String(decoding: one.stdout, as: UTF8.self)
        #expect(
            one.status == 0 && text.contains("source: https://") && text.contains("  m6i.2xlarge: 8 cores, 32 GiB, 0.384 USD/h"))
    }

    @Test func planOverACatalogChoosesPerPlanAndLeavesTheFileAlone() throws {
        let profile = SourceTree.url("Profiles/online-shop.json")
        let before = try Data(contentsOf: profile)
        let result = try CLI.run(["plan", "-p", profile.path, "--catalog", "aws-us-east-1", "--summary"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(try Data(contentsOf: profile) == before)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let plans = json?["plans"] as? [[String: Any]] ?? []
        let container = try #require(plans.first { $0["model"] as? String == "container" })
        // The hand replan: m6i.2xlarge, 5 hosts, $1,402 a month for containers.
        #expect(container["hostType"] as? String == "m6i.2xlarge")
        #expect(container["hosts"] as? Int == 5)
        let alternatives = container["alternatives"] as? [[String: Any]] ?? []
        #expect(alternatives.count == 27)
        let costs = alternatives.compactMap { $0["costPerMonth"] as? Double }
        #expect(costs == costs.sorted() && costs.first == 1401.6)
        let csv = try CLI.run(["plan", "-p", profile.path, "--catalog", "aws-us-east-1", "--format", "csv"])
        #expect(String(decoding: csv.stdout, as: UTF8.self).split(separator: "\n").first?.hasSuffix(",hostType") == true)
    }

    @Test func anUnknownCatalogIsOneLineAndExitOne() throws {
        let result = try CLI.run(["plan", "--catalog", "aws-mars-1"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(
            result.stderr
                == "vplan: no bundled catalog named \"aws-mars-1\" (bundled: aws-us-east-1, azure-eastus, gcp-us-central1)\n")
    }
}
