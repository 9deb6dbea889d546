import Foundation
import TestSupport
import Testing

/// `vplan-tui sweep` end to end: rows, equality with `plan`, thread-count independence, shards.
@Suite struct SweepCommandTests {
    static let varied = ["--vary", "host.failoverHosts=0,1,2", "--vary", "traffic=×0.5,x1,*2", "--vary", "replicas=×1,×1.5"]

    static func sweep(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try CLI.run(["sweep", "-p", "online-shop"] + arguments)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    @Test func rowsAreTheProductOfTheValuesTimesFourPlans() throws {
        let csv = try Self.sweep(Self.varied + ["-f", "csv"])
        #expect(csv.status == 0 && csv.stderr.isEmpty)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 3 * 3 * 2 * 4)
        #expect(
            lines[0].hasPrefix("point,host.failoverHosts,traffic,replicas,model,hostType,hosts,lowerBoundHosts,costPerMonth,"))
        #expect(lines.dropFirst().map { $0.split(separator: ",")[4] }.prefix(4) == ["vm", "container", "faas", "mixed"])
        let json = try Self.sweep(Self.varied + ["-f", "json"])
        #expect(json.stdout.split(separator: "\n").count == 3 * 3 * 2 * 4)
        let table = try Self.sweep(Self.varied)
        #expect(table.stdout.split(separator: "\n").count == 1 + 3 * 3 * 2 * 4)
    }

