import Foundation
import PlannerCore

/// One record of the vInfo sheet: its cells, and the line it starts on for messages.
struct RVToolsRecord {
    var cells: [String]
    var line: Int
    var file: String

    /// No cell holds anything but spaces: the record is passed over.
    var isBlank: Bool {
        cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A cell without its surrounding spaces ("" past the record's end).
    func cell(_ index: Int) -> String {
        index < cells.count ? cells[index].trimmingCharacters(in: .whitespaces) : ""
    }

    /// An error in the cell of the column named `column`.
    func error(_ column: String, _ reason: String) -> ScenarioError {
        ScenarioError(file: file, at: .row(line, column: column), reason: reason)
    }

    /// A cell that must hold a number (digit grouping allowed).
    func number(_ index: Int, _ column: String) throws(ScenarioError) -> Double {
        let text = cell(index)
        guard !text.isEmpty else { throw error(column, "empty; expected a number") }
        guard let value = GroupedNumber.parse(text) else {
            throw error(column, "not a number: \"\(RVToolsImporter.shown(text))\"")
        }
        return value
    }
}
