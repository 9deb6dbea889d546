import PlannerCore
import Yams

/// Splits a YAML (or JSON, which YAML reads too) file into its documents with Yams, numbered from 1.
/// Syntax errors name the line and column where libyaml stopped. The file's nesting depth and
/// alias expansion are checked first (`YAMLShape`), so that composing it cannot overflow the stack
/// or exhaust the memory.
enum YAMLDocuments {
    static func parse(_ file: InputFile) throws(ScenarioError) -> [DocumentNode] {
        let text = try file.text()
        try YAMLShape.check(text, file: file.name)
        var documents: [DocumentNode] = []
        do {
            var sequence = try Yams.compose_all(yaml: text)
            while let node = sequence.next() {
                documents.append(
                    DocumentNode(node: node, path: "", location: DocumentLocation(file: file.name, document: documents.count + 1))
                )
            }
            if let error = sequence.error { throw error }
        } catch let error as YamlError {
            throw syntaxError(error, file: file.name)
        } catch {
            throw ScenarioError(file: file.name, field: nil, reason: "invalid YAML: \(error)")
        }
        return documents
    }

    /// `FILE: line 3, column 7: invalid YAML: mapping values are not allowed in this context`.
    static func syntaxError(_ error: YamlError, file: String) -> ScenarioError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return ScenarioError(
                file: file, at: .position(line: mark.line, column: mark.column), reason: "invalid YAML: \(problem)\(during)")
        case .reader(let problem, _, _, _):
            return ScenarioError(file: file, field: nil, reason: "invalid YAML: \(problem)")
        default:
            return ScenarioError(file: file, field: nil, reason: "invalid YAML: \(error)")
        }
    }
}