    /// A point equals `plan` on the scenario edited the same way, figure for figure.
    @Test func aPointEqualsPlanOnTheEditedScenario() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: SourceTree.url("Profiles/online-shop.json"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: #""failoverHosts": 1"#, with: #""failoverHosts": 2"#)
            .replacingOccurrences(of: #""memoryMiB": 4096, "replicas": 3"#, with: #""memoryMiB": 4096, "replicas": 5"#)
        #expect(edited != text)
        let file = directory.appendingPathComponent("edited.json")
        try Data(edited.utf8).write(to: file)
        let plan = try CLI.run(["plan", "-p", file.path, "--summary"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let plans = (try JSONSerialization.jsonObject(with: plan.stdout) as? [String: Any])?["plans"] as? [[String: Any]] ?? []

        let sweep = try Self.sweep([
            "--vary", "host.failoverHosts=1,2", "--vary", "workloads[name=redis].replicas=5", "-f", "json",
        ])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let rows = try sweep.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let point = rows.filter { $0["point"] as? Int == 2 }
        #expect(point.count == 4 && plans.count == 4)
        for (row, plan) in zip(point, plans) {
            func figure(_ section: String, _ key: String) -> Double? { (plan[section] as? [String: Any])?[key] as? Double }
            #expect(row["model"] as? String == plan["model"] as? String)
            #expect(row["hosts"] as? Int == plan["hosts"] as? Int)
            #expect(row["lowerBoundHosts"] as? Int == plan["lowerBoundHosts"] as? Int)
            #expect(row["costPerMonth"] as? Double == figure("cost", "perMonth"))
            #expect(row["overheadMiB"] as? Double == figure("memory", "overheadMiB"))
            #expect(row["overheadFraction"] as? Double == figure("memory", "overheadFraction"))
            #expect(row["rolloutMiB"] as? Double == figure("transfer", "rolloutMiB"))
            #expect(row["rolloutSeconds"] as? Double == figure("transfer", "rolloutSeconds"))
            #expect(row["readySeconds"] as? Double == figure("boot", "readySeconds"))
            #expect(row["host.failoverHosts"] as? Int == 2 && row["workloads[name=redis].replicas"] as? Int == 5)
        }
    }

    @Test func oneThreadAndManyGiveTheSameBytes() throws {
        for format in ["csv", "json", "table"] {
            let one = try Self.sweep(Self.varied + ["-f", format, "--threads", "1"])
            let many = try Self.sweep(Self.varied + ["-f", format, "--threads", "16"])
            let all = try Self.sweep(Self.varied + ["-f", format])
            #expect(one.status == 0 && !one.stdout.isEmpty)
            #expect(one.stdout == many.stdout && one.stdout == all.stdout)
        }
    }

    @Test(arguments: [4, 7, 25])
    func shardsConcatenateToTheWholeSweep(shards: Int) throws {
        for format in ["csv", "json"] {
            let whole = try Self.sweep(Self.varied + ["-f", format]).stdout
            var joined = ""
            for index in 1...shards {
                let part = try Self.sweep(Self.varied + ["-f", format, "--shard", "\(index)/\(shards)", "--threads", "2"])
                #expect(part.status == 0 && part.stderr.isEmpty)
                joined += part.stdout
            }
            #expect(joined == whole)
        }
    }

    @Test func badArgumentsAreOneLineAndExitOne() throws {
        let cases: [([String], String)] = [
            (
                ["--vary", "workloads[name=api].replicas=3"],
                #"vplan: Profiles/online-shop.json: --vary workloads[name=api].replicas=3: no entry of workloads has name "api" (names: "#
            ),
            (
                ["--vary", "host.cpuOvercommit=1,0"],
                "vplan: Profiles/online-shop.json: --vary host.cpuOvercommit=0: host.cpuOvercommit: must be greater than 0 (got 0)"
            ),
            (["--vary", "traffic=2"], "vplan: --vary traffic=2: a factor is written ×F (or xF, *F), for example ×2"),
            (["--vary", "traffic=×2", "--shard", "0/3"], "vplan: --shard 0/3: I runs from 1 to N (3), not 0"),
            (["--vary", "traffic=×2", "--shard", "4/3"], "vplan: --shard 4/3: I runs from 1 to N (3), not 4"),
            (["--vary", "traffic=×2", "--shard", "1/0"], "vplan: --shard 1/0: N must be at least 1"),
            (["--vary", "traffic=×2", "--threads", "0"], "vplan: --threads 0: must be at least 1"),
        ]
        for (arguments, message) in cases {
            let result = try Self.sweep(arguments)
            #expect(result.status == 1 && result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
        let missing = try CLI.run(["sweep", "-p", "/nonexistent/shop.json", "--vary", "traffic=×2"])
        #expect(missing.status == 1 && missing.stderr == "vplan: /nonexistent/shop.json: no such file\n")
    }

    @Test func theScenarioMayComeFromStandardInput() throws {
        let fromFile = try CLI.run([
            "sweep", "-p", SourceTree.url("Profiles/dev-laptop.json").path, "--vary", "replicas=×2", "-f", "csv",
        ])
        let fromStdin = try CLI.run(
            ["sweep", "-p", "-", "--vary", "replicas=×2", "-f", "csv"], stdin: SourceTree.url("Profiles/dev-laptop.json"))
        #expect(fromFile.status == 0 && fromFile.stdout == fromStdin.stdout)
    }

    /// With a host catalog: one point per type, the type in the hostType column, and the figures of
    /// `plan` on the scenario cut to that type by hand.
    @Test func hostTypePointsMatchPlanOnTheOneType() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func catalog(_ names: [String]) -> String {
            let types = [
                "m6i.2xlarge": #"{ "name": "m6i.2xlarge", "cpuCores": 8, "memoryGiB": 32, "costPerHour": 0.384 }"#,
                "r6i.2xlarge": #"{ "name": "r6i.2xlarge", "cpuCores": 8, "memoryGiB": 64, "costPerHour": 0.504 }"#,
            ]
            return #"{ "host": { "failoverHosts": 1 }, "hostTypes": ["# + names.compactMap { types[$0] }.joined(separator: ", ")
                + #"], "workloads": [ { "name": "api", "cpuCores": 1, "memoryMiB": 2048, "replicas": 12 }, "#
                + #"{ "name": "db", "cpuCores": 4, "memoryMiB": 16384, "replicas": 3, "model": "vm" } ] }"#
        }
        let both = directory.appendingPathComponent("both.json")
        try Data(catalog(["m6i.2xlarge", "r6i.2xlarge"]).utf8).write(to: both)
        let sweep = try CLI.run(["sweep", "-p", both.path, "--vary", "hostType=m6i.2xlarge,r6i.2xlarge", "-f", "csv"])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let rows = String(decoding: sweep.stdout, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.count == 9 && rows[0].prefix(5) == ["point", "hostType", "model", "plan.hostType", "hosts"])
        for (point, name) in ["m6i.2xlarge", "r6i.2xlarge"].enumerated() {
            let alone = directory.appendingPathComponent("\(name).json")
            try Data(catalog([name]).utf8).write(to: alone)
            let plan = try CLI.run(["plan", "-p", alone.path, "-f", "csv"])
            let planRows = String(decoding: plan.stdout, as: UTF8.self).split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            let pointRows = rows.dropFirst().filter { $0[0] == "\(point + 1)" }
            #expect(pointRows.count == 4 && planRows.count == 4)
            for (row, planRow) in zip(pointRows, planRows) {
                #expect(row[1] == name[...] && row[3] == name[...])
                #expect(row[2] == planRow[0] && row[4] == planRow[1])
                #expect(Double(row[6]) == Double(planRow[5]))
            }
        }
        let unknown = try CLI.run(["sweep", "-p", both.path, "--vary", "hostType=c6i.4xlarge"])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "vplan: \(both.path): --vary hostType=c6i.4xlarge: no host type named \"c6i.4xlarge\" (hostTypes: m6i.2xlarge, r6i.2xlarge)\n"
        )
    }
}
