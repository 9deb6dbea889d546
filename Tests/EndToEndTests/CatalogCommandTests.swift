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
        // The issue's hand replan: m6i.2xlarge, 5 hosts, $1,402 a month for containers.
        #expect(container["hostType"] as? String == "m6i.2xlarge")
        #expect(container["hosts"] as? Int == 5)
        let alternatives = container["alternatives"] as? [[String: Any]] ?? []
        #expect(alternatives.count == 27)
        let costs = alternatives.compactMap { $0["costPerMonth"] as? Double }
        #expect(costs == costs.sorted() && costs.first == 1401.6)
        let csv = try CLI.run(["plan", "-p", profile.path, "--catalog", "aws-us-east-1", "--format", "csv"])
        #expect(String(decoding: csv.stdout, as: UTF8.self).split(separator: "\n").first?.hasSuffix(",hostType") == true)
    }

    @Test func sweepAndDiffTakeACatalogToo() throws {
        // A sweep over the catalog: each point's cost equals plan --catalog on the same edit.
        let sweep = try CLI.run([
            "sweep", "-p", "online-shop", "--catalog", "aws-us-east-1", "--vary", "host.failoverHosts=0,1", "-f", "csv",
        ])
        #expect(sweep.status == 0)
        let rows = String(decoding: sweep.stdout, as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",") }
        #expect(rows.count == 1 + 2 * 4)
        let hostType = try #require(rows[0].firstIndex(of: "hostType"))
        let container = rows.first { $0.count > hostType && $0[1] == "1" && $0[2] == "container" }
        #expect(container?[hostType] == "m6i.2xlarge")
        // diff: the same profile with and without the catalog differs; with it on both sides, not.
        let same = try CLI.run(["diff", "online-shop", "online-shop", "--catalog", "aws-us-east-1"])
        #expect(same.status == 0)
        let plain = SourceTree.url("Profiles/online-shop.json").path
        let planned = try CLI.run(["plan", "-p", plain, "--catalog", "gcp-us-central1", "--summary"])
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("gcp.plan.json")
        try planned.stdout.write(to: file)
        let differs = try CLI.run(["diff", file.path, "online-shop", "--catalog", "aws-us-east-1"])
        #expect(differs.status == 1)
    }

    @Test func badCatalogFilesAreOneLineNamingTheFile() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let type = #"{"name": "t", "cpuCores": 16, "memoryGiB": 64, "costPerHour": 1}"#
        let cases: [(String, String)] = [
            (
                #"{"schema": "vplan.catalog/v1", "name": "c", "pricesAsOf": "2026-07", "sources": [], "hostTypes": [\#(type)]}"#,
                "currency: is required"
            ),
            (
                #"{"schema": "vplan.catalog/v1", "name": "c", "currency": "USD", "pricesAsOf": "yesterday", "sources": [], "hostTypes": [\#(type)]}"#,
                "pricesAsOf: must be the month or day the prices held, YYYY-MM or YYYY-MM-DD (got \"yesterday\")"
            ),
            (
                #"{"schema": "vplan.catalog/v1", "name": "c", "currency": "EUR", "pricesAsOf": "2026-07", "sources": [], "hostTypes": [\#(type)]}"#,
                "currency: the catalog \"c\" prices hosts in EUR but the scenario's costs are in USD; use a scenario in EUR"
            ),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let file = directory.appendingPathComponent("catalog\(index).json")
            try Data(text.utf8).write(to: file)
            let result = try CLI.run(["plan", "--catalog", file.path, "--summary"])
            #expect(result.status == 1 && result.stdout.isEmpty)
            #expect(result.stderr == "vplan: \(file.path): \(message)\n")
        }
        let missing = directory.appendingPathComponent("missing.json").path
        let result = try CLI.run(["plan", "--catalog", missing])
        #expect(result.status == 1 && result.stderr == "vplan: \(missing): no such catalog file\n")
    }

    @Test func anUnknownCatalogIsOneLineAndExitOne() throws {
        let result = try CLI.run(["plan", "--catalog", "aws-mars-1"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(
            result.stderr
                == "vplan: no bundled catalog named \"aws-mars-1\" (bundled: aws-us-east-1, azure-eastus, gcp-us-central1)\n")
    }
}
