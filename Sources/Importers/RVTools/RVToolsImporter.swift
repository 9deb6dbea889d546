import Foundation
import PlannerCore
import SwiftCSV

/// `vplan-tui import rvtools`: the vInfo sheet of an RVTools export (CSV) → one `vm` workload per
/// powered-on VM, with its vCPUs, memory and one disk layer. SwiftCSV reads the file (quoted
/// fields, embedded newlines, byte-order mark); the separator (`,`, `;` or tab) is guessed from the
/// header line. Rules in docs/importers.md.
public enum RVToolsImporter {
    public static func run(_ file: InputFile, options: RVToolsImportOptions = RVToolsImportOptions())
        throws(ScenarioError) -> ImportResult
    {
        let (text, windows1252) = try file.decodedText(allowWindows1252: true)
        try checkSize(text, file: file.name)
        let (hinted, hintedDelimiter) = Self.separatorHint(text)
        // SwiftCSV drops an empty last cell when no line break ends the file; a final one keeps it.
        let body = hinted.last.map(\.isNewline) == false ? hinted + "\n" : hinted
        let header: [String]
        var rows: [[String]] = []
        do {
            // Rows as parsed: EnumeratedCSV's own `rows` pads short rows, which would hide one
            // split by another separator than the header.
            let delimiter = hintedDelimiter.map { CSVDelimiter.character($0) } ?? CSVDelimiter.guessed(string: body)
            let csv = try EnumeratedCSV(string: body, delimiter: delimiter, loadColumns: false, rowLimit: 0)
            header = csv.header
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { rows.append($0) }
        } catch {
            let line = Self.firstBadLine(body, delimiter: hintedDelimiter) + (hintedDelimiter == nil ? 0 : 1)
            throw ScenarioError(
                file: file.name, at: .row(line, column: nil),
                reason: "invalid CSV: a quote in the middle of a field (quote the whole field and double the quotes inside it)")
        }
        if let line = unclosedQuoteLine(text) {
            throw ScenarioError(
                file: file.name, at: .row(line, column: nil),
                reason: "invalid CSV: a quoted field is never closed (a quote is missing)")
        }
        guard !header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ScenarioError(file: file.name, field: nil, reason: "is empty; expected an RVTools vInfo CSV export")
        }
        let columns = try RVToolsColumns.find(in: header, file: file.name)
        let diskColumn = options.disk == .provisioned ? columns.provisioned : columns.inUse
        let diskName = options.disk == .provisioned ? "Provisioned MiB" : "In Use MiB"

        var workloads: [Workload] = []
        var warnings: [String] = []
        var skipped = SkipCounter()
        var names = UniqueNames(reserving: Set(rows.map { columns.vm < $0.count ? $0[columns.vm].trimmingCharacters(in: .whitespaces) : "" }))
        var systems: [String: Int] = [:]
        var line = 2 + newlines(in: header) + (hintedDelimiter == nil ? 0 : 1)
        if windows1252 {
            warnings.append("\(file.name): not UTF-8; read as Windows-1252 (Excel's CSV encoding on Windows)")
        }
        if diskColumn == nil {
            warnings.append("\(file.name): no \"\(diskName)\" column; VMs get no disk layer")
        }
        for row in rows {
            let rowLine = line
            line += 1 + newlines(in: row)
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.count == header.count else {
                let hint = row.count < header.count
                    ? "is the file split by another separator?" : "is there a separator in a field that is not quoted?"
                throw ScenarioError(
                    file: file.name, at: .row(rowLine, column: nil),
                    reason: "has \(Self.columnCount(row.count)), the header has \(header.count) (\(hint))")
            }
            func cell(_ index: Int) -> String {
                index < row.count ? row[index].trimmingCharacters(in: .whitespaces) : ""
            }
            func fail(_ column: String, _ reason: String) -> ScenarioError {
                ScenarioError(file: file.name, at: .row(rowLine, column: column), reason: reason)
            }
            func number(_ index: Int, _ column: String) throws(ScenarioError) -> Double {
                let text = cell(index)
                guard !text.isEmpty else { throw fail(column, "empty; expected a number") }
                guard let value = GroupedNumber.parse(text) else { throw fail(column, "not a number: \"\(shown(text))\"") }
                return value
            }

            let name = cell(columns.vm)
            guard !name.isEmpty else { throw fail("VM", "empty; every VM needs a name") }
            guard !TerminalText.containsUnsafe(name) else {
                throw fail("VM", "must not contain control characters (got \"\(TerminalText.escaped(name))\")")
            }
            let power = cell(columns.powerState).lowercased()
            guard !power.isEmpty else { throw fail("Powerstate", "empty; expected poweredOn, poweredOff or suspended") }
            var skip: (kind: String, reason: String)?
            if let template = columns.template, ["true", "yes", "1"].contains(cell(template).lowercased()) {
                skip = ("VM templates", "templates never run")
            } else if power != "poweredon" && !options.includePoweredOff {
                let state = power == "suspended" ? "suspended" : power == "poweredoff" ? "powered-off" : "\(cell(columns.powerState))"
                skip = ("\(state) VMs", "not running (--include-powered-off plans them too)")
            }
            if let skip {
                // A skipped VM's numbers must read too, or a garbled row would pass as "not running".
                _ = try number(columns.cpus, "CPUs")
                _ = try number(columns.memory, "Memory")
                skipped.add(skip.kind, reason: skip.reason)
                continue
            }
            guard workloads.count < ImportLimits.maximumWorkloads else {
                throw fail("VM", "more than \(ImportLimits.maximumWorkloads) VMs, the limit of a scenario")
            }
            let cpus = try number(columns.cpus, "CPUs")
            guard cpus > 0, cpus == cpus.rounded(), cpus <= Limits.maximumWorkloadCores else {
                throw fail("CPUs", "expected a whole number of vCPUs from 1 to \(Int(Limits.maximumWorkloadCores)), found \"\(shown(cell(columns.cpus)))\"")
            }
            let memory = try number(columns.memory, "Memory")
            guard memory > 0, memory <= Limits.maximumWorkloadMemoryMiB else {
                throw fail("Memory", "expected MiB greater than 0 and at most \(Int(Limits.maximumWorkloadMemoryMiB)), found \"\(shown(cell(columns.memory)))\"")
            }
            var layers: [ImageLayer] = []
            if let diskColumn {
                let disk = try number(diskColumn, diskName)
                guard disk >= 0, disk <= Limits.maximumImageMiB else {
                    throw fail(diskName, "expected MiB from 0 to \(Int(Limits.maximumImageMiB)), found \"\(shown(cell(diskColumn)))\"")
                }
                layers = [ImageLayer(id: "disk of \(name)", sizeMiB: disk)]
            }
            let unique = names.claim(name)
            if unique.renamed {
                warnings.append("\(file.name): line \(rowLine): VM name \(name) is used before; imported as \(unique.name)")
                layers = layers.map { ImageLayer(id: "disk of \(unique.name)", sizeMiB: $0.sizeMiB) }
            }
            if let os = columns.os, !cell(os).isEmpty { systems[TerminalText.escaped(cell(os)), default: 0] += 1 }
            workloads.append(Workload(
                name: unique.name, cpuCores: cpus, memoryMiB: memory, replicas: 1, stateful: true, model: .vm,
                layers: layers))
        }

