import PlannerCore
import Yams

/// Where a document sits: the file and the document's 1-based index in it (`---` separated YAML,
/// or 1 for a JSON file). Every error and warning of an importer names both.
public struct DocumentLocation: Sendable, Equatable {
    public var file: String
    public var document: Int
}

/// A node of a parsed YAML or JSON document together with its field path
/// (`spec.template.spec.containers[0].resources`), so that every error names the field.
/// The accessors return nil for an absent key or an explicit null, and throw when a value has the
/// wrong shape.
struct DocumentNode {
    let node: Node
    let path: String
    let location: DocumentLocation

    /// The field path of a member of this node.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// An error at this node (or at one of its keys).
    func error(_ reason: String, key: String? = nil) -> ScenarioError {
        let field = key.map { path(of: $0) } ?? path
        return ScenarioError(
            file: location.file, at: .document(location.document, field.isEmpty ? nil : FieldPath(parsing: field)),
            reason: reason)
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        // YAML's null: a plain (unquoted) `~`, `null`, `Null`, `NULL` or nothing at all.
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var isMapping: Bool { if case .mapping = node { return true } else { return false } }
    var isSequence: Bool { if case .sequence = node { return true } else { return false } }

    /// The member `key` of a mapping, nil when absent or null. A key given twice takes its last
    /// value; keys merged in with YAML's `<<: *anchor` count when the mapping lacks them.
    func member(_ key: String) -> DocumentNode? {
        guard let value = Self.lookup(key, in: node, depth: 0) else { return nil }
        let child = DocumentNode(node: value, path: path(of: key), location: location)
        return child.isNull ? nil : child
    }

    private static func lookup(_ key: String, in node: Node, depth: Int) -> Node? {
        guard case .mapping(let mapping) = node, depth < 16 else { return nil }
        for (name, value) in mapping.reversed() where name.scalar?.string == key && key != "<<" {
            return value
        }
        for (name, value) in mapping.reversed() where name.scalar?.string == "<<" && name.scalar?.style != .doubleQuoted {
            let sources: [Node] = if case .sequence(let list) = value { Array(list) } else { [value] }
            for source in sources {
                if let found = lookup(key, in: source, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    /// The members of a mapping in document order (keys that are not scalars are left out).
    func members() -> [(key: String, value: DocumentNode)] {
        guard case .mapping(let mapping) = node else { return [] }
        return mapping.compactMap { name, value in
            guard let key = name.scalar?.string else { return nil }
            return (key, DocumentNode(node: value, path: path(of: key), location: location))
        }
    }

    /// A member that must be a mapping when present.
    func mapping(_ key: String) throws(ScenarioError) -> DocumentNode? {
        guard let child = member(key) else { return nil }
        guard child.isMapping else { throw child.error("expected a mapping, found \(child.shape)") }
        return child
    }

    /// A member that must be a sequence when present; its elements carry `key[i]` paths.
    func sequence(_ key: String) throws(ScenarioError) -> [DocumentNode]? {
        guard let child = member(key) else { return nil }
        return try child.elements()
    }

    /// The elements of this node, which must be a sequence.
    func elements() throws(ScenarioError) -> [DocumentNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list, found \(shape)") }
        return sequence.enumerated().map { index, element in
            DocumentNode(node: element, path: "\(path)[\(index)]", location: location)
        }
    }

    /// A member that must be a scalar when present: its text exactly as written. Every value an
    /// importer reads is a name, a reference or a number, so control characters (escape
    /// sequences, which a terminal would act on) are refused here, naming the field.
    func scalar(_ key: String) throws(ScenarioError) -> String? {
        guard let child = member(key) else { return nil }
        return try child.text()
    }

    /// This node's text, which must be a scalar (a list element such as a label value), read as
    /// `scalar(_:)` reads a member: control characters are refused, naming the field.
    func text() throws(ScenarioError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a single value, found \(shape)") }
        guard !TerminalText.containsUnsafe(scalar.string) else {
            throw error("must not contain control characters (got \"\(TerminalText.escaped(scalar.string))\")")
        }
        return scalar.string
    }

    /// A member that must be a whole number ≥ 0 and ≤ `maximum` when present.
    func count(_ key: String, maximum: Int) throws(ScenarioError) -> Int? {
        guard let text = try scalar(key) else { return nil }
        let child = member(key)!
        guard let value = Int(text), value >= 0 else {
            // Digits too many for an Int are a whole number too, just far past any limit.
            let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw child.error("\(text) is more than the limit of \(maximum)")
            }
            throw child.error("expected a whole number of at least 0, found \"\(text)\"")
        }
        guard value <= maximum else { throw child.error("\(value) is more than the limit of \(maximum)") }
        return value
    }

    /// What kind of node this is, for messages.
    var shape: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return isNull ? "null" : "\"\(TerminalText.escaped(scalar.string))\""
        }
    }
}
