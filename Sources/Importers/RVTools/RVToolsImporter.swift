import Foundation
import PlannerCore
import SwiftCSV

/// `vplan-tui import rvtools`: the vInfo sheet of an RVTools export (CSV) → one `vm` workload per
/// powered-on VM, with its vCPUs, memory and one disk layer. SwiftCSV reads the file (quoted
/// fields, embedded newlines, byte-order mark); the separator (`,`, `;` or tab) is guessed from the
/// header line. Rules in docs/importers.md.
public enum RVToolsImporter {
    public static func run(
        _ file: InputFile, options: RVToolsImportOptions = RVToolsImportOptions()
    )
        throws(ScenarioError) -> ImportResult
    {
        let (text, windows1252) = try file.decodedText(allowWindows1252: true)
        try checkSize(text, file: file.name)
        let (header, rows, firstLine) = try records(of: text, file: file.name)
        var state = try RVToolsImportState(file: file.name, options: options, header: header, rows: rows)
        if windows1252 {
            state.warnings.append("\(file.name): not UTF-8; read as Windows-1252 (Excel's CSV encoding on Windows)")
        }
        if state.diskColumn == nil {
            state.warnings.append("\(file.name): no \"\(state.diskName)\" column; VMs get no disk layer")
        }
        var line = firstLine
        for row in rows {
            let record = RVToolsRecord(cells: row, line: line, file: file.name)
            line += 1 + newlines(in: row)
            try state.add(record)
        }
        return state.result()
    }

    /// The header and the records of a CSV text as SwiftCSV parses them, and the line the first
    /// record starts on. A quote SwiftCSV stops at, or one it would read to the end of the file,
    /// and an empty header are errors.
    static func records(
        of text: String, file: String
    ) throws(ScenarioError) -> (header: [String], rows: [[String]], firstLine: Int) {
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
                file: file, at: .row(line, column: nil),
                reason: "invalid CSV: a quote in the middle of a field (quote the whole field and double the quotes inside it)")
        }
        if let line = unclosedQuoteLine(text) {
            throw ScenarioError(
                file: file, at: .row(line, column: nil),
                reason: "invalid CSV: a quoted field is never closed (a quote is missing)")
        }
        guard !header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ScenarioError(file: file, field: nil, reason: "is empty; expected an RVTools vInfo CSV export")
        }
        return (header, rows, 2 + newlines(in: header) + (hintedDelimiter == nil ? 0 : 1))
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
