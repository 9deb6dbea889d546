import Foundation
import TestSupport
import Testing

/// The headless commands end to end.
@Suite struct PlanCommandTests {
    @Test func planPrintsTheDefaultScenarioDeterministically() throws {
        let first = try CLI.run(["plan"])
        let second = try CLI.run(["plan"])
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(first.stdout == second.stdout)
        let json = try JSONSerialization.jsonObject(with: first.stdout) as? [String: Any]
        #expect(json?["schema"] as? String == "vplan.plan/v1")
        let plans = json?["plans"] as? [[String: Any]] ?? []
        #expect(plans.compactMap { $0["model"] as? String } == ["vm", "container", "faas", "mixed"])
    }

    @Test func outputFileEqualsStdout() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plan.json")
        let written = try CLI.run(["plan", "--profile", "dev-laptop", "--output", file.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let printed = try CLI.run(["plan", "--profile", "dev-laptop"])
        #expect(try Data(contentsOf: file) == printed.stdout)
    }

    @Test func validateAndProfiles() throws {
        let valid = try CLI.run(["validate", SourceTree.url("Profiles/online-shop.json").path])
        #expect(valid.status == 0)
        #expect(String(decoding: valid.stdout, as: UTF8.self) == "ok\n")
        let profiles = try CLI.run(["profiles"])
        let lines = String(decoding: profiles.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("back-office: ") })
        #expect(lines.first?.hasPrefix("online-shop (default): ") == true)
    }
}

/// `plan --by-hour`: the day one row per hour, whose sum is the month.
@Suite struct PlanByHourTests {
    @Test func theDayHasTwentyFourRowsThatSumToTheMonth() throws {
        let csv = String(
            decoding: try CLI.run(["plan", "-p", "back-office", "--format", "csv", "--by-hour"]).stdout, as: UTF8.self)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 26)  // header, 24 hours, the month
        #expect(rows[0].prefix(3) == ["hour", "vm hosts", "vm cost"])
        #expect(rows[0].last == "faas cold starts")
        let json = try JSONSerialization.jsonObject(with: try CLI.run(["plan", "-p", "back-office", "--summary"]).stdout)
        let plans = (json as? [String: Any])?["plans"] as? [[String: Any]] ?? []
        for (index, plan) in plans.enumerated() {
            let costColumn = 2 + 2 * index
            let day = rows[1...24].reduce(0.0) { $0 + (Double($1[costColumn]) ?? .nan) }
            let perMonth = (plan["cost"] as? [String: Any])?["perMonth"] as? Double ?? .nan
            #expect(abs(day * 730 / 24 - perMonth) < 0.01 * 24, "\(plan["model"] ?? "?")")
            #expect(Double(rows[25][costColumn]) == (perMonth * 100).rounded() / 100)
            let hours = plan["byHour"] as? [[String: Any]] ?? []
            #expect(hours.map { $0["hosts"] as? Int ?? -1 } == rows[1...24].map { Int($0[1 + 2 * index]) ?? -2 })
        }
        let json2 = try CLI.run(["plan", "-p", "back-office", "--by-hour"])
        #expect(json2.status != 0)
        #expect(json2.stderr.contains("--by-hour needs --format table, csv or markdown"))
    }
}

/// The command line follows its peers: a version, row formats besides JSON, short options.
@Suite struct PlanFormatTests {
    @Test func versionIsPrinted() throws {
        let version = try CLI.run(["--version"])
        let text = String(decoding: version.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.status == 0 && !text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "." })
    }

    @Test func everyRowFormatHasOneRowPerPlanWithTheCurrency() throws {
        let json = try JSONSerialization.jsonObject(with: try CLI.run(["plan", "-p", "online-shop"]).stdout) as? [String: Any]
        let plans = json?["plans"] as? [[String: Any]] ?? []
        let hosts = plans.map { $0["hosts"] as? Int ?? -1 }

        let csv = String(decoding: try CLI.run(["plan", "-p", "online-shop", "--format", "csv"]).stdout, as: UTF8.self)
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.count == 5)
        #expect(lines[0].prefix(2) == ["plan", "hosts"] && lines[0].contains("currency"))
        #expect(lines.dropFirst().map { $0[0] } == ["vm", "container", "faas", "mixed"])
        #expect(lines.dropFirst().map { Int($0[1]) ?? -1 } == hosts)
        #expect(lines.dropFirst().allSatisfy { $0[6] == "USD" })

        let table = String(decoding: try CLI.run(["plan", "-p", "online-shop", "-f", "table"]).stdout, as: UTF8.self)
        #expect(table.hasPrefix("Online shop: 14 workloads\nplan "))
        #expect(table.contains("/mo") && table.contains("$"))

        let markdown = String(decoding: try CLI.run(["plan", "-p", "online-shop", "-f", "markdown"]).stdout, as: UTF8.self)
        let rows = markdown.split(separator: "\n")
        #expect(rows.count == 6 && rows[1].hasPrefix("| --- |"))
        #expect(
            rows.dropFirst(2).map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) } == [
                "vm", "container", "faas", "mixed",
            ])
    }

    @Test func aCurrencyIsCheckedAndShown() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let euro = directory.appendingPathComponent("euro.json")
        try Data(#"{"currency": "EUR", "workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": 512, "replicas": 2}]}"#.utf8)
            .write(to: euro)
        let table = String(decoding: try CLI.run(["plan", "-p", euro.path, "-f", "table"]).stdout, as: UTF8.self)
        #expect(table.contains("€") && table.contains("/mo"))
        let bad = directory.appendingPathComponent("bad.json")
        try Data(#"{"currency": "euro", "workloads": []}"#.utf8).write(to: bad)
        let refused = try CLI.run(["validate", bad.path])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "vplan: \(bad.path): currency: must be an ISO 4217 code of three capital letters, such as \"USD\" or \"EUR\" (got \"euro\")\n"
        )
    }
}

/// `-` is standard input wherever a scenario is read.
@Suite struct StandardInputTests {
    @Test func dashReadsTheScenarioFromStandardInput() throws {
        let shop = SourceTree.url("Profiles/online-shop.json")
        let piped = try CLI.run(["plan", "-p", "-"], stdin: shop)
        let named = try CLI.run(["plan", "-p", shop.path])
        #expect(piped.status == 0 && piped.stdout == named.stdout)
        let validated = try CLI.run(["validate", "-"], stdin: shop)
        #expect(String(decoding: validated.stdout, as: UTF8.self) == "ok\n")
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.json")
        try Data(#"{"workloads": [{"name": "a", "cpuCores": 1, "memoryMiB": -5}]}"#.utf8).write(to: bad)
        let refused = try CLI.run(["validate", "-"], stdin: bad)
        #expect(
            refused.status == 1 && refused.stderr == "vplan: <stdin>: workloads[0].memoryMiB: must be greater than 0 (got -5)\n")
    }
}
