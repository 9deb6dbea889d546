import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The tuning constants are declared in one file (`Tuning.swift`) and tabled in docs/tuning.md:
/// both name the same constants, so neither drifts from the other.
@Suite struct TuningTests {
    /// `Type.name` for every `static let` in Tuning.swift, by the extension it sits in.
    static func declared() throws -> Set<String> {
        let text = try String(contentsOf: SourceTree.url("Sources/PlannerCore/Tuning/Tuning.swift"), encoding: .utf8)
        var names: Set<String> = []
        var type = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("extension "), let name = line.dropFirst("extension ".count).split(separator: " ").first {
                type = String(name)
            } else if let range = line.range(of: "static let ") {
                let name = line[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
                names.insert("\(type).\(name)")
            }
        }
        return names
    }

    /// The constants docs/tuning.md links to Tuning.swift.
    static func tabled() throws -> Set<String> {
        let text = try String(contentsOf: SourceTree.url("docs/tuning.md"), encoding: .utf8)
        let link = "`](../Sources/PlannerCore/Tuning/Tuning.swift)"
        var names: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| [`") {
            guard let end = line.range(of: link) else { continue }
            names.insert(String(line[line.index(line.startIndex, offsetBy: 4)..<end.lowerBound]))
        }
        return names
    }

    @Test func theFileAndTheTableNameTheSameConstants() throws {
        let declared = try Self.declared()
        let tabled = try Self.tabled()
        #expect(declared.count > 60)
        #expect(declared.subtracting(tabled).isEmpty, "in Tuning.swift, not in docs/tuning.md")
        #expect(tabled.subtracting(declared).isEmpty, "in docs/tuning.md, not in Tuning.swift")
    }

    @Test func everyConstantSaysWhatItBoundsOrHowItWasChosen() throws {
        let text = try String(contentsOf: SourceTree.url("Sources/PlannerCore/Tuning/Tuning.swift"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.contains("static let ") {
            #expect(index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("///"), "\(line)")
        }
    }
}
