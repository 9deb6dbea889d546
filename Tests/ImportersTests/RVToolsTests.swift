import Foundation
import Importers
import PlannerCore
import Testing

@Suite struct RVToolsTests {
    func run(_ path: String, _ options: RVToolsImportOptions = RVToolsImportOptions()) throws -> ImportResult {
        try RVToolsImporter.run(try Fixtures.file("rvtools/\(path)"), options: options)
    }

    @Test func poweredOnVMsBecomeVMWorkloads() throws {
        let result = try run("vinfo.csv")
        #expect(result.scenario.workloads.map(\.name) == ["app01", "db01"])
        let app = try #require(result.workload("app01"))
        #expect(app.model == .vm)
        #expect(app.replicas == 1)
        #expect(app.cpuCores == 4)
        #expect(app.memoryMiB == 16384)  // "16,384"
        #expect(app.layers == [ImageLayer(id: "disk of app01", sizeMiB: 102_400)])
        let db = try #require(result.workload("db01"))  // its Annotation spans two lines
        #expect(db.memoryMiB == 65536)
        #expect(db.layers.first?.sizeMiB == 512_000)
        let skipped = result.summary.skipped.map { "\($0.count) \($0.kind)" }
        #expect(skipped == ["1 powered-off VMs", "1 VM templates", "1 suspended VMs"])
        // The VM's memory and disk include its OS.
        #expect(result.scenario.vm.guestOsMemoryMiB == 0)
        #expect(result.scenario.vm.osImageMiB == 0)
        #expect(result.scenario.notes.contains { $0.contains("Microsoft Windows Server 2019 (64-bit) ×1") })
        expectPlans(result.scenario)
    }

    @Test func inUseDiskAndPoweredOffVMs() throws {
        let result = try run("vinfo.csv", RVToolsImportOptions(includePoweredOff: true, disk: .inUse))
        #expect(result.scenario.workloads.map(\.name) == ["app01", "db01", "old-app", "batch01"])
        #expect(result.workload("app01")?.layers.first?.sizeMiB == 40_960)
        #expect(result.workload("old-app")?.layers.first?.sizeMiB == 10_240)
        #expect(result.summary.skipped.map(\.kind) == ["VM templates"])
        expectPlans(result.scenario)
    }

    @Test func semicolonsByteOrderMarkReorderedColumnsAndGroupedNumbers() throws {
        let result = try run("vinfo-semicolon-bom.csv")
        #expect(result.scenario.workloads.map(\.name) == ["web;01", "sql 02", "tiny"])
        #expect(result.workload("web;01")?.memoryMiB == 8192)  // "8.192"
        #expect(result.workload("web;01")?.cpuCores == 2)
        #expect(result.workload("sql 02")?.layers.first?.sizeMiB == 1_048_576)  // "1.048.576"
        #expect(result.workload("tiny")?.layers.first?.sizeMiB == 2048.5)  // "2.048,5"
        // The OS column may be the VMware Tools one.
        #expect(result.scenario.notes.contains { $0.contains("Debian GNU/Linux 12 (64-bit) ×1") })
        expectPlans(result.scenario)
    }

    @Test func duplicateNamesAreMadeUniqueWithoutTakingRealNames() throws {
        let result = try run("vinfo-duplicates.csv")
        // "web-2" is a real VM of the file, so the second "web" becomes "web-3".
        #expect(result.scenario.workloads.map(\.name) == ["web", "web-3", "web-2", "WEB", "web-4"])
        #expect(result.workload("web-3")?.layers.first?.id == "disk of web-3")
        #expect(result.warnings(containing: "line 3: VM name web is used before; imported as web-3").count == 1)
        #expect(result.warnings(containing: "line 7: VM name web is used before; imported as web-4").count == 1)
        expectPlans(result.scenario)
    }

