import Foundation
import PlannerCore

/// The RVTools importer's running state: the VMs so far, names taken, warnings, skipped VMs and
/// the guest operating systems seen.
struct RVToolsImportState {
    let file: String
    let options: RVToolsImportOptions
    let columns: RVToolsColumns
    let headerCount: Int
    /// The column the VM's one disk layer comes from (`--disk`), nil when the sheet has none.
    let diskColumn: Int?
    let diskName: String
    var workloads: [Workload] = []
    var warnings: [String] = []
    var skipped = SkipCounter()
    var names: UniqueNames
    /// VMs by guest operating system, for the scenario's notes.
    var systems: [String: Int] = [:]

    /// Finds the columns in the header; the VM names of all rows are reserved, so that a renamed
    /// duplicate never takes a name a later VM has.
    init(file: String, options: RVToolsImportOptions, header: [String], rows: [[String]]) throws(ScenarioError) {
        let columns = try RVToolsColumns.find(in: header, file: file)
        self.file = file
        self.options = options
        self.columns = columns
        headerCount = header.count
        diskColumn = options.disk == .provisioned ? columns.provisioned : columns.inUse
        diskName = options.disk == .provisioned ? "Provisioned MiB" : "In Use MiB"
        names = UniqueNames(
            reserving: Set(rows.map { columns.vm < $0.count ? $0[columns.vm].trimmingCharacters(in: .whitespaces) : "" }))
    }

    /// Adds a record's VM, or counts it as skipped (a template, or not running).
    mutating func add(_ record: RVToolsRecord) throws(ScenarioError) {
        if record.isBlank { return }
        guard record.cells.count == headerCount else {
            let hint =
                record.cells.count < headerCount
                ? "is the file split by another separator?" : "is there a separator in a field that is not quoted?"
            throw ScenarioError(
                file: file, at: .row(record.line, column: nil),
                reason: "has \(RVToolsImporter.columnCount(record.cells.count)), the header has \(headerCount) (\(hint))")
        }
        let name = try vmName(record)
        if let skip = try skipReason(record) {
            // A skipped VM's numbers must read too, or a garbled row would pass as "not running".
            _ = try record.number(columns.cpus, "CPUs")
            _ = try record.number(columns.memory, "Memory")
            skipped.add(skip.kind, reason: skip.reason)
            return
        }
        guard workloads.count < ImportLimits.maximumWorkloads else {
            throw record.error("VM", "more than \(ImportLimits.maximumWorkloads) VMs, the limit of a scenario")
        }
        let cpus = try vCPUs(record)
        let memory = try memoryMiB(record)
        var layers = try diskLayers(record, vm: name)
        let unique = names.claim(name)
        if unique.renamed {
            warnings.append("\(file): line \(record.line): VM name \(name) is used before; imported as \(unique.name)")
            layers = layers.map { ImageLayer(id: "disk of \(unique.name)", sizeMiB: $0.sizeMiB) }
        }
        if let os = columns.os, !record.cell(os).isEmpty { systems[TerminalText.escaped(record.cell(os)), default: 0] += 1 }
        workloads.append(
            Workload(
                name: unique.name, cpuCores: cpus, memoryMiB: memory, replicas: 1, stateful: true, model: .vm,
                layers: layers))
    }

    /// The scenario of the VMs read, with notes on how they were read, and the import's summary.
    func result() -> ImportResult {
        var notes = [
            "Imported by vplan-tui import rvtools from \(TerminalText.escaped(file)) (vInfo sheet): one VM per workload, "
                + "vCPUs as cores, configured memory, and the \(diskName) figure as the VM's one disk layer.",
            "vm.guestOsMemoryMiB and vm.osImageMiB are 0: an RVTools VM's memory and disk already hold its operating system.",
        ]
        if !systems.isEmpty {
            let list = systems.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            notes.append("Guest operating systems: \(list).")
        }
        var scenario = ScenarioBase.scenario(
            base: options.base, name: options.name ?? ScenarioBase.defaultName(files: [file]), notes: notes,
            workloads: workloads)
        scenario.vm.guestOsMemoryMiB = 0
        scenario.vm.osImageMiB = 0
        let summary = ImportSummary(files: 1, workloads: scenario.workloads, skipped: skipped.items, warnings: warnings)
        return ImportResult(scenario: scenario, summary: summary)
    }

    /// The VM's name: not empty, and no control characters.
    private func vmName(_ record: RVToolsRecord) throws(ScenarioError) -> String {
        let name = record.cell(columns.vm)
        guard !name.isEmpty else { throw record.error("VM", "empty; every VM needs a name") }
        guard !TerminalText.containsUnsafe(name) else {
            throw record.error("VM", "must not contain control characters (got \"\(TerminalText.escaped(name))\")")
        }
        return name
    }

    /// Why the record's VM is not planned (a template; not powered on, unless
    /// `--include-powered-off`), as the kind and reason the summary counts; nil when it is planned.
    private func skipReason(_ record: RVToolsRecord) throws(ScenarioError) -> (kind: String, reason: String)? {
        let power = record.cell(columns.powerState).lowercased()
        guard !power.isEmpty else { throw record.error("Powerstate", "empty; expected poweredOn, poweredOff or suspended") }
        if let template = columns.template, ["true", "yes", "1"].contains(record.cell(template).lowercased()) {
            return ("VM templates", "templates never run")
        }
        if power != "poweredon" && !options.includePoweredOff {
            let state =
                power == "suspended" ? "suspended" : power == "poweredoff" ? "powered-off" : "\(record.cell(columns.powerState))"
            return ("\(state) VMs", "not running (--include-powered-off plans them too)")
        }
        return nil
    }

    private func vCPUs(_ record: RVToolsRecord) throws(ScenarioError) -> Double {
        let cpus = try record.number(columns.cpus, "CPUs")
        guard cpus > 0, cpus == cpus.rounded(), cpus <= Limits.maximumWorkloadCores else {
            throw record.error(
                "CPUs",
                "expected a whole number of vCPUs from 1 to \(Int(Limits.maximumWorkloadCores)), "
                    + "found \"\(RVToolsImporter.shown(record.cell(columns.cpus)))\"")
        }
        return cpus
    }

    private func memoryMiB(_ record: RVToolsRecord) throws(ScenarioError) -> Double {
        let memory = try record.number(columns.memory, "Memory")
        guard memory > 0, memory <= Limits.maximumWorkloadMemoryMiB else {
            throw record.error(
                "Memory",
                "expected MiB greater than 0 and at most \(Int(Limits.maximumWorkloadMemoryMiB)), "
                    + "found \"\(RVToolsImporter.shown(record.cell(columns.memory)))\"")
        }
        return memory
    }

    /// The VM's one disk layer, sized by the `--disk` column (none without that column).
    private func diskLayers(_ record: RVToolsRecord, vm name: String) throws(ScenarioError) -> [ImageLayer] {
        guard let diskColumn else { return [] }
        let disk = try record.number(diskColumn, diskName)
        guard disk >= 0, disk <= Limits.maximumImageMiB else {
            throw record.error(
                diskName,
                "expected MiB from 0 to \(Int(Limits.maximumImageMiB)), found \"\(RVToolsImporter.shown(record.cell(diskColumn)))\""
            )
        }
        return [ImageLayer(id: "disk of \(name)", sizeMiB: disk)]
    }
}