        var notes = [
            "Imported by vplan-tui import rvtools from \(TerminalText.escaped(file.name)) (vInfo sheet): one VM per workload, "
                + "vCPUs as cores, configured memory, and the \(diskName) figure as the VM's one disk layer.",
            "vm.guestOsMemoryMiB and vm.osImageMiB are 0: an RVTools VM's memory and disk already hold its operating system.",
        ]
        if !systems.isEmpty {
            let list = systems.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            notes.append("Guest operating systems: \(list).")
        }
        var scenario = ScenarioBase.scenario(
            base: options.base, name: options.name ?? ScenarioBase.defaultName(files: [file.name]), notes: notes,
            workloads: workloads)
        scenario.vm.guestOsMemoryMiB = 0
        scenario.vm.osImageMiB = 0
        let summary = ImportSummary(files: 1, workloads: scenario.workloads, skipped: skipped.items, warnings: warnings)
        return ImportResult(scenario: scenario, summary: summary)
    }

    /// The line where SwiftCSV's parser stops: the smallest number of leading lines that fails to
    /// parse (an unclosed quote at the end of a prefix is no error, so failure only grows with the
    /// prefix and a binary search finds it).
    static func firstBadLine(_ text: String, delimiter: Character?) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func fails(_ count: Int) -> Bool {
            let prefix = lines.prefix(count).joined(separator: "\n")
            if let delimiter {
                return (try? EnumeratedCSV(string: prefix, delimiter: .character(delimiter), loadColumns: false)) == nil
            }
            return (try? EnumeratedCSV(string: prefix, loadColumns: false)) == nil
        }
        var low = 1
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if fails(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The line where a quoted field opens that no quote closes, nil when quotes balance. SwiftCSV
    /// reads such a field to the end of the file, which would hide the mistake in a VM's cell.
    /// Quotes are counted over the whole text: in valid CSV every quoted field holds an even number
    /// (the two around it and doubled ones inside).
    static func unclosedQuoteLine(_ text: String) -> Int? {
        var line = 1
        var open: Int?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { open = open == nil ? line : nil }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return open
    }

    /// Lines and separators a CSV file may hold before it is parsed (SwiftCSV keeps every cell):
    /// 4 million lines (the scenario's limit is 1 million VMs) and 16 million separators (an
    /// RVTools row has about 90 columns; a 64 MiB file of commas would be 64 million empty cells).
    static let maximumLines = 4_000_000
    static let maximumSeparators = 16_000_000

    static func checkSize(_ text: String, file: String) throws(ScenarioError) {
        var lines = 0
        var separators = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): lines += 1
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"): separators += 1
            default: break
            }
        }
        if lines > maximumLines {
            throw ScenarioError(file: file, field: nil, reason: "holds more than \(maximumLines) lines, the limit for a CSV file")
        }
        if separators > maximumSeparators {
            throw ScenarioError(
                file: file, field: nil, reason: "holds more than \(maximumSeparators) separators, the limit for a CSV file")
        }
    }

    /// "1 column", "12 columns".
    static func columnCount(_ count: Int) -> String {
        count == 1 ? "1 column" : "\(count) columns"
    }

    /// A cell as a message quotes it: at most 40 characters, then "…".
    static func shown(_ cell: String) -> String {
        cell.count > 40 ? String(cell.prefix(40)) + "…" : cell
    }

    /// Excel's `sep=;` first line names the separator; it is removed and its separator used.
    static func separatorHint(_ text: String) -> (body: String, delimiter: Character?) {
        let firstLine = text.prefix { !$0.isNewline }
        guard firstLine.count == 5, firstLine.lowercased().hasPrefix("sep="), let separator = firstLine.last else {
            return (text, nil)
        }
        return (String(text.dropFirst(firstLine.count + 1)), separator)
    }

    /// Line breaks inside the fields of one record (quoted multi-line cells), for line numbers.
    static func newlines(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.filter(\.isNewline).count }
    }
}