    @Test func missingColumnIsAnErrorOnLineOne() throws {
        #expect(
            throws: ScenarioError(
                file: "vinfo-missing-column.csv", field: "line 1",
                reason: "no \"CPUs\" column; is this the vInfo sheet of an RVTools export?")
        ) {
            try run("vinfo-missing-column.csv")
        }
    }

    @Test func badNumberNamesItsLineAfterAMultiLineCell() throws {
        #expect(throws: ScenarioError(file: "vinfo-bad-number.csv", field: "line 4: CPUs", reason: "not a number: \"two\"")) {
            try run("vinfo-bad-number.csv")
        }
    }

    @Test func badQuoteNamesItsLine() throws {
        #expect(
            throws: ScenarioError(
                file: "vinfo-bad-quote.csv", field: "line 5",
                reason: "invalid CSV: a quote in the middle of a field (quote the whole field and double the quotes inside it)")
        ) {
            try run("vinfo-bad-quote.csv")
        }
    }

    @Test func missingDiskColumnWarns() throws {
        let csv = "VM,Powerstate,CPUs,Memory\nsolo,poweredOn,1,1024\n"
        let result = try RVToolsImporter.run(InputFile(name: "x.csv", data: Data(csv.utf8)))
        #expect(result.workload("solo")?.layers == [])
        #expect(result.warnings(containing: "no \"Provisioned MiB\" column").count == 1)
    }

    /// vinfo.csv with one more line (line 8: the db01 annotation spans lines 3 and 4).
    func vinfo(plus line: String) throws -> InputFile {
        var file = try Fixtures.file("rvtools/vinfo.csv")
        file.data.append(contentsOf: Array(line.utf8))
        return file
    }

    @Test(arguments: [
        (
            "web02;poweredOn;False;2;4096;1;1;20480;5120;;Ubuntu Linux (64-bit);\n",
            "line 8", "has 1 column, the header has 12 (is the file split by another separator?)"
        ),
        (
            "web02\tpoweredOff\tFalse\t2\t4096\t1\t1\t20480\t5120\t\tUbuntu Linux (64-bit)\t\n",
            "line 8", "has 1 column, the header has 12 (is the file split by another separator?)"
        ),
        (
            "web02,poweredOff,False,2,4096,1,1,20480,5120\n",
            "line 8", "has 9 columns, the header has 12 (is the file split by another separator?)"
        ),
        (
            "web02,poweredOff,False,2,4096,1,1,20480,5120,Web tier, EU,Ubuntu Linux (64-bit),\n",
            "line 8", "has 13 columns, the header has 12 (is there a separator in a field that is not quoted?)"
        ),
        ("web02,poweredOff,False,two,4096,1,1,20480,5120,,Ubuntu Linux (64-bit),\n", "line 8: CPUs", "not a number: \"two\""),
        ("tmpl02,poweredOff,True,2,,1,1,20480,5120,,Ubuntu Linux (64-bit),\n", "line 8: Memory", "empty; expected a number"),
        (
            "web02,,False,2,4096,1,1,20480,5120,,Ubuntu Linux (64-bit),\n",
            "line 8: Powerstate", "empty; expected poweredOn, poweredOff or suspended"
        ),
    ])
    func rowsThatDoNotParseAreErrorsNotSkippedVMs(line: String, field: String, reason: String) throws {
        // Each would otherwise be counted as a VM that is not running.
        #expect(throws: ScenarioError(file: "vinfo.csv", field: field, reason: reason)) {
            try RVToolsImporter.run(try vinfo(plus: line))
        }
    }

    @Test func anEmptyLastCellWithoutAFinalLineBreakCounts() throws {
        let result = try RVToolsImporter.run(
            try vinfo(plus: "web02,poweredOn,False,2,4096,1,1,20480,5120,,Ubuntu Linux (64-bit),"))
        #expect(result.workload("web02")?.memoryMiB == 4096)
        let short = InputFile(name: "s.csv", data: Data("VM,Powerstate,CPUs,Memory,Annotation\nvm,poweredOn,1,1024,".utf8))
        #expect(try RVToolsImporter.run(short).workload("vm")?.cpuCores == 1)
    }

    @Test(arguments: [
        ("16,384", 16384.0), ("16.384", 16384), ("16 384", 16384), ("1'024", 1024), ("2.5", 2.5), ("2,5", 2.5),
        ("1,048,576", 1_048_576), ("1.048.576,25", 1_048_576.25), ("1,048,576.25", 1_048_576.25), ("0.125", 0.125),
        ("4096", 4096),
    ])
    func groupedNumbers(text: String, value: Double) throws {
        let csv = "VM,Powerstate,CPUs,Memory\nvm,poweredOn,1,\"\(text)\"\n"
        let result = try RVToolsImporter.run(InputFile(name: "n.csv", data: Data(csv.utf8)))
        #expect(result.workload("vm")?.memoryMiB == value)
    }
}

@Suite struct RVToolsEncodingTests {
    @Test func windows1252IsReadWithAWarning() throws {
        var data = Data("VM,Powerstate,CPUs,Memory,Annotation\ncaf".utf8)
        data.append(0xE9)  // é in Windows-1252, invalid as UTF-8
        data.append(contentsOf: Array(",poweredOn,1,1024,x\n".utf8))
        let result = try RVToolsImporter.run(InputFile(name: "w.csv", data: data))
        #expect(result.scenario.workloads.map(\.name) == ["café"])
        #expect(result.warnings(containing: "read as Windows-1252").count == 1)
    }

    @Test func utf16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data.append("VM;Powerstate;CPUs;Memory\nvm1;poweredOn;2;2048\n".data(using: .utf16LittleEndian)!)
        let result = try RVToolsImporter.run(InputFile(name: "u.csv", data: data))
        #expect(result.scenario.workloads.map(\.name) == ["vm1"])
        #expect(result.workload("vm1")?.memoryMiB == 2048)
    }
}

@Suite struct RVToolsSeparatorHintTests {
    @Test func excelSeparatorLine() throws {
        let csv = "sep=;\nVM;Powerstate;CPUs;Memory;Provisioned MiB\nvm1;poweredOn;2;2048;\"1,5\"\nvm2;poweredOn;x;2048;1\n"
        do {
            _ = try RVToolsImporter.run(InputFile(name: "s.csv", data: Data(csv.utf8)))
            Issue.record("no error")
        } catch {
            // The hint line counts: vm2 is on line 4.
            #expect(error == ScenarioError(file: "s.csv", field: "line 4: CPUs", reason: "not a number: \"x\""))
        }
        let good = try RVToolsImporter.run(
            InputFile(name: "s.csv", data: Data(csv.replacingOccurrences(of: ";x;", with: ";1;").utf8)))
        #expect(good.workload("vm1")?.layers.first?.sizeMiB == 1.5)
    }
}
